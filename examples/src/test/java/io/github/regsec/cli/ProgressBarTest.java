package io.github.regsec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProgressBarTest {

    private static final List<String> STEPS = List.of("record-constraints", "duplicate-id", "unknown-reference",
            "membership-overlap");
    private static final String LONG_PATH = "/home/researcher/projects/central-asia-security/data/2026-11/"
            + "osce-field-offices-and-memberships-with-every-meeting.jsonl.gz";

    private static ProgressBar bar(StringWriter err, Duration delay, int columns, String reading) {
        return ProgressBar.start(new PrintWriter(err), delay, columns, reading, STEPS);
    }

    @Test
    void showsNothingWhenTheRunEndsBeforeTheDelay() {
        StringWriter err = new StringWriter();
        ProgressBar bar = bar(err, Duration.ofSeconds(30), 80, "data");
        bar.rowsRead(100);
        bar.started(4);
        bar.step(2, "duplicate-id");
        bar.finished();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void countsTheRowsWhileReadingAndNamesTheFileOfADirectory() {
        ProgressBar bar = bar(new StringWriter(), Duration.ofSeconds(30), 80, "data/central-asia");
        assertThat(bar.line()).matches("reading data/central-asia [|/\\\\-]");
        bar.reading("memberships.csv");
        bar.rowsRead(41_200);
        assertThat(bar.line()).matches("reading data/central-asia/memberships\\.csv: 41,200 rows [|/\\\\-]");
        bar.close();

        ProgressBar file = bar(new StringWriter(), Duration.ofSeconds(30), 80, "big.jsonl");
        file.reading("big.jsonl");
        file.rowsRead(1);
        assertThat(file.line()).matches("reading big\\.jsonl: 1 row [|/\\\\-]");
        file.close();
    }

    @Test
    void namesTheStepThatIsRunningNotTheOneJustDone() {
        ProgressBar bar = bar(new StringWriter(), Duration.ofSeconds(30), 80, "data.json");
        bar.started(4);
        assertThat(bar.line()).isEqualTo("validating [..............................] 0/4 record-constraints");
        bar.step(1, "record-constraints");
        assertThat(bar.line()).isEqualTo("validating [#######.......................] 1/4 duplicate-id");
        bar.step(3, "unknown-reference");
        assertThat(bar.line()).endsWith("] 3/4 membership-overlap");
        bar.step(4, "membership-overlap");
        assertThat(bar.line()).endsWith("] 4/4 done");
        bar.close();
    }

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {10, 20, 30, 40, 50, 80, 120, 200})
    void everyLineFitsTheTerminalWithAColumnToSpare(int columns) {
        ProgressBar bar = bar(new StringWriter(), Duration.ofSeconds(30), columns, LONG_PATH);
        List<String> lines = new ArrayList<>();
        lines.add(bar.line());
        bar.reading("osce-field-offices-and-memberships-with-every-meeting.jsonl.gz");
        for (long rows : new long[] {1, 999, 1_000_000, 123_456_789}) {
            bar.rowsRead(rows);
            lines.add(bar.line());
        }
        bar.started(15);
        for (int done = 0; done <= 15; done++) {
            bar.step(done, "possible-duplicate");
            lines.add(bar.line());
        }
        bar.close();
        assertThat(lines).allSatisfy(line -> assertThat(Text.columns(line)).as(line).isLessThanOrEqualTo(columns - 1));
        if (columns >= 40) { // the path shortened in the middle, the count and the step whole
            assertThat(lines.get(4)).startsWith("reading /").contains(": 123,456,789 rows ");
            assertThat(lines.get(1)).startsWith("reading /").contains(".jsonl.gz: 1 row ");
            assertThat(lines.get(6)).contains("]  1/15 possible-duplicate"); // the count keeps its width
        }
        if (columns >= 120 && columns < 150) {
            assertThat(lines.get(4)).contains("\u2026/osce-field-offices-and-memberships-with-every-meeting.jsonl.gz: ");
        }
        if (columns >= 200) {
            assertThat(lines.get(1)).startsWith("reading " + LONG_PATH + ": 1 row ");
        }
    }

    @Test
    void aPathOfWideCharactersIsShortenedByTheColumnsItTakes() {
        String path = "/data/" + "中央亚细亚".repeat(10) + "/memberships.csv";
        ProgressBar bar = bar(new StringWriter(), Duration.ofSeconds(30), 40, path);
        bar.rowsRead(5);
        assertThat(Text.columns(bar.line())).isLessThanOrEqualTo(39);
        assertThat(bar.line()).startsWith("reading /").contains("\u2026/memberships.csv: 5 rows");
        bar.close();
    }

    @Test
    void drawsOnOneLineAndErasesItselfWhenFinished() {
        StringWriter err = new StringWriter();
        ProgressBar bar = bar(err, Duration.ofSeconds(30), 80, "data.json");
        bar.started(4);
        bar.step(1, "record-constraints");
        bar.draw();
        bar.finished();
        String shown = err.toString();
        assertThat(shown).isEqualTo("\r" + "validating [#######.......................] 1/4 duplicate-id" + "\u001b[K"
                + "\r\u001b[K");
    }

    @Test
    void takesTheWidthFromColumnsWhenItIsSet() {
        assertThat(ProgressBar.columns(Map.of("COLUMNS", "42")::get)).isEqualTo(42);
        // otherwise the terminal's width (when the build runs in one) or the default
        assertThat(ProgressBar.columns(Map.of("COLUMNS", "wide")::get)).isPositive();
        assertThat(ProgressBar.columns(name -> null)).isPositive();
    }

    @Test
    void commandsInTestsAreNotOnATerminal() {
        assertThat(ProgressBar.isTerminal()).isFalse();
        assertThat(ProgressBar.forTerminal(new PrintWriter(new StringWriter()), "x", STEPS, name -> null))
                .isSameAs(ClosableProgress.QUIET);
    }
}
