package io.github.regsec.spark;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/** Problems on Spark: their order. */
final class SparkProblems {

    private SparkProblems() {
    }

    /** By file (in the order read, others after by name), line, column; problems without a location last; then rule and message. */
    static Dataset<Row> sorted(Dataset<Row> problems, List<String> files) {
        org.apache.spark.sql.Column fileOrder = functions.lit(files.size());
        for (int i = files.size() - 1; i >= 0; i--) {
            fileOrder = functions.when(functions.col("file").equalTo(files.get(i)), i).otherwise(fileOrder);
        }
        return problems.orderBy(functions.col("file").isNull(), fileOrder, functions.col("file"),
                functions.col("line").asc_nulls_first(), functions.col("column").asc_nulls_first(),
                functions.col("rule"), functions.col("message"));
    }
}
