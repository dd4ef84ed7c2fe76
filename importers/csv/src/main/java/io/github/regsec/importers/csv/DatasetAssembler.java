package io.github.regsec.importers.csv;

import io.github.regsec.importers.ImportContext;
import io.github.regsec.importers.ImportException;
import io.github.regsec.importers.csv.rows.CsvRow;
import io.github.regsec.importers.schema.Decoded;
import io.github.regsec.importers.schema.RecordDecoder;
import io.github.regsec.importers.schema.RecordSchema;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.FieldOffice;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.Name;
import io.github.regsec.model.Organization;
import io.github.regsec.model.Participant;
import io.github.regsec.model.RecordKind;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the records of one read from decoded rows. A CSV directory keeps child rows in files of
 * their own ({@code names.csv}, {@code meeting_participants.csv}), so top-level records wait here
 * until every file is read; {@link #finish()} then attaches each child row to its parent (or
 * rejects it with {@code unknown-reference}) and hands the records to the context in the order
 * they were added: dataset order when files are read in {@code Schemas} order. One per read.
 */
final class DatasetAssembler {

    private final ImportContext context;
    private final List<Pending> records = new ArrayList<>();
    private final Map<String, Pending> organizationsAndOffices = new HashMap<>();
    private final Map<String, Pending> meetings = new HashMap<>();
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

    /** A decoded name or participant and the id of the record it belongs to. */
    private record Child(RecordKind kind, String parentField, String parentId, Object value, Location location) {
    }

    /**
     * Decodes a clean row of a schema's kind: keeps it, or rejects it with its problems.
     *
     * @throws ImportException in fail-fast mode, at an error
     */
    void add(RecordSchema schema, CsvRow row) throws ImportException {
        Decoded<?> decoded = RecordDecoder.decode(schema, row);
        List<Problem> problems = new ArrayList<>(decoded.problems());
        String parentId = null;
        if (schema.isChild()) {
            parentId = row.text(schema.parentField());
            if (parentId == null || parentId.isBlank()) {
                problems.add(0, Problem.error(RuleIds.REQUIRED, schema.parentField() + " is required: give the id of the "
                        + parentDescription(schema.kind()) + " the row belongs to").withRecord(schema.kind(), null)
                        .withField(schema.parentField()).withLocation(row.location()));
            }
        }
        if (decoded.isRejected() || problems.stream().anyMatch(Problem::isError)) {
            String id = row.text("id");
            if (!schema.isChild() && id != null) {
                rejectedIds.putIfAbsent(id, row.location());
            }
            context.rejected(row.location(), problems);
            return;
        }
        for (Problem warning : problems) {
            context.report(warning);
        }
        if (schema.isChild()) {
            children.add(new Child(schema.kind(), schema.parentField(), parentId, decoded.value(), row.location()));
            return;
        }
        DatasetRecord record = (DatasetRecord) decoded.value();
        Pending pending = new Pending(record, row.location());
        records.add(pending);
        if (record instanceof Organization || record instanceof FieldOffice) {
            organizationsAndOffices.putIfAbsent(record.id(), pending);
        } else if (record instanceof Meeting) {
            meetings.putIfAbsent(record.id(), pending);
        }
    }

    /**
     * Attaches child rows to their parents, rejects those whose parent is not there, and hands
     * every record with its child rows to the context.
     *
     * @throws ImportException in fail-fast mode, at an error
     */
    void finish() throws ImportException {
        for (Child child : children) {
            Pending parent = (child.kind() == RecordKind.NAME ? organizationsAndOffices : meetings).get(child.parentId());
            if (parent == null) {
                context.rejected(child.location(), List.of(unknownParent(child)));
            } else {
                parent.children.add(child);
            }
        }
        for (Pending pending : records) {
            for (Child child : pending.children) {
                context.imported(child.value(), child.location());
            }
            context.accept(withChildren(pending), pending.location);
        }
    }

    private static DatasetRecord withChildren(Pending pending) {
        if (pending.children.isEmpty()) {
            return pending.record;
        }
        List<Object> values = pending.children.stream().map(Child::value).toList();
        if (pending.record instanceof Organization o) {
            return o.withNames(cast(values, Name.class));
        } else if (pending.record instanceof FieldOffice f) {
            return f.withNames(cast(values, Name.class));
        }
        return ((Meeting) pending.record).toBuilder().participants(cast(values, Participant.class)).build();
    }

    private static <T> List<T> cast(List<Object> values, Class<T> type) {
        return values.stream().map(type::cast).toList();
    }

    private Problem unknownParent(Child child) {
        String what = parentDescription(child.kind());
        Location rejected = rejectedIds.get(child.parentId());
        String message = rejected == null
                ? child.parentField() + ": '" + child.parentId() + "' names no " + what + " in the dataset"
                : child.parentField() + ": '" + child.parentId() + "' names " + (child.kind() == RecordKind.NAME ? "an " : "a ")
                        + what + " that was not imported: its row (" + rejected + ") has errors";
        return Problem.error(RuleIds.UNKNOWN_REFERENCE, message).withRecord(child.kind(), child.parentId())
                .withField(child.parentField()).withLocation(child.location());
    }

    private static String parentDescription(RecordKind childKind) {
        return childKind == RecordKind.NAME ? "organization or field office" : "meeting";
    }
}
