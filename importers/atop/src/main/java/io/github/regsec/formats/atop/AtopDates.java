package io.github.regsec.formats.atop;

import io.github.regsec.formats.codec.ValueReader;
import io.github.regsec.model.time.PartialDate;
import java.time.DateTimeException;

/**
 * ATOP's dates: a year, month and day column each ({@code yrent, moent, dayent}), where a month
 * or day of 0 (or empty) is unknown and becomes a date of reduced precision ({@code 1844-06});
 * for an end, a year of 0 means the alliance is still in force ({@link #inForce}).
 */
final class AtopDates {

    private AtopDates() {
    }

    /** True when a year column says "still in force": {@code 0}. */
    static boolean inForce(ValueReader values, String year) {
        String text = values.text(year);
        return text != null && text.strip().equals("0");
    }

    /**
     * The date of three columns, or null with a problem recorded in {@code values}.
     *
     * @param year the year column, {@code yrent}
     * @param month the month column, {@code moent}
     * @param day the day column, {@code dayent}
     */
    static PartialDate read(ValueReader values, String year, String month, String day) {
        if (!values.require(year)) {
            return null;
        }
        Integer y = values.integer(year);
        Integer m = values.text(month) == null ? Integer.valueOf(0) : values.integer(month);
        Integer d = values.text(day) == null ? Integer.valueOf(0) : values.integer(day);
        if (y == null || m == null || d == null) {
            return null; // not whole numbers: reported
        }
        String columns = year + "/" + month + "/" + day + " " + y + "/" + m + "/" + d;
        if (y < 1 || y > 9999) {
            values.syntaxError(year, "'" + y + "' is not a year: expected 1 to 9999");
            return null;
        }
        if (m == 0 && d != 0) {
            values.syntaxError(day, columns + " gives a day without a month: expected a month (1-12), or 0 for both");
            return null;
        }
        try {
            if (m == 0) {
                return PartialDate.ofYear(y);
            }
            return d == 0 ? PartialDate.ofMonth(y, m) : PartialDate.of(y, m, d);
        } catch (DateTimeException e) {
            values.syntaxError(m < 1 || m > 12 ? month : day, columns + " is not a date: " + e.getMessage());
            return null;
        }
    }
}
