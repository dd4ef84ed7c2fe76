package io.github.regsec.importers.schema;

import java.util.Objects;

/**
 * One field of a record kind in the data formats: its format name (the CSV column and JSON
 * property), its type and whether a value is required.
 *
 * @param name the format name, e.g. {@code start_date}
 * @param type the value type
 * @param required true when the format requires a value
 */
public record FieldSpec(String name, FieldType type, boolean required) {

    public FieldSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
