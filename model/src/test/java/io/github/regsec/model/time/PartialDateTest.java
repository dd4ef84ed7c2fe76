package io.github.regsec.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void keepsPrecisionAndPrintsIsoForm() {
        assertThat(PartialDate.parse("2019").precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(PartialDate.parse("2019-07").precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(PartialDate.parse("2019-07-17").precision()).isEqualTo(DatePrecision.DAY);
        assertThat(PartialDate.parse("0973").toString()).isEqualTo("0973");
        assertThat(PartialDate.parse("2019-07").toString()).isEqualTo("2019-07");
    }

    @Test
    void coversEveryDayOfItsPeriod() {
        PartialDate october = PartialDate.parse("2022-10");
        assertThat(october.earliest()).isEqualTo(LocalDate.of(2022, 10, 1));
        assertThat(october.latest()).isEqualTo(LocalDate.of(2022, 10, 31));
        assertThat(PartialDate.parse("2024-02").latest()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(PartialDate.parse("2019").latest()).isEqualTo(LocalDate.of(2019, 12, 31));
    }

    @Test
    void yearIsNotCertainlyBeforeADayInThatYear() {
        PartialDate year = PartialDate.parse("2019");
        PartialDate day = PartialDate.parse("2019-07-17");
        assertThat(year.isCertainlyBefore(day)).isFalse();
        assertThat(day.isCertainlyBefore(year)).isFalse();
        assertThat(PartialDate.parse("2019-06").isCertainlyBefore(day)).isTrue();
    }

    @Test
    void rejectsDayThatTheMonthDoesNotHave() {
        assertThatThrownBy(() -> PartialDate.parse("2019-02-30"))
                .isInstanceOf(DateTimeException.class)
                .hasMessage("'2019-02-30' is not a date: February 2019 has 28 days");
        assertThat(PartialDate.parse("2020-02-29").day()).isEqualTo(29);
    }

    @Test
    void rejectsMalformedText() {
        assertThatThrownBy(() -> PartialDate.parse("2019-13"))
                .hasMessage("'2019-13' is not a date: month 13 is not a month: expected 1 to 12");
        assertThatThrownBy(() -> PartialDate.parse("17.07.2019"))
                .hasMessageContaining("expected YYYY, YYYY-MM or YYYY-MM-DD");
        assertThatThrownBy(() -> PartialDate.parse("0000")).hasMessageContaining("out of range");
    }
}
