package io.github.regsec.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code regsec validate} on a real terminal of 40 and 120 columns: the tool runs under
 * {@code script}, which gives it a pseudo-terminal, with the progress line shown at once
 * ({@code -Dregsec.progress.delay=0}). Every line drawn fits the terminal (so none wraps and
 * leaves a stale copy above), reading shows the rows read, validating the step running, and the
 * line is erased at the end. Skipped where {@code script} (util-linux) is not installed.
 */
class ProgressOnATerminalTest {

    @TempDir
    static Path temp;

    private static Path data;

    @BeforeAll
    static void writeADatasetThatTakesAMomentToRead() throws IOException {
        // a long path, as users have: it is shortened in the middle to fit
        Path directory = Files.createDirectories(temp.resolve("central-asia-security-research").resolve("datasets-2026-11"));
        data = directory.resolve("memberships-of-regional-security-organizations.jsonl");
        try (Writer out = Files.newBufferedWriter(data, StandardCharsets.UTF_8)) {
            // enough rows that reading lasts several redraws of the line (125 ms each) on a fast machine
            for (int o = 0; o < 15_000; o++) {
                out.write("{\"type\":\"organization\",\"id\":\"org-" + o + "\",\"name\":\"Organization " + o
                        + "\",\"kind\":\"intergovernmental\",\"founding_date\":\"1990\"}\n");
            }
            String[] countries = {"KZ", "KG", "TJ", "TM", "UZ", "RU", "CN", "AF", "MN", "AZ"};
            for (int m = 0; m < 150_000; m++) { // each country once in each organization
                String country = countries[m % countries.length];
                out.write("{\"type\":\"membership\",\"id\":\"m-" + m + "\",\"organization_id\":\"org-" + (m / 10)
                        + "\",\"member\":\"country:" + country + "\",\"status\":\"member\",\"start_date\":\""
                        + (1991 + m % 30) + "\"}\n");
            }
        }
    }

    private static Optional<Path> script() {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator))
                .map(d -> Path.of(d, "script")).filter(Files::isExecutable).findFirst();
    }

    /** What the terminal received while {@code validate} ran in it: standard error (standard output goes to a file). */
    private static String runOnATerminal(int columns) throws IOException, InterruptedException {
        Optional<Path> script = script();
        assumeTrue(script.isPresent() && System.getProperty("os.name").startsWith("Linux"), "needs script (util-linux)");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = "stty cols " + columns + " rows 20; exec env -u COLUMNS '" + java + "' -Dregsec.progress.delay=0"
                + " -cp '" + System.getProperty("java.class.path") + "' " + RegsecCommand.class.getName()
                + " validate '" + data + "' --as-of 2026-01-01 > '" + temp.resolve("report-" + columns + ".txt") + "'";
        Path screen = temp.resolve("screen-" + columns + ".txt");
        Process process = new ProcessBuilder(script.get().toString(), "-qfc", command, "/dev/null")
                .redirectOutput(screen.toFile()).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        process.getOutputStream().close();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return Files.readString(screen, StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {40, 120})
    void everyLineFitsTheTerminalAndSaysWhatIsGoingOn(int columns) throws Exception {
        String screen = runOnATerminal(columns);
        List<String> drawn = Arrays.stream(screen.split("[\r\n]")).map(s -> s.replace("\u001b[K", ""))
                .filter(s -> !s.isEmpty()).toList();
        assertThat(drawn).as(screen).hasSizeGreaterThan(2);
        // every progress line (the last line is the report's count, which may wrap like any output)
        assertThat(drawn.subList(0, drawn.size() - 1)).allSatisfy(line -> assertThat(Text.columns(line)).as(line)
                .isLessThan(columns));
        assertThat(drawn).anySatisfy(line -> assertThat(line).matches("reading .*: [0-9,]+ rows [|/\\\\-]"));
        assertThat(drawn).anySatisfy(line -> assertThat(line).matches(".*\\] +[0-9]+/[0-9]+ [a-z-]+"));
        // erased when done, then the count line
        assertThat(screen).endsWith("\r\u001b[Kmemberships-of-regional-security-organizations.jsonl: 0 errors, 0 warnings"
                .replace("memberships-of", data.getParent() + "/memberships-of") + " (as of 2026-01-01)\r\n");
        if (columns == 40) {
            assertThat(drawn).anySatisfy(line -> assertThat(line).contains("\u2026"));
        }
    }
}
