package io.github.regsec.formats.csv.rows;

import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The header row of a CSV file: the column names in file order and the line they are on.
 * Columns are matched by exact name; a column with an empty name is kept in
 * {@link #columns()} but cannot be looked up.
 */
public final class CsvHeader {

    private final String file;
    private final int line;
    private final List<String> columns;
    private final Map<String, Integer> index = new HashMap<>();

    CsvHeader(String file, int line, List<String> columns) {
        this.file = file;
        this.line = line;
        this.columns = List.copyOf(columns);
        for (int i = 0; i < this.columns.size(); i++) {
            String name = this.columns.get(i);
            if (!name.isEmpty()) {
                index.putIfAbsent(name, i);
            }
        }
    }

    /**
     * The file's name, as problems show it.
     *
     * @return the name given when the file was opened ({@code memberships.csv.gz})
     */
    public String file() {
        return file;
    }

    /**
     * The line the header is on (1 unless blank lines come first); 0 when the file has no header.
     *
     * @return the 1-based line, or 0
     */
    public int line() {
        return line;
    }

    /**
     * Where the header is.
     *
     * @return the file and the header's line
     */
    public Location location() {
        return Location.of(file, line);
    }

    /**
     * The column names in file order.
     *
     * @return the names as they are (not trimmed), unmodifiable
     */
    public List<String> columns() {
        return columns;
    }

    /**
     * The number of columns: every row must have this many values.
     *
     * @return the column count, 0 when the file has no header
     */
    public int size() {
        return columns.size();
    }

    /**
     * The 0-based position of a column, or -1 when the header does not name it.
     *
     * @param column a column name, matched exactly
     * @return its position, or -1
     */
    public int indexOf(String column) {
        Integer i = index.get(column);
        return i == null ? -1 : i;
    }

    /**
     * True when the header names this column.
     *
     * @param column a column name, matched exactly
     * @return whether the header has it
     */
    public boolean has(String column) {
        return index.containsKey(column);
    }

    /**
     * {@code unknown-field} warnings, on the header's line, for each column that is not in
     * {@code known} and for each column without a name: their values are ignored.
     *
     * @param known the columns the format knows, in the order to list them in messages
     * @return the warnings, in column order; empty when every column is known
     */
    public List<Problem> unknownColumns(Collection<String> known) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.get(i);
            if (name.isEmpty()) {
                problems.add(Problem.warning(RuleIds.UNKNOWN_FIELD, "column " + (i + 1)
                        + " has no name: its values are ignored").withLocation(location()));
            } else if (!known.contains(name)) {
                problems.add(Problem.warning(RuleIds.UNKNOWN_FIELD, "unknown column '" + name
                        + "': its values are ignored; the known columns are " + String.join(", ", known))
                        .withField(name).withLocation(location()));
            }
        }
        return problems;
    }

    /** The first column named twice, with its two positions (0-based), or null when every name is unique. */
    int[] firstDuplicate() {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.get(i);
            if (!name.isEmpty()) {
                Integer first = seen.putIfAbsent(name, i);
                if (first != null) {
                    return new int[] {first, i};
                }
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return file + ":" + line + " " + columns;
    }
}
