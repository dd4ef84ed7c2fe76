package io.github.regsec.validation.rules;

import static io.github.regsec.validation.TestData.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.validation.ValidationRuleIds;
import org.junit.jupiter.api.Test;

class MissingDateRuleTest {

    @Test
    void reportsAMeetingWithoutAnyDate() {
        assertThat(Check.problems(ValidationRuleIds.MISSING_DATE, meeting("youth-forums", null, null).build()))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("start_date");
                    assertThat(p.message()).isEqualTo("the meeting has neither start_date nor end_date: give at least the year (YYYY)");
                });
    }

    @Test
    void staysSilentWhenEitherDateIsGiven() {
        assertThat(Check.problems(ValidationRuleIds.MISSING_DATE, meeting("conference", null, "2022-10-19").build(),
                meeting("workshop", "2019", null).build())).isEmpty();
    }
}
