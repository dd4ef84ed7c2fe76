package io.github.regsec.model.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static Period period(String start, String end) {
        return Period.of(start == null ? null : PartialDate.parse(start), end == null ? null : PartialDate.parse(end));
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void ofWithoutDatesIsTheUnknownPeriod() {
        assertThat(Period.of(null, null)).isSameAs(Period.UNKNOWN);
        assertThat(Period.UNKNOWN.start()).isNull();
        assertThat(Period.UNKNOWN.end()).isNull();
        assertThat(period("1973", null).start()).isEqualTo(PartialDate.parse("1973"));
    }

    @Test
    void endCertainlyBeforeStartIsReported() {
        assertThat(period("2019-07-17", "2019-06").endsBeforeStart()).isTrue();
        assertThat(period("2019-07-17", "2019-07-16").endsBeforeStart()).isTrue();
        assertThat(period("2020", "2019").endsBeforeStart()).isTrue();
    }

    @Test
    void endThatMayBeAfterStartIsNotReported() {
        assertThat(period("2019-07-17", "2019").endsBeforeStart()).isFalse();
        assertThat(period("2019", "2019-01-01").endsBeforeStart()).isFalse();
        assertThat(period("2019-07", "2019-07-01").endsBeforeStart()).isFalse();
        assertThat(period("2019-07-17", "2019-07-17").endsBeforeStart()).isFalse();
    }

    @Test
    void endBeforeStartNeedsBothDates() {
        assertThat(period(null, "1900").endsBeforeStart()).isFalse();
        assertThat(period("2019", null).endsBeforeStart()).isFalse();
        assertThat(Period.UNKNOWN.endsBeforeStart()).isFalse();
    }

    @Test
    void yearStartIsActiveFromTheFirstOfJanuary() {
        Period since1973 = period("1973", null);
        assertThat(since1973.possiblyActiveOn(day("1972-12-31"))).isFalse();
        assertThat(since1973.possiblyActiveOn(day("1973-01-01"))).isTrue();
        assertThat(since1973.possiblyActiveOn(day("2026-11-28"))).isTrue();
    }

    @Test
    void yearEndIsActiveThroughTheThirtyFirstOfDecember() {
        Period until1994 = period("1973", "1994");
        assertThat(until1994.possiblyActiveOn(day("1994-12-31"))).isTrue();
        assertThat(until1994.possiblyActiveOn(day("1995-01-01"))).isFalse();
    }

    @Test
    void monthEndIsActiveThroughTheLastDayOfTheMonth() {
        Period untilFebruary = period("2024-01-15", "2024-02");
        assertThat(untilFebruary.possiblyActiveOn(day("2024-01-14"))).isFalse();
        assertThat(untilFebruary.possiblyActiveOn(day("2024-01-15"))).isTrue();
        assertThat(untilFebruary.possiblyActiveOn(day("2024-02-29"))).isTrue();
        assertThat(untilFebruary.possiblyActiveOn(day("2024-03-01"))).isFalse();
    }

    @Test
    void unknownStartIsActiveUntilTheEnd() {
        Period unknownStart = period(null, "1994-12-31");
        assertThat(unknownStart.possiblyActiveOn(day("1800-01-01"))).isTrue();
        assertThat(unknownStart.possiblyActiveOn(day("1994-12-31"))).isTrue();
        assertThat(unknownStart.possiblyActiveOn(day("1995-01-01"))).isFalse();
        assertThat(Period.UNKNOWN.possiblyActiveOn(day("2019-07-17"))).isTrue();
    }

    @Test
    void absentEndIsActiveForever() {
        Period ongoing = period("2012-11-21", null);
        assertThat(ongoing.possiblyActiveOn(day("2012-11-20"))).isFalse();
        assertThat(ongoing.possiblyActiveOn(day("2012-11-21"))).isTrue();
        assertThat(ongoing.possiblyActiveOn(day("9999-12-31"))).isTrue();
    }

    @Test
    void yearStartIsCertainlyActiveOnlyFromTheNextYear() {
        Period since2012 = period("2012", null);
        assertThat(since2012.certainlyActiveOn(day("2012-06-01"))).isFalse();
        assertThat(since2012.possiblyActiveOn(day("2012-06-01"))).isTrue();
        assertThat(since2012.certainlyActiveOn(day("2012-12-31"))).isTrue();
        assertThat(period("2012-11-21", null).certainlyActiveOn(day("2012-11-21"))).isTrue();
    }

    @Test
    void monthEndIsCertainlyActiveOnlyBeforeItsMonth() {
        Period untilFebruary = period("2002-10-07", "2024-02");
        assertThat(untilFebruary.certainlyActiveOn(day("2024-01-31"))).isTrue();
        assertThat(untilFebruary.certainlyActiveOn(day("2024-02-01"))).isTrue();
        assertThat(untilFebruary.certainlyActiveOn(day("2024-02-02"))).isFalse();
        assertThat(untilFebruary.possiblyActiveOn(day("2024-02-29"))).isTrue();
    }

    @Test
    void unknownStartIsNeverCertain() {
        assertThat(period(null, "1994-12-31").certainlyActiveOn(day("1990-01-01"))).isFalse();
        assertThat(Period.UNKNOWN.certainlyActiveOn(day("1990-01-01"))).isFalse();
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsActiveOnNoDay() {
        assertThat(period("2020", "2019").possiblyActiveOn(day("2019-06-01"))).isFalse();
        assertThat(period("2020", "2019").certainlyActiveOn(day("2020-06-01"))).isFalse();
    }

    @Test
    void meetsARangeCertainlyOnlyWhenEveryReadingDoes() {
        Period october = period("2019-10", "2019-10");
        assertThat(october.certainlyMeets(day("2019-10-01"), day("2019-10-31"))).isTrue();
        assertThat(october.certainlyMeets(day("2019-10-02"), day("2019-10-03"))).isFalse();
        assertThat(october.possiblyMeets(day("2019-10-02"), day("2019-10-03"))).isTrue();
        assertThat(october.possiblyMeets(day("2019-11-01"), null)).isFalse();
        assertThat(october.certainlyMeets(null, null)).isTrue();
    }

    @Test
    void singleDayIsActiveOnlyThatDay() {
        Period visit = period("2019-07-17", "2019-07-17");
        assertThat(visit.possiblyActiveOn(day("2019-07-16"))).isFalse();
        assertThat(visit.possiblyActiveOn(day("2019-07-17"))).isTrue();
        assertThat(visit.possiblyActiveOn(day("2019-07-18"))).isFalse();
    }

    @Test
    void openEndedPeriodsStartingEarlierCertainlyOverlap() {
        assertThat(period("1992-01-30", null).certainlyOverlaps(period("1995-01-01", null))).isTrue();
        assertThat(period("1995-01-01", null).certainlyOverlaps(period("1992-01-30", null))).isTrue();
        assertThat(period("2006", "2012").certainlyOverlaps(period("2010", null))).isTrue();
    }

    @Test
    void unknownStartIsNeverCertainToOverlap() {
        assertThat(period(null, null).certainlyOverlaps(period("2000", null))).isFalse();
        assertThat(period("2000", null).certainlyOverlaps(period(null, null))).isFalse();
        assertThat(period(null, "2020").certainlyOverlaps(period("2000", "2010"))).isFalse();
    }

    @Test
    void disjointPeriodsDoNotOverlap() {
        assertThat(period("2006", "2008").certainlyOverlaps(period("2009", "2012"))).isFalse();
        assertThat(period("2009", "2012").certainlyOverlaps(period("2006", "2008"))).isFalse();
    }

    @Test
    void yearPrecisionOnBothSidesMayNotOverlap() {
        // 1994/1994 could be January only and 1994/.. could start in December
        assertThat(period("1994", "1994").certainlyOverlaps(period("1994", null))).isFalse();
        // an end of 1994 and a start of 1994: either order is possible
        assertThat(period("1973", "1994").certainlyOverlaps(period("1994", null))).isFalse();
        // a start of 1994 is at the latest 1994-12-31, which lies in 1994..1996 whatever the reading
        assertThat(period("1994", "1996").certainlyOverlaps(period("1990", "1995"))).isTrue();
    }

    @Test
    void dayPrecisionInsideAYearMayNotOverlap() {
        // the day may be before or after the year-precision end
        assertThat(period("1973", "1994").certainlyOverlaps(period("1994-06-01", null))).isFalse();
        assertThat(period("1994-06-01", null).certainlyOverlaps(period("1973", "1994"))).isFalse();
        // the month-precision end is certainly after the start day
        assertThat(period("1973", "1994-07").certainlyOverlaps(period("1994-06-01", null))).isTrue();
        // and the day-precision end is certainly after a start in an earlier month
        assertThat(period("1973", "1994-07-01").certainlyOverlaps(period("1994-06", null))).isTrue();
    }

    @Test
    void touchingPeriodsShareTheirCommonDay() {
        assertThat(period("2006-06-23", "2012-12-19").certainlyOverlaps(period("2012-12-19", null))).isTrue();
        assertThat(period("2006-06-23", "2012-12-19").certainlyOverlaps(period("2012-12-20", null))).isFalse();
    }

    @Test
    void periodThatEndsBeforeItStartsOverlapsNothing() {
        Period backwards = period("2020", "2010");
        assertThat(backwards.certainlyOverlaps(period("2000", null))).isFalse();
        assertThat(period("2000", null).certainlyOverlaps(backwards)).isFalse();
    }

    @Test
    void certainlyStartsBeforeReadsTheStartAtItsLatest() {
        assertThat(period("2019-06", null).certainlyStartsBefore(day("2019-07-01"))).isTrue();
        assertThat(period("2019", null).certainlyStartsBefore(day("2019-07-01"))).isFalse();
        assertThat(period("2019", null).certainlyStartsBefore(day("2020-01-01"))).isTrue();
        assertThat(period("2019-07-01", null).certainlyStartsBefore(day("2019-07-01"))).isFalse();
        assertThat(period(null, "2019").certainlyStartsBefore(day("2100-01-01"))).isFalse();
    }

    @Test
    void certainlyEndsAfterReadsTheEndAtItsEarliest() {
        assertThat(period("2000", "2019-08").certainlyEndsAfter(day("2019-07-31"))).isTrue();
        assertThat(period("2000", "2019").certainlyEndsAfter(day("2019-07-31"))).isFalse();
        assertThat(period("2000", "2019").certainlyEndsAfter(day("2018-12-31"))).isTrue();
        assertThat(period("2000", "2019-07-31").certainlyEndsAfter(day("2019-07-31"))).isFalse();
    }

    @Test
    void ongoingPeriodCertainlyEndsAfterAnyDay() {
        assertThat(period("2000", null).certainlyEndsAfter(day("9999-12-31"))).isTrue();
        assertThat(Period.UNKNOWN.certainlyEndsAfter(day("2019-07-17"))).isTrue();
    }

    @Test
    void printsStartSlashEndWithDotsForAbsentDates() {
        assertThat(period("1973", "1994-12-31")).hasToString("1973/1994-12-31");
        assertThat(period("2012-11-21", null)).hasToString("2012-11-21/..");
        assertThat(period(null, "1994")).hasToString("../1994");
        assertThat(Period.UNKNOWN).hasToString("../..");
    }

    @Test
    void periodsWithTheSameDatesAreEqual() {
        assertThat(period("1973", null)).isEqualTo(new Period(PartialDate.ofYear(1973), null))
                .hasSameHashCodeAs(new Period(PartialDate.ofYear(1973), null));
        assertThat(period("1973", null)).isNotEqualTo(period("1973-01-01", null));
    }
}
