package io.github.regsec.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.formats.WriteOptions;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One importer and one writer instance, shared by eight threads at once, give what one thread gets. */
class CsvConcurrentUseTest {

    private static final List<String> FIXTURES = List.of("datasets/complete", "datasets/messy", "datasets/gzipped",
            "bad/bad-values", "bad/unknown-reference", "bad/invalid-utf8", "bad/unterminated-quote", "bad/truncated-gzip");
    private static final int THREADS = 8;
    private static final int ROUNDS = 4;

    @TempDir
    Path temp;

    /** What reading a directory and writing its dataset again gives. */
    private record Outcome(List<DatasetRecord> records, List<Problem> problems, long read, long imported,
                           Map<String, String> written) {
    }

    private static Outcome readAndWrite(CsvDatasetImporter importer, CsvDatasetWriter writer, Path in, Path out)
            throws IOException {
        ImportResult result = importer.read(in, ReadOptions.defaults());
        writer.write(result.dataset(), out, WriteOptions.spreadsheetSafe());
        Map<String, String> written = new TreeMap<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.toList()) {
                written.put(file.getFileName().toString(), new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return new Outcome(result.dataset().records().toList(), result.problems(), result.rowsRead(),
                result.rowsImported(), written);
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }

    @Test
    void oneImporterAndOneWriterServeEightThreadsAtOnceWithTheResultsOfOne() throws Exception {
        CsvDatasetImporter importer = new CsvDatasetImporter();
        CsvDatasetWriter writer = new CsvDatasetWriter();
        List<Outcome> expected = new ArrayList<>();
        for (String fixture : FIXTURES) {
            expected.add(readAndWrite(importer, writer, Fixtures.path(fixture), temp.resolve("expected").resolve(fixture)));
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CyclicBarrier together = new CyclicBarrier(THREADS);
        List<Future<List<Outcome>>> futures = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    List<Outcome> outcomes = new ArrayList<>();
                    for (int round = 0; round < ROUNDS; round++) {
                        Path base = temp.resolve("thread-" + thread).resolve("round-" + round);
                        Path in = copy(Fixtures.path(FIXTURES.get((thread + round) % FIXTURES.size())), base.resolve("in"));
                        together.await(10, TimeUnit.SECONDS); // all threads read and write at the same time
                        outcomes.add(readAndWrite(importer, writer, in, base.resolve("out")));
                    }
                    return outcomes;
                }));
            }
            for (int t = 0; t < THREADS; t++) {
                List<Outcome> outcomes = futures.get(t).get(60, TimeUnit.SECONDS);
                for (int round = 0; round < ROUNDS; round++) {
                    int fixture = (t + round) % FIXTURES.size();
                    assertThat(outcomes.get(round)).as("thread %d, %s", t, FIXTURES.get(fixture)).isEqualTo(expected.get(fixture));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
