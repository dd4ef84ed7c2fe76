package io.github.regsec.importers.json;

import io.github.regsec.importers.ImportContext;
import io.github.regsec.importers.ImportException;
import io.github.regsec.importers.json.JsonObject.Type;
import io.github.regsec.importers.json.JsonObject.Value;
import io.github.regsec.importers.schema.Decoded;
import io.github.regsec.importers.schema.RecordDecoder;
import io.github.regsec.importers.schema.RecordSchema;
import io.github.regsec.importers.schema.Schemas;
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
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Imports one record object read from JSON, for both importers: checks it ({@link JsonFields}),
 * decodes it and its nested names or participants with the
 * {@link io.github.regsec.importers.schema.RecordDecoder}, and reports every row to the
 * {@link ImportContext}. A bad child row is rejected on its own and its parent still imports; the
 * children of a rejected record are rejected with it.
 */
final class RecordImporter {

    private RecordImporter() {
    }

    /** The schema of the rows that nest in a record of this schema, or null. */
    static RecordSchema childSchema(RecordSchema schema) {
        switch (schema.kind()) {
            case ORGANIZATION:
            case FIELD_OFFICE: return Schemas.NAME;
            case MEETING: return Schemas.PARTICIPANT;
            default: return null;
        }
    }

    /** The properties of a record object worth reading for this schema: its fields and its nested rows. */
    static boolean reads(RecordSchema schema, String property) {
        RecordSchema child = childSchema(schema);
        return schema.field(property).isPresent() || (child != null && child.jsonName().equals(property));
    }

    /**
     * Imports a record object.
     *
     * @param alsoKnown properties the format allows besides the fields (JSON Lines' {@code type})
     * @throws ImportException when the context stops at an error (fail-fast)
     */
    static void importRecord(JsonObject object, RecordSchema schema, Set<String> alsoKnown, ImportContext context)
            throws ImportException {
        RecordSchema childSchema = childSchema(schema);
        Set<String> known = new HashSet<>(alsoKnown);
        if (childSchema != null) {
            known.add(childSchema.jsonName());
        }
        JsonFields fields = new JsonFields(object, schema, null, known);
        List<Problem> problems = new ArrayList<>(fields.problems());
        Decoded<?> decoded = RecordDecoder.decode(schema, fields);
        problems.addAll(fromDecoder(decoded, fields));
        List<Row> children = new ArrayList<>();
        if (childSchema != null) {
            Value array = object.value(childSchema.jsonName());
            if (array != null && array.type() == Type.ARRAY) {
                for (Value item : array.items()) {
                    children.add(child(item, childSchema, fields.recordId()));
                }
            } else if (array != null && array.type() != Type.NULL) {
                problems.add(Problem.error(RuleIds.SYNTAX, childSchema.jsonName() + ": expected an array of "
                                + childSchema.kind().formatName() + " objects, found " + array.describe())
                        .withRecord(schema.kind(), fields.recordId()).withField(childSchema.jsonName())
                        .withLocation(array.location()));
            }
        }
        if (problems.size() > 1) {
            problems.sort(Comparator.comparing(Problem::location));
        }
        if (hasError(problems)) {
            rejectWithChildren(object, schema, fields.recordId(), problems, children, context);
        } else {
            importWithChildren(object, (DatasetRecord) decoded.value(), problems, children, context);
        }
    }

    private static void importWithChildren(JsonObject object, DatasetRecord parent, List<Problem> warnings,
                                           List<Row> children, ImportContext context) throws ImportException {
        for (Problem warning : warnings) {
            context.report(warning);
        }
        List<Row> good = new ArrayList<>();
        for (Row row : children) {
            if (row.value() == null) {
                context.rejected(row.location(), row.problems());
            } else {
                for (Problem warning : row.problems()) {
                    context.report(warning);
                }
                good.add(row);
            }
        }
        if (good.isEmpty() && childrenOf(parent).isEmpty()) {
            context.accept(parent, object.location()); // the common case: nothing nested
            return;
        }
        DatasetRecord record = withChildren(parent, good.stream().map(Row::value).toList());
        List<?> kept = childrenOf(record); // the same instances as in good, in the same order
        for (int i = 0; i < kept.size(); i++) {
            context.imported(kept.get(i), good.get(i).location());
        }
        context.accept(record, object.location());
    }

    private static void rejectWithChildren(JsonObject object, RecordSchema schema, String id, List<Problem> problems,
                                           List<Row> children, ImportContext context) throws ImportException {
        context.rejected(object.location(), problems);
        for (Row row : children) {
            List<Problem> why = new ArrayList<>(row.problems());
            if (row.value() != null) {
                why.add(Problem.error(RuleIds.UNKNOWN_REFERENCE, "not imported: the " + kindName(schema.kind())
                                + (id == null ? "" : " '" + id + "'") + " it nests in (line " + object.location().line()
                                + ") was rejected")
                        .withRecord(childSchema(schema).kind(), id).withLocation(row.location()));
            }
            context.rejected(row.location(), why);
        }
    }

    /**
     * A decoded child row.
     *
     * @param value the name or participant, or null when rejected
     * @param problems its problems
     * @param location where it starts
     */
    private record Row(Object value, List<Problem> problems, Location location) {
    }

    private static Row child(Value item, RecordSchema schema, String parentId) {
        if (item.type() != Type.OBJECT || item.object() == null) {
            return new Row(null, List.of(Problem.error(RuleIds.SYNTAX, schema.jsonName() + ": expected "
                            + JsonFields.article(schema) + " object {...}, found " + item.describe())
                    .withRecord(schema.kind(), parentId).withField(schema.jsonName()).withLocation(item.location())),
                    item.location());
        }
        JsonFields fields = new JsonFields(item.object(), schema, parentId, Set.of());
        Decoded<?> decoded = RecordDecoder.decode(schema, fields);
        List<Problem> problems = new ArrayList<>(fields.problems());
        problems.addAll(fromDecoder(decoded, fields));
        if (problems.size() > 1) {
            problems.sort(Comparator.comparing(Problem::location));
        }
        boolean bad = hasError(problems);
        return new Row(bad ? null : decoded.value(), problems, item.object().location());
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

    @SuppressWarnings("unchecked")
    private static DatasetRecord withChildren(DatasetRecord record, List<Object> children) {
        if (record instanceof Organization o) {
            return o.withNames((List<Name>) (List<?>) children);
        } else if (record instanceof FieldOffice f) {
            return f.withNames((List<Name>) (List<?>) children);
        } else if (record instanceof Meeting m) {
            return m.toBuilder().participants((List<Participant>) (List<?>) children).build();
        }
        return record;
    }

    private static List<?> childrenOf(DatasetRecord record) {
        if (record instanceof Organization o) {
            return o.names();
        } else if (record instanceof FieldOffice f) {
            return f.names();
        } else if (record instanceof Meeting m) {
            return m.participants();
        }
        return List.of();
    }

    private static String kindName(RecordKind kind) {
        return kind.formatName().replace('_', ' ');
    }
}
