package io.github.regsec.model.country;

import io.github.regsec.model.time.PartialDate;
import io.github.regsec.model.time.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The days a country code stood for a state: the USSR ({@code SU}) from 1922-12-30 to
 * 1991-12-25, Kazakhstan ({@code KZ}) from its declaration of independence on 1991-12-16,
 * Russia ({@code RU}) until 1922-12-29 and again from 1990-06-12 (the Russian SFSR's declaration of
 * sovereignty), Serbia ({@code RS}) until 1918-11-30 and from 2006-06-05, Germany ({@code DE})
 * throughout. Built from the bundled state table (see {@link StateSpan}), itself built from the
 * Correlates of War Project's State System Membership List v2016, the declarations of
 * independence of the post-Soviet and post-Yugoslav states and ISO 3166-3 (see
 * {@link StateSuccession}); a code the table does not cover (territories such as {@code PR}, the
 * Holy See) has no lifetime, and nothing is then said about it.
 *
 * <p>A span without start means the state existed before any day the table gives; one without
 * end that it still exists. Questions are answered with certainty in mind, like
 * {@link Period}'s: see {@link #certainlyOutside(Period)}. Immutable and safe to share.
 */
public final class StateLifetime {

    private static final Map<CountryCode, StateLifetime> ALL = build();

    private final CountryCode country;
    private final List<Period> spans;
    /** Each span's first day as an epoch day, {@link Long#MIN_VALUE} when it has no start. */
    private final long[] firstDays;
    /** Each span's last day as an epoch day, {@link Long#MAX_VALUE} when it has no end. */
    private final long[] lastDays;

    private StateLifetime(CountryCode country, List<Period> spans) {
        this.country = country;
        this.spans = List.copyOf(spans);
        this.firstDays = new long[spans.size()];
        this.lastDays = new long[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            Period span = spans.get(i);
            firstDays[i] = span.start() == null ? Long.MIN_VALUE : span.start().earliest().toEpochDay();
            lastDays[i] = span.end() == null ? Long.MAX_VALUE : span.end().latest().toEpochDay();
        }
    }

    private static Map<CountryCode, StateLifetime> build() {
        Map<CountryCode, StateLifetime> all = new HashMap<>();
        StateTable.BUNDLED.byCountry.forEach((country, rows) -> {
            List<Period> merged = new ArrayList<>();
            for (StateSpan row : rows) {
                Period p = row.period();
                if (!merged.isEmpty()) {
                    Period previous = merged.get(merged.size() - 1);
                    LocalDate previousLast = StateTable.last(previous);
                    if (!previousLast.equals(LocalDate.MAX) && previousLast.plusDays(1).equals(StateTable.first(p))) {
                        merged.set(merged.size() - 1, Period.of(previous.start(), p.end()));
                        continue;
                    }
                }
                merged.add(p);
            }
            all.put(country, new StateLifetime(country, merged));
        });
        return Map.copyOf(all);
    }

    /**
     * The lifetime of a country code, or empty when the table does not cover it.
     *
     * @param country a country code; not null
     * @return the days it stood for a state, or empty for a code the table does not cover (a
     *     territory such as {@code PR})
     */
    public static Optional<StateLifetime> of(CountryCode country) {
        return Optional.ofNullable(ALL.get(Objects.requireNonNull(country, "country")));
    }

    /**
     * The country code.
     *
     * @return the code whose lifetime this is
     */
    public CountryCode country() {
        return country;
    }

    /**
     * The spans of days it stood for a state, in date order, separated by at least one day:
     * full-day dates, a start absent for "before any day the table gives", an end absent while
     * the state exists.
     *
     * @return the spans, at least one, unmodifiable
     */
    public List<Period> spans() {
        return spans;
    }

    /**
     * True when the state existed on that day.
     *
     * @param day a day
     * @return whether one of the spans covers the day
     */
    public boolean existedOn(LocalDate day) {
        long epochDay = day.toEpochDay();
        return oneSpanCovers(epochDay, epochDay);
    }

    /**
     * The state's last day, or empty while it exists.
     *
     * @return the last day of the last span, or empty when that span has no end
     */
    public Optional<LocalDate> lastDay() {
        PartialDate end = spans.get(spans.size() - 1).end();
        return Optional.ofNullable(end).map(PartialDate::latest);
    }

    /**
     * True when every reading of a period's dates has a day on which the state did not exist:
     * its start day (every day its start date covers) is outside the state's spans, or its end day
     * is, or it has no end although the state has ceased to exist, or the days it certainly
     * covers (from its start read at its latest to its end read at its earliest) include one
     * outside. A USSR membership from 2020 is certainly outside; one from 1990 to {@code 1991}
     * is not (1991 may mean any day up to 1991-12-31, and the USSR existed until 1991-12-25).
     * Nothing is certain about an unknown start, but an end can still be certainly outside.
     *
     * @param period a membership's, office's or meeting's days; an absent end means still ongoing
     * @return whether the period certainly has a day on which the state did not exist
     */
    public boolean certainlyOutside(Period period) {
        PartialDate start = period.start();
        PartialDate end = period.end();
        if (start != null && noneBetween(start.earliest().toEpochDay(), start.latest().toEpochDay())) {
            return true;
        }
        if (end != null && noneBetween(end.earliest().toEpochDay(), end.latest().toEpochDay())) {
            return true;
        }
        if (end == null && lastDays[lastDays.length - 1] != Long.MAX_VALUE) {
            return true; // ongoing, though the state has ceased to exist
        }
        if (start != null) {
            long from = start.latest().toEpochDay();
            long to = end == null ? Long.MAX_VALUE : end.earliest().toEpochDay();
            return to >= from && !oneSpanCovers(from, to);
        }
        return false;
    }

    /** True when no span shares a day with the days from {@code from} to {@code to} (epoch days). */
    private boolean noneBetween(long from, long to) {
        for (int i = 0; i < firstDays.length; i++) {
            if (firstDays[i] <= to && lastDays[i] >= from) {
                return false;
            }
        }
        return true;
    }

    /** True when one span holds every day from {@code from} to {@code to} (epoch days). */
    private boolean oneSpanCovers(long from, long to) {
        for (int i = 0; i < firstDays.length; i++) {
            if (firstDays[i] <= from && lastDays[i] >= to) {
                return true;
            }
        }
        return false;
    }

    /**
     * The spans in words: {@code from 1922-12-30 to 1991-12-25}, {@code until 1922-12-29 and from
     * 1990-06-12}, {@code from 1991-12-16}, {@code always}.
     */
    @Override
    public String toString() {
        return spans.stream().map(StateLifetime::words).collect(Collectors.joining(" and "));
    }

    private static String words(Period p) {
        if (p.start() == null && p.end() == null) {
            return "always";
        }
        if (p.start() == null) {
            return "until " + p.end();
        }
        return p.end() == null ? "from " + p.start() : "from " + p.start() + " to " + p.end();
    }
}
