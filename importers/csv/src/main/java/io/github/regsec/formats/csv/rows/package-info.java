/**
 * Reading and writing CSV rows, for regsec's CSV importer and for users' own CSV-like
 * importers (one file at a time, with exact lines in every problem).
 *
 * <ul>
 *   <li>{@link io.github.regsec.formats.csv.rows.CsvRows}: opens a file or stream (UTF-8,
 *       gzip, any line ends), reads its {@link io.github.regsec.formats.csv.rows.CsvHeader}
 *       and iterates its {@link io.github.regsec.formats.csv.rows.CsvRow}s; bad data becomes
 *       {@code syntax} problems, never exceptions.</li>
 *   <li>{@link io.github.regsec.formats.csv.rows.CsvRow}: one row by column name, with the
 *       line it starts on; it is the {@code FieldValues} of a {@code ValueReader} or the
 *       {@code RecordDecoder}.</li>
 *   <li>{@link io.github.regsec.formats.csv.rows.CsvReadOptions}: limits and the
 *       spreadsheet-safe option for reading.</li>
 *   <li>{@link io.github.regsec.formats.csv.rows.CsvRowWriter}: writes rows in the same dialect.</li>
 *   <li>{@link io.github.regsec.formats.csv.rows.SpreadsheetSafeValues}: the lossless scheme
 *       that keeps spreadsheets from running values as formulas.</li>
 * </ul>
 */
package io.github.regsec.formats.csv.rows;
