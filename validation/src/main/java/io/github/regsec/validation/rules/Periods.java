package io.github.regsec.validation.rules;

import io.github.regsec.model.time.PartialDate;
import io.github.regsec.model.time.Period;

/** Certain comparisons of periods that the rules share (docs/FORMATS.md#certainty). */
final class Periods {

    private Periods() {
    }

    /** True when {@code a} certainly ends before {@code b} starts: both dates known, every reading. */
    static boolean certainlyEndsBeforeStartOf(Period a, Period b) {
        return a.end() != null && b.start() != null && a.end().isCertainlyBefore(b.start());
    }

    /** True when the two periods share no day on any reading of their dates. */
    static boolean certainlyDisjoint(Period a, Period b) {
        return certainlyEndsBeforeStartOf(a, b) || certainlyEndsBeforeStartOf(b, a);
    }

    /** {@code 1992-01-30..2012} style text for messages; {@code ..} for an unknown start or an absent end. */
    static String text(Period period) {
        return text(period.start()) + ".." + text(period.end());
    }

    private static String text(PartialDate date) {
        return date == null ? "" : date.toString();
    }
}
