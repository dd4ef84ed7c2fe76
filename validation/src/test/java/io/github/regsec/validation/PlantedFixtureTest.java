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
 * The fixture dataset under {@code src/test/resources/planted}, the same data as a CSV directory,
 * a JSON document and JSON Lines, with one problem planted for each validation rule (two for
 * {@code possible-duplicate}: organizations and persons; the {@code note} of each planted record
 * names its rule). Read through {@link Formats#discover()}, so it needs the CSV
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
        assertThat(report.errors()).isEqualTo(9);
        assertThat(report.warnings()).isEqualTo(12);
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
                tuple(ValidationRuleIds.COUNTRY_LIFETIME, "membership", "m-su-osce", "member", "memberships.csv", 12),
                tuple(ValidationRuleIds.POST_HOLDERS_OVERLAP, "membership", "h-tasmagambetov", "start_date", "memberships.csv", 14),
                tuple(ValidationRuleIds.PERSON_LIFETIME, "membership", "h-late", "end_date", "memberships.csv", 15),
                tuple(ValidationRuleIds.POST_ORGANIZATION, "membership", "h-zas-osce", "post_id", "memberships.csv", 16),
                tuple(ValidationRuleIds.PARTICIPANT_AFFILIATION, "participant", "fsc-2019-07-17", "affiliation",
                        "meeting_participants.csv", 4),
                tuple(ValidationRuleIds.POSSIBLE_DUPLICATE, "person", "zas-dup", "name", "persons.csv", 5));
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
                tuple(ValidationRuleIds.PARTICIPANT_AFFILIATION, "participant", "fsc-2019-07-17", "affiliation", "planted.json", 31),
                tuple(ValidationRuleIds.CHAIR_NOT_MEMBER, "meeting", "fsc-2020-03-04", "chair", "planted.json", 33),
                tuple(ValidationRuleIds.OFFICE_NOT_OPEN, "meeting", "workshop-2001", "start_date", "planted.json", 34),
                tuple(ValidationRuleIds.MISSING_DATE, "meeting", "youth-forums", "start_date", "planted.json", 35),
                tuple(ValidationRuleIds.DUPLICATE_VALUE, "meeting", "visit-2025-02", "supporters", "planted.json", 36),
                tuple(ValidationRuleIds.FUTURE_DATE, "meeting", "summit-2027", "start_date", "planted.json", 37),
                tuple(ValidationRuleIds.MEMBERSHIP_OVERLAP, "membership", "m-tj-csto-2", "start_date", "planted.json", 47),
                tuple(ValidationRuleIds.OUTSIDE_LIFETIME, "membership", "m-pl-wp", "end_date", "planted.json", 48),
                tuple(RuleIds.UNKNOWN_REFERENCE, "membership", "m-kz-sco", "organization_id", "planted.json", 49),
                tuple(ValidationRuleIds.COUNTRY_LIFETIME, "membership", "m-su-osce", "member", "planted.json", 50),
                tuple(ValidationRuleIds.POST_HOLDERS_OVERLAP, "membership", "h-tasmagambetov", "start_date", "planted.json", 52),
                tuple(ValidationRuleIds.PERSON_LIFETIME, "membership", "h-late", "end_date", "planted.json", 53),
                tuple(ValidationRuleIds.POST_ORGANIZATION, "membership", "h-zas-osce", "post_id", "planted.json", 54),
                tuple(ValidationRuleIds.POSSIBLE_DUPLICATE, "person", "zas-dup", "name", "planted.json", 60));
    }

    @Test
    void findsEachPlantedProblemInJsonLines() throws Exception {
        List<Problem> problems = validate(resource("planted.jsonl"));
        assertThat(found(problems)).containsExactly(
                tuple(RuleIds.DUPLICATE_ID, "source", "src-article", "id", "planted.jsonl", 3),
                tuple(RuleIds.DATE_ORDER, "name", "osce", "end_date", "planted.jsonl", 4),
                tuple(ValidationRuleIds.MEMBER_COUNT, "organization", "csto", "member_count", "planted.jsonl", 6),
                tuple(ValidationRuleIds.PARENT_CYCLE, "organization", "loop", "parent_id", "planted.jsonl", 9),
                tuple(RuleIds.REQUIRED, "organization", "gov-tj", "country", "planted.jsonl", 10),
                tuple(ValidationRuleIds.POSSIBLE_DUPLICATE, "organization", "cis-dup", "name", "planted.jsonl", 11),
                tuple(ValidationRuleIds.HOST_NOT_MEMBER, "field_office", "osce-kabul", "country", "planted.jsonl", 13),
                tuple(ValidationRuleIds.PARTICIPANT_AFFILIATION, "participant", "fsc-2019-07-17", "affiliation", "planted.jsonl", 14),
                tuple(ValidationRuleIds.CHAIR_NOT_MEMBER, "meeting", "fsc-2020-03-04", "chair", "planted.jsonl", 15),
                tuple(ValidationRuleIds.OFFICE_NOT_OPEN, "meeting", "workshop-2001", "start_date", "planted.jsonl", 16),
                tuple(ValidationRuleIds.MISSING_DATE, "meeting", "youth-forums", "start_date", "planted.jsonl", 17),
                tuple(ValidationRuleIds.DUPLICATE_VALUE, "meeting", "visit-2025-02", "supporters", "planted.jsonl", 18),
                tuple(ValidationRuleIds.FUTURE_DATE, "meeting", "summit-2027", "start_date", "planted.jsonl", 19),
                tuple(ValidationRuleIds.MEMBERSHIP_OVERLAP, "membership", "m-tj-csto-2", "start_date", "planted.jsonl", 27),
                tuple(ValidationRuleIds.OUTSIDE_LIFETIME, "membership", "m-pl-wp", "end_date", "planted.jsonl", 28),
                tuple(RuleIds.UNKNOWN_REFERENCE, "membership", "m-kz-sco", "organization_id", "planted.jsonl", 29),
                tuple(ValidationRuleIds.COUNTRY_LIFETIME, "membership", "m-su-osce", "member", "planted.jsonl", 30),
                tuple(ValidationRuleIds.POST_HOLDERS_OVERLAP, "membership", "h-tasmagambetov", "start_date", "planted.jsonl", 32),
                tuple(ValidationRuleIds.PERSON_LIFETIME, "membership", "h-late", "end_date", "planted.jsonl", 33),
                tuple(ValidationRuleIds.POST_ORGANIZATION, "membership", "h-zas-osce", "post_id", "planted.jsonl", 34),
                tuple(ValidationRuleIds.POSSIBLE_DUPLICATE, "person", "zas-dup", "name", "planted.jsonl", 38));
    }

    @Test
    void plantsOneProblemForEveryValidationRule() throws Exception {
        List<Problem> problems = validate(resource("csv"));
        List<String> rules = problems.stream().map(Problem::rule).collect(Collectors.toList());
        assertThat(rules).containsAll(TestData.validator().rules().stream().map(ConsistencyRule::id).collect(Collectors.toList()));
        // one problem a rule; possible-duplicate twice: two organizations and two persons
        assertThat(rules.stream().filter(r -> !r.equals(ValidationRuleIds.POSSIBLE_DUPLICATE))).doesNotHaveDuplicates();
        assertThat(rules).filteredOn(ValidationRuleIds.POSSIBLE_DUPLICATE::equals).hasSize(2);
    }
}
