package io.github.regsec.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.formats.DatasetImporter;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.formats.WriteOptions;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.problem.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One instance of each importer and writer, shared by eight threads at once, gives what one
 * thread gets: with the default limits (the shared Jackson factory) and with other limits (a
 * factory built for the read).
 */
class JsonConcurrentUseTest {

    private static final List<String> FIXTURES = List.of("json/dataset.json", "jsonl/shuffled.jsonl",
            "json/bad/rejected-parent.json", "json/bad/broken-syntax.json", "json/bad/deep-nesting.json",
            "jsonl/bad/broken-line.jsonl", "jsonl/bad/invalid-utf8.jsonl", "jsonl/bad/blank-lines-crlf.jsonl");
    private static final List<ReadOptions> OPTIONS = List.of(ReadOptions.defaults(),
            ReadOptions.builder().maxValueLength(30).maxNestingDepth(8).build());
    private static final int THREADS = 8;
    private static final int ROUNDS = 6;

    private final JsonDatasetImporter documents = new JsonDatasetImporter();
    private final JsonLinesDatasetImporter lines = new JsonLinesDatasetImporter();
    private final JsonDatasetWriter documentWriter = new JsonDatasetWriter();
    private final JsonLinesDatasetWriter linesWriter = new JsonLinesDatasetWriter();

    @TempDir
    Path temp;

    /** What reading a file and writing its dataset in both formats gives. */
    private record Outcome(List<DatasetRecord> records, List<Problem> problems, long read, long imported,
                           String document, String jsonLines) {
    }

    private Outcome readAndWrite(Path file, ReadOptions options) throws IOException {
        DatasetImporter importer = file.toString().endsWith(".jsonl") ? lines : documents;
        ImportResult result = importer.read(file, options);
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        documentWriter.write(result.dataset(), document, WriteOptions.defaults());
        ByteArrayOutputStream jsonLines = new ByteArrayOutputStream();
        linesWriter.write(result.dataset(), jsonLines, WriteOptions.defaults());
        return new Outcome(result.dataset().records().toList(), result.problems(), result.rowsRead(), result.rowsImported(),
                document.toString(java.nio.charset.StandardCharsets.UTF_8),
                jsonLines.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static int job(int thread, int round) {
        return (thread + round) % (FIXTURES.size() * OPTIONS.size());
    }

    @Test
    void oneInstanceOfEachImporterAndWriterServesEightThreadsAtOnceWithTheResultsOfOne() throws Exception {
        List<Outcome> expected = new ArrayList<>();
        for (int j = 0; j < FIXTURES.size() * OPTIONS.size(); j++) {
            expected.add(readAndWrite(Fixtures.path(FIXTURES.get(j % FIXTURES.size())), OPTIONS.get(j / FIXTURES.size())));
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
                        int j = job(thread, round);
                        Path fixture = Fixtures.path(FIXTURES.get(j % FIXTURES.size()));
                        Path copy = Files.createDirectories(temp.resolve("thread-" + thread + "-round-" + round))
                                .resolve(fixture.getFileName());
                        Files.copy(fixture, copy);
                        together.await(10, TimeUnit.SECONDS); // all threads read and write at the same time
                        outcomes.add(readAndWrite(copy, OPTIONS.get(j / FIXTURES.size())));
                    }
                    return outcomes;
                }));
            }
            for (int t = 0; t < THREADS; t++) {
                List<Outcome> outcomes = futures.get(t).get(60, TimeUnit.SECONDS);
                for (int round = 0; round < ROUNDS; round++) {
                    int j = job(t, round);
                    assertThat(outcomes.get(round)).as("thread %d, %s, options %d", t, FIXTURES.get(j % FIXTURES.size()),
                            j / FIXTURES.size()).isEqualTo(expected.get(j));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
