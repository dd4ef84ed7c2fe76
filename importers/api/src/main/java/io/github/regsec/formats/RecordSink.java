package io.github.regsec.formats;

import io.github.regsec.model.DatasetRecord;
import io.github.regsec.problem.Location;
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
}
