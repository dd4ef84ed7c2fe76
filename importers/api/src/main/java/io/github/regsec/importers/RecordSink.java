package io.github.regsec.importers;

import io.github.regsec.model.DatasetRecord;
import io.github.regsec.problem.Location;

/** Receives records one by one as a reader imports them: for streaming large files. */
@FunctionalInterface
public interface RecordSink {

    /**
     * Takes one imported record.
     *
     * @param record the record, complete with its names or participants
     * @param location where the record starts
     */
    void accept(DatasetRecord record, Location location);
}
