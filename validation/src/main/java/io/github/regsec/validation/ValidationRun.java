package io.github.regsec.validation;

import io.github.regsec.formats.RecordLocations;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.ChildRow;
import io.github.regsec.model.RecordKind;
import io.github.regsec.model.Row;
import io.github.regsec.model.table.RecordTables;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of one validation run, shared by the rules' contexts: the dataset, where its rows came
 * from, and the lookups from a row to its record and to its place in dataset order (built once,
 * when first needed, by whichever thread needs them). Safe to share between the threads of one
 * run; each step of the run (reading, the record constraints or a part of them, one rule)
 * collects its problems in its own {@link Findings}, so that the steps' problems can be put
 * together in step order whatever the order the steps end in.
 */
final class ValidationRun {

    /** A problem and the position of its row in dataset order (for problems without a location). */
    record Found(Problem problem, long ordinal) {
    }

    private final Dataset dataset;
    private final LocalDate asOf;
    private final RecordLocations locations;
    private final Object lookupsLock = new Object();
    private volatile Map<Row, DatasetRecord> parents; // child row -> its record, built when first needed
    private volatile Map<Row, Long> ordinals;         // row -> dataset order, built when first needed

    ValidationRun(Dataset dataset, LocalDate asOf, RecordLocations locations) {
        this.dataset = dataset;
        this.asOf = asOf;
        this.locations = locations;
    }

    Dataset dataset() {
        return dataset;
    }

    LocalDate asOf() {
        return asOf;
    }

    Optional<Location> locationOf(Row row) {
        return row == null ? Optional.empty() : locations.of(row);
    }

    /** A new, empty collection of problems for one step of this run. */
    Findings findings() {
        return new Findings();
    }

    /** The problems one step of a run found, in the order found. Not thread-safe: one per step. */
    final class Findings {
        private final List<Found> found = new ArrayList<>();

        private Findings() {
        }

        /** The run these problems belong to. */
        ValidationRun run() {
            return ValidationRun.this;
        }

        /** Adds a problem about a row (or about no row: null). */
        void add(Problem problem, Row row) {
            long ordinal = problem.location() != null || row == null ? Long.MAX_VALUE : ordinalOf(row);
            found.add(new Found(problem, ordinal));
        }

        /**
         * Adds a problem about a record or one of its child rows, placed (for problems without a
         * location) where that record's row is in the dataset, even when the same row instance is
         * also a child of another record.
         */
        void add(Problem problem, DatasetRecord record, Row row) {
            if (problem.location() != null || row == record) {
                add(problem, row);
                return;
            }
            long ordinal = ordinalOf(record);
            List<? extends ChildRow> children = children(record);
            for (int i = 0; i < children.size(); i++) {
                if (children.get(i) == row) {
                    found.add(new Found(problem, ordinal == Long.MAX_VALUE ? ordinal : ordinal + 1 + i));
                    return;
                }
            }
            add(problem, row);
        }

        /** The problems, in the order they were added. */
        List<Found> found() {
            return found;
        }
    }

    /** A record's id, or a child row's record's id; null for a child row not in this dataset. */
    String idOf(Row row) {
        if (row instanceof DatasetRecord record) {
            return record.id();
        }
        DatasetRecord parent = parents().get(row);
        return parent == null ? null : parent.id();
    }

    private Map<Row, DatasetRecord> parents() {
        Map<Row, DatasetRecord> built = parents;
        if (built == null) {
            synchronized (lookupsLock) {
                built = parents;
                if (built == null) {
                    Map<Row, DatasetRecord> map = new IdentityHashMap<>();
                    dataset.records().forEach(record -> children(record).forEach(child -> map.put(child, record)));
                    built = map;
                    parents = built;
                }
            }
        }
        return built;
    }

    /** A record's child rows: names or participants. */
    private static List<? extends ChildRow> children(DatasetRecord record) {
        return RecordTables.of(record).childRows(record);
    }

    private long ordinalOf(Row row) {
        Map<Row, Long> built = ordinals;
        if (built == null) {
            synchronized (lookupsLock) {
                built = ordinals;
                if (built == null) {
                    Map<Row, Long> map = new IdentityHashMap<>();
                    long next = 0;
                    for (DatasetRecord record : (Iterable<DatasetRecord>) dataset.records()::iterator) {
                        map.put(record, next++);
                        for (ChildRow child : children(record)) {
                            map.put(child, next++);
                        }
                    }
                    built = map;
                    ordinals = built;
                }
            }
        }
        return built.getOrDefault(row, Long.MAX_VALUE);
    }
}
