package io.github.regsec.validation.rules;

import static io.github.regsec.validation.TestData.meeting;
import static io.github.regsec.validation.TestData.member;
import static io.github.regsec.validation.TestData.office;
import static io.github.regsec.validation.TestData.org;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.regsec.model.party.Party;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.Severity;
import io.github.regsec.validation.ValidationRuleIds;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutsideLifetimeRuleTest {

    @Test
    void reportsAMembershipStartingBeforeTheFounding() {
        List<Problem> problems = Check.problems(ValidationRuleIds.OUTSIDE_LIFETIME, org("csto", "2002-10-07", null),
                member("m1", "csto", "country:TJ", "1994", null));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.recordId()).isEqualTo("m1");
            assertThat(p.field()).isEqualTo("start_date");
            assertThat(p.message()).isEqualTo("the membership's start_date 1994 is before 'csto' was founded "
                    + "(founding_date 2002-10-07): correct one of the dates");
        });
    }

    @Test
    void reportsEndsAfterTheDissolutionAndOngoingRecordsOfADissolvedOrganization() {
        List<Problem> problems = Check.problems(ValidationRuleIds.OUTSIDE_LIFETIME, org("wp", "1955", "1991-07-01"),
                member("ended-late", "wp", "country:PL", "1955", "1992"),
                member("ongoing", "wp", "country:HU", "1955", null),
                office("office", "wp", "PL", "1960", null));
        assertThat(problems).extracting(Problem::recordId, Problem::field).containsExactly(
                tuple("office", "closing_date"), tuple("ended-late", "end_date"), tuple("ongoing", "end_date"));
        assertThat(problems.get(2).message()).isEqualTo("the membership has no end_date, so it is still ongoing, but 'wp' "
                + "was dissolved (dissolution_date 1991-07-01): give the end_date");
    }

    @Test
    void staysSilentWhenTheDatesMayFit() {
        assertThat(Check.problems(ValidationRuleIds.OUTSIDE_LIFETIME, org("o", "1992-07-17", "2010-06"),
                member("same-year-start", "o", "country:TJ", "1992", "2000"),
                member("same-month-end", "o", "country:KZ", "1993", "2010-06-30"),
                member("year-end", "o", "country:KG", "1993", "2010"),
                member("unknown", "o", "country:UZ", null, "2005"),
                office("office", "o", "TJ", null, "2010"))).isEmpty();
        assertThat(Check.problems(ValidationRuleIds.OUTSIDE_LIFETIME, org("living", null, null),
                member("m", "living", "country:TJ", "1900", null))).isEmpty();
    }

    @Test
    void checksMeetingsThroughTheirConvenorOrganizations() {
        List<Problem> problems = Check.problems(ValidationRuleIds.OUTSIDE_LIFETIME,
                org("osce", "1995-01-01", null), org("wp", "1955", "1991-07-01"),
                meeting("early", "1994-12", "1995-01-02").convenors(List.of(Party.parse("org:osce"))).build(),
                meeting("after", "1992-03-01", null).convenors(List.of(Party.parse("org:wp"), Party.parse("country:TJ"))).build(),
                meeting("fits", "1995", null).convenors(List.of(Party.parse("org:osce"))).build(),
                meeting("undated", null, null).convenors(List.of(Party.parse("org:wp"))).build());
        assertThat(problems).extracting(Problem::recordId, Problem::field).containsExactly(
                tuple("early", "start_date"), tuple("after", "start_date"));
        assertThat(problems.get(1).message()).isEqualTo("the meeting's start_date 1992-03-01 is after 'wp' was dissolved "
                + "(dissolution_date 1991-07-01): correct one of the dates");
    }
}
