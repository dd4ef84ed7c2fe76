package io.github.regsec.importers.schema;

import io.github.regsec.model.RecordKind;
import java.util.List;
import java.util.Optional;

/**
 * The fields of one record kind in the data formats, in their fixed order, and the names the
 * kind goes by: its CSV file, its JSON array and its JSON Lines {@code type}.
 *
 * @param kind the record kind
 * @param csvFile the CSV file name, e.g. {@code meeting_participants.csv}
 * @param jsonName the JSON document's array for top-level kinds ({@code meetings}), or the nested
 *     array for child rows ({@code participants})
 * @param jsonlType the JSON Lines {@code type} for top-level kinds, null for child rows
 * @param parentField for child rows, the CSV column that names the parent ({@code record_id}), else null
 * @param fields the fields in order (for child rows, without the parent column)
 */
public record RecordSchema(RecordKind kind, String csvFile, String jsonName, String jsonlType, String parentField,
                           List<FieldSpec> fields) {

    public RecordSchema {
        fields = List.copyOf(fields);
    }

    /** The field with this format name. */
    public Optional<FieldSpec> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** True when the format knows this field for this kind (the parent column of a child row included). */
    public boolean knows(String name) {
        return name.equals(parentField) || field(name).isPresent();
    }

    /** The CSV columns in order: the parent column first for child rows, then the fields. */
    public List<String> csvColumns() {
        java.util.List<String> columns = new java.util.ArrayList<>();
        if (parentField != null) {
            columns.add(parentField);
        }
        fields.forEach(f -> columns.add(f.name()));
        return List.copyOf(columns);
    }

    /** True for child rows (names, participants). */
    public boolean isChild() {
        return parentField != null;
    }
}
