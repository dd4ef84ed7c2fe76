package io.github.regsec.formats.csv.rows;

import io.github.regsec.formats.codec.FieldValues;
import io.github.regsec.formats.codec.ValueReader;
import io.github.regsec.model.RecordKind;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import java.util.List;

/**
 * One row of a CSV file: its values, matched to columns by the header, and the line it starts
 * on. A row that could not be read cleanly (a wrong number of values, a value over the limit,
 * bytes that are not UTF-8, broken quoting) carries {@code syntax} {@linkplain #problems()
 * problems} and should be rejected. As {@link FieldValues} it feeds a {@link ValueReader} or
 * the {@link io.github.regsec.formats.codec.RecordDecoder}; every problem found through it
 * carries the file and the row's line.
 */
public final class CsvRow implements FieldValues {

    private final CsvHeader header;
    private final int line;
    private final List<String> values;
    private final List<Problem> problems;
    private final boolean hasErrors;

    CsvRow(CsvHeader header, int line, List<String> values, List<Problem> problems) {
        this.header = header;
        this.line = line;
        this.values = List.copyOf(values);
        this.problems = List.copyOf(problems);
        boolean errors = false;
        for (Problem problem : problems) {
            errors |= problem.isError();
        }
        this.hasErrors = errors;
    }

    /**
     * The header the row's values are matched to.
     *
     * @return the file's header
     */
    public CsvHeader header() {
        return header;
    }

    /**
     * The physical line (1-based, the header is line 1) on which the row starts.
     *
     * @return the row's first line; a quoted value may carry it over further lines
     */
    public int line() {
        return line;
    }

    /**
     * Where the row starts: file and line.
     *
     * @return the location problems about the row carry
     */
    public Location location() {
        return Location.of(header.file(), line);
    }

    /**
     * The values in file order, as they are (empty strings for empty cells).
     *
     * @return the values, unmodifiable; as many as the header has columns unless the row has errors
     */
    public List<String> values() {
        return values;
    }

    /**
     * The value at a 0-based position, as it is, or null when the row has no value there.
     *
     * @param index the 0-based column position
     * @return the value, or null when the row is shorter
     */
    public String get(int index) {
        return index >= 0 && index < values.size() ? values.get(index) : null;
    }

    /**
     * The value of a column, as it is (empty for an empty cell), or null when the header has no such column.
     *
     * @param column a column name, matched exactly
     * @return the value, or null
     */
    public String get(String column) {
        return get(header.indexOf(column));
    }

    /** The value of a column, or null when the column is absent or the cell is empty. Never trimmed. */
    @Override
    public String text(String column) {
        String value = get(column);
        return value == null || value.isEmpty() ? null : value;
    }

    /** The row's location: CSV problems are reported on the line where the row starts. */
    @Override
    public Location location(String column) {
        return location();
    }

    /**
     * The problems met while reading the row; empty for a clean row.
     *
     * @return the row's problems, each with the file and line
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * True when the row could not be read cleanly and should be rejected with {@link #problems()}.
     *
     * @return whether one of the problems is an error
     */
    public boolean hasErrors() {
        return hasErrors;
    }

    /**
     * Typed getters over this row; their problems name the record kind and id and carry this
     * row's file and line.
     *
     * @param kind the kind of record the row holds
     * @param recordId the record's id (a child row's parent id) for problems, or null
     * @return a new reader over this row's values
     */
    public ValueReader reader(RecordKind kind, String recordId) {
        return new ValueReader(this, kind, recordId);
    }

    @Override
    public String toString() {
        return location() + " " + values;
    }
}
