package io.github.regsec.formats.json;

import io.github.regsec.formats.json.JsonObject.Property;
import io.github.regsec.formats.json.JsonObject.Type;
import io.github.regsec.formats.json.JsonObject.Value;
import io.github.regsec.model.table.Field;
import io.github.regsec.formats.codec.WritabilityCheck;
import io.github.regsec.model.table.FieldType;
import io.github.regsec.formats.codec.FieldValues;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import io.github.regsec.model.table.RecordTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A {@link JsonObject} seen as one row of a record schema, for the
 * {@link io.github.regsec.formats.codec.RecordDecoder}. Checking it finds what only JSON can
 * get wrong: a value of the wrong JSON type (a {@code syntax} error at the value), a property
 * given twice ({@code syntax}) and a property the format does not know ({@code unknown-field}
 * warning at the property). A value of the wrong type reads as absent.
 */
final class JsonFields implements FieldValues {

    private final JsonObject object;
    private final RecordTable<?> schema;
    private final String parentId;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> refused = new HashSet<>();

    /**
     * Checks an object against a schema.
     *
     * @param parentId for child rows (names, participants), the id of the record they nest in
     * @param alsoKnown properties that are not fields but are known where the object stands
     *     ({@code type} in JSON Lines, {@code names} in an organization)
     */
    JsonFields(JsonObject object, RecordTable<?> schema, String parentId, Set<String> alsoKnown) {
        this.object = object;
        this.schema = schema;
        this.parentId = parentId;
        for (Property p : object.repeated()) {
            syntax(p.name(), p.location(), p.name() + ": the property is given twice (first on line "
                    + object.property(p.name()).location().line() + "): give it once");
        }
        for (Property p : object.properties()) {
            Field<?> field = schema.field(p.name()).orElse(null);
            if (field != null) {
                check(field, p.value());
            } else if (!alsoKnown.contains(p.name())) {
                problems.add(Problem.warning(RuleIds.UNKNOWN_FIELD, "'" + p.name() + "' is not a property of "
                                + article(schema) + ": it is ignored")
                        .withRecord(schema.kind(), recordId()).withField(p.name()).withLocation(p.location()));
                refuseTooLong(p.name(), p.value()); // ignored, but a value over the limit is never let through
            }
        }
    }

    private void check(Field<?> field, Value value) {
        if (value.type() == Type.NULL || refuseTooLong(field.name(), value)) {
            return;
        }
        if (field.type().isList()) {
            if (value.type() != Type.ARRAY) {
                refuse(field.name(), value, "a list (an array of texts)");
                return;
            }
            for (Value item : value.items()) {
                if (item.type() != Type.STRING) {
                    refuse(field.name(), item, "a text (a JSON string) in the list");
                } else {
                    refuseHalfCharacters(field.name(), item);
                }
            }
        } else if (field.type() == FieldType.INTEGER) {
            if (value.type() != Type.INTEGER) {
                refuse(field.name(), value, "a whole number (a JSON number such as 57)");
            }
        } else if (field.type() == FieldType.BOOLEAN) {
            if (value.type() != Type.BOOLEAN) {
                refuse(field.name(), value, "true or false (a JSON boolean)");
            }
        } else if (value.type() != Type.STRING) {
            refuse(field.name(), value, "a text (a JSON string)");
        } else {
            refuseHalfCharacters(field.name(), value);
        }
    }

    /** Refuses a value over the length limit, or a list holding one; true when it did. */
    private boolean refuseTooLong(String name, Value value) {
        Value tooLong = value.type() == Type.TOO_LONG ? value : value.items() == null ? null
                : value.items().stream().filter(item -> item.type() == Type.TOO_LONG).findFirst().orElse(null);
        if (tooLong == null) {
            return false;
        }
        refused.add(name);
        syntax(name, tooLong.location(), name + ": the text is longer than the limit of " + tooLong.text()
                + " characters (ReadOptions.maxValueLength): it is not read");
        return true;
    }

    /** Refuses a string with an unpaired surrogate: JSON can escape one ({@code "\\ud800"}), but it is no character. */
    private void refuseHalfCharacters(String name, Value value) {
        int at = WritabilityCheck.unpairedSurrogate(value.text());
        if (at >= 0) {
            refused.add(name);
            syntax(name, value.location(), name + ": the text holds \\u" + String.format(Locale.ROOT, "%04x",
                    (int) value.text().charAt(at)) + " (at character " + (at + 1) + "), half of a UTF-16 surrogate pair"
                    + " without its other half: it is not a character; write the character itself");
        }
    }


    private void refuse(String name, Value value, String expected) {
        refused.add(name);
        syntax(name, value.location(), name + ": expected " + expected + ", found " + value.describe());
    }

    private void syntax(String name, Location at, String message) {
        problems.add(Problem.error(RuleIds.SYNTAX, message).withRecord(schema.kind(), recordId()).withField(name)
                .withLocation(at));
    }

    /** "a source", "an organization", "a field office", ... for messages. */
    static String article(RecordTable<?> schema) {
        String kind = schema.kind().formatName().replace('_', ' ');
        return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
    }

    /** The record's id for problems: its {@code id}, or for a child row the id of its parent. */
    String recordId() {
        return schema.isChild() ? parentId : text("id");
    }

    /** The problems the check found, in file order. */
    List<Problem> problems() {
        return problems;
    }

    /** True when the field's value had the wrong JSON type (and reads as absent). */
    boolean refused(String field) {
        return refused.contains(field);
    }

    @Override
    public String text(String field) {
        if (field.equals(schema.parentField())) {
            return parentId;
        }
        Value value = object.value(field);
        boolean integer = value != null && value.type() == Type.INTEGER
                && schema.field(field).map(f -> f.type() == FieldType.INTEGER).orElse(false);
        boolean bool = value != null && value.type() == Type.BOOLEAN
                && schema.field(field).map(f -> f.type() == FieldType.BOOLEAN).orElse(false);
        if (value == null || refused.contains(field) || !(value.type() == Type.STRING || integer || bool)
                || value.text().isEmpty()) {
            return null;
        }
        return value.text();
    }

    @Override
    public List<String> list(String field) {
        Value value = object.value(field);
        if (value == null || value.type() != Type.ARRAY || value.items() == null) {
            return null;
        }
        List<String> texts = new ArrayList<>(value.items().size());
        for (Value item : value.items()) {
            if (item.type() == Type.STRING) {
                texts.add(item.text());
            }
        }
        return texts;
    }

    @Override
    public Location location(String field) {
        Value value = object.value(field);
        return value == null || value.type() == Type.NULL ? object.location() : value.location();
    }
}
