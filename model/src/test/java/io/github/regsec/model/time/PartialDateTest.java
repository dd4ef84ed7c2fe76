package io.github.regsec.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @Test
    void keepsPrecisionAndPrintsIsoForm() {
        assertThat(PartialDate.parse("2019").precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(PartialDate.parse("2019-07").precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(PartialDate.parse("2019-07-17").precision()).isEqualTo(DatePrecision.DAY);
        assertThat(PartialDate.parse("0973").toString()).isEqualTo("0973");
        assertThat(PartialDate.parse("2019-07").toString()).isEqualTo("2019-07");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1973", "1994-12", "2012-11-21", "0001", "9999-12-31", "2020-02-29"})
    void printsWhatItParsed(String text) {
        assertThat(PartialDate.parse(text).toString()).isEqualTo(text);
    }

    @Test
    void exposesTheKnownParts() {
        PartialDate day = PartialDate.parse("2019-07-17");
        assertThat(day.year()).isEqualTo(2019);
        assertThat(day.month()).isEqualTo(7);
        assertThat(day.day()).isEqualTo(17);
        PartialDate month = PartialDate.parse("2019-07");
        assertThat(month.month()).isEqualTo(7);
        assertThat(month.day()).isZero();
        PartialDate year = PartialDate.parse("2019");
        assertThat(year.month()).isZero();
        assertThat(year.day()).isZero();
    }

    @Test
    void factoriesGiveTheSameDatesAsParsing() {
        assertThat(PartialDate.ofYear(1973)).isEqualTo(PartialDate.parse("1973"));
        assertThat(PartialDate.ofMonth(1994, 12)).isEqualTo(PartialDate.parse("1994-12"));
        assertThat(PartialDate.of(2012, 11, 21)).isEqualTo(PartialDate.parse("2012-11-21"));
        assertThat(PartialDate.of(LocalDate.of(2012, 11, 21))).isEqualTo(PartialDate.parse("2012-11-21"));
    }

    @Test
    void coversEveryDayOfItsPeriod() {
        PartialDate october = PartialDate.parse("2022-10");
        assertThat(october.earliest()).isEqualTo(LocalDate.of(2022, 10, 1));
        assertThat(october.latest()).isEqualTo(LocalDate.of(2022, 10, 31));
        assertThat(PartialDate.parse("2019").earliest()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(PartialDate.parse("2019").latest()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(PartialDate.parse("2019-04").latest()).isEqualTo(LocalDate.of(2019, 4, 30));
        PartialDate day = PartialDate.parse("2019-07-17");
        assertThat(day.earliest()).isEqualTo(LocalDate.of(2019, 7, 17));
        assertThat(day.latest()).isEqualTo(LocalDate.of(2019, 7, 17));
    }

    @Test
    void februaryOfALeapYearEndsOnThe29th() {
        assertThat(PartialDate.parse("2024-02").latest()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(PartialDate.parse("2023-02").latest()).isEqualTo(LocalDate.of(2023, 2, 28));
        assertThat(PartialDate.parse("2000-02").latest()).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(PartialDate.parse("1900-02").latest()).isEqualTo(LocalDate.of(1900, 2, 28));
    }

    @Test
    void acceptsLeapDayOnlyInLeapYears() {
        assertThat(PartialDate.parse("2020-02-29").earliest()).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThatThrownBy(() -> PartialDate.parse("2019-02-29"))
                .isInstanceOf(DateTimeException.class)
                .hasMessage("'2019-02-29' is not a date: February 2019 has 28 days");
        assertThatThrownBy(() -> PartialDate.of(2019, 2, 29))
                .isInstanceOf(DateTimeException.class)
                .hasMessage("February 2019 has 28 days");
    }

    @Test
    void rejectsDayThatTheMonthDoesNotHave() {
        assertThatThrownBy(() -> PartialDate.parse("2019-02-30"))
                .isInstanceOf(DateTimeException.class)
                .hasMessage("'2019-02-30' is not a date: February 2019 has 28 days");
        assertThatThrownBy(() -> PartialDate.parse("2019-04-31"))
                .hasMessage("'2019-04-31' is not a date: April 2019 has 30 days");
        assertThatThrownBy(() -> PartialDate.parse("2019-07-00"))
                .hasMessage("'2019-07-00' is not a date: day 0 is not a day: expected 1 to 31");
        assertThat(PartialDate.parse("2020-02-29").day()).isEqualTo(29);
    }

    @Test
    void rejectsMalformedText() {
        assertThatThrownBy(() -> PartialDate.parse("2019-13"))
                .hasMessage("'2019-13' is not a date: month 13 is not a month: expected 1 to 12");
        assertThatThrownBy(() -> PartialDate.parse("2019-00"))
                .hasMessage("'2019-00' is not a date: month 0 is not a month: expected 1 to 12");
        assertThatThrownBy(() -> PartialDate.parse("17.07.2019"))
                .hasMessageContaining("expected YYYY, YYYY-MM or YYYY-MM-DD");
        assertThatThrownBy(() -> PartialDate.parse("0000")).hasMessageContaining("out of range");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "19", "2019-7", "2019-07-1", "2019/07/17", "2019-07-17T00:00", " 2019",
        "2019 ", "+2019", "-201", "2019-0a", "20190717", "２０１９", "2019--07", "1e10"})
    void rejectsTextThatIsNotAnIsoCalendarDateAndNamesIt(String text) {
        assertThatThrownBy(() -> PartialDate.parse(text))
                .isInstanceOf(DateTimeException.class)
                .hasMessage("'" + text + "' is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD");
    }

    @Test
    void rejectsOutOfRangeValuesFromFactories() {
        assertThatThrownBy(() -> PartialDate.ofYear(0)).hasMessage("year 0 is out of range: expected 1 to 9999");
        assertThatThrownBy(() -> PartialDate.ofYear(10000)).hasMessageContaining("out of range");
        assertThatThrownBy(() -> PartialDate.ofMonth(2019, 13)).hasMessageContaining("month 13 is not a month");
        assertThatThrownBy(() -> PartialDate.of(2019, 6, 31)).hasMessage("June 2019 has 30 days");
        assertThatThrownBy(() -> PartialDate.parse(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void yearIsNotCertainlyBeforeADayInThatYear() {
        PartialDate year = PartialDate.parse("2019");
        PartialDate day = PartialDate.parse("2019-07-17");
        assertThat(year.isCertainlyBefore(day)).isFalse();
        assertThat(day.isCertainlyBefore(year)).isFalse();
        assertThat(year.isCertainlyAfter(day)).isFalse();
        assertThat(day.isCertainlyAfter(year)).isFalse();
    }

    @Test
    void monthBeforeTheDaysMonthIsCertainlyBefore() {
        PartialDate june = PartialDate.parse("2019-06");
        PartialDate day = PartialDate.parse("2019-07-17");
        assertThat(june.isCertainlyBefore(day)).isTrue();
        assertThat(day.isCertainlyAfter(june)).isTrue();
        assertThat(day.isCertainlyBefore(june)).isFalse();
        assertThat(june.isCertainlyAfter(day)).isFalse();
    }

    @Test
    void theSameDayIsNeitherBeforeNorAfterItself() {
        PartialDate day = PartialDate.parse("2019-07-17");
        assertThat(day.isCertainlyBefore(day)).isFalse();
        assertThat(day.isCertainlyAfter(day)).isFalse();
        assertThat(PartialDate.parse("2019-07-16").isCertainlyBefore(day)).isTrue();
        assertThat(PartialDate.parse("2019-07-18").isCertainlyAfter(day)).isTrue();
    }

    @Test
    void consecutiveYearsAreCertainlyOrdered() {
        assertThat(PartialDate.parse("1994").isCertainlyBefore(PartialDate.parse("1995-01-01"))).isTrue();
        assertThat(PartialDate.parse("1995").isCertainlyAfter(PartialDate.parse("1994-12-31"))).isTrue();
        assertThat(PartialDate.parse("1994-12").isCertainlyBefore(PartialDate.parse("1995"))).isTrue();
    }

    @Test
    void comparesWithADayAtItsLatestOrEarliest() {
        PartialDate year = PartialDate.parse("2019");
        assertThat(year.isCertainlyBefore(LocalDate.of(2020, 1, 1))).isTrue();
        assertThat(year.isCertainlyBefore(LocalDate.of(2019, 12, 31))).isFalse();
        assertThat(year.isCertainlyAfter(LocalDate.of(2018, 12, 31))).isTrue();
        assertThat(year.isCertainlyAfter(LocalDate.of(2019, 1, 1))).isFalse();
    }

    @Test
    void coversExactlyTheDaysItStandsFor() {
        PartialDate february = PartialDate.parse("2024-02");
        assertThat(february.covers(LocalDate.of(2024, 2, 1))).isTrue();
        assertThat(february.covers(LocalDate.of(2024, 2, 29))).isTrue();
        assertThat(february.covers(LocalDate.of(2024, 1, 31))).isFalse();
        assertThat(february.covers(LocalDate.of(2024, 3, 1))).isFalse();
        PartialDate day = PartialDate.parse("2019-07-17");
        assertThat(day.covers(LocalDate.of(2019, 7, 17))).isTrue();
        assertThat(day.covers(LocalDate.of(2019, 7, 18))).isFalse();
    }

    @Test
    void ordersByEarliestDayThenLessPreciseFirst() {
        PartialDate year = PartialDate.parse("2019");
        PartialDate january = PartialDate.parse("2019-01");
        PartialDate newYear = PartialDate.parse("2019-01-01");
        PartialDate july = PartialDate.parse("2019-07-17");
        PartialDate before = PartialDate.parse("2018-12-31");
        List<PartialDate> dates = new ArrayList<>(List.of(july, newYear, january, year, before));
        dates.sort(null);
        assertThat(dates).containsExactly(before, year, january, newYear, july);
    }

    @Test
    void compareToIsConsistentWithEquals() {
        PartialDate a = PartialDate.parse("2019-07");
        PartialDate b = PartialDate.ofMonth(2019, 7);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.compareTo(b)).isZero();
        for (String other : List.of("2019", "2019-07-01", "2019-08", "2018-07")) {
            PartialDate c = PartialDate.parse(other);
            assertThat(a).isNotEqualTo(c);
            assertThat(a.compareTo(c)).isNotZero();
            assertThat(Integer.signum(a.compareTo(c))).isEqualTo(-Integer.signum(c.compareTo(a)));
        }
        assertThat(a).isNotEqualTo("2019-07");
    }

    @Test
    void datesOfDifferentPrecisionOnTheSameFirstDayAreDistinct() {
        assertThat(PartialDate.parse("2019")).isNotEqualTo(PartialDate.parse("2019-01"));
        assertThat(PartialDate.parse("2019-01")).isNotEqualTo(PartialDate.parse("2019-01-01"));
    }
}
