package io.github.regsec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command's help at 80 columns: wrapped at spaces only, so file names, endings and ids
 * ({@code FILE.ndjson}, {@code .jsonl}, {@code sample:central-asia}) stay whole. Picocli wraps
 * where {@link java.text.BreakIterator} allows, which is also after every {@code .} and
 * {@code :}; {@link HelpText} keeps those.
 */
class HelpTextTest {

    private static final String WIDTH = "picocli.usage.width";

    @AfterEach
    void resetWidth() {
        System.clearProperty(WIDTH);
    }

    private static String help(String command, int width) {
        System.setProperty(WIDTH, Integer.toString(width));
        Cli run = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");
        assertThat(run.exitCode()).isZero();
        return run.out();
    }

    /** The words of a text: what wrapping at spaces keeps, and breaking inside a word does not. */
    private static List<String> words(String text) {
        return Arrays.asList(text.strip().split("\\s+"));
    }

    @ParameterizedTest(name = "regsec {0} --help")
    @ValueSource(strings = {"", "summary", "validate", "convert", "members", "meetings", "meeting", "formats", "timeline"})
    void wrapsAtSpacesOnlyAndFitsEightyColumns(String command) {
        String narrow = help(command, 80);
        String wide = help(command, 400);
        assertThat(words(narrow)).isEqualTo(words(wide));
        assertThat(narrow.lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(80));
        assertThat(narrow).doesNotContain("\uE000", "\uE001", "\uE002");
    }

    @ParameterizedTest(name = "regsec {0} --help")
    @ValueSource(strings = {"convert"})
    void convertsHelpKeepsItsFileEndingsWholeAndSaysIn(String command) {
        String help = help(command, 80);
        assertThat(help).contains("FILE.json", "FILE.ndjson", "FILE.jsonl", ".ndjson or", ".jsonl,", "sample:central-asia")
                .doesNotContain("Read PATH");
        assertThat(help(command, 60)).contains("FILE.ndjson", ".jsonl");
    }
}
