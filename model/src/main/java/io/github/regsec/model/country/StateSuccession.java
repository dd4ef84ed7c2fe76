package io.github.regsec.model.country;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The country code each Correlates of War state code ({@code ccode}) stands for, day by day:
 * Russia (365) is {@code RU} until 1922-12-29, the USSR {@code SU} from 1922-12-30 to 1991-12-25
 * and {@code RU} again from 1991-12-26; Czechoslovakia (315) is {@code CS} until 1992-12-31, the
 * Czech Republic (316) {@code CZ} and Slovakia (317) {@code SK} from 1993-01-01; Yugoslavia (345) is
 * {@code RS} (Serbia) until 1918-11-30, {@code YU} from 1918-12-01 to 2006-06-04 (through Serbia
 * and Montenegro) and {@code RS} from 2006-06-05; Bavaria (245) has no code at all.
 *
 * <p>Every importer of COW state codes reads them through this one table (the bundled
 * {@code states.csv}, see {@link StateSpan}), so that they code a state the same way on every
 * day. The table is built from the Correlates of War Project's State System Membership List,
 * v2016 ({@code states2016.csv}, https://correlatesofwar.org/data-sets/state-system-membership/),
 * with the declarations of independence of the post-Soviet and post-Yugoslav states and ISO
 * 3166-3 for the former codes; the file's header and docs/FORMATS.md#countries give its rules.
 * On a day before a state's first row, its code is that of the first row (the Ukrainian SSR
 * in a treaty of 1990, COW 369, is {@code UA}: the entity that became the state) unless another
 * COW state has that code on that day (the German Federal Republic, 260, is nothing before
 * 1949-05-23: Germany, 255, is {@code DE} then); after its last row, or between two rows, it has
 * none. So no code stands for two COW states on one day. Immutable and safe to share.
 */
public final class StateSuccession {

    private static final StateSuccession BUNDLED = new StateSuccession(StateTable.BUNDLED);

    private final Map<Integer, List<StateSpan>> spans;
    private final Map<CountryCode, List<StateSpan>> byCountry;

    private StateSuccession(StateTable table) {
        this.spans = table.byCcode;
        this.byCountry = table.byCountry;
    }

    /**
     * The table bundled with regsec-model.
     *
     * @return the COW state codes with their country codes by day, from {@code states.csv}
     */
    public static StateSuccession bundled() {
        return BUNDLED;
    }

    /**
     * True when the table knows this COW state code.
     *
     * @param ccode a COW state code ({@code 702} is Tajikistan)
     * @return whether the code has a row in the table
     */
    public boolean isKnown(int ccode) {
        return spans.containsKey(ccode);
    }

    /**
     * The table's rows for a COW state, in date order; empty for an unknown code.
     *
     * @param ccode a COW state code
     * @return the rows, unmodifiable
     */
    public List<StateSpan> spans(int ccode) {
        return spans.getOrDefault(ccode, List.of());
    }

    /**
     * COW's name of the state ({@code Czechoslovakia}), or empty for an unknown code.
     *
     * @param ccode a COW state code
     * @return the name in the state's first row, or empty
     */
    public Optional<String> name(int ccode) {
        return spans(ccode).stream().findFirst().map(StateSpan::cowName);
    }

    /**
     * COW's abbreviation of the state ({@code CZE}), or empty for an unknown code.
     *
     * @param ccode a COW state code
     * @return the abbreviation in the state's first row, or empty
     */
    public Optional<String> abbreviation(int ccode) {
        return spans(ccode).stream().findFirst().map(StateSpan::cowAbbreviation);
    }

    /**
     * True when the state has a country code on at least one day.
     *
     * @param ccode a COW state code
     * @return whether one of its rows has a country code; false for Bavaria and for an unknown code
     */
    public boolean hasAnyCountry(int ccode) {
        return spans(ccode).stream().anyMatch(s -> s.country() != null);
    }

    /**
     * The country a COW state stands for on a day: that of the row covering the day, or of the
     * first row when the day comes before it and no other COW state has that code then; empty
     * after the state's last row, between two of its rows, for a state without a code (Bavaria)
     * and for an unknown code.
     *
     * @param ccode a COW state code
     * @param day the day asked about; not null
     * @return the country code, or empty
     */
    public Optional<CountryCode> countryOn(int ccode, LocalDate day) {
        return Optional.ofNullable(spanOn(ccode, day)).map(StateSpan::country);
    }

    /**
     * The row whose code a COW state has on a day (see {@link #countryOn}): the row covering the
     * day, or the first row for a day before it whose code no other COW state has that day; null
     * when there is none.
     *
     * @param ccode a COW state code
     * @param day the day asked about; not null
     * @return the row, or null
     */
    public StateSpan spanOn(int ccode, LocalDate day) {
        List<StateSpan> list = spans(ccode);
        for (StateSpan span : list) {
            if (span.covers(day)) {
                return span;
            }
        }
        if (!list.isEmpty() && day.isBefore(StateTable.first(list.get(0).period()))
                && !heldByAnother(list.get(0), day)) {
            return list.get(0);
        }
        return null;
    }

