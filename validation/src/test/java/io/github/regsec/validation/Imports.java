package io.github.regsec.validation;

import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.ImportException;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import java.util.List;

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

    /** A record read from {@code file} at {@code line}, its child rows (if any) from the given places. */
    public Imports record(DatasetRecord record, String file, int line, Location... childRows) {
        context.reading(file);
        if (childRows.length == 0) {
            context.accept(record, Location.of(file, line));
        } else {
            context.accept(record, Location.of(file, line), List.of(childRows));
        }
        return this;
    }

    /** A record without a location (not counted as a row read). */
    public Imports unlocated(DatasetRecord record) {
        context.derived(record, null);
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
