package io.github.regsec.model.table;

import io.github.regsec.model.Row;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One field of a record kind: its name in the formats (the CSV column and JSON property, e.g.
 * {@code start_date}), the name of the record component that holds it ({@code startDate}), its
 * {@link FieldType}, whether a value is required, and how to get it from a record and set it on
 * the record's builder. Fields are made by a {@link RecordTable.Definition}; immutable.
 *
 * @param <R> the kind of row the field belongs to
 */
public final class Field<R extends Row> {

    private final String name;
    private final String property;
    private final FieldType type;
    private final boolean required;
    private final Function<R, ?> getter;
    private final BiConsumer<Object, Object> setter;
    private final Function<String, ?> parser;
    private final boolean writtenWhenUsed;

    Field(String name, String property, FieldType type, boolean required, Function<R, ?> getter,
          BiConsumer<Object, Object> setter, Function<String, ?> parser, boolean writtenWhenUsed) {
        this.name = Objects.requireNonNull(name, "name");
        this.property = Objects.requireNonNull(property, "property");
        this.type = Objects.requireNonNull(type, "type");
        this.required = required;
        this.getter = Objects.requireNonNull(getter, "getter");
        this.setter = Objects.requireNonNull(setter, "setter");
        this.parser = parser;
        this.writtenWhenUsed = writtenWhenUsed;
    }

    Field<R> asRequired() {
        return new Field<>(name, property, type, true, getter, setter, parser, writtenWhenUsed);
    }

    Field<R> asWrittenWhenUsed() {
        return new Field<>(name, property, type, required, getter, setter, parser, true);
    }

    /**
     * The name in every format: the CSV column and the JSON property, e.g. {@code start_date}.
     *
     * @return the field's format name in snake case
     */
    public String name() {
        return name;
    }

    /**
     * The name of the record component that holds the value, e.g. {@code startDate}.
     *
     * @return the component's name in camel case
     */
    public String property() {
        return property;
    }

    /**
     * The type of the value.
     *
     * @return how the value is written and read
     */
    public FieldType type() {
        return type;
    }

    /**
     * True when every row of the kind must have a value.
     *
     * @return whether a row without a value is rejected
     */
    public boolean required() {
        return required;
    }

    /**
     * True when a CSV writer writes this field's column only if a row of the file has a value
     * for it: a column added to a file after the file's first version (a membership's
     * {@code post_id}), so that data without it is written exactly as before.
     *
     * @return whether the column is left out of a file in which no row has a value for it
     */
    public boolean writtenWhenUsed() {
        return writtenWhenUsed;
    }

    /**
     * The value of this field in a row: a {@code String}, {@code Integer}, {@code Boolean},
     * {@code PartialDate}, {@code CountryCode}, {@code Party}, an enumeration constant, or a list
     * of these; null when absent (lists are empty instead).
     *
     * @param row a row of the field's kind
     * @return the value, or null when absent
     */
    public Object get(R row) {
        return getter.apply(row);
    }

    /**
     * Sets this field's value on a builder of the field's record kind.
     *
     * @param builder a builder made by {@link RecordTable#newBuilder()}
     * @param value a value of the field's type (as {@link #get(Row)} returns), or null
     * @throws ClassCastException when the value or builder is of the wrong type
     */
    public void set(Object builder, Object value) {
        setter.accept(builder, value);
    }

    /**
     * For an {@link FieldType#ENUM} field, the constant with this format name.
     *
     * @param text the constant's format name as written in a file ({@code programme_office})
     * @return the enumeration constant
     * @throws IllegalArgumentException naming the text and the accepted values
     * @throws UnsupportedOperationException for fields of other types
     */
    public Object parseEnum(String text) {
        if (parser == null) {
            throw new UnsupportedOperationException(name + " is not an enumeration");
        }
        return parser.apply(text);
    }

    @Override
    public String toString() {
        return name;
    }
}
