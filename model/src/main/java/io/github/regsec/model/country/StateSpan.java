package io.github.regsec.model.country;

import io.github.regsec.model.time.Period;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the state table: the days a country code stood for a state, and the Correlates of
 * War state code that stands for the same state on those days. The USSR is {@code SU} from
 * 1922-12-30 to 1991-12-25, COW state 365; Russia (365) is {@code RU} from 1991-12-26.
 *
 * @param ccode the COW state code, or null when no COW state code stands for the state then (the
 *     Russian SFSR from 1990-06-12, while 365 is still the USSR)
 * @param cowAbbreviation COW's abbreviation of the state ({@code RUS}), or null without a ccode
 * @param cowName COW's name of the state ({@code Russia}), or null without a ccode
 * @param country the country code, or null for a COW state regsec has no code for (Bavaria)
 * @param period the days, full dates, inclusive; an absent start means the state existed before
 *     any day the table gives, an absent end that it still exists
 * @param note why these days, where they are not COW's, or null
 */
public record StateSpan(Integer ccode, String cowAbbreviation, String cowName, CountryCode country, Period period,
                        String note) {

    /**
     * Checks that the period is given and that the row has a COW state code, a country code or
     * both.
     *
     * @param ccode the COW state code, or null when no COW state code stands for the state then
     * @param cowAbbreviation COW's abbreviation of the state ({@code RUS}), or null without a ccode
     * @param cowName COW's name of the state ({@code Russia}), or null without a ccode
     * @param country the country code, or null for a COW state regsec has no code for (Bavaria)
     * @param period the days, full dates, inclusive; an absent start means the state existed before
     *     any day the table gives, an absent end that it still exists
     * @param note why these days, where they are not COW's, or null
     * @throws NullPointerException when the period is null
     * @throws IllegalArgumentException when both the COW state code and the country code are null
     */
    public StateSpan {
        Objects.requireNonNull(period, "period");
        if (ccode == null && country == null) {
            throw new IllegalArgumentException("a state span needs a COW state code, a country code or both");
        }
    }

    /**
     * True when the span covers the day: on or after its start (or no start), on or before its end (or no end).
     *
     * @param day a day
     * @return whether the day is one of the span's days
     */
    public boolean covers(LocalDate day) {
        return (period.start() == null || !period.start().earliest().isAfter(day))
                && (period.end() == null || !period.end().latest().isBefore(day));
    }
}
