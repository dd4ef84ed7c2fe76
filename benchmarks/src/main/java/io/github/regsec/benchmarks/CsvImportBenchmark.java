package io.github.regsec.benchmarks;

import io.github.regsec.formats.DatasetImporter;
import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ReadOptions;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * CSV import of a 1,000,000-row {@code memberships.csv}, against a bare Commons CSV loop that
 * reads the same file and touches every value: the parser's own limit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class CsvImportBenchmark {

    private Path directory;
    private DatasetImporter csv;

    @Setup(Level.Trial)
    public void writeFile() throws IOException {
        directory = BenchmarkFiles.write(BenchmarkFiles.membershipsOnly(Sizes.memberships()), "csv");
        csv = Formats.discover().importer("csv").orElseThrow();
    }

    @TearDown(Level.Trial)
    public void deleteFile() {
        BenchmarkFiles.delete(directory);
    }

    /** regsec's CSV importer: parse, decode and check every value, build the dataset. */
    @Benchmark
    public int regsecImport() throws IOException {
        return csv.read(directory, ReadOptions.defaults()).dataset().memberships().size();
    }

    /** The baseline: Commons CSV reading the same memberships file, touching every value. */
    @Benchmark
    public void bareCommonsCsv(Blackhole blackhole) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(directory.resolve("memberships.csv"), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                for (String value : record) {
                    blackhole.consume(value);
                }
            }
        }
    }
}
