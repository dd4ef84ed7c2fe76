package io.github.regsec.formats.csv.rows;

import io.github.regsec.formats.ReadOptions;

/**
 * How {@link CsvRows} reads: the limits that protect against runaway input and whether values
 * were written {@linkplain SpreadsheetSafeValues spreadsheet-safe}.
 *
 * @param maxValueLength the most characters one value may have; a longer one is a {@code syntax}
 *     problem on its row, which is then rejected
 * @param maxRecordLength the most characters one record (its values together) may have; a
 *     longer one is a {@code syntax} problem on its row, and one far longer stops reading the file
 * @param spreadsheetSafeValues undo {@link SpreadsheetSafeValues#escape} on every value (not on
 *     the header): for files written with that option
 */
public record CsvReadOptions(int maxValueLength, int maxRecordLength, boolean spreadsheetSafeValues) {

    private static final CsvReadOptions DEFAULTS = from(ReadOptions.defaults());

    /**
     * Checks that both limits are at least 1.
     *
     * @param maxValueLength the most characters one value may have; a longer one is a
     *     {@code syntax} problem on its row, which is then rejected
     * @param maxRecordLength the most characters one record (its values together) may have; a
     *     longer one is a {@code syntax} problem on its row, and one far longer stops reading the
     *     file
     * @param spreadsheetSafeValues undo {@link SpreadsheetSafeValues#escape} on every value (not on
     *     the header): for files written with that option
     * @throws IllegalArgumentException when a limit is below 1
     */
    public CsvReadOptions {
        if (maxValueLength < 1 || maxRecordLength < 1) {
            throw new IllegalArgumentException("read limits must be at least 1");
        }
    }

    /**
     * The default limits of {@link ReadOptions}, values as they are.
     *
     * @return the default options
     */
    public static CsvReadOptions defaults() {
        return DEFAULTS;
    }

    /**
     * The limits and spreadsheet-safe setting of a read's {@link ReadOptions}.
     *
     * @param options the read's options ({@code context.options()})
     * @return the CSV options with the same value and record limits and spreadsheet-safe setting
     */
    public static CsvReadOptions from(ReadOptions options) {
        return new CsvReadOptions(options.maxValueLength(), options.maxRecordLength(), options.spreadsheetSafeValues());
    }

    /**
     * These options with spreadsheet-safe values on or off.
     *
     * @param on whether to undo spreadsheet-safe escaping on reading
     * @return a copy with the setting changed, the limits kept
     */
    public CsvReadOptions withSpreadsheetSafeValues(boolean on) {
        return new CsvReadOptions(maxValueLength, maxRecordLength, on);
    }
}
