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

    /** A period from {@code start} (may be null) to {@code end} (may be null). */
    public static Period of(PartialDate start, PartialDate end) {
        return start == null && end == null ? UNKNOWN : new Period(start, end);
    }

    /** True when the end certainly comes before the start (both must be known). */
    public boolean endsBeforeStart() {
        return start != null && end != null && end.isCertainlyBefore(start);
    }

    /**
     * True when the period is active on {@code day}: its start, read at its earliest, is on or
     * before the day (or is unknown) and its end, read at its latest, is on or after the day (or
     * is absent).
     */
    public boolean isActiveOn(LocalDate day) {
        return (start == null || !start.earliest().isAfter(day))
                && (end == null || !end.latest().isBefore(day));
    }

    /**
     * True when this period and {@code other} overlap on every reading of their dates. Never
     * true when either start is unknown.
     */
    public boolean certainlyOverlaps(Period other) {
        if (start == null || other.start == null) {
            return false;
        }
        // every reading overlaps when the latest start of each is on or before the earliest end of the other
        return endsNoEarlierThan(other.start.latest()) && other.endsNoEarlierThan(start.latest());
    }

    private boolean endsNoEarlierThan(LocalDate day) {
        return end == null || !end.earliest().isBefore(day);
    }

    /** True when the period certainly starts before {@code day}. */
    public boolean certainlyStartsBefore(LocalDate day) {
        return start != null && start.isCertainlyBefore(day);
    }

    /** True when the period certainly ends after {@code day}; an ongoing period (no end) does. */
    public boolean certainlyEndsAfter(LocalDate day) {
        return end == null || end.isCertainlyAfter(day);
    }

    /** The ISO form {@code start/end} with {@code ..} for an absent end, as in ISO 8601-2. */
    @Override
    public String toString() {
        return (start == null ? ".." : start.toString()) + "/" + (end == null ? ".." : end.toString());
    }
}
