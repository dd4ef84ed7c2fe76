package io.github.regsec.validation;

import io.github.regsec.importers.ImportContext;
import io.github.regsec.importers.ImportException;
import io.github.regsec.importers.ImportResult;
import io.github.regsec.importers.ReadOptions;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;

/**
 * Builds an {@link ImportResult} by hand, as an importer would: each record and child row with a
 * location, files in the order read, problems reported while reading.
 */
public final class Imports {

    private final ImportContext context = ImportContext.collecting(ReadOptions.defaults());

    /** Notes that a file was read (files are listed in the order first read). */
    public Imports reading(String file) {
        context.reading(file);
        return this;
    }

    /** A record read from {@code file} at {@code line}. */
    public Imports record(DatasetRecord record, String file, int line) {
        context.reading(file);
        context.accept(record, Location.of(file, line));
        return this;
    }

    /** A child row (name, participant) read from {@code file} at {@code line}. */
    public Imports child(Object row, String file, int line) {
        context.reading(file);
        context.imported(row, Location.of(file, line));
        return this;
    }

    /** A record without a location. */
    public Imports unlocated(DatasetRecord record) {
        context.emit(record);
        return this;
    }

    /** A problem reported while reading. */
    public Imports problem(Problem problem) {
        try {
            context.report(problem);
        } catch (ImportException e) {
            throw new IllegalStateException("collect mode does not stop", e);
        }
        return this;
    }

    /** The import. */
    public ImportResult result() {
        return context.result();
    }
}
