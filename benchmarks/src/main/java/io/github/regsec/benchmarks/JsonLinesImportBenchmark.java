package io.github.regsec.benchmarks;

import io.github.regsec.formats.DatasetImporter;
import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.ReadOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
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
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON Lines import of 1,000,000 memberships, on one thread and on every core, against two
 * baselines on the same file: a bare Jackson streaming loop that visits every token (the
 * parser's limit), and plain Jackson data binding of each line into a bare record (what a user
 * would write by hand).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class JsonLinesImportBenchmark {

    /** What a user would bind a membership line into by hand. */
    public record BareMembership(String type, String id, String organizationId, String member, String status,
                                 String startDate, String endDate, List<String> sources, String note) {
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Path file;
    private DatasetImporter jsonl;

    @Setup(Level.Trial)
    public void writeFile() throws IOException {
        HeapCheck.warnUnlessFixedAndTouched();
        file = BenchmarkFiles.write(BenchmarkFiles.membershipsOnly(Sizes.memberships()), "memberships.jsonl");
        jsonl = Formats.discover().importer("jsonl").orElseThrow();
    }

    @TearDown(Level.Trial)
    public void deleteFile() {
        BenchmarkFiles.delete(file);
    }

    /** regsec's JSON Lines importer on every core, streaming: every record decoded, checked and handed to a sink. */
    @Benchmark
    public long regsecImport() throws IOException {
        return importWith(ReadOptions.defaults());
    }

    /** The same import on one thread. */
    @Benchmark
    public long regsecImportOneThread() throws IOException {
        return importWith(ReadOptions.builder().threads(1).build());
    }

    private long importWith(ReadOptions options) throws IOException {
        LongAdder count = new LongAdder();
        jsonl.read(file, ImportContext.streaming(options, (record, location, childRows) -> count.increment()));
        return count.sum();
    }

    /** Baseline: Jackson's streaming parser visiting every token of the same file. */
    @Benchmark
    public void bareJacksonTokens(Blackhole blackhole) throws IOException {
        try (InputStream in = Files.newInputStream(file);
             JsonParser parser = MAPPER.createParser(in)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING || token == JsonToken.PROPERTY_NAME) {
                    blackhole.consume(parser.getString());
                } else {
                    blackhole.consume(token);
                }
            }
        }
    }

    /**
     * What the machine gives on every core: the bare token loop over the whole file on each of
     * its cores at once. One thread per core does the work of that many single-thread loops, so
     * cores x (one loop's time) / (this time) is the scaling any parallel reading can hope for
     * here (cores that share their caches, memory bandwidth or a hypervisor give less than the
     * count).
     *
     * @return the characters of the strings read, summed over every loop
     * @throws Exception when the file cannot be read
     */
    @Benchmark
    public long bareJacksonTokensOnEveryCore() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        try {
            List<Future<Long>> loops = new ArrayList<>();
            for (int i = 0; i < cores; i++) {
                loops.add(pool.submit(this::tokenCharacters));
            }
            long characters = 0;
            for (Future<Long> loop : loops) {
                characters += loop.get();
            }
            return characters;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The bare token loop, summing the strings' lengths instead of handing them to a blackhole. */
    private long tokenCharacters() throws IOException {
        long characters = 0;
        try (InputStream in = Files.newInputStream(file);
             JsonParser parser = MAPPER.createParser(in)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                characters += token == JsonToken.VALUE_STRING || token == JsonToken.PROPERTY_NAME
                        ? parser.getString().length() : 1;
            }
        }
        return characters;
    }

    /** Baseline: plain data binding of each line into a bare record. */
    @Benchmark
    public void plainDataBinding(Blackhole blackhole) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    blackhole.consume(MAPPER.readValue(line, BareMembership.class));
                }
            }
        }
    }
}
