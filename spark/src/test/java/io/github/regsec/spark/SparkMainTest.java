package io.github.regsec.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.formats.Formats;
import io.github.regsec.formats.WriteOptions;
import io.github.regsec.formats.json.JsonLinesDatasetWriter;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.Severity;
import io.github.regsec.sample.SampleData;
import io.github.regsec.validation.DatasetValidator;
import io.github.regsec.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@link SparkMain#run} in this JVM, on the tests' local session: usage errors, and whole runs. */
class SparkMainTest {

    static final Path PLANTED = Path.of("../validation/src/test/resources/planted/planted.jsonl");
    static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
    static final List<String> PROBLEM_PROPERTIES = List.of("severity", "rule", "record_type", "record_id", "field",
            "file", "line", "column", "message");

    /** Exit code and output of one run. */
    record Run(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void startSpark() {
        LocalSpark.session(); // the session SparkMain's getOrCreate() finds, as under spark-submit
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SparkMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void assertUsageError(Run run, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(SparkMain.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("regsec-spark validate: ").contains(message)
                .doesNotContain("Exception", "\tat ");
        assertThat(run.err().lines().findFirst().orElseThrow()).doesNotContain("\r");
    }

    @Test
    void rejectsMissingOrUnknownCommands() {
        assertUsageError(run(), "no command: give 'validate IN OUT'");
        assertUsageError(run("check", "a.jsonl", "out"), "unknown command 'check'");
        assertThat(run().err()).contains("usage: spark-submit --class io.github.regsec.spark.SparkMain");
    }

    @Test
    void rejectsWrongPathCounts(@TempDir Path temp) {
        assertUsageError(run("validate", PLANTED.toString()), "expected IN and OUT after 'validate', got 1 path");
        assertUsageError(run("validate", "a", "b", "c"), "got 3 paths");
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void rejectsBadOptions(@TempDir Path temp) {
        String in = PLANTED.toString();
        String out = temp.resolve("out").toString();
        assertUsageError(run("validate", in, out, "--as-of", "2026-13-01"), "--as-of '2026-13-01' is not a day: give YYYY-MM-DD");
        assertUsageError(run("validate", in, out, "--format", "csv"), "--format 'csv' is not jsonl or parquet");
        assertUsageError(run("validate", in, out, "--severity", "date-order"), "give RULE=error or RULE=warning");
        assertUsageError(run("validate", in, out, "--severity=date-order=fatal"), "'fatal' is not one of error, warning");
        assertUsageError(run("validate", in, out, "--disable", "no-such-rule"), "no rule is named 'no-such-rule'");
        assertUsageError(run("validate", in, out, "--threads", "2"), "unknown option '--threads'");
        assertUsageError(run("validate", in, out, "--as-of"), "--as-of needs a value");
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void refusesAnOutputThatExists(@TempDir Path temp) throws Exception {
        Path out = Files.createDirectory(temp.resolve("problems"));
        assertUsageError(run("validate", PLANTED.toString(), out.toString()),
                out + " exists: give OUT a path that does not exist yet");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void rejectsAMissingInput(@TempDir Path temp) {
        assertUsageError(run("validate", temp.resolve("none.jsonl").toString(), temp.resolve("out").toString()),
                "none.jsonl: no such file or directory");
    }

    @Test
    void printsHelpOnStandardOutput() {
        Run help = run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--as-of YYYY-MM-DD", "--format jsonl|parquet", "Exits 0 when there are no errors");
        assertThat(help.err()).isEmpty();
    }

    @Test
    void writesThePlantedProblemsAsJsonLinesAndExitsOneForItsErrors(@TempDir Path temp) throws Exception {
        Path out = temp.resolve("problems");
        Run run = run("validate", PLANTED.toString(), out.toString(), "--as-of", AS_OF.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(SparkMain.DATA_ERRORS);
        assertThat(run.err()).isEmpty();

        ValidationReport expected = DatasetValidator.builder().asOf(AS_OF).threads(1).build()
                .validate(Formats.discover().read(PLANTED));
        assertThat(run.out()).contains("rows read: 3 sources, 8 organizations, 2 field offices, 6 meetings, "
                + "15 memberships, 4 persons, 2 posts\n");
        assertThat(run.out()).contains(countsByRule(expected.problems()));
        assertThat(run.out()).contains(PLANTED + ": " + expected.errors() + " errors, " + expected.warnings()
                + " warnings (as of 2026-01-01)\n");
        assertThat(run.out()).contains("wrote " + expected.problems().size() + " problems to " + out);
        assertThat(expected.errors()).isPositive();

        List<JsonNode> written = readJsonLines(out);
        for (JsonNode problem : written) {
            List<String> names = new ArrayList<>(problem.propertyNames());
            assertThat(names).as("every property, nulls too, in the schema's order").isEqualTo(PROBLEM_PROPERTIES);
        }
        assertThat(written.stream().map(SparkMainTest::asText).toList())
                .containsExactlyInAnyOrderElementsOf(expected.problems().stream().map(SparkMainTest::asText).toList());
        // in problem order: by line, then column, within the one file
        List<Integer> lines = written.stream().filter(p -> !p.get("line").isNull()).map(p -> p.get("line").asInt()).toList();
        assertThat(lines).isSorted();
    }

    @Test
    void writesParquetWithRulesOffAndSeveritiesChanged(@TempDir Path temp) throws Exception {
        Path out = temp.resolve("problems.parquet");
        Run run = run("validate", PLANTED.toString(), out.toString(), "--as-of=2026-01-01", "--format", "parquet",
                "--disable", "possible-duplicate", "--severity", "date-order=warning");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(SparkMain.DATA_ERRORS);
        assertThat(run.out()).contains("  date-order: 0 errors, 1 warning\n").doesNotContain("possible-duplicate")
                .contains("(Parquet part files)");

        List<Row> rows = LocalSpark.session().read().parquet(out.toString()).collectAsList();
        List<Problem> expected = DatasetValidator.builder().asOf(AS_OF).threads(1).disable("possible-duplicate")
                .severity("date-order", Severity.WARNING).build().validate(Formats.discover().read(PLANTED)).problems();
        assertThat(rows.stream().map(SparkDataset::problem).map(Problem::toString).toList())
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(Problem::toString).toList());
    }

    @Test
    void exitsZeroForADatasetWithWarningsOnly(@TempDir Path temp) throws Exception {
        Path in = temp.resolve("central-asia.jsonl");
        try (OutputStream file = Files.newOutputStream(in)) {
            new JsonLinesDatasetWriter().write(SampleData.centralAsia(), file, WriteOptions.defaults());
        }
        ValidationReport expected = DatasetValidator.builder().asOf(AS_OF).threads(1).build()
                .validate(Formats.discover().read(in));
        assertThat(expected.errors()).isZero();
        assertThat(expected.warnings()).isPositive();

        Run run = run("validate", in.toString(), temp.resolve("out").toString(), "--as-of", AS_OF.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(SparkMain.OK);
        assertThat(run.out()).contains(in + ": 0 errors, " + expected.warnings() + " warning");
        assertThat(readJsonLines(temp.resolve("out"))).hasSize((int) expected.warnings());
    }

    /** The per-rule lines the single-machine problems give, in rule order. */
    static String countsByRule(List<Problem> problems) {
        Map<String, long[]> byRule = new TreeMap<>();
        for (Problem p : problems) {
            byRule.computeIfAbsent(p.rule(), r -> new long[2])[p.severity() == Severity.ERROR ? 0 : 1]++;
        }
        StringBuilder text = new StringBuilder("problems by rule:\n");
        byRule.forEach((rule, c) -> text.append("  ").append(rule).append(": ").append(c[0])
                .append(c[0] == 1 ? " error, " : " errors, ").append(c[1]).append(c[1] == 1 ? " warning\n" : " warnings\n"));
        return text.toString();
    }

    /** Every line of the part files of a JSON Lines output directory, in the order of their names. */
    static List<JsonNode> readJsonLines(Path directory) throws Exception {
        JsonMapper mapper = JsonMapper.builder().build();
        List<JsonNode> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path part : files.filter(f -> f.getFileName().toString().matches("part-.*\\.json")).sorted().toList()) {
                for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                    all.add(mapper.readTree(line));
                }
            }
        }
        return all;
    }

    /** A written problem as the nine values, in the schema's order. */
    static String asText(JsonNode problem) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : PROBLEM_PROPERTIES) {
            JsonNode value = problem.get(name);
            values.put(name, value == null || value.isNull() ? null : value.asString());
        }
        return values.toString();
    }

    /** A single-machine problem as the nine values of its JSON object. */
    static String asText(Problem p) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("severity", p.severity().formatName());
        values.put("rule", p.rule());
        values.put("record_type", p.recordKind() == null ? null : p.recordKind().formatName());
        values.put("record_id", p.recordId());
        values.put("field", p.field());
        values.put("file", p.location() == null ? null : p.location().file());
        values.put("line", p.location() == null || !p.location().hasLine() ? null : String.valueOf(p.location().line()));
        values.put("column", p.location() == null || !p.location().hasColumn() ? null : String.valueOf(p.location().column()));
        values.put("message", p.message());
        return values.toString();
    }
}
