package io.github.regsec.formats.json;

import io.github.regsec.formats.ImportException;
import io.github.regsec.formats.json.JsonObject.Type;
import io.github.regsec.formats.json.JsonObject.Value;
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
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Imports one record object read from JSON, for both importers: checks it ({@link JsonFields}),
 * decodes it and its nested names or participants with the
 * {@link io.github.regsec.formats.codec.RecordDecoder}, and reports every row to the
 * {@link RowEvents} of the read. A bad child row is rejected on its own and its parent still imports; the
 * children of a rejected record are rejected with it.
 */
final class RecordImporter {

    private RecordImporter() {
    }

    /** The table of the rows that nest in a record of this table, or null. */
    static RecordTable<?> childTable(RecordTable<?> table) {
        return table.children().<RecordTable<?>>map(RecordTable.Children::table).orElse(null);
    }

    /** The properties of a record object worth reading for this table: its fields and its nested rows. */
    static boolean reads(RecordTable<?> table, String property) {
        RecordTable<?> child = childTable(table);
        return table.field(property).isPresent() || (child != null && child.jsonName().equals(property));
    }

    /**
     * Imports a record object.
     *
     * @param alsoKnown properties the format allows besides the fields (JSON Lines' {@code type})
     * @throws ImportException when the context stops at an error (fail-fast)
     */
    static void importRecord(JsonObject object, RecordTable<?> table, Set<String> alsoKnown, RowEvents context)
            throws ImportException {
        RecordTable<?> childTable = childTable(table);
        Set<String> known = new HashSet<>(alsoKnown);
        if (childTable != null) {
            known.add(childTable.jsonName());
        }
        JsonFields fields = new JsonFields(object, table, null, known);
        List<Problem> problems = new ArrayList<>(fields.problems());
        Decoded<? extends Row> decoded = RecordDecoder.decode(table, fields);
        problems.addAll(fromDecoder(decoded, fields));
        List<Child> children = new ArrayList<>();
        if (childTable != null) {
            Value array = object.value(childTable.jsonName());
            if (array != null && array.type() == Type.ARRAY) {
                for (Value item : array.items()) {
                    children.add(child(item, childTable, fields.recordId()));
                }
            } else if (array != null && array.type() != Type.NULL) {
                problems.add(Problem.error(RuleIds.SYNTAX, childTable.jsonName() + ": expected an array of "
                                + childTable.kind().formatName() + " objects, found " + array.describe())
                        .withRecord(table.kind(), fields.recordId()).withField(childTable.jsonName())
                        .withLocation(array.location()));
            }
        }
        if (problems.size() > 1) {
            problems.sort(Comparator.comparing(Problem::location));
        }
        if (hasError(problems)) {
            rejectWithChildren(object, table, fields.recordId(), problems, children, context);
        } else {
            importWithChildren(object, (DatasetRecord) decoded.value(), problems, children, context);
        }
    }

    private static void importWithChildren(JsonObject object, DatasetRecord parent, List<Problem> warnings,
                                           List<Child> children, RowEvents context) throws ImportException {
        for (Problem warning : warnings) {
            context.report(warning);
        }
        List<ChildRow> good = new ArrayList<>();
        List<Location> locations = new ArrayList<>();
        for (Child child : children) {
            if (child.value() == null) {
                context.rejected(child.location(), child.problems());
            } else {
                for (Problem warning : child.problems()) {
                    context.report(warning);
                }
                good.add(child.value());
                locations.add(child.location());
            }
        }
        DatasetRecord record = good.isEmpty() ? parent : RecordTables.of(parent).withChildRows(parent, good);
        context.accept(record, object.location(), locations);
    }

    private static void rejectWithChildren(JsonObject object, RecordTable<?> table, String id, List<Problem> problems,
                                           List<Child> children, RowEvents context) throws ImportException {
        context.rejected(object.location(), problems);
        for (Child child : children) {
            List<Problem> why = new ArrayList<>(child.problems());
            if (child.value() != null) {
                why.add(Problem.error(RuleIds.UNKNOWN_REFERENCE, "not imported: the " + kindName(table.kind())
                                + (id == null ? "" : " '" + id + "'") + " it nests in (line " + object.location().line()
                                + ") was rejected")
                        .withRecord(childTable(table).kind(), id).withLocation(child.location()));
            }
            context.rejected(child.location(), why);
        }
    }

    /**
     * A decoded child row.
     *
     * @param value the name or participant, or null when rejected
     * @param problems its problems
     * @param location where it starts
     */
    private record Child(ChildRow value, List<Problem> problems, Location location) {
    }

    private static Child child(Value item, RecordTable<?> table, String parentId) {
        if (item.type() != Type.OBJECT || item.object() == null) {
            return new Child(null, List.of(Problem.error(RuleIds.SYNTAX, table.jsonName() + ": expected "
                            + JsonFields.article(table) + " object {...}, found " + item.describe())
                    .withRecord(table.kind(), parentId).withField(table.jsonName()).withLocation(item.location())),
                    item.location());
        }
        JsonFields fields = new JsonFields(item.object(), table, parentId, Set.of());
        Decoded<? extends Row> decoded = RecordDecoder.decode(table, fields);
        List<Problem> problems = new ArrayList<>(fields.problems());
        problems.addAll(fromDecoder(decoded, fields));
        if (problems.size() > 1) {
            problems.sort(Comparator.comparing(Problem::location));
        }
        boolean bad = hasError(problems);
        return new Child(bad ? null : (ChildRow) decoded.value(), problems, item.object().location());
    }

    private static boolean hasError(List<Problem> problems) {
        for (Problem problem : problems) {
            if (problem.isError()) {
                return true;
            }
        }
        return false;
    }

    /** The decoder's problems, except those about values refused for their JSON type (already reported). */
    private static List<Problem> fromDecoder(Decoded<?> decoded, JsonFields fields) {
        List<Problem> problems = new ArrayList<>();
        for (Problem p : decoded.problems()) {
            if (p.field() == null || !fields.refused(p.field())) {
                problems.add(p);
            }
        }
        return problems;
    }

    private static String kindName(RecordKind kind) {
        return kind.formatName().replace('_', ' ');
    }
}
