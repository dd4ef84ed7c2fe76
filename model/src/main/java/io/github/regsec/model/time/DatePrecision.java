package io.github.regsec.model.time;

/** How much of a {@link PartialDate} is known: the year, the month or the day. */
public enum DatePrecision {
    /** Only the year is known: {@code 2019}. */
    YEAR,
    /** The year and month are known: {@code 2019-07}. */
    MONTH,
    /** The full calendar day is known: {@code 2019-07-17}. */
    DAY
}
