package io.github.regsec.model.time;

import java.time.LocalDate;

/**
 * A span of time between two optional {@link PartialDate}s.
 *
 * <p>An absent start means the start is unknown; an absent end means the period is still going
 * on. Questions are answered with certainty in mind: a period is "certainly" something only when
 * that holds for every reading of its reduced-precision dates, and nothing is ever certain about
 * an unknown start.
 *
 * @param start the first day, or {@code null} when unknown
 * @param end the last day, or {@code null} when ongoing
 */
public record Period(PartialDate start, PartialDate end) {

    /** A period with neither start nor end known: unknown start, still ongoing. */
    public static final Period UNKNOWN = new Period(null, null);

    /**
     * A period from {@code start} (may be null) to {@code end} (may be null).
     *
     * @param start the first day, or null when unknown
     * @param end the last day, or null when ongoing
     * @return the period; {@link #UNKNOWN} when both are null
     */
    public static Period of(PartialDate start, PartialDate end) {
        return start == null && end == null ? UNKNOWN : new Period(start, end);
    }

    /**
     * True when the end certainly comes before the start (both must be known).
     *
     * @return whether both dates are given and the end is certainly before the start
     */
    public boolean endsBeforeStart() {
        return start != null && end != null && end.isCertainlyBefore(start);
    }

    /**
     * True when the period is possibly active on {@code day}, on some reading of its dates: its
     * start, read at its earliest, is on or before the day (or is unknown) and its end, read at
     * its latest, is on or after the day (or is absent). A period that certainly ends before it
     * starts is active on no day.
     *
     * @param day the day asked about; not null
     * @return whether some reading of the period includes the day
     */
    public boolean possiblyActiveOn(LocalDate day) {
        return !endsBeforeStart()
                && (start == null || !start.earliest().isAfter(day))
                && (end == null || !end.latest().isBefore(day));
    }

    /**
     * True when the period is certainly active on {@code day}, on every reading of its dates: its
     * start is known and, read at its latest, on or before the day; its end is absent or, read at
     * its earliest, on or after the day. A membership from {@code 2012} is possibly, not
     * certainly, active on 2012-06-01; one from {@code 2012-11-21} certainly is on 2012-12-01.
     *
     * @param day the day asked about; not null
     * @return whether every reading of the period includes the day
     */
    public boolean certainlyActiveOn(LocalDate day) {
        return start != null && !start.latest().isAfter(day)
                && (end == null || !end.earliest().isBefore(day));
    }

    /**
     * True when every reading of this period shares at least one day with the days from
     * {@code from} to {@code to} (inclusive; null for open): it certainly starts by {@code to} and
     * certainly ends on or after {@code from}.
     *
     * @param from the first day of the range, or null for no lower bound
     * @param to the last day of the range, or null for no upper bound
     * @return whether every reading of the period shares a day with the range; false for an unknown start
     */
    public boolean certainlyMeets(LocalDate from, LocalDate to) {
        return start != null && !endsBeforeStart()
                && (to == null || !start.latest().isAfter(to))
                && (from == null || end == null || !end.earliest().isBefore(from));
    }

    /**
     * True when some reading of this period shares a day with the days from {@code from} to
     * {@code to} (inclusive; null for open).
     *
     * @param from the first day of the range, or null for no lower bound
     * @param to the last day of the range, or null for no upper bound
     * @return whether some reading of the period shares a day with the range
     */
    public boolean possiblyMeets(LocalDate from, LocalDate to) {
        return !endsBeforeStart()
                && (to == null || start == null || !start.earliest().isAfter(to))
                && (from == null || end == null || !end.latest().isBefore(from));
    }

    /**
     * True when this period and {@code other} overlap on every reading of their dates: both
     * share at least one day however their reduced-precision dates are read. Days are inclusive,
     * so a period ending 2012-11-20 and one starting that same day overlap (on that day); one
     * ending 1994 and one starting 1994-06 do not certainly overlap. Never true when either
     * start is unknown, nor when either period certainly ends before it starts. An absent end is
     * ongoing.
     *
     * @param other the other period; not null
     * @return whether the two periods share a day on every reading
     */
    public boolean certainlyOverlaps(Period other) {
        if (start == null || other.start == null || endsBeforeStart() || other.endsBeforeStart()) {
            return false; // nothing is certain about an unknown start; a period that ends before it starts covers no day
        }
        // every reading overlaps when the latest start of each is on or before the earliest end of the other
        return endsNoEarlierThan(other.start.latest()) && other.endsNoEarlierThan(start.latest());
    }

    private boolean endsNoEarlierThan(LocalDate day) {
        return end == null || !end.earliest().isBefore(day);
    }

    /**
     * True when the period certainly starts before {@code day}: its start, read at its latest,
     * is before the day ({@code 2019-06} starts before 2019-07-01, {@code 2019} does not). False
     * when the start is unknown.
     *
     * @param day the day compared with; not null
     * @return whether the start is known and certainly before the day
     */
    public boolean certainlyStartsBefore(LocalDate day) {
        return start != null && start.isCertainlyBefore(day);
    }

    /**
     * True when the period certainly ends after {@code day}: its end, read at its earliest, is
     * after the day. An ongoing period (absent end) does.
     *
     * @param day the day compared with; not null
     * @return whether the end is absent or certainly after the day
     */
    public boolean certainlyEndsAfter(LocalDate day) {
        return end == null || end.isCertainlyAfter(day);
    }

    /**
     * The form {@code start/end}, with {@code ..} for an absent start or end as in ISO 8601-2:
     * {@code 1973/1994-12-31}, {@code 2012-11-21/..}, {@code ../..}.
     */
    @Override
    public String toString() {
        return (start == null ? ".." : start.toString()) + "/" + (end == null ? ".." : end.toString());
    }
}
