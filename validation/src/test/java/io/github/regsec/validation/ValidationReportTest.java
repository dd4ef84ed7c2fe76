package io.github.regsec.validation;

import static io.github.regsec.validation.TestData.date;
import static io.github.regsec.validation.TestData.meeting;
import static io.github.regsec.validation.TestData.member;
import static io.github.regsec.validation.TestData.org;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.model.Coverage;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.Name;
import io.github.regsec.model.NameKind;
import io.github.regsec.model.Source;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidationReportTest {

    /** Problems planted in three files read in the order organizations, names, memberships. */
    private static ImportResult imported() {
        Name csce = Name.of("CSCE", NameKind.FORMER, date("1995"), date("1994-12-31"));
        return new Imports()
                .reading("organizations.csv").reading("names.csv").reading("memberships.csv")
                .record(org("osce").memberCount(5).coverage(Coverage.COMPLETE).names(List.of(csce)).build(), "organizations.csv", 4,
                        Location.of("names.csv", 2))
                .record(org("bad id").build(), "organizations.csv", 2)
                .record(member("m1", "osce", "country:TJ", "1992", null), "memberships.csv", 2)
                .record(member("m2", "osce", "country:TJ", "1995", null), "memberships.csv", 3)
                .unlocated(meeting("u1", null, null).build())
                .unlocated(org("osce").build())
                .problem(Problem.warning(RuleIds.UNKNOWN_FIELD, "column 'colour' is not a memberships column: it is ignored")
                        .withLocation(Location.of("memberships.csv", 1)))
                .problem(Problem.error(RuleIds.SYNTAX, "a quote is not closed").withLocation(Location.of("organizations.csv", 2, 5)))
                .problem(Problem.error(RuleIds.SYNTAX, "a stray file").withLocation(Location.of("extra.csv", 1)))
                .problem(Problem.error(RuleIds.SYNTAX, "another stray file").withLocation(Location.of("another.csv", 7)))
                .problem(Problem.warning(RuleIds.UNKNOWN_FIELD, "a problem nobody located"))
                .result();
    }

    @Test
    void ordersByFileAsReadThenLineAndColumnThenUnlocatedByRuleAndRecord() {
        ValidationReport report = TestData.validator().validate(imported());
        assertThat(report.problems()).extracting(p -> p.location() == null ? "-" : p.location().toString(), Problem::rule)
                .containsExactly(
                        tuple("organizations.csv:2", RuleIds.SYNTAX),
                        tuple("organizations.csv:2:5", RuleIds.SYNTAX),
                        tuple("organizations.csv:4", ValidationRuleIds.MEMBER_COUNT),
                        tuple("names.csv:2", RuleIds.DATE_ORDER),
                        tuple("memberships.csv:1", RuleIds.UNKNOWN_FIELD),
                        tuple("memberships.csv:3", ValidationRuleIds.MEMBERSHIP_OVERLAP),
                        tuple("another.csv:7", RuleIds.SYNTAX),
                        tuple("extra.csv:1", RuleIds.SYNTAX),
                        tuple("-", RuleIds.UNKNOWN_FIELD),
                        tuple("-", RuleIds.DUPLICATE_ID),
                        tuple("-", ValidationRuleIds.MISSING_DATE),
                        tuple("-", ValidationRuleIds.POSSIBLE_DUPLICATE));
        assertThat(report.errors()).isEqualTo(7);
        assertThat(report.warnings()).isEqualTo(5);
        assertThat(report.hasErrors()).isTrue();
        assertThat(report.imported()).isNotNull();
    }

    @Test
    void rendersOneLinePerProblem() {
        String text = TestData.validator().validate(imported()).toText();
        List<String> lines = text.lines().toList();
        assertThat(text).endsWith("\n").doesNotContain("\r");
        assertThat(lines).hasSize(12);
        assertThat(lines.get(0)).isEqualTo("organizations.csv:2: error syntax bad id: id: 'bad id' is not an id: "
                + "expected 1-128 letters, digits and . _ : -, starting with a letter or digit");
        assertThat(lines.get(1)).isEqualTo("organizations.csv:2: error syntax: a quote is not closed"); // no column in text
        assertThat(lines.get(3)).isEqualTo("names.csv:2: error date-order osce: end_date 1994-12-31 is before start_date 1995: "
                + "an end cannot come before the start");
        assertThat(lines.get(8)).isEqualTo("-: warning unknown-field: a problem nobody located");
        assertThat(lines.get(10)).isEqualTo("-: warning missing-date u1: the meeting has neither start_date nor end_date: "
                + "give at least the year (YYYY)");
    }

    @Test
    void rendersNothingForACleanDataset() {
        ValidationReport report = TestData.validator().validate(Dataset.builder()
                .add(new Source("s", "A source", null, null, null, null, null, null)).add(org("osce").build()).build());
        assertThat(report.problems()).isEmpty();
        assertThat(report.toText()).isEmpty();
        assertThat(report.hasErrors()).isFalse();
        assertThat(report.imported()).isNull();
    }

    @Test
    void keepsAMessageOnOneLine() {
        Dataset dataset = Dataset.builder().add(org("a").build())
                .add(io.github.regsec.model.Organization.builder("b", "Organization\na", io.github.regsec.model.OrganizationKind.OTHER)
                        .parentId("no\nwhere").build()).build();
        String text = TestData.validator().validate(dataset).toText();
        assertThat(text.lines()).allMatch(line -> line.startsWith("-: "));
    }

    @Test
    void showsLineBreaksAsSpacesAndTerminalControlsAsVisibleEscapes() {
        // an id from a data file with a line separator, an escape sequence that would clear the
        // screen, a bell and a right-to-left override: one line, nothing for the terminal to run
        String id = "a\u2028b\u001B[2J\u0007c\u202Ed\r\ne";
        Dataset dataset = Dataset.builder().add(new Source(id, "Title", null, null, null, null, null, null)).build();

        String text = TestData.validator().validate(dataset).toText();

        assertThat(text.lines()).singleElement().isEqualTo("-: error syntax a b\\u001B[2J\\u0007c\\u202Ed e: id: 'a b\\u001B[2J"
                + "\\u0007c\\u202Ed e' is not an id: expected 1-128 letters, digits and . _ : -, starting with a letter or digit");
        assertThat(text.chars().filter(c -> c < 0x20 && c != '\n')).isEmpty();
    }

    @Test
    void escapesFileNamesLikeValues() {
        String file = "e\u001B[2Jvil\nname\u202E.jsonl";
        ImportResult imported = new Imports().reading(file)
                .problem(Problem.error(RuleIds.SYNTAX, "broken JSON").withLocation(Location.of(file, 3, 1)))
                .problem(Problem.error(RuleIds.SYNTAX, "the file is empty").withLocation(Location.of("x\ry.json")))
                .result();

        String text = TestData.validator().validate(imported).toText();

        assertThat(text.lines()).containsExactly("e\\u001B[2Jvil name\\u202E.jsonl:3: error syntax: broken JSON",
                "x y.json: error syntax: the file is empty");
    }

    @Test
    void rendersTheJsonOfTheSpecification() {
        ValidationReport report = TestData.validator().validate(imported());
        String json = report.toJson("data/planted");
        assertThat(json).doesNotContain("\r").startsWith("{\n  \"dataset\": \"data/planted\",\n  \"as_of\": \"2026-11-28\",");
        JsonNode root = JsonMapper.builder().build().readTree(json);
        assertThat(root.get("dataset").asString()).isEqualTo("data/planted");
        assertThat(root.get("as_of").asString()).isEqualTo("2026-11-28");
        JsonNode records = root.get("records");
        assertThat(records.propertyNames()).containsExactly("sources", "organizations", "field_offices", "meetings", "memberships", "persons", "posts");
        assertThat(records.get("organizations").asInt()).isEqualTo(3);
        assertThat(records.get("memberships").asInt()).isEqualTo(2);
        assertThat(records.get("meetings").asInt()).isEqualTo(1);
        assertThat(root.get("errors").asInt()).isEqualTo(7);
        assertThat(root.get("warnings").asInt()).isEqualTo(5);
        JsonNode problems = root.get("problems");
        assertThat(problems.size()).isEqualTo(12);

        JsonNode first = problems.get(0);
        assertThat(first.propertyNames()).containsExactly("severity", "rule", "record_type", "record_id", "field", "file",
                "line", "column", "message");
        assertThat(first.get("severity").asString()).isEqualTo("error");
        assertThat(first.get("rule").asString()).isEqualTo("syntax");
        assertThat(first.get("record_type").asString()).isEqualTo("organization");
        assertThat(first.get("record_id").asString()).isEqualTo("bad id");
        assertThat(first.get("field").asString()).isEqualTo("id");
        assertThat(first.get("file").asString()).isEqualTo("organizations.csv");
        assertThat(first.get("line").asInt()).isEqualTo(2);
        assertThat(first.get("column").isNull()).isTrue();
        assertThat(problems.get(1).get("column").asInt()).isEqualTo(5);
        assertThat(problems.get(3).get("record_type").asString()).isEqualTo("name");

        JsonNode unlocated = problems.get(8);
        assertThat(unlocated.get("record_type").isNull()).isTrue();
        assertThat(unlocated.get("record_id").isNull()).isTrue();
        assertThat(unlocated.get("file").isNull()).isTrue();
        assertThat(unlocated.get("line").isNull()).isTrue();
        assertThat(unlocated.get("message").asString()).isEqualTo("a problem nobody located");
        assertThat(problems.get(11).get("rule").asString()).isEqualTo("possible-duplicate");
    }

    @Test
    void countsEveryProblemReadingFoundAlsoThoseLeftOutOfTheList() throws Exception {
        ImportContext context = ImportContext.collecting(ReadOptions.builder().maxProblems(3).build());
        context.reading("big.jsonl");
        for (int line = 1; line <= 150; line++) {
            Location at = Location.of("big.jsonl", line);
            context.rejected(at, List.of(Problem.error(RuleIds.SYNTAX, "broken JSON").withLocation(at)));
        }
        context.report(Problem.warning(RuleIds.UNKNOWN_FIELD, "odd").withLocation(Location.of("big.jsonl", 151)));

        ValidationReport report = TestData.validator().validate(context.result());

        assertThat(report.errors()).isEqualTo(150);
        assertThat(report.warnings()).isEqualTo(1);
        assertThat(report.problems()).hasSize(4);
        assertThat(report.problems(RuleIds.PROBLEMS_LEFT_OUT)).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(Location.of("big.jsonl"));
            assertThat(p.message()).startsWith("148 more problems (147 errors, 1 warning) were found in big.jsonl");
        });
        JsonNode root = JsonMapper.builder().build().readTree(report.toJson("big.jsonl"));
        assertThat(root.get("errors").asInt()).isEqualTo(150);
        assertThat(root.get("warnings").asInt()).isEqualTo(1);
    }
}
