package io.github.regsec.spark;

import org.apache.spark.sql.SparkSession;

/** The tests' Spark session: local mode on two cores, started once per test JVM. */
final class LocalSpark {

    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().master("local[2]").appName("regsec-spark-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.driver.host", "127.0.0.1")
                    // the tests' JVM also holds single-machine datasets: leave regsec most of the heap
                    .config("spark.memory.fraction", "0.3")
                    .getOrCreate();
        }
        return session;
    }
}
