package io.github.regsec.formats.csv;

import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.ImportException;
import io.github.regsec.formats.csv.rows.CsvRow;
import io.github.regsec.formats.codec.Decoded;
import io.github.regsec.formats.codec.RecordDecoder;
import io.github.regsec.model.ChildRow;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.RecordKind;
import io.github.regsec.model.Row;
import io.github.regsec.model.table.RecordTable;
import io.github.regsec.model.table.RecordTables;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the records of one read from decoded rows. A CSV directory keeps child rows in files of
 * their own ({@code names.csv}, {@code meeting_participants.csv}), so top-level records wait here
 * until every file is read; {@link #finish()} then attaches each child row to its parent (or
 * rejects it with {@code unknown-reference}) and hands the records to the context in the order
 * they were added: dataset order when files are read in {@code RecordTables} order. One per read.
 */
final class DatasetAssembler {

    private final ImportContext context;
    private final List<Pending> records = new ArrayList<>();
    private final Map<RecordKind, Map<String, Pending>> parentsByChildKind = new EnumMap<>(RecordKind.class);
    private final Map<String, Location> rejectedIds = new HashMap<>();
    private final List<Child> children = new ArrayList<>();

    DatasetAssembler(ImportContext context) {
        this.context = context;
    }

    /** A top-level record waiting for its child rows. */
    private static final class Pending {
        final DatasetRecord record;
        final Location location;
        final List<Child> children = new ArrayList<>();

        Pending(DatasetRecord record, Location location) {
            this.record = record;
            this.location = location;
        }
    }

    /** A decoded child row and the id of the record it belongs to. */
    private record Child(RecordTable<?> table, String parentId, ChildRow value, Location location) {
    }

    /**
     * Decodes a clean row of a table's kind: keeps it, or rejects it with its problems.
     *
     * @throws ImportException in fail-fast mode, at an error
     */
    void add(RecordTable<?> table, CsvRow row) throws ImportException {
        Decoded<? extends Row> decoded = RecordDecoder.decode(table, row);
        List<Problem> problems = new ArrayList<>(decoded.problems());
        String parentId = null;
        if (table.isChild()) {
            parentId = row.text(table.parentField());
            if (parentId == null || parentId.isBlank()) {
                problems.add(0, Problem.error(RuleIds.REQUIRED, table.parentField() + " is required: give the id of the "
                        + parentDescription(table.kind()) + " the row belongs to").withRecord(table.kind(), null)
                        .withField(table.parentField()).withLocation(row.location()));
            }
        }
        if (decoded.isRejected() || problems.stream().anyMatch(Problem::isError)) {
            String id = row.text("id");
            if (!table.isChild() && id != null) {
                rejectedIds.putIfAbsent(id, row.location());
            }
            context.rejected(row.location(), problems);
            return;
        }
        for (Problem warning : problems) {
            context.report(warning);
        }
        if (decoded.value() instanceof ChildRow child) {
            children.add(new Child(table, parentId, child, row.location()));
            return;
        }
        DatasetRecord record = (DatasetRecord) decoded.value();
        Pending pending = new Pending(record, row.location());
        records.add(pending);
        RecordTables.of(record).children().ifPresent(c -> parentsByChildKind
                .computeIfAbsent(c.table().kind(), k -> new HashMap<>()).putIfAbsent(record.id(), pending));
    }

    /**
     * Attaches child rows to their parents, rejects those whose parent is not there, and hands
     * every record with its child rows to the context.
     *
     * @throws ImportException in fail-fast mode, at an error
     */
    void finish() throws ImportException {
        for (Child child : children) {
            Pending parent = parentsByChildKind.getOrDefault(child.table().kind(), Map.of()).get(child.parentId());
            if (parent == null) {
                context.rejected(child.location(), List.of(unknownParent(child)));
            } else {
                parent.children.add(child);
            }
        }
        for (Pending pending : records) {
            if (pending.children.isEmpty()) {
                context.accept(pending.record, pending.location, List.of());
                continue;
            }
            List<ChildRow> rows = new ArrayList<>(pending.children.size());
            List<Location> locations = new ArrayList<>(pending.children.size());
            for (Child child : pending.children) {
                rows.add(child.value());
                locations.add(child.location());
            }
            context.accept(RecordTables.of(pending.record).withChildRows(pending.record, rows), pending.location, locations);
        }
    }

    private Problem unknownParent(Child child) {
        RecordKind kind = child.table().kind();
        String parentField = child.table().parentField();
        String what = parentDescription(kind);
        Location rejected = rejectedIds.get(child.parentId());
        String message = rejected == null
                ? parentField + ": '" + child.parentId() + "' names no " + what + " in the dataset"
                : parentField + ": '" + child.parentId() + "' names " + (kind == RecordKind.NAME ? "an " : "a ")
                        + what + " that was not imported: its row (" + rejected + ") has errors";
        return Problem.error(RuleIds.UNKNOWN_REFERENCE, message).withRecord(kind, child.parentId())
                .withField(parentField).withLocation(child.location());
    }

    /** The kinds of record that hold child rows of this kind, in words: "organization or field office". */
    private static String parentDescription(RecordKind childKind) {
        List<String> parents = new ArrayList<>();
        for (RecordTable<?> table : RecordTables.all()) {
            table.children().filter(c -> c.table().kind() == childKind)
                    .ifPresent(c -> parents.add(table.kind().formatName().replace('_', ' ')));
        }
        return parents.size() == 1 ? parents.get(0)
                : String.join(", ", parents.subList(0, parents.size() - 1)) + " or " + parents.get(parents.size() - 1);
    }
}
