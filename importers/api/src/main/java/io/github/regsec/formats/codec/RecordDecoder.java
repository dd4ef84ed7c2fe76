package io.github.regsec.formats.codec;

import io.github.regsec.model.RecordKind;
import io.github.regsec.model.Row;
import io.github.regsec.model.table.Field;
import io.github.regsec.model.table.RecordTable;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import java.util.List;

/**
 * Turns one row's raw values into a record or child row, the same way for every format, from
 * the kind's field table: required values present, every value parsed by its field type, every
 * problem with its field and location. Child rows come back without their parent, and records
 * without their child rows; a format reader attaches them.
 */
public final class RecordDecoder {

    private static final List<String> PARTICIPANT_ONE_OF = List.of("person", "person_id", "role", "affiliation");

    private RecordDecoder() {
    }

    /**
     * Decodes a row of the table's kind.
     *
     * @param table the field table of the row's kind
     * @param values the row's raw values
     * @param <R> the row's class
     * @return the row, or a rejection with its problems
     */
    public static <R extends Row> Decoded<R> decode(RecordTable<R> table, FieldValues values) {
        String idField = table.isChild() ? table.parentField() : "id";
        ValueReader r = new ValueReader(values, table.kind(), values.text(idField));
        for (Field<R> field : table.fields()) {
            if (field.required()) {
                r.require(field.name());
            }
        }
        List<String> oneOf = oneOfRequired(table.kind());
        if (!oneOf.isEmpty() && oneOf.stream().allMatch(name -> r.text(name) == null)) {
            r.report(Problem.error(RuleIds.REQUIRED,
                    "a participant needs a person, a person_id, a role or an affiliation: give at least one"), oneOf.get(0));
        }
        Object builder = table.newBuilder();
        for (Field<R> field : table.fields()) {
            Object value = read(r, field);
            if (value != null) {
                field.set(builder, value);
            }
        }
        R row = r.hasErrors() ? null : table.build(builder);
        return new Decoded<>(row, r.problems());
    }

    /** The fields of which a row of this kind needs at least one, or an empty list. */
    static List<String> oneOfRequired(RecordKind kind) {
        return kind == RecordKind.PARTICIPANT ? PARTICIPANT_ONE_OF : List.of();
    }

    private static Object read(ValueReader r, Field<?> field) {
        String name = field.name();
        return switch (field.type()) {
            case TEXT -> r.text(name);
            case ID -> FieldParsers.isOwnId(field) ? r.text(name) : r.reference(name);
            case DATE -> r.date(name);
            case COUNTRY -> r.country(name);
            case PARTY -> r.party(name);
            case ENUM -> r.enumValue(name, field::parseEnum);
            case INTEGER -> r.integer(name);
            case BOOLEAN -> r.bool(name);
            case TEXT_LIST -> r.texts(name);
            case PARTY_LIST -> r.parties(name);
            case IDENTIFIER_LIST -> r.identifiers(name);
        };
    }
}
