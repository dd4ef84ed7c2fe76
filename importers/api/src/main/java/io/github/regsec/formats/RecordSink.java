package io.github.regsec.formats;

import io.github.regsec.model.DatasetRecord;
import io.github.regsec.problem.Location;
import io.github.regsec.model.table.RecordTables;
import java.util.Collections;
import java.util.List;

/**
 * Where an {@link ImportContext} hands each imported record: into a dataset being built
 * ({@link ImportContext#collecting(ReadOptions)}), or to code of your own that passes records on
 * without keeping them ({@link ImportContext#streaming(ReadOptions, RecordSink)}).
 */
@FunctionalInterface
public interface RecordSink {

    /**
     * Takes one imported record.
     *
     * @param record the record, complete with its child rows (names, participants)
     * @param location where the record starts
     * @param childRowLocations where each of its child rows starts, in the record's order
     */
    void accept(DatasetRecord record, Location location, List<Location> childRowLocations);

    /**
     * Takes one imported record whose child rows, if any, start where it starts; the context
     * calls this for records located by line number ({@link ImportContext#accept(DatasetRecord,
     * String, int, int)}). The default makes the {@link Location} and calls
     * {@link #accept(DatasetRecord, Location, List)}; a sink that keeps locations compactly
     * overrides it.
     *
     * @param record the record, complete with its child rows
     * @param file the file it was read from, as problems name it
     * @param line the 1-based line it starts on, or 0 when unknown
     * @param column the 1-based column it starts at, or 0 when unknown
     */
    default void accept(DatasetRecord record, String file, int line, int column) {
        Location location = Location.of(file, line, column);
        accept(record, location, Collections.nCopies(RecordTables.of(record).childRows(record).size(), location));
    }

    /**
     * Takes records read one after another from one file, each located by its line and column;
     * the context calls this for {@link ImportContext#acceptAll(List, String, int[], int[])}. The
     * default hands each to {@link #accept(DatasetRecord, String, int, int)} in turn; a sink that
     * keeps records in bulk overrides it.
     *
     * @param records the records in file order, each complete with its child rows
     * @param file the file they were read from, as problems name it
     * @param lines {@code lines[i]} is the 1-based line record {@code i} starts on, or 0 when unknown
     * @param columns {@code columns[i]} is the 1-based column record {@code i} starts at, or 0 when
     *     unknown; null when no column is known
     */
    default void acceptAll(List<? extends DatasetRecord> records, String file, int[] lines, int[] columns) {
        for (int i = 0; i < records.size(); i++) {
            accept(records.get(i), file, lines[i], columns == null ? 0 : columns[i]);
        }
    }
}
