package io.github.regsec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.examples.Fixtures;
import io.github.regsec.formats.ReadOptions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theBundledDatasetHasOnlyTheArticlesGapsAsWarnings() {
        // as of the day the cited sources were accessed (sources.csv, accessed)
        Cli run = Cli.run("validate", "--as-of", "2026-12-01");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).containsExactly(
                "meetings.csv:4: warning missing-date youth-forums-dushanbe: the meeting has neither start_date nor end_date: give at least the year (YYYY)");
        assertThat(run.err()).isEqualTo("sample:central-asia: 0 errors, 1 warning (as of 2026-12-01)\n");
    }

    @Test
    void exitsOneWhenTheDataHasErrorsAndPrintsEveryProblem() {
        Cli run = Cli.run("validate", Fixtures.faulty().toString(), "--as-of", "2026-01-01");
        assertThat(run.exitCode()).isEqualTo(RegsecCommand.DATA_ERRORS);
        assertThat(run.out()).contains("meetings.csv:3", "error syntax", "warning duplicate-value visit-2025-02",
                "warning member-count osce", "warning chair-not-member fsc-2019-07-17");
        assertThat(run.err()).startsWith(Fixtures.faulty() + ": ").contains(" errors, ", " warnings (as of 2026-01-01)");
    }

    @Test
    void countsEveryProblemFoundAlsoPastTheProblemsKept(@TempDir Path temp) throws IOException {
        int broken = ReadOptions.DEFAULT_MAX_PROBLEMS + 5_000;
        Path file = temp.resolve("broken.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < broken; i++) {
                out.write("{\"type\": \"source\", \"id\": \"s" + i + "\" broken\n");
            }
        }

        Cli json = Cli.run("validate", file.toString(), "--format", "json");
        assertThat(json.exitCode()).isEqualTo(RegsecCommand.DATA_ERRORS);
        JsonNode root = JSON.readTree(json.out());
        assertThat(root.get("errors").asInt()).isEqualTo(broken);
        assertThat(root.get("problems").size()).isEqualTo(ReadOptions.DEFAULT_MAX_PROBLEMS + 1);
        JsonNode leftOut = root.get("problems").get(0); // located at the file, without a line: first in it
        assertThat(leftOut.get("rule").asString()).isEqualTo("problems-left-out");
        assertThat(leftOut.get("severity").asString()).isEqualTo("warning");
        assertThat(leftOut.get("file").asString()).isEqualTo("broken.jsonl");
        assertThat(leftOut.get("message").asString()).startsWith("5000 more problems (5000 errors, 0 warnings) were found "
                + "in broken.jsonl and not listed");

        Cli text = Cli.run("validate", file.toString());
        assertThat(text.err()).isEqualTo(file + ": " + broken + " errors, 0 warnings (as of " + LocalDate.now() + ")\n");
    }

    @Test
    void jsonOutputFollowsTheFormat() {
        Cli run = Cli.run("validate", "sample:central-asia", "--format", "json", "--as-of", "2026-12-01");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode root = JSON.readTree(run.out());
        assertThat(fieldNames(root)).containsExactly("dataset", "as_of", "records", "errors", "warnings", "problems");
        assertThat(root.get("dataset").asString()).isEqualTo("sample:central-asia");
        assertThat(root.get("as_of").asString()).isEqualTo("2026-12-01");
        JsonNode records = root.get("records");
        assertThat(fieldNames(records)).containsExactly("sources", "organizations", "field_offices", "meetings", "memberships",
                "persons", "posts");
        assertThat(records.get("memberships").asInt()).isEqualTo(145);
        assertThat(records.get("persons").asInt()).isEqualTo(8);
        assertThat(records.get("posts").asInt()).isEqualTo(7);
        assertThat(root.get("errors").asInt()).isZero();
        assertThat(root.get("warnings").asInt()).isEqualTo(1);
        JsonNode first = root.get("problems").get(0);
        assertThat(fieldNames(first)).containsExactly("severity", "rule", "record_type", "record_id", "field", "file",
                "line", "column", "message");
        assertThat(first.get("rule").asString()).isEqualTo("missing-date");
        assertThat(first.get("record_type").asString()).isEqualTo("meeting");
        assertThat(first.get("file").asString()).isEqualTo("meetings.csv");
        assertThat(first.get("line").asInt()).isEqualTo(4);
        assertThat(first.get("column").isNull()).isTrue();
    }

    @Test
    void jsonOutputOfDataWithErrorsExitsOne() {
        Cli run = Cli.run("validate", Fixtures.faulty().toString(), "--format=json");
        assertThat(run.exitCode()).isEqualTo(RegsecCommand.DATA_ERRORS);
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("dataset").asString()).isEqualTo(Fixtures.faulty().toString());
        assertThat(root.get("errors").asInt()).isPositive();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void givesTheSameReportOnAnyNumberOfThreads() {
        String faulty = Fixtures.faulty().toString();
        Cli one = Cli.run("validate", faulty, "--as-of", "2026-01-01", "--threads", "1");
        Cli oneJson = Cli.run("validate", faulty, "--as-of", "2026-01-01", "--threads", "1", "--format", "json");
        assertThat(one.out()).contains("error syntax", "warning member-count osce");
        for (String threads : List.of("2", "8")) {
            Cli run = Cli.run("validate", faulty, "--as-of", "2026-01-01", "--threads", threads);
            assertThat(run.exitCode()).isEqualTo(one.exitCode());
            assertThat(run.out()).as("%s threads", threads).isEqualTo(one.out());
            assertThat(run.err()).isEqualTo(one.err());
            assertThat(Cli.run("validate", faulty, "--as-of", "2026-01-01", "--threads", threads, "--format", "json").out())
                    .isEqualTo(oneJson.out());
        }
    }

    @Test
    void rejectsANumberOfThreadsThatIsNotOneOrMore() {
        Cli.run("validate", "--threads", "0").assertUsageError("--threads", "'0' threads: give 1 or more");
        Cli.run("validate", "--threads", "all").assertUsageError("--threads", "'all' is not a number of threads");
    }

    @Test
    void rejectsAnUnknownOutputFormat() {
        Cli.run("validate", "--format", "xml").assertUsageError("--format", "xml", "text, json");
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
