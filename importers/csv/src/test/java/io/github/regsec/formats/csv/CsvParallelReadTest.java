package io.github.regsec.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.ImportException;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.formats.ReadProgress;
import io.github.regsec.model.ChildRow;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.table.RecordTables;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A directory's files read on several threads give exactly what one thread gives: the same
 * records in the same order, at the same locations, the same problems and counts, and the same
 * first error in fail-fast mode.
 */
class CsvParallelReadTest {

    /** The bundled Central Asia dataset, read from the sample-data module's sources (that module depends on this one). */
    private static final Path BUNDLED = Path.of("..", "..", "sample-data", "src", "main", "resources", "io", "github",
            "regsec", "sample", "central-asia");

    @TempDir
    Path temp;

    private static List<Path> fixtures() throws IOException {
        List<Path> directories = new ArrayList<>();
        directories.add(BUNDLED);
        for (String group : List.of("datasets", "bad")) {
            try (Stream<Path> found = Files.list(Fixtures.path(group))) {
                found.filter(Files::isDirectory).sorted().forEach(directories::add);
            }
        }
        return directories;
    }

    /** Everything a read gives that a user can see, in comparable form. */
    private record Outcome(List<DatasetRecord> records, List<Optional<Location>> locations, List<?> problems,
                           List<String> files, List<String> filesHeard, List<Long> counts, List<?> skipped) {
    }

    private static Outcome read(Path directory, ReadOptions options) throws IOException {
        List<String> heard = new ArrayList<>();
        ImportContext context = ImportContext.collecting(options, new ReadProgress() {
            @Override
            public void rowsRead(long rowsRead) {
            }

            @Override
            public void reading(String file) {
                heard.add(file);
            }
        });
        new CsvDatasetImporter().read(directory, context);
        ImportResult result = context.result();
        List<DatasetRecord> records = result.dataset().records().toList();
        List<Optional<Location>> locations = new ArrayList<>();
        for (DatasetRecord record : records) {
            locations.add(result.locations().of(record));
            for (ChildRow child : RecordTables.of(record).childRows(record)) {
                locations.add(result.locations().of(child));
            }
        }
        return new Outcome(records, locations, result.problems(), result.files(), heard,
                List.of(result.rowsRead(), result.rowsImported(), result.rowsRejected(), result.rowsSkipped(),
                        result.count(Severity.ERROR), result.count(Severity.WARNING),
                        (long) result.locations().size()), result.skipped());
    }

    @Test
    void readsTheBundledDatasetAndEveryFixtureAlikeOnOneThreadAndOnMany() throws IOException {
        assertThat(BUNDLED.resolve("memberships.csv")).as("the bundled dataset").isRegularFile();
        for (Path directory : fixtures()) {
            for (int maxProblems : new int[] {1, 3, ReadOptions.DEFAULT_MAX_PROBLEMS}) {
                ReadOptions options = ReadOptions.builder().maxProblems(maxProblems).build();
                Outcome one = read(directory, options.toBuilder().threads(1).build());
                for (int threads : new int[] {2, 4, 9}) {
                    assertThat(read(directory, options.toBuilder().threads(threads).build()))
                            .as(directory + " on " + threads + " threads, max problems " + maxProblems).isEqualTo(one);
                }
            }
        }
    }

    @Test
    void stopsAtTheSameFirstErrorInFailFastModeOnOneThreadAndOnMany() throws IOException {
        int failing = 0;
        for (Path directory : fixtures()) {
            ReadOptions failFast = ReadOptions.failingFast();
            ImportException one = catchThrowableOfType(() -> read(directory, failFast.toBuilder().threads(1).build()),
                    ImportException.class);
            ImportException many = catchThrowableOfType(() -> read(directory, failFast.toBuilder().threads(4).build()),
                    ImportException.class);
            assertThat(many == null ? null : many.problem()).as(directory.toString())
                    .isEqualTo(one == null ? null : one.problem());
            failing += one == null ? 0 : 1;
        }
        assertThat(failing).as("fixtures with errors").isGreaterThan(5);
    }

    @Test
    void keepsPlantedProblemsInEveryFileInFileOrder() throws IOException {
        Path directory = temp.resolve("planted");
        Files.createDirectories(directory);
        write(directory.resolve("sources.csv"), "id,title\nsrc-a,A source\n,no id\nsrc-b,Another\n");
        StringBuilder organizations = new StringBuilder("id,name,kind,founding_date\n");
        StringBuilder names = new StringBuilder("record_id,name,kind\n");
        StringBuilder memberships = new StringBuilder("id,organization_id,member,status,start_date,sources\n");
        for (int i = 0; i < 2_000; i++) {
            organizations.append("org-").append(i).append(",Org ").append(i).append(",intergovernmental,")
                    .append(i % 97 == 0 ? "1999-13" : "1999").append('\n');
            names.append(i % 89 == 0 ? "nobody" : "org-" + i).append(",Name ").append(i).append(",former\n");
            memberships.append("m-").append(i).append(",org-").append(i % 50).append(',')
                    .append(i % 83 == 0 ? "country:XX" : "country:TJ").append(",member,")
                    .append(i % 71 == 0 ? "2019-02-30" : "2019-02").append(",src-a;src-b\n");
        }
        write(directory.resolve("organizations.csv"), organizations.toString());
        write(directory.resolve("names.csv"), names.toString());
        write(directory.resolve("memberships.csv"), memberships.toString());

        Outcome one = read(directory, ReadOptions.builder().threads(1).build());
        assertThat(read(directory, ReadOptions.builder().threads(4).build())).isEqualTo(one);
        assertThat(one.problems()).hasSizeGreaterThan(60);
        assertThat(one.files()).containsExactly("sources.csv", "organizations.csv", "names.csv", "memberships.csv");
    }

    private static void write(Path file, String text) throws IOException {
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
