package io.github.regsec.validation.rules;

import static io.github.regsec.validation.TestData.date;
import static io.github.regsec.validation.TestData.meeting;
import static io.github.regsec.validation.TestData.member;
import static io.github.regsec.validation.TestData.org;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.regsec.model.Name;
import io.github.regsec.model.NameKind;
import io.github.regsec.model.RecordKind;
import io.github.regsec.model.Source;
import io.github.regsec.problem.Problem;
import io.github.regsec.validation.ValidationRuleIds;
import java.util.List;
import org.junit.jupiter.api.Test;

class FutureDateRuleTest {

    @Test
    void reportsDatesCertainlyAfterTheAsOfDate() {
        List<Problem> problems = Check.problems(ValidationRuleIds.FUTURE_DATE,
                new Source("s", "A source", null, null, date("2027"), null, null, null),
                org("o").names(List.of(Name.of("Future name", NameKind.FORMER, date("2026-12"), null))).build(),
                meeting("m", "2026-11-29", null).build(),
                member("m1", "o", "country:TJ", "1992", "2030-01-01"));
        assertThat(problems).extracting(Problem::recordKind, Problem::field).containsExactly(
                tuple(RecordKind.SOURCE, "published"), tuple(RecordKind.NAME, "start_date"),
                tuple(RecordKind.MEETING, "start_date"), tuple(RecordKind.MEMBERSHIP, "end_date"));
        assertThat(problems.get(0).message()).isEqualTo("published 2027 is after the as-of date 2026-11-28: "
                + "correct the date, or validate as of a later day");
    }

    @Test
    void staysSilentOnDatesThatMayBeTodayOrEarlier() {
        assertThat(Check.problems(ValidationRuleIds.FUTURE_DATE,
                meeting("year", "2026", null).build(),
                meeting("month", "2026-11", null).build(),
                meeting("today", "2026-11-28", null).build(),
                member("m1", "o", "country:TJ", "1992", null))).isEmpty();
    }
}