    /** True when another COW state's row gives the span's code on that day. */
    private boolean heldByAnother(StateSpan first, LocalDate day) {
        if (first.country() == null) {
            return false;
        }
        for (StateSpan other : byCountry.getOrDefault(first.country(), List.of())) {
            if (other.ccode() != null && !other.ccode().equals(first.ccode()) && other.covers(day)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The days on which a COW state's code changes (or it gets or loses one), after {@code from}
     * and up to {@code to}: each day whose {@link #countryOn} differs from the day before's, in
     * order. Russia (365) from 1975-08-01 on has 1991-12-26 (from {@code SU} to {@code RU}).
     *
     * @param ccode a COW state code
     * @param from the first day, itself never a change; not null
     * @param to the last day, or null for no end
     * @return the days of change in date order, unmodifiable; empty when the code never changes
     *     in that range
     */
    public List<LocalDate> changesBetween(int ccode, LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        List<StateSpan> list = spans(ccode);
        TreeSet<LocalDate> candidates = new TreeSet<>();
        for (StateSpan span : list) {
            addBounds(candidates, span);
        }
        if (!list.isEmpty() && list.get(0).country() != null) {
            for (StateSpan other : byCountry.getOrDefault(list.get(0).country(), List.of())) {
                addBounds(candidates, other);
            }
        }
        List<LocalDate> changes = new ArrayList<>();
        for (LocalDate day : candidates) {
            if (day.isAfter(from) && (to == null || !day.isAfter(to))
                    && !Objects.equals(countryOn(ccode, day), countryOn(ccode, day.minusDays(1)))) {
                changes.add(day);
            }
        }
        return List.copyOf(changes);
    }

    private static void addBounds(TreeSet<LocalDate> candidates, StateSpan span) {
        if (span.period().start() != null) {
            candidates.add(span.period().start().earliest());
        }
        if (span.period().end() != null) {
            candidates.add(span.period().end().latest().plusDays(1));
        }
    }

    /**
     * The country a COW state stands for in a year, for data by year (COW's state-year file):
     * the code it has on most of the year's days, counting only days on which it has one (ties go
     * to the later code). Russia is {@code SU} in 1991 and {@code RU} in 1992; Yugoslavia (345)
     * is {@code RS} in 1918 and 2006; Germany (255) is {@code DE} in 1990. Empty when the state
     * has a code on none of the year's days.
     *
     * @param ccode a COW state code
     * @param year the year, as COW's state-year files give it
     * @return the country code, or empty
     */
    public Optional<CountryCode> countryInYear(int ccode, int year) {
        List<StateSpan> list = spans(ccode);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        // days per code, and the place of the code's latest row (ties go to the later code)
        Map<CountryCode, Long> days = new HashMap<>();
        Map<CountryCode, Integer> order = new HashMap<>();
        StateSpan first = list.get(0);
        LocalDate firstDay = StateTable.first(first.period());
        if (first.country() != null && yearStart.isBefore(firstDay)) {
            LocalDate to = min(yearEnd, firstDay.minusDays(1));
            long free = length(yearStart, to);
            for (StateSpan other : byCountry.getOrDefault(first.country(), List.of())) {
                if (other.ccode() != null && !other.ccode().equals(ccode)) {
                    free -= length(max(yearStart, StateTable.first(other.period())), min(to, StateTable.last(other.period())));
                }
            }
            add(days, order, first.country(), free, -1);
        }
        for (int i = 0; i < list.size(); i++) {
            StateSpan span = list.get(i);
            if (span.country() != null) {
                add(days, order, span.country(), length(max(yearStart, StateTable.first(span.period())),
                        min(yearEnd, StateTable.last(span.period()))), i);
            }
        }
        CountryCode best = null;
        for (Map.Entry<CountryCode, Long> e : days.entrySet()) {
            long n = e.getValue();
            if (n > 0 && (best == null || n > days.get(best) || (n == days.get(best) && order.get(e.getKey()) > order.get(best)))) {
                best = e.getKey();
            }
        }
        return Optional.ofNullable(best);
    }

    private static long length(LocalDate from, LocalDate to) {
        return to.isBefore(from) ? 0 : to.toEpochDay() - from.toEpochDay() + 1;
    }

    private static void add(Map<CountryCode, Long> days, Map<CountryCode, Integer> order, CountryCode country,
                            long n, int place) {
        if (n > 0) {
            days.merge(country, n, Long::sum);
            order.merge(country, place, Math::max);
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    @Override
    public String toString() {
        return "StateSuccession[" + spans.size() + " COW states]";
    }
}
