package io.github.regsec.importers.schema;

import io.github.regsec.model.RecordKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The fields of one record kind in the data formats, in their fixed order, and the names the
 * kind goes by: its CSV file, its JSON array and its JSON Lines {@code type}. Immutable; the
 * seven instances are in {@link Schemas}.
 */
public final class RecordSchema {

    private final RecordKind kind;
    private final String csvFile;
    private final String jsonName;
    private final String jsonlType;
    private final String parentField;
    private final List<FieldSpec> fields;
    private final Map<String, FieldSpec> byName; // readers look fields up per value
    private final List<String> csvColumns;

    /**
     * A schema.
     *
     * @param kind the record kind
     * @param csvFile the CSV file name, e.g. {@code meeting_participants.csv}
     * @param jsonName the JSON document's array for top-level kinds ({@code meetings}), or the nested
     *     array for child rows ({@code participants})
     * @param jsonlType the JSON Lines {@code type} for top-level kinds, null for child rows
     * @param parentField for child rows, the CSV column that names the parent ({@code record_id}), else null
     * @param fields the fields in order (for child rows, without the parent column)
     */
    public RecordSchema(RecordKind kind, String csvFile, String jsonName, String jsonlType, String parentField,
                        List<FieldSpec> fields) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.csvFile = Objects.requireNonNull(csvFile, "csvFile");
        this.jsonName = Objects.requireNonNull(jsonName, "jsonName");
        this.jsonlType = jsonlType;
        this.parentField = parentField;
        this.fields = List.copyOf(fields);
        Map<String, FieldSpec> index = new HashMap<>();
        this.fields.forEach(f -> index.put(f.name(), f));
        this.byName = Map.copyOf(index);
        List<String> columns = new ArrayList<>();
        if (parentField != null) {
            columns.add(parentField);
        }
        this.fields.forEach(f -> columns.add(f.name()));
        this.csvColumns = List.copyOf(columns);
    }

    /** The record kind. */
    public RecordKind kind() {
        return kind;
    }

    /** The CSV file name, e.g. {@code meeting_participants.csv}. */
    public String csvFile() {
        return csvFile;
    }

    /** The JSON array: top-level in a document ({@code meetings}), or nested for child rows ({@code participants}). */
    public String jsonName() {
        return jsonName;
    }

    /** The JSON Lines {@code type} of a top-level kind, or null for child rows. */
    public String jsonlType() {
        return jsonlType;
    }

    /** For child rows, the CSV column that names the parent ({@code record_id}), else null. */
    public String parentField() {
        return parentField;
    }

    /** The fields in order (for child rows, without the parent column). */
    public List<FieldSpec> fields() {
        return fields;
    }

    /** The field with this format name. */
    public Optional<FieldSpec> field(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** True when the format knows this field for this kind (the parent column of a child row included). */
    public boolean knows(String name) {
        return name.equals(parentField) || byName.containsKey(name);
    }

    /** The CSV columns in order: the parent column first for child rows, then the fields. */
    public List<String> csvColumns() {
        return csvColumns;
    }

    /** True for child rows (names, participants). */
    public boolean isChild() {
        return parentField != null;
    }

    @Override
    public String toString() {
        return "RecordSchema[" + kind.formatName() + "]";
    }
}
