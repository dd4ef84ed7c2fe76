package io.github.regsec.formats.csv;

import io.github.regsec.formats.DatasetWriter;
import io.github.regsec.formats.OutputFiles;
import io.github.regsec.formats.WriteOptions;
import io.github.regsec.formats.csv.rows.CsvRowWriter;
import io.github.regsec.formats.codec.RecordEncoder;
import io.github.regsec.formats.codec.WritabilityCheck;
import io.github.regsec.model.ChildRow;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.table.RecordTable;
import io.github.regsec.model.table.RecordTables;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a dataset as a CSV directory (docs/FORMATS.md#csv-directory) that {@link CsvDatasetImporter}
 * reads back into equal records in the same order.
 *
 * <p>The files of the kinds regsec has always had are written, each with its header even when it
 * has no rows, so that the directory describes itself; {@code persons.csv} and {@code posts.csv}
 * ({@link RecordTable#writtenWhenUsed()}) only when the dataset has persons or posts, and the
 * columns added to a file later ({@link io.github.regsec.model.table.Field#writtenWhenUsed()}:
 * a membership's {@code post_id}) only when a row of the file has a value for them, so that a
 * dataset without persons and posts is written exactly as before. The directory is replaced whole
 * (an earlier dataset's files go, other files are kept), never left half written. Columns come in
 * the fixed order of {@link RecordTable#csvColumns()}, values as
 * {@link RecordEncoder} gives them (lists joined with {@code ;}, absent values as empty cells),
 * names in the order of their organizations then field offices, participants in the order of
 * their meetings. Output is UTF-8 with {@code \n} line ends and depends only on the dataset:
 * writing what was read gives byte-identical files. With
 * {@link WriteOptions#spreadsheetSafeValues()}, values are written with
 * {@link io.github.regsec.formats.csv.rows.SpreadsheetSafeValues} and the directory gets a
 * {@link #SPREADSHEET_SAFE_MARKER} file, from which the importer knows to restore the values;
 * without the option it has none.
 *
 * <p>Values no format can carry unchanged are refused with an {@link IllegalArgumentException}
 * naming the record and field ({@link WritabilityCheck}), rather than written so that they read back
 * differently. The whole dataset is checked before any file is created or replaced, so a refused
 * dataset leaves the target as it was.
 */
public final class CsvDatasetWriter implements DatasetWriter {

    /**
     * The file a spreadsheet-safe directory carries, so that the CSV importer knows to undo the
     * escaping (and never touches values in a directory without it).
     */
    public static final String SPREADSHEET_SAFE_MARKER = "SPREADSHEET-SAFE.txt";

    private static final String MARKER_TEXT = String.join("\n",
            "This directory was written by regsec with spreadsheet-safe values.",
            "",
            "A value that a spreadsheet program would run as a formula (one starting with =, +, -, @,",
            "a tab or a carriage return, after any apostrophes) was written with one more apostrophe",
            "in front, so that spreadsheets show it as text. regsec reads this directory back with the",
            "original values because this file is here; keep it next to the CSV files.",
            "");

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public List<String> extensions() {
        return List.of("csv");
    }

    @Override
    public String description() {
        return "a directory of CSV files, one per record kind";
    }

    @Override
    public boolean writesDirectories() {
        return true;
    }

    /**
     * Writes the files into {@code target}, a directory created if needed, replacing it whole
     * ({@link OutputFiles#replaceDirectory}): the files are written into a new directory beside
     * it, which takes its place only when all of them are written, so a failure or a kill leaves
     * the complete old dataset or the complete new one. The old dataset's files (these names,
     * gzipped or not, and the spreadsheet-safe marker) go; any other file in the directory is
     * carried over.
     */
    @Override
    public void write(Dataset dataset, Path target, WriteOptions options) throws IOException {
        WritabilityCheck.check(dataset); // refuses what cannot be written, before any file is touched
        OutputFiles.replaceDirectory(target, CsvDatasetWriter::isDatasetFile, directory -> {
            if (options.spreadsheetSafeValues()) {
                Files.writeString(directory.resolve(SPREADSHEET_SAFE_MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
            }
            for (RecordTable<?> schema : RecordTables.all()) {
                List<Row> rows = rows(schema, dataset);
                if (schema.writtenWhenUsed() && rows.isEmpty()) {
                    continue;
                }
                List<String> columns = columns(schema, rows);
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(directory.resolve(schema.csvFile())), 1 << 16);
                     CsvRowWriter writer = CsvRowWriter.open(out, options.spreadsheetSafeValues())) {
                    writer.writeHeader(columns);
                    for (Row row : rows) {
                        writer.writeRow(cells(schema, columns, row));
                    }
                }
            }
        });
    }

    /** True for the name of a file a CSV dataset directory holds: one of the record kinds' files, gzipped or not, or the marker. */
    private static boolean isDatasetFile(String name) {
        String plain = name.endsWith(".gz") ? name.substring(0, name.length() - ".gz".length()) : name;
        return name.equals(SPREADSHEET_SAFE_MARKER)
                || RecordTables.all().stream().anyMatch(schema -> schema.csvFile().equals(plain));
    }

    /**
     * Not supported: a CSV dataset is a directory of files.
     *
     * @throws UnsupportedOperationException always
     */
    @Override
    public void write(Dataset dataset, OutputStream out, WriteOptions options) {
        throw new UnsupportedOperationException("a CSV dataset is a directory of files: write it to a directory");
    }

    /** One row to write: its fields, and for a child row the id of its parent. */
    private record Row(String recordId, String parentId, Map<String, Object> fields) {
    }

    private static List<Row> rows(RecordTable<?> table, Dataset dataset) {
        List<Row> rows = new ArrayList<>();
        dataset.records().forEach(record -> {
            if (record.recordKind() == table.kind()) {
                rows.add(new Row(record.id(), null, RecordEncoder.encode(record)));
            }
            RecordTables.of(record).children().filter(c -> c.table() == table).ifPresent(children -> {
                for (ChildRow child : RecordTables.of(record).childRows(record)) {
                    rows.add(new Row(record.id(), record.id(), RecordEncoder.encode(child)));
                }
            });
        });
        return rows;
    }

    /** The table's columns, without those written only when used that no row uses. */
    private static List<String> columns(RecordTable<?> schema, List<Row> rows) {
        List<String> columns = new ArrayList<>();
        for (String column : schema.csvColumns()) {
            boolean whenUsed = schema.field(column).map(f -> f.writtenWhenUsed()).orElse(false);
            if (!whenUsed || rows.stream().anyMatch(r -> r.fields().containsKey(column))) {
                columns.add(column);
            }
        }
        return columns;
    }

    private static List<String> cells(RecordTable<?> schema, List<String> columns, Row row) {
        List<String> cells = new ArrayList<>();
        for (String column : columns) {
            cells.add(column.equals(schema.parentField()) ? row.parentId() : cell(row, column));
        }
        return cells;
    }

    private static String cell(Row row, String column) {
        Object value = row.fields().get(column);
        if (value instanceof List<?> items) {
            return items.stream().map(Object::toString).collect(Collectors.joining(";"));
        }
        return value == null ? null : value.toString();
    }
}
