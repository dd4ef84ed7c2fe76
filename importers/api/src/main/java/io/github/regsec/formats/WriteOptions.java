package io.github.regsec.formats;

/**
 * How a writer writes.
 *
 * @param spreadsheetSafeValues in CSV, write values that a spreadsheet would run as a formula
 *     (starting with {@code = + - @}, tab or carriage return) so that it shows them as text;
 *     reading with the same option gives the original values back
 */
public record WriteOptions(boolean spreadsheetSafeValues) {

    private static final WriteOptions DEFAULTS = new WriteOptions(false);

    /**
     * Values written exactly as they are.
     *
     * @return the default write options
     */
    public static WriteOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Spreadsheet-safe CSV values.
     *
     * @return options that escape CSV values a spreadsheet would run as formulas
     */
    public static WriteOptions spreadsheetSafe() {
        return new WriteOptions(true);
    }
}
