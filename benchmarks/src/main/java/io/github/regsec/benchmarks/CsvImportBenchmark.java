package io.github.regsec.benchmarks;

import io.github.regsec.formats.DatasetImporter;
import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.model.Membership;
import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.PartialDate;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * CSV import of a 1,000,000-row {@code memberships.csv}, against two baselines on the same file:
 * a bare Commons CSV loop that touches every value (the parser's own limit), and what a user
 * writes by hand: Commons CSV rows mapped to {@link Membership} records with the model's own
 * parsers, into an {@link ArrayList}. The import is measured on one thread (what the targets
 * are for) and with the default of one thread per core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class CsvImportBenchmark {

    private static final ReadOptions ONE_THREAD = ReadOptions.builder().threads(1).build();

    private Path directory;
    private DatasetImporter csv;

    @Setup(Level.Trial)
    public void writeFile() throws IOException {
        HeapCheck.warnUnlessFixedAndTouched();
        directory = BenchmarkFiles.write(BenchmarkFiles.membershipsOnly(Sizes.memberships()), "csv");
        csv = Formats.discover().importer("csv").orElseThrow();
    }

    @TearDown(Level.Trial)
    public void deleteFile() {
        BenchmarkFiles.delete(directory);
    }

    /** regsec's CSV importer on one thread: parse, decode and check every value, build the dataset. */
    @Benchmark
    public int regsecImport() throws IOException {
        return csv.read(directory, ONE_THREAD).dataset().memberships().size();
    }

    /** regsec's CSV importer with the default options: the directory's files read on every core. */
    @Benchmark
    public int regsecImportAllCores() throws IOException {
        return csv.read(directory, ReadOptions.defaults()).dataset().memberships().size();
    }

    /**
     * What a user writes by hand: Commons CSV with the header, each row mapped to a
     * {@link Membership} with the model's parsers (dates, parties, statuses), kept in a list.
     * No check beyond what the parsers and the record's constructor do, no locations.
     */
    @Benchmark
    public int handWrittenMapping() throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        List<Membership> memberships = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(directory.resolve("memberships.csv"), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                memberships.add(new Membership(record.get("id"), record.get("organization_id"),
                        Party.parse(record.get("member")), MembershipStatus.parse(record.get("status")),
                        null, null, null, // the file has no post_id, role or on_behalf_of column
                        date(record.get("start_date")), date(record.get("end_date")),
                        sources(record.get("sources")), orNull(record.get("note"))));
            }
        }
        return memberships.size();
    }

    private static String orNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static PartialDate date(String value) {
        return value.isEmpty() ? null : PartialDate.parse(value);
    }

    private static List<String> sources(String value) {
        return value.isEmpty() ? List.of() : List.of(value.split(";"));
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
