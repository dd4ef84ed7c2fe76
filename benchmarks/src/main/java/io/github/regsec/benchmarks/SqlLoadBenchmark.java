package io.github.regsec.benchmarks;

import io.github.regsec.formats.DatasetWriter;
import io.github.regsec.formats.Formats;
import io.github.regsec.formats.WriteOptions;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.Membership;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading 1,000,000 memberships into a database file (DuckDB through its appender, SQLite through
 * batched inserts, each in one transaction, views included), against writing the same dataset as
 * a CSV directory: the cost of a database an analyst can query at once. Each write builds the
 * database and moves it into place, as {@code regsec convert} does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class SqlLoadBenchmark {

    private Dataset dataset;
    private Path directory;
    private Formats formats;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        HeapCheck.warnUnlessFixedAndTouched();
        dataset = uniqueIds(BenchmarkFiles.membershipsOnly(Sizes.memberships()));
        directory = Files.createTempDirectory("regsec-bench-sql");
        formats = Formats.discover();
    }

    /** The synthetic data plants a duplicate id for validation to find; a table keyed by id cannot hold it. */
    private static Dataset uniqueIds(Dataset planted) {
        Set<String> seen = new HashSet<>();
        Dataset.Builder b = Dataset.builder();
        planted.sources().forEach(b::add);
        planted.organizations().forEach(b::add);
        for (Membership m : planted.memberships()) {
            if (seen.add(m.id())) {
                b.add(m);
            }
        }
        return b.build();
    }

    @TearDown(Level.Trial)
    public void deleteFiles() {
        BenchmarkFiles.delete(directory.resolve("x"));
    }

    private int write(String writerName, String target) throws IOException {
        DatasetWriter writer = formats.writer(writerName).orElseThrow();
        writer.write(dataset, directory.resolve(target), WriteOptions.defaults());
        return dataset.memberships().size();
    }

    /** The baseline: the CSV directory writer. */
    @Benchmark
    public int csvDirectory() throws IOException {
        return write("csv", "csv");
    }

    /** DuckDB: the appender, LIST columns, one transaction. */
    @Benchmark
    public int duckdb() throws IOException {
        return write("duckdb", "x.duckdb");
    }

    /** SQLite: batched prepared inserts, list tables, one transaction. */
    @Benchmark
    public int sqlite() throws IOException {
        return write("sqlite", "x.sqlite");
    }
}
