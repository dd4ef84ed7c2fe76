package io.github.regsec.formats;

import io.github.regsec.model.Row;
import io.github.regsec.problem.Location;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where each record and child row of an imported dataset came from. Keyed by the instance
 * (records that are equal but were read from two places keep both places). Immutable once
 * built; {@link #none()} for datasets built in code.
 *
 * <p>Kept as a compact line table rather than an object per row: for each row in the order it
 * was imported, its line and column in int arrays and its file as a run of rows from one file.
 * A {@link Location} is made when one is asked for, and the index that finds a row's place in
 * the table is built on the first question (for most reads, the first problem validation finds).
 * Safe to share between threads.
 */
public final class RecordLocations {

    private static final RecordLocations NONE = new RecordLocations(new Row[0], new int[0], null, new int[0],
            new String[0], 0, 0);

    /** The line of a row that is in the dataset but was not read from a file. */
    private static final int UNLOCATED = -1;

    private final Row[] rows;
    private final int[] lines;
    private final int[] columns;
    private final int[] runStarts;
    private final String[] runFiles;
    private final int count;
    private final int runs;
    private volatile int[] index;

    private RecordLocations(Row[] rows, int[] lines, int[] columns, int[] runStarts, String[] runFiles, int count,
                            int runs) {
        this.rows = rows;
        this.lines = lines;
        this.columns = columns;
        this.runStarts = runStarts;
        this.runFiles = runFiles;
        this.count = count;
        this.runs = runs;
    }

    /**
     * No locations: for datasets that were not read from files.
     *
     * @return the empty locations
     */
    public static RecordLocations none() {
        return NONE;
    }

    /**
     * Where this record, name or participant instance was read from.
     *
     * @param row a record or child row of the dataset these locations belong to
     * @return where it starts, or empty for a row that was not read from a file
     */
    public Optional<Location> of(Row row) {
        if (count == 0 || row == null) {
            return Optional.empty();
        }
        int entry = find(row);
        return entry < 0 || lines[entry] < 0 ? Optional.empty() : Optional.of(location(entry));
    }

    /**
     * The number of rows with a location.
     *
     * @return the count of records and child rows located (an instance located twice counts once)
     */
    public int size() {
        if (count == 0) {
            return 0;
        }
        int[] slots = index();
        int distinct = 0;
        for (int slot : slots) {
            distinct += slot == 0 ? 0 : 1;
        }
        return distinct;
    }

    private Location location(int entry) {
        int run = Arrays.binarySearch(runStarts, 0, runs, entry);
        String file = runFiles[run >= 0 ? run : -run - 2];
        return new Location(file, lines[entry], columns == null ? 0 : columns[entry]);
    }

    /** The table entry of this instance (the last one, when it was located twice), or -1. */
    private int find(Row row) {
        int[] slots = index();
        int mask = slots.length - 1;
        for (int slot = hash(row) & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot] - 1;
            if (entry < 0) {
                return -1;
            }
            if (rows[entry] == row) {
                return entry;
            }
        }
    }

    /** Open addressing by identity: slot holds entry + 1, 0 for empty; at most three quarters full. */
    private int[] index() {
        int[] slots = index;
        if (slots == null) {
            slots = new int[Integer.highestOneBit(count + count / 3 + 1) << 1];
            int mask = slots.length - 1;
            for (int entry = 0; entry < count; entry++) {
                int slot = hash(rows[entry]) & mask;
                while (slots[slot] != 0 && rows[slots[slot] - 1] != rows[entry]) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = entry + 1; // a later place of the same instance replaces the earlier one
            }
            index = slots;
        }
        return slots;
    }

    private static int hash(Row row) {
        int h = System.identityHashCode(row);
        return h ^ (h >>> 16);
    }

    /** Collects locations in the order rows are imported; not thread-safe. */
    static final class Builder {
        private Row[] rows = new Row[64];
        private int[] lines = new int[64];
        private int[] columns;
        private int[] runStarts = new int[4];
        private final List<String> runFiles = new ArrayList<>();
        private int count;

        /** Notes where a row was read; a null location notes a row that was not read from a file. */
        void put(Row row, Location location) {
            if (location == null) {
                put(row, null, UNLOCATED, 0);
            } else {
                put(row, location.file(), location.line(), location.column());
            }
        }

        void put(Row row, String file, int line, int column) {
            if (count == rows.length) {
                grow(count + 1);
            }
            startRun(file);
            if (column != 0 && columns == null) {
                columns = new int[rows.length];
            }
            if (columns != null) {
                columns[count] = column;
            }
            rows[count] = row;
            lines[count] = line;
            count++;
        }

        /**
         * Notes where each of {@code rows} was read: in {@code file}, row {@code i} at line
         * {@code lines[i]} and column {@code columns[i]} (0 for every row when {@code columns} is null).
         */
        void putAll(List<? extends Row> rows, String file, int[] lines, int[] columns) {
            int added = rows.size();
            if (added == 0) {
                return; // no run without rows: a row's file is found by where its run starts
            }
            if (count + added > this.rows.length) {
                grow(count + added);
            }
            startRun(file);
            System.arraycopy(rows.toArray(), 0, this.rows, count, added);
            System.arraycopy(lines, 0, this.lines, count, added);
            if (columns != null && this.columns == null) {
                this.columns = new int[this.rows.length];
            }
            if (columns != null) {
                System.arraycopy(columns, 0, this.columns, count, added);
            } else if (this.columns != null) {
                Arrays.fill(this.columns, count, count + added, 0);
            }
            count += added;
        }

        /** Makes room for at least {@code needed} rows in all. */
        private void grow(int needed) {
            int capacity = Math.max(needed, count + (count >> 1));
            rows = Arrays.copyOf(rows, capacity);
            lines = Arrays.copyOf(lines, capacity);
            if (columns != null) {
                columns = Arrays.copyOf(columns, capacity);
            }
        }

        /** Starts a run of rows from {@code file} unless the last run is of that file. */
        private void startRun(String file) {
            int runs = runFiles.size();
            if (runs == 0 || !Objects.equals(file, runFiles.get(runs - 1))) {
                if (runs == runStarts.length) {
                    runStarts = Arrays.copyOf(runStarts, runs * 2);
                }
                runStarts[runs] = count;
                runFiles.add(file);
            }
        }

        RecordLocations build() {
            if (count == 0) {
                return NONE;
            }
            int runs = runFiles.size();
            return new RecordLocations(Arrays.copyOf(rows, count), Arrays.copyOf(lines, count),
                    columns == null ? null : Arrays.copyOf(columns, count), Arrays.copyOf(runStarts, runs),
                    runFiles.toArray(new String[0]), count, runs);
        }
    }
}
