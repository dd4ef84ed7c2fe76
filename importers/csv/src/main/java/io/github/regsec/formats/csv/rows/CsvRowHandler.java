package io.github.regsec.formats.csv.rows;

import java.io.IOException;

/**
 * Takes the rows of a CSV file as {@link CsvRows#read(CsvRowHandler)} reads them: a clean row
 * straight from the parser, a row with problems as a {@link CsvRow}.
 */
public interface CsvRowHandler {

    /**
     * A row read cleanly: one value per column of the header, within the limits, not UTF-8-damaged.
     *
     * @param line the physical line (1-based, the header is line 1) on which the row starts
     * @param values the values in column order, as they are (empty strings for empty cells); the
     *     array is reused for the next row, so copy what must be kept
     * @throws IOException to stop reading (an {@link io.github.regsec.formats.ImportException} in fail-fast mode)
     */
    void row(int line, String[] values) throws IOException;

    /**
     * A row that could not be read cleanly, with its {@code syntax} problems: to reject.
     *
     * @param row the row, its problems and what values could be read
     * @throws IOException to stop reading
     */
    void badRow(CsvRow row) throws IOException;
}
