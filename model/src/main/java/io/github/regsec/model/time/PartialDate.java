package io.github.regsec.model.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * An ISO 8601 calendar date with reduced precision: {@code YYYY}, {@code YYYY-MM} or
 * {@code YYYY-MM-DD}.
 *
 * <p>A partial date stands for every day it covers: {@code 2022-10} is any day from 2022-10-01
 * to 2022-10-31. It keeps its precision ({@link #precision()}), knows its {@link #earliest()} and
 * {@link #latest()} day, and compares with certainty: {@code 2019-06} is certainly before
 * {@code 2019-07-17}, {@code 2019} is not. Years run from 1 to 9999. Instances are immutable and
 * valid by construction; {@link #parse(String)} explains what it rejects.
 */
public final class PartialDate implements Comparable<PartialDate> {

    private static final int MIN_YEAR = 1;
    private static final int MAX_YEAR = 9999;

    /** Shared instances of year and month dates of years 1 to 2999 (filled as used; races are benign). */
    private static final int CACHED_YEARS = 3000;
    private static final PartialDate[] YEARS = new PartialDate[CACHED_YEARS];
    private static final PartialDate[] MONTHS = new PartialDate[CACHED_YEARS * 12];

    private final short year;
    private final byte month; // 0 when unknown
    private final byte day;   // 0 when unknown

    private PartialDate(int year, int month, int day) {
        this.year = (short) year;
        this.month = (byte) month;
        this.day = (byte) day;
    }

    /**
     * A date of which only the year is known.
     *
     * @param year the year, 1 to 9999
     * @return the date {@code YYYY}, covering the whole year
     * @throws DateTimeException when the year is out of range
     */
    public static PartialDate ofYear(int year) {
        checkYear(year);
        if (year >= CACHED_YEARS) {
            return new PartialDate(year, 0, 0);
        }
        PartialDate date = YEARS[year];
        if (date == null) {
            date = new PartialDate(year, 0, 0);
            YEARS[year] = date;
        }
        return date;
    }

    /**
     * A date of which the year and month are known.
     *
     * @param year the year, 1 to 9999
     * @param month the month, 1 to 12
     * @return the date {@code YYYY-MM}, covering the whole month
     * @throws DateTimeException when the year or the month is out of range
     */
    public static PartialDate ofMonth(int year, int month) {
        checkYear(year);
        if (month < 1 || month > 12) {
            throw new DateTimeException("month " + month + " is not a month: expected 1 to 12");
        }
        if (year >= CACHED_YEARS) {
            return new PartialDate(year, month, 0);
        }
        int slot = year * 12 + month - 1;
        PartialDate date = MONTHS[slot];
        if (date == null) {
            date = new PartialDate(year, month, 0);
            MONTHS[slot] = date;
        }
        return date;
    }

    /**
     * A full calendar day.
     *
     * @param year the year, 1 to 9999
     * @param month the month, 1 to 12
     * @param day the day of the month, 1 to the month's length
     * @return the date {@code YYYY-MM-DD}
     * @throws DateTimeException when the day does not exist (February 2019 has 28 days)
     */
    public static PartialDate of(int year, int month, int day) {
        ofMonth(year, month);
        int length = Month.of(month).length(Year.isLeap(year)); // no object: called per value read
        if (day < 1) {
            throw new DateTimeException("day " + day + " is not a day: expected 1 to " + length);
        }
        if (day > length) {
            throw new DateTimeException(String.format(Locale.ROOT, "%s %d has %d days",
                    Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH), year, length));
        }
        return new PartialDate(year, month, day);
    }

    /**
     * A full calendar day from a {@link LocalDate}.
     *
     * @param date the day; its year must be 1 to 9999
     * @return the date {@code YYYY-MM-DD} of that day
     * @throws DateTimeException when the year is out of range
     */
    public static PartialDate of(LocalDate date) {
        return of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} (four-digit year, two-digit
     * month and day).
     *
     * @param text the date as written in a file; not null
     * @return the date, with the precision the text gives
     * @throws DateTimeException with a message that names the text and what is wrong with it,
     *     e.g. {@code '2019-02-30' is not a date: February 2019 has 28 days}
     */
    public static PartialDate parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        int n = s.length();
        if (!(n == 4 || n == 7 || n == 10) || !digits(s, 0, 4)
                || (n >= 7 && (s.charAt(4) != '-' || !digits(s, 5, 7)))
                || (n == 10 && (s.charAt(7) != '-' || !digits(s, 8, 10)))) {
            throw new DateTimeException("'" + s + "' is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD");
        }
        try {
            int year = Integer.parseInt(s, 0, 4, 10);
            if (n == 4) {
                return ofYear(year);
            }
            int month = Integer.parseInt(s, 5, 7, 10);
            if (n == 7) {
                return ofMonth(year, month);
            }
            return of(year, month, Integer.parseInt(s, 8, 10, 10));
        } catch (DateTimeException e) {
            throw new DateTimeException("'" + s + "' is not a date: " + e.getMessage());
        }
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new DateTimeException("year " + year + " is out of range: expected 1 to 9999");
        }
    }

    /**
     * The year.
     *
     * @return the year, 1 to 9999
     */
    public int year() {
        return year;
    }

    /**
     * The month, 1 to 12, or 0 when only the year is known.
     *
     * @return the month of the year, or 0
     */
    public int month() {
        return month;
    }

    /**
     * The day of the month, or 0 when the day is not known.
     *
     * @return the day of the month, 1 to 31, or 0
     */
    public int day() {
        return day;
    }

    /**
     * How much of this date is known.
     *
     * @return {@code YEAR}, {@code MONTH} or {@code DAY}
     */
    public DatePrecision precision() {
        return day != 0 ? DatePrecision.DAY : month != 0 ? DatePrecision.MONTH : DatePrecision.YEAR;
    }

    /**
     * The first day this date covers: {@code 2022-10} gives 2022-10-01.
     *
     * @return the earliest day of the date's reading
     */
    public LocalDate earliest() {
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    /**
     * The last day this date covers: {@code 2022-10} gives 2022-10-31, {@code 2019} 2019-12-31.
     *
     * @return the latest day of the date's reading
     */
    public LocalDate latest() {
        if (month == 0) {
            return LocalDate.of(year, 12, 31);
        }
        if (day == 0) {
            return YearMonth.of(year, month).atEndOfMonth();
        }
        return LocalDate.of(year, month, day);
    }

    /**
     * True when every day this date covers comes before every day {@code other} covers.
     *
     * @param other the date compared with; not null
     * @return whether this date's latest day is before {@code other}'s earliest
     */
    public boolean isCertainlyBefore(PartialDate other) {
        return latest().isBefore(other.earliest());
    }

    /**
     * True when every day this date covers comes after every day {@code other} covers.
     *
     * @param other the date compared with; not null
     * @return whether this date's earliest day is after {@code other}'s latest
     */
    public boolean isCertainlyAfter(PartialDate other) {
        return earliest().isAfter(other.latest());
    }

    /**
     * True when every day this date covers comes before {@code day}.
     *
     * @param day the day compared with; not null
     * @return whether this date's latest day is before {@code day}
     */
    public boolean isCertainlyBefore(LocalDate day) {
        return latest().isBefore(day);
    }

    /**
     * True when every day this date covers comes after {@code day}.
     *
     * @param day the day compared with; not null
     * @return whether this date's earliest day is after {@code day}
     */
    public boolean isCertainlyAfter(LocalDate day) {
        return earliest().isAfter(day);
    }

    /**
     * True when {@code day} is one of the days this date covers.
     *
     * @param day the day asked about; not null
     * @return whether {@code day} lies from {@link #earliest()} to {@link #latest()}, inclusive
     */
    public boolean covers(LocalDate day) {
        return !earliest().isAfter(day) && !latest().isBefore(day);
    }

    /**
     * Orders by earliest day, then by precision (the less precise first), so that sorting is
     * stable and consistent with {@link #equals(Object)}.
     */
    @Override
    public int compareTo(PartialDate other) {
        int c = earliest().compareTo(other.earliest());
        return c != 0 ? c : precision().compareTo(other.precision());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate d && d.year == year && d.month == month && d.day == day;
    }

    @Override
    public int hashCode() {
        return (year * 13 + month) * 32 + day;
    }

    /** The ISO form: {@code 2019}, {@code 2019-07} or {@code 2019-07-17}. */
    @Override
    public String toString() {
        char[] text = new char[month == 0 ? 4 : day == 0 ? 7 : 10];
        digits(text, 0, year, 4);
        if (text.length > 4) {
            text[4] = '-';
            digits(text, 5, month, 2);
        }
        if (text.length > 7) {
            text[7] = '-';
            digits(text, 8, day, 2);
        }
        return new String(text);
    }

    /** Writes {@code value} as {@code width} decimal digits, zero-padded, at {@code offset}. */
    private static void digits(char[] text, int offset, int value, int width) {
        int rest = value;
        for (int i = offset + width - 1; i >= offset; i--) {
            text[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
    }
}
