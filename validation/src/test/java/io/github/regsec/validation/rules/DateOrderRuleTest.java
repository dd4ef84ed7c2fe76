package io.github.regsec.validation.rules;

import static io.github.regsec.validation.TestData.date;
import static io.github.regsec.validation.TestData.meeting;
import static io.github.regsec.validation.TestData.member;
import static io.github.regsec.validation.TestData.office;
import static io.github.regsec.validation.TestData.org;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.regsec.model.Name;
import io.github.regsec.model.NameKind;
import io.github.regsec.model.RecordKind;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.validation.DatasetValidator;
import io.github.regsec.validation.Imports;
import io.github.regsec.validation.TestData;
import io.github.regsec.validation.constraints.RecordConstraints;
import io.github.regsec.problem.RuleIds;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateOrderRuleTest {

    @Test
    void reportsEachKindOnItsEndFieldOnce() {
        var name = Name.of("CSCE", NameKind.FORMER, date("1995"), date("1994-12-31"));
        List<Problem> problems = Check.problems(RuleIds.DATE_ORDER,
                org("osce").foundingDate(date("1975")).dissolutionDate(date("1974")).names(List.of(name)).build(),
                office("o1", "osce", "TJ", "2002-06", "2002-05-31"),
                meeting("m1", "2019-07-17", "2019-07-16").build(),
                member("m2", "osce", "country:TJ", "2019-07-17", "2019-06"));
        assertThat(problems).extracting(Problem::recordKind, Problem::field).containsExactly(
                tuple(RecordKind.ORGANIZATION, "dissolution_date"),
                tuple(RecordKind.NAME, "end_date"),
                tuple(RecordKind.FIELD_OFFICE, "closing_date"),
                tuple(RecordKind.MEETING, "end_date"),
                tuple(RecordKind.MEMBERSHIP, "end_date"));
        assertThat(problems.get(4).message()).isEqualTo("end_date 2019-06 is before start_date 2019-07-17: an end cannot come before the start");
    }

    @Test
    void staysSilentWhenTheEndOnlyMayComeBeforeTheStart() {
        assertThat(Check.problems(RuleIds.DATE_ORDER,
                member("a", "o", "country:TJ", "2019-07-17", "2019"),
                member("b", "o", "country:KZ", "2019", "2019-01-01"),
                member("c", "o", "country:KG", "2019-07", "2019-07-01"),
                member("d", "o", "country:UZ", null, "1990"),
                member("e", "o", "country:TM", "2019", null))).isEmpty();
    }

    @Test
    void givesTheSameMessageAsTheDatesInOrderConstraint() {
        var m = member("m1", "o", "country:TJ", "2005", "2004-12");
        assertThat(RecordConstraints.check(m, row -> Optional.empty())).singleElement()
                .extracting(Problem::message).isEqualTo(DateOrderRule.message(m));
    }

    @Test
    void isReportedOnceAndFollowsTheRulesSwitchAndSeverity() {
        var imported = new Imports().record(member("m1", "o", "country:TJ", "2005", "2004"), "memberships.csv", 2).result();
        assertThat(TestData.validator().validate(imported).problems(RuleIds.DATE_ORDER)).singleElement()
                .satisfies(p -> assertThat(p.location()).isEqualTo(Location.of("memberships.csv", 2)));
        var off = DatasetValidator.builder().discoverRules(false).disable(RuleIds.DATE_ORDER).build();
        assertThat(off.validate(imported).problems(RuleIds.DATE_ORDER)).isEmpty();
    }

    @Test
    void aNameSharedByTwoRecordsBuiltInCodeIsReportedOnEachWithItsOwnId() {
        var shared = Name.of("CSCE", NameKind.FORMER, date("1995"), date("1994-12-31"));
        List<Problem> problems = Check.problems(RuleIds.DATE_ORDER,
                org("osce").names(List.of(shared)).build(),
                org("csce").names(List.of(shared, shared)).build(),
                office("o1", "osce", "TJ", null, null).withNames(List.of(shared)));
        assertThat(problems).extracting(Problem::recordKind, Problem::recordId).containsExactly(
                tuple(RecordKind.NAME, "osce"),
                tuple(RecordKind.NAME, "csce"),
                tuple(RecordKind.NAME, "csce"),
                tuple(RecordKind.NAME, "o1"));
    }
}
