package io.github.regsec.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.regsec.formats.Formats;
import io.github.regsec.formats.UnknownFormatException;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The fixture dataset under {@code src/test/resources/planted}, the same data as a CSV directory
 * and as a JSON document, with one problem planted for each validation rule (the {@code note} of
 * each planted record names its rule). Read through {@link Formats#discover()}, so it needs the CSV
 * and JSON importers on the class path; without them the tests are skipped.
 */
class PlantedFixtureTest {

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(PlantedFixtureTest.class.getResource("/planted/" + name).toURI());
    }

    private static boolean readable(Path path) {
        try {
            Formats.discover().importerFor(path);
            return true;
        } catch (UnknownFormatException e) {
            return false;
        }
    }

    private static List<Problem> validate(Path path) throws Exception {
        assumeTrue(readable(path), "no importer for " + path.getFileName() + " on the class path yet");
        ValidationReport report = Validation.validate(path, TestData.AS_OF);
        assertThat(report.imported().problems()).as("reading problems").isEmpty();
        assertThat(report.errors()).isEqualTo(6);
        assertThat(report.warnings()).isEqualTo(10);
        // report order: files in the order read, then lines
        List<String> files = report.imported().files();
        List<Problem> problems = report.problems();
        for (int i = 1; i < problems.size(); i++) {
            Problem a = problems.get(i - 1);
            Problem b = problems.get(i);
            int fa = files.indexOf(a.location().file());
            int fb = files.indexOf(b.location().file());
            assertThat(fa < fb || (fa == fb && a.location().line() <= b.location().line())).as("%s before %s", a, b).isTrue();
        }
        return problems;
    }

    private static List<Tuple> found(List<Problem> problems) {
        return problems.stream().map(p -> tuple(p.rule(), p.recordKind().formatName(), p.recordId(), p.field(),
                p.location().file(), p.location().line())).collect(Collectors.toList());
    }

    @Test
    void findsEachPlantedProblemInTheCsvDirectory() throws Exception {
        List<Problem> problems = validate(resource("csv"));
        assertThat(found(problems)).containsExactlyInAnyOrder(
                tuple(RuleIds.DUPLICATE_ID, "source", "src-article", "id", "sources.csv", 4),
                tuple(ValidationRuleIds.MEMBER_COUNT, "organization", "csto", "member_count", "organizations.csv", 4),
                tuple(ValidationRuleIds.PARENT_CYCLE, "organization", "loop", "parent_id", "organizations.csv", 7),
                tuple(RuleIds.REQUIRED, "organization", "gov-tj", "country", "organizations.csv", 8),
                tuple(ValidationRuleIds.POSSIBLE_DUPLICATE, "organization", "cis-dup", "name", "organizations.csv", 9),
                tuple(RuleIds.DATE_ORDER, "name", "osce", "end_date", "names.csv", 2),
                tuple(ValidationRuleIds.HOST_NOT_MEMBER, "field_office", "osce-kabul", "country", "field_offices.csv", 3),
                tuple(ValidationRuleIds.CHAIR_NOT_MEMBER, "meeting", "fsc-2020-03-04", "chair", "meetings.csv", 3),
                tuple(ValidationRuleIds.OFFICE_NOT_OPEN, "meeting", "workshop-2001", "start_date", "meetings.csv", 4),
                tuple(ValidationRuleIds.MISSING_DATE, "meeting", "youth-forums", "start_date", "meetings.csv", 5),
                tuple(ValidationRuleIds.DUPLICATE_VALUE, "meeting", "visit-2025-02", "supporters", "meetings.csv", 6),
                tuple(ValidationRuleIds.FUTURE_DATE, "meeting", "summit-2027", "start_date", "meetings.csv", 7),
                tuple(ValidationRuleIds.MEMBERSHIP_OVERLAP, "membership", "m-tj-csto-2", "start_date", "memberships.csv", 9),
                tuple(ValidationRuleIds.OUTSIDE_LIFETIME, "membership", "m-pl-wp", "end_date", "memberships.csv", 10),
                tuple(RuleIds.UNKNOWN_REFERENCE, "membership", "m-kz-sco", "organization_id", "memberships.csv", 11),
                tuple(ValidationRuleIds.COUNTRY_LIFETIME, "membership", "m-su-osce", "member", "memberships.csv", 12));
    }

    @Test
    void findsEachPlantedProblemInTheJsonDocument() throws Exception {
        List<Problem> problems = validate(resource("planted.json"));
        assertThat(found(problems)).containsExactly(
                tuple(RuleIds.DUPLICATE_ID, "source", "src-article", "id", "planted.json", 6),
                tuple(RuleIds.DATE_ORDER, "name", "osce", "end_date", "planted.json", 10),
                tuple(ValidationRuleIds.MEMBER_COUNT, "organization", "csto", "member_count", "planted.json", 14),
                tuple(ValidationRuleIds.PARENT_CYCLE, "organization", "loop", "parent_id", "planted.json", 17),
                tuple(RuleIds.REQUIRED, "organization", "gov-tj", "country", "planted.json", 18),
                tuple(ValidationRuleIds.POSSIBLE_DUPLICATE, "organization", "cis-dup", "name", "planted.json", 19),
                tuple(ValidationRuleIds.HOST_NOT_MEMBER, "field_office", "osce-kabul", "country", "planted.json", 25),
                tuple(ValidationRuleIds.CHAIR_NOT_MEMBER, "meeting", "fsc-2020-03-04", "chair", "planted.json", 32),
                tuple(ValidationRuleIds.OFFICE_NOT_OPEN, "meeting", "workshop-2001", "start_date", "planted.json", 33),
                tuple(ValidationRuleIds.MISSING_DATE, "meeting", "youth-forums", "start_date", "planted.json", 34),
                tuple(ValidationRuleIds.DUPLICATE_VALUE, "meeting", "visit-2025-02", "supporters", "planted.json", 35),
                tuple(ValidationRuleIds.FUTURE_DATE, "meeting", "summit-2027", "start_date", "planted.json", 36),
                tuple(ValidationRuleIds.MEMBERSHIP_OVERLAP, "membership", "m-tj-csto-2", "start_date", "planted.json", 46),
                tuple(ValidationRuleIds.OUTSIDE_LIFETIME, "membership", "m-pl-wp", "end_date", "planted.json", 47),
                tuple(RuleIds.UNKNOWN_REFERENCE, "membership", "m-kz-sco", "organization_id", "planted.json", 48),
                tuple(ValidationRuleIds.COUNTRY_LIFETIME, "membership", "m-su-osce", "member", "planted.json", 49));
    }

    @Test
    void plantsOneProblemForEveryValidationRule() throws Exception {
        List<Problem> problems = validate(resource("csv"));
        assertThat(problems).extracting(Problem::rule).doesNotHaveDuplicates()
                .containsAll(TestData.validator().rules().stream().map(ConsistencyRule::id).collect(Collectors.toList()));
    }
}
