package io.github.regsec.formats.csv.rows;

import io.github.regsec.formats.ReadOptions;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How {@link CsvRows} reads: the dialect (the separator, the quote character or none, a header
 * row or given column names), the limits that protect against runaway input and whether values
 * were written {@linkplain SpreadsheetSafeValues spreadsheet-safe}. The defaults are regsec's own
 * CSV: comma, double quote, a header row.
 *
 * <pre>{@code
 * CsvReadOptions tsv = CsvReadOptions.from(context.options()).withSeparator('\t').withoutQuotes();
 * CsvReadOptions headerless = CsvReadOptions.defaults().withColumns("country", "organization");
 * }</pre>
 *
 * @param maxValueLength the most characters one value may have; a longer one is a {@code syntax}
 *     problem on its row, which is then rejected
 * @param maxRecordLength the most characters one record (its values together) may have; a
 *     longer one is a {@code syntax} problem on its row, and one far longer stops reading the file
 * @param spreadsheetSafeValues undo {@link SpreadsheetSafeValues#escape} on every value (not on
 *     the header): for files written with that option
 * @param separator the character between values: {@code ','} (the default), {@code '\t'}, {@code ';'}...
 * @param quote the character that quotes a value holding the separator, a quote or a line break
 *     (doubled inside it), {@code '"'} by default; null for a format without quoting, whose values
 *     never hold the separator or a line break (most TSV files)
 * @param columns the column names of a file without a header row, its first line then being data;
 *     empty (the default) when the file's first row names its columns
 */
public record CsvReadOptions(int maxValueLength, int maxRecordLength, boolean spreadsheetSafeValues,
                             char separator, Character quote, List<String> columns) {

    private static final CsvReadOptions DEFAULTS = from(ReadOptions.defaults());

    /**
     * Checks the limits and the dialect, and copies the column names.
     *
     * @param maxValueLength the most characters one value may have
     * @param maxRecordLength the most characters one record may have
     * @param spreadsheetSafeValues undo {@link SpreadsheetSafeValues#escape} on every value
     * @param separator the character between values
     * @param quote the quote character, or null for none
     * @param columns the column names of a file without a header row; empty for a header row
     * @throws IllegalArgumentException when a limit is below 1, the separator or quote is a line
     *     break, they are the same character, or a column name is empty or given twice
     */
    public CsvReadOptions {
        if (maxValueLength < 1 || maxRecordLength < 1) {
            throw new IllegalArgumentException("read limits must be at least 1");
        }
        if (separator == '\n' || separator == '\r' || quote != null && (quote == '\n' || quote == '\r')) {
            throw new IllegalArgumentException("a line break cannot separate or quote values");
        }
        if (quote != null && quote == separator) {
            throw new IllegalArgumentException("the separator and the quote must differ, both are '" + separator + "'");
        }
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        Set<String> seen = new HashSet<>();
        for (String column : columns) {
            if (column.isEmpty() || !seen.add(column)) {
                throw new IllegalArgumentException("column names must be non-empty and distinct: " + columns);
            }
        }
    }

    /**
     * regsec's dialect (comma, double quote, a header row) with these limits and setting.
     *
     * @param maxValueLength the most characters one value may have
     * @param maxRecordLength the most characters one record may have
     * @param spreadsheetSafeValues undo {@link SpreadsheetSafeValues#escape} on every value
     * @throws IllegalArgumentException when a limit is below 1
     */
    public CsvReadOptions(int maxValueLength, int maxRecordLength, boolean spreadsheetSafeValues) {
        this(maxValueLength, maxRecordLength, spreadsheetSafeValues, ',', '"', List.of());
    }

    /**
     * The default limits of {@link ReadOptions}, values as they are, comma-separated with a header.
     *
     * @return the default options
     */
    public static CsvReadOptions defaults() {
        return DEFAULTS;
    }

    /**
     * The limits and spreadsheet-safe setting of a read's {@link ReadOptions}, in regsec's dialect;
     * change the dialect with the {@code with...} methods.
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
     * @return a copy with the setting changed
     */
    public CsvReadOptions withSpreadsheetSafeValues(boolean on) {
        return new CsvReadOptions(maxValueLength, maxRecordLength, on, separator, quote, columns);
    }

    /**
     * These options with another separator: {@code '\t'} for TSV, {@code ';'}...
     *
     * @param separator the character between values; not a line break
     * @return a copy with the separator changed
     * @throws IllegalArgumentException when it is a line break or the quote character
     */
    public CsvReadOptions withSeparator(char separator) {
        return new CsvReadOptions(maxValueLength, maxRecordLength, spreadsheetSafeValues, separator, quote, columns);
    }

    /**
     * These options with another quote character.
     *
     * @param quote the character that quotes values ({@code '\''}...); not a line break
     * @return a copy with the quote changed
     * @throws IllegalArgumentException when it is a line break or the separator
     */
    public CsvReadOptions withQuote(char quote) {
        return new CsvReadOptions(maxValueLength, maxRecordLength, spreadsheetSafeValues, separator, quote, columns);
    }

    /**
     * These options without quoting: every character up to the next separator or line end is
     * the value, quotes included (most TSV files).
     *
     * @return a copy without a quote character
     */
    public CsvReadOptions withoutQuotes() {
        return new CsvReadOptions(maxValueLength, maxRecordLength, spreadsheetSafeValues, separator, null, columns);
    }

    /**
     * These options for a file without a header row: its first line is data, and the columns
     * have these names (for {@link CsvRow#text(String)} and {@link CsvRow#reader}).
     *
     * @param columns the column names, in file order; non-empty and distinct
     * @return a copy that reads no header
     * @throws IllegalArgumentException when no name is given, or one is empty or given twice
     */
    public CsvReadOptions withColumns(String... columns) {
        if (columns.length == 0) {
            throw new IllegalArgumentException("a file without a header needs at least one column name");
        }
        return new CsvReadOptions(maxValueLength, maxRecordLength, spreadsheetSafeValues, separator, quote, List.of(columns));
    }

    /**
     * True when the file's first row names the columns.
     *
     * @return whether no column names were given
     */
    public boolean hasHeaderRow() {
        return columns.isEmpty();
    }
}
