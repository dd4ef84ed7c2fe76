package io.github.regsec.formats.csv.rows;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV in the dialect {@link CsvRows} reads: UTF-8 without a byte order mark, {@code \n}
 * line ends, RFC 4180 quoting where needed (Commons CSV's minimal mode: values holding a comma,
 * a quote or a line break, and also values that start with a space or a character before
 * {@code #}, end with a space, or are an empty first value). Output depends only on the values
 * written. With spreadsheet-safe values on, each value (never the header) is written with
 * {@link SpreadsheetSafeValues#escape}.
 */
public final class CsvRowWriter implements Closeable {

    private final CSVPrinter printer;
    private final boolean spreadsheetSafeValues;

    private CsvRowWriter(CSVPrinter printer, boolean spreadsheetSafeValues) {
        this.printer = printer;
        this.spreadsheetSafeValues = spreadsheetSafeValues;
    }

    /**
     * A writer onto a stream, which it closes when closed.
     *
     * @param out where the UTF-8 bytes go
     * @param spreadsheetSafeValues escape values that a spreadsheet would run as formulas
     * @return a writer of RFC 4180 rows with {@code \n} line ends
     * @throws IOException when the stream cannot be written
     */
    public static CsvRowWriter open(OutputStream out, boolean spreadsheetSafeValues) throws IOException {
        return new CsvRowWriter(new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CsvDialect.WRITE),
                spreadsheetSafeValues);
    }

    /**
     * Writes the header row: column names as they are.
     *
     * @param columns the column names, in order (never escaped)
     * @throws IOException when the stream cannot be written
     */
    public void writeHeader(List<String> columns) throws IOException {
        printer.printRecord(columns);
    }

    /**
     * Writes one row; a null value is written as an empty cell.
     *
     * @param values the values in column order, quoted where needed
     * @throws IOException when the stream cannot be written
     */
    public void writeRow(List<String> values) throws IOException {
        List<String> cells = new ArrayList<>(values.size());
        for (String value : values) {
            String cell = value == null ? "" : value;
            cells.add(spreadsheetSafeValues ? SpreadsheetSafeValues.escape(cell) : cell);
        }
        printer.printRecord(cells);
    }

    /** Flushes and closes the stream. */
    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
