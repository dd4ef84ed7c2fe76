package io.github.regsec.validation.rules;

import static io.github.regsec.validation.TestData.org;
import static io.github.regsec.validation.rules.PeopleRules.date;
import static io.github.regsec.validation.rules.PeopleRules.holding;
import static io.github.regsec.validation.rules.PeopleRules.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.MeetingKind;
import io.github.regsec.model.Participant;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.Severity;
import io.github.regsec.validation.ValidationRuleIds;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PersonLifetimeRuleTest {

    private static final DatasetRecord OSCE = org("osce").build();
    private static final DatasetRecord LATE = person("late", "A. Late Official", "1931", "2010-05");

    private static List<String> reported(DatasetRecord... records) {
        List<DatasetRecord> all = new java.util.ArrayList<>(List.of(OSCE, LATE));
        all.addAll(List.of(records));
        return Check.problems(ValidationRuleIds.PERSON_LIFETIME, all.toArray(DatasetRecord[]::new)).stream()
                .map(p -> p.recordId() + " " + p.field()).collect(Collectors.toList());
    }

    private static Meeting meeting(String id, String start, String end, boolean openEnded) {
        return Meeting.builder(id, id, MeetingKind.SESSION).startDate(date(start)).endDate(date(end)).openEnded(openEnded)
                .addParticipant(Participant.builder().personId("late").build()).build();
    }

    @Test
    void reportsAMembershipThatCertainlyStartsBeforeBirthOrGoesOnAfterDeath() {
        assertThat(reported(holding("before", "osce", "late", null, "1930", "1960"))).containsExactly("before start_date");
        assertThat(reported(holding("unknown-start", "osce", "late", null, null, "1930-06"))).containsExactly("unknown-start end_date");
        assertThat(reported(holding("after", "osce", "late", null, "2000", "2011"))).containsExactly("after end_date");
        assertThat(reported(holding("ongoing", "osce", "late", null, "2000", null))).containsExactly("ongoing end_date");
        List<Problem> problems = Check.problems(ValidationRuleIds.PERSON_LIFETIME, OSCE, LATE,
                holding("ongoing", "osce", "late", null, "2015", null));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
            assertThat(p.message()).isEqualTo("the membership has no end_date, so it is still going on, but 'late' died"
                    + " (death_date 2010-05): give the end_date");
        });
    }

    @Test
    void saysNothingWhenTheDatesOnlyPossiblyLieOutside() {
        assertThat(reported(holding("born-that-year", "osce", "late", null, "1931", "1990"),
                holding("died-that-month", "osce", "late", null, "1990", "2010-05-20"),
                holding("year-of-death", "osce", "late", null, "1990", "2010"))).isEmpty();
    }

    @Test
    void reportsAParticipationCertainlyOutsideTheLife() {
        List<Problem> problems = Check.problems(ValidationRuleIds.PERSON_LIFETIME, OSCE, LATE, meeting("m-2015", "2015-03-01", null, false),
                meeting("m-1920", "1920", "1921", false), meeting("m-2010", "2010-05", null, false),
                meeting("term", "2009", null, true), Meeting.builder("undated", "u", MeetingKind.OTHER)
                        .addParticipant(Participant.builder().personId("late").build()).build());
        assertThat(problems).extracting(p -> p.recordKind().formatName() + " " + p.recordId() + " " + p.field())
                .containsExactlyInAnyOrder("participant m-2015 person_id", "participant m-1920 person_id");
        assertThat(problems).anySatisfy(p -> assertThat(p.message())
                .isEqualTo("the meeting 2015-03-01..2015-03-01 is after 'late' died (death_date 2010-05): correct the"
                        + " person_id or the dates"));
    }
}
