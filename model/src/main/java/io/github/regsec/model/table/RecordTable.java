package io.github.regsec.model.table;

import io.github.regsec.model.ChildRow;
import io.github.regsec.model.Identifier;
import io.github.regsec.model.RecordKind;
import io.github.regsec.model.Row;
import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.PartialDate;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The field table of one record kind: the single place that says which fields the kind has, in
 * their fixed order, their names, types and whether they are required, how to read and build a
 * record from them, which fields give its period, and which child rows it holds. It also names
 * the kind in each format: its CSV file, its JSON array and its JSON Lines {@code type}.
 * Readers, writers, validation messages and the specification's tables all derive from it. The
 * tables are in {@link RecordTables}; immutable.
 *
 * @param <R> the kind of row
 */
public final class RecordTable<R extends Row> {

    private final RecordKind kind;
    private final Class<R> type;
    private final String csvFile;
    private final String jsonName;
    private final String jsonlType;
    private final String parentField;
    private final List<Field<R>> fields;
    private final Map<String, Field<R>> byName;
    private final Map<String, Field<R>> byProperty;
    private final List<String> csvColumns;
    private final Supplier<?> newBuilder;
    private final Function<Object, R> build;
    private final Function<Object[], R> fromValues;
    private final Field<R> startField;
    private final Field<R> endField;
    private final Children<R, ?> children;
    private final boolean writtenWhenUsed;

    private RecordTable(Definition<R, ?> d) {
        this.kind = d.kind;
        this.type = d.type;
        this.csvFile = Objects.requireNonNull(d.csvFile, "csvFile");
        this.jsonName = Objects.requireNonNull(d.jsonName, "jsonName");
        this.jsonlType = d.jsonlType;
        this.parentField = d.parentField;
        this.fields = List.copyOf(d.fields);
        Map<String, Field<R>> names = new HashMap<>();
        Map<String, Field<R>> properties = new HashMap<>();
        for (Field<R> field : fields) {
            if (names.put(field.name(), field) != null) {
                throw new IllegalStateException(kind + ": field " + field.name() + " is defined twice");
            }
            properties.put(field.property(), field);
        }
        this.byName = Map.copyOf(names);
        this.byProperty = Map.copyOf(properties);
        List<String> columns = new ArrayList<>();
        if (parentField != null) {
            columns.add(parentField);
        }
        fields.forEach(f -> columns.add(f.name()));
        this.csvColumns = List.copyOf(columns);
        this.newBuilder = d.newBuilder;
        this.build = d.build;
        this.fromValues = d.fromValues;
        this.startField = d.startField == null ? null : byName.get(d.startField);
        this.endField = d.endField == null ? null : byName.get(d.endField);
        if ((d.startField != null && startField == null) || (d.endField != null && endField == null)) {
            throw new IllegalStateException(kind + ": the period names a field the table does not have");
        }
        this.children = d.children;
        this.writtenWhenUsed = d.writtenWhenUsed;
        checkProperties();
    }

    /** Every field must name a component of the record, so constraint messages can name the field. */
    private void checkProperties() {
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            return;
        }
        for (Field<R> field : fields) {
            boolean found = false;
            for (RecordComponent component : components) {
                found |= component.getName().equals(field.property());
            }
            if (!found) {
                throw new IllegalStateException(type.getSimpleName() + " has no component " + field.property()
                        + " for field " + field.name());
            }
        }
    }

    /**
     * Starts the definition of a table.
     *
     * @param kind the record kind
     * @param type the record class
     * @param newBuilder makes an empty builder of the record
     * @param build builds the record from a builder
     * @param <R> the record
     * @param <B> its builder
     * @return a definition to give the names, fields and children, finished by {@link Definition#build()}
     */
    public static <R extends Row, B> Definition<R, B> define(RecordKind kind, Class<R> type, Supplier<B> newBuilder,
                                                             Function<B, R> build) {
        return new Definition<>(kind, type, newBuilder, build);
    }

    /**
     * The record kind.
     *
     * @return the kind whose rows this table describes
     */
    public RecordKind kind() {
        return kind;
    }

    /**
     * The record class.
     *
     * @return the record class whose components the fields read
     */
    public Class<R> type() {
        return type;
    }

    /**
     * The CSV file name, e.g. {@code meeting_participants.csv}.
     *
     * @return the file name within a CSV dataset directory
     */
    public String csvFile() {
        return csvFile;
    }

    /**
     * The JSON array of this kind: top-level in a JSON document ({@code meetings}), or nested in
     * the parent's object for child rows ({@code participants}).
     *
     * @return the JSON array's key
     */
    public String jsonName() {
        return jsonName;
    }

    /**
     * The JSON Lines {@code type} of a top-level kind, or null for child rows.
     *
     * @return the {@code type} value of this kind's lines, or null for child rows (they are nested
     *     in their parent's line)
     */
    public String jsonlType() {
        return jsonlType;
    }

    /**
     * For child rows, the CSV column that names the parent ({@code record_id}), else null.
     *
     * @return the parent column's name, or null for a top-level kind
     */
    public String parentField() {
        return parentField;
    }

    /**
     * True for child rows (names, participants).
     *
     * @return whether rows of this kind belong to a parent record rather than stand alone
     */
    public boolean isChild() {
        return parentField != null;
    }

    /**
     * The fields in order (for child rows, without the parent column).
     *
     * @return the fields, unmodifiable, in their fixed format order
     */
    public List<Field<R>> fields() {
        return fields;
    }

    /**
     * The field with this format name.
     *
     * @param name a field's format name in snake case ({@code founding_date}); not null
     * @return the field, or empty when the kind has no field of that name (the parent column included)
     */
    public Optional<Field<R>> field(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The field held by the record component of this name ({@code startDate}).
     *
     * @param property a record component's name in camel case, as a constraint violation's path gives it
     * @return the field, or empty when no field is held by that component
     */
    public Optional<Field<R>> fieldOfProperty(String property) {
        return Optional.ofNullable(byProperty.get(property));
    }

    /**
     * True when the format knows this field for this kind (the parent column of a child row included).
     *
     * @param name a field name as read from a file (a CSV header, a JSON key); not null
     * @return whether the name is one of the kind's fields or its parent column
     */
    public boolean knows(String name) {
        return name.equals(parentField) || byName.containsKey(name);
    }

    /**
     * The CSV columns in order: the parent column first for child rows, then the fields.
     *
     * @return the column names, unmodifiable, in the order a writer puts them in the header
     */
    public List<String> csvColumns() {
        return csvColumns;
    }

    /**
     * The field of the start of the row's period ({@code founding_date}), if the kind has a period.
     *
     * @return the start field, or empty when the kind has no period
     */
    public Optional<Field<R>> startField() {
        return Optional.ofNullable(startField);
    }

    /**
     * The field of the end of the row's period ({@code dissolution_date}), if the kind has a period.
     *
     * @return the end field, or empty when the kind has no period
     */
    public Optional<Field<R>> endField() {
        return Optional.ofNullable(endField);
    }

    /**
     * True when writers write this kind's file (CSV) or array (JSON document) only if the dataset
     * has records of the kind: a kind added after the formats' first version (persons, posts), so
     * that data without it is written exactly as before.
     *
     * @return whether a dataset without records of this kind gets no file or array for it
     */
    public boolean writtenWhenUsed() {
        return writtenWhenUsed;
    }

    /**
     * The child rows a record of this kind holds (an organization's names), if any.
     *
     * @return the child rows' table and accessors, or empty when the kind holds none
     */
    public Optional<Children<R, ?>> children() {
        return Optional.ofNullable(children);
    }

    /**
     * An empty builder for a record of this kind, for {@link Field#set(Object, Object)}.
     *
     * @return a new builder with no value set, to finish with {@link #build(Object)}
     */
    public Object newBuilder() {
        return newBuilder.get();
    }

    /**
     * Builds the record from a builder.
     *
     * @param builder a builder made by {@link #newBuilder()} or {@link #toBuilder(Row)}
     * @return the record, checked by its compact constructor
     * @throws NullPointerException when a required value was not set
     */
    public R build(Object builder) {
        return build.apply(builder);
    }

    /**
     * Makes the record from its fields' values straight through its constructor, without a
     * builder: the fast way for a reader that has every value in hand.
     *
     * @param values each field's value, by the field's place in {@link #fields()}: what
     *     {@link Field#set} would be given, or null for a value that is absent (an absent list is
     *     empty); not kept
     * @return the record, checked by its compact constructor, equal to the one a builder given the
     *     same values builds
     * @throws NullPointerException when a required value is null
     */
    public R fromValues(Object[] values) {
        if (fromValues != null) {
            return fromValues.apply(values);
        }
        Object builder = newBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (values[i] != null) {
                fields.get(i).set(builder, values[i]);
            }
        }
        return build(builder);
    }

    /**
     * A builder holding every field and child row of {@code row}.
     *
     * @param row the record to copy; not null
     * @return a new builder that builds an equal record until a value is changed
     */
    public Object toBuilder(R row) {
        Object builder = newBuilder();
        for (Field<R> field : fields) {
            field.set(builder, field.get(row));
        }
        if (children != null) {
            children.copy(row, builder);
        }
        return builder;
    }

    /**
     * The child rows of a record of this kind (empty when the kind has none).
     *
     * @param row a record of this kind
     * @return its child rows in their order, or an empty list
     */
    public List<? extends ChildRow> childRows(R row) {
        return children == null ? List.of() : children.of(row);
    }

    /**
     * This record with its child rows replaced.
     *
     * @param row the record whose other values are kept
     * @param rows the child rows it is to hold instead of its own, in order
     * @return a new record with {@code rows} as its child rows ({@code row} itself when the kind has none and
     *     {@code rows} is empty)
     * @throws ClassCastException when a child row is not of the kind's child kind
     * @throws IllegalStateException when the kind has no child rows and {@code rows} is not empty
     */
    public R withChildRows(R row, List<? extends ChildRow> rows) {
        if (children == null) {
            if (!rows.isEmpty()) {
                throw new IllegalStateException(kind + " records hold no child rows");
            }
            return row;
        }
        Object builder = toBuilder(row);
        children.set(builder, rows);
        return build(builder);
    }

    /** The record kind's format name. */
    @Override
    public String toString() {
        return "RecordTable[" + kind.formatName() + "]";
    }

    /**
     * The child rows a record kind holds: their table, and how to get and set them.
     *
     * @param <P> the parent record
     * @param <C> the child row
     */
    public static final class Children<P extends Row, C extends ChildRow> {
        private final RecordTable<C> table;
        private final Function<P, List<C>> getter;
        private final BiConsumer<Object, List<C>> setter;

        Children(RecordTable<C> table, Function<P, List<C>> getter, BiConsumer<Object, List<C>> setter) {
            this.table = table;
            this.getter = getter;
            this.setter = setter;
        }

        /**
         * The table of the child rows.
         *
         * @return the child kind's field table
         */
        public RecordTable<C> table() {
            return table;
        }

        /**
         * The child rows of a parent.
         *
         * @param parent the parent record
         * @return its child rows in their order (empty when it has none)
         */
        public List<C> of(P parent) {
            return getter.apply(parent);
        }

        void copy(P parent, Object builder) {
            setter.accept(builder, getter.apply(parent));
        }

        void set(Object builder, List<? extends ChildRow> rows) {
            List<C> typed = new ArrayList<>(rows.size());
            for (ChildRow row : rows) {
                typed.add(table.type().cast(row));
            }
            setter.accept(builder, typed);
        }
    }

    /**
     * A table being defined: names, then fields in order, each typed by the method that adds it,
     * so that a field's type, getter and setter agree at compile time.
     *
     * @param <R> the record
     * @param <B> its builder
     */
    public static final class Definition<R extends Row, B> {
        private final RecordKind kind;
        private final Class<R> type;
        private final Supplier<B> newBuilder;
        private final Function<Object, R> build;
        private Function<Object[], R> fromValues;
        private final List<Field<R>> fields = new ArrayList<>();
        private String csvFile;
        private String jsonName;
        private String jsonlType;
        private String parentField;
        private String startField;
        private String endField;
        private Children<R, ?> children;
        private boolean writtenWhenUsed;

        @SuppressWarnings("unchecked")
        private Definition(RecordKind kind, Class<R> type, Supplier<B> newBuilder, Function<B, R> build) {
            this.kind = Objects.requireNonNull(kind, "kind");
            this.type = Objects.requireNonNull(type, "type");
            this.newBuilder = Objects.requireNonNull(newBuilder, "newBuilder");
            this.build = b -> build.apply((B) b);
        }

        /**
         * The CSV file of the kind.
         *
         * @param csvFile the file name within a CSV dataset directory ({@code meetings.csv}); required
         * @return this definition
         */
        public Definition<R, B> csvFile(String csvFile) {
            this.csvFile = csvFile;
            return this;
        }

        /**
         * The JSON array of the kind (top-level, or nested for child rows).
         *
         * @param jsonName the array's key ({@code meetings}, {@code participants}); required
         * @return this definition
         */
        public Definition<R, B> jsonName(String jsonName) {
            this.jsonName = jsonName;
            return this;
        }

        /**
         * The JSON Lines {@code type} of a top-level kind.
         *
         * @param jsonlType the {@code type} value of the kind's lines ({@code meeting}); not given
         *     for child rows
         * @return this definition
         */
        public Definition<R, B> jsonlType(String jsonlType) {
            this.jsonlType = jsonlType;
            return this;
        }

        /**
         * For child rows: the CSV column that names the parent.
         *
         * @param parentField the parent column's name ({@code record_id}); giving it makes the kind
         *     a child kind
         * @return this definition
         */
        public Definition<R, B> parentField(String parentField) {
            this.parentField = parentField;
            return this;
        }

        /**
         * The fields that hold the start and the end of the row's period.
         *
         * @param startField the format name of the date field where the period starts; a field of this table
         * @param endField the format name of the date field where the period ends; a field of this table
         * @return this definition
         */
        public Definition<R, B> period(String startField, String endField) {
            this.startField = startField;
            this.endField = endField;
            return this;
        }

        /**
         * The child rows the kind holds.
         *
         * @param table the child kind's table
         * @param getter the record's accessor of its child rows
         * @param setter the builder's setter of the child rows
         * @param <C> the child row
         * @return this definition
         */
        public <C extends ChildRow> Definition<R, B> children(RecordTable<C> table, Function<R, List<C>> getter,
                                                              BiConsumer<B, List<C>> setter) {
            this.children = new Children<>(table, getter, (b, rows) -> setter.accept(builderType(b), rows));
            return this;
        }

        /**
         * Marks the kind as written only when the dataset has records of it; see
         * {@link RecordTable#writtenWhenUsed()}.
         *
         * @return this definition
         */
        public Definition<R, B> kindWrittenWhenUsed() {
            this.writtenWhenUsed = true;
            return this;
        }

        /**
         * Marks the field added last as written only when used; see {@link Field#writtenWhenUsed()}.
         *
         * @return this definition
         */
        public Definition<R, B> writtenWhenUsed() {
            int last = fields.size() - 1;
            fields.set(last, fields.get(last).asWrittenWhenUsed());
            return this;
        }

        /**
         * Marks the field added last as required.
         *
         * @return this definition
         */
        public Definition<R, B> required() {
            int last = fields.size() - 1;
            fields.set(last, fields.get(last).asRequired());
            return this;
        }

        /**
         * A free-text field.
         *
         * @param name the field's format name in snake case; its record component is the camel-case form
         * @param get the record's accessor of the value
         * @param set the builder's setter of the value
         * @return this definition
         */
        public Definition<R, B> text(String name, Function<R, String> get, BiConsumer<B, String> set) {
            return add(name, FieldType.TEXT, get, set, null);
        }

        /**
         * A record id field: the row's id or a reference.
         *
         * @param name the field's format name in snake case; its record component is the camel-case form
         * @param get the record's accessor of the id
         * @param set the builder's setter of the id
         * @return this definition
         */
        public Definition<R, B> id(String name, Function<R, String> get, BiConsumer<B, String> set) {
            return add(name, FieldType.ID, get, set, null);
        }

        /**
         * A reduced-precision date field.
         *
         * @param name the field's format name in snake case; its record component is the camel-case form
         * @param get the record's accessor of the date
         * @param set the builder's setter of the date
         * @return this definition
         */
        public Definition<R, B> date(String name, Function<R, PartialDate> get, BiConsumer<B, PartialDate> set) {
            return add(name, FieldType.DATE, get, set, null);
        }

        /**
         * A country code field.
         *
         * @param name the field's format name in snake case; its record component is the camel-case form
         * @param get the record's accessor of the country
         * @param set the builder's setter of the country
         * @return this definition
         */
        public Definition<R, B> country(String name, Function<R, CountryCode> get, BiConsumer<B, CountryCode> set) {
            return add(name, FieldType.COUNTRY, get, set, null);
        }

        /**
         * A party field.
         *
         * @param name the field's format name in snake case; its record component is the camel-case form
         * @param get the record's accessor of the party
         * @param set the builder's setter of the party
         * @return this definition
         */
        public Definition<R, B> party(String name, Function<R, Party> get, BiConsumer<B, Party> set) {
            return add(name, FieldType.PARTY, get, set, null);
        }

        /**
         * A whole-number field.
         *
         * @param name the field's format name in snake case; its record component is the camel-case form
         * @param get the record's accessor of the number
         * @param set the builder's setter of the number
         * @return this definition
         */
        public Definition<R, B> integer(String name, Function<R, Integer> get, BiConsumer<B, Integer> set) {
            return add(name, FieldType.INTEGER, get, set, null);
        }

        /**
         * A yes-or-no field ({@link FieldType#BOOLEAN}).
         *
         * @param name the field's format name in snake case; its record component is the camel-case form
         * @param get the record's accessor of the value
         * @param set the builder's setter of the value
         * @return this definition
         */
        public Definition<R, B> bool(String name, Function<R, Boolean> get, BiConsumer<B, Boolean> set) {
            return add(name, FieldType.BOOLEAN, get, set, null);
        }

        /**
         * An enumeration field, read with the enumeration's {@code parse}.
         *
         * @param name the field's format name in snake case; its record component is the camel-case form
         * @param parse reads a constant from its format name, throwing {@link IllegalArgumentException} on an
         *     unknown one
         * @param get the record's accessor of the constant
         * @param set the builder's setter of the constant
         * @param <E> the enumeration
         * @return this definition
         */
        public <E extends Enum<E>> Definition<R, B> enumeration(String name, Function<String, E> parse,
                                                                 Function<R, E> get, BiConsumer<B, E> set) {
            return add(name, FieldType.ENUM, get, set, Objects.requireNonNull(parse, "parse"));
        }

        /**
         * A list of texts or ids.
         *
         * @param name the field's format name in snake case; its record component is the camel-case form
         * @param get the record's accessor of the list
         * @param set the builder's setter of the list
         * @return this definition
         */
        public Definition<R, B> texts(String name, Function<R, List<String>> get, BiConsumer<B, List<String>> set) {
            return add(name, FieldType.TEXT_LIST, get, set, null);
        }

        /**
         * A list of parties.
         *
         * @param name the field's format name in snake case; its record component is the camel-case form
         * @param get the record's accessor of the list
         * @param set the builder's setter of the list
         * @return this definition
         */
        public Definition<R, B> parties(String name, Function<R, List<Party>> get, BiConsumer<B, List<Party>> set) {
            return add(name, FieldType.PARTY_LIST, get, set, null);
        }

        /**
         * A list of identifiers.
         *
         * @param name the field's format name in snake case; its record component is the camel-case form
         * @param get the record's accessor of the list
         * @param set the builder's setter of the list
         * @return this definition
         */
        public Definition<R, B> identifiers(String name, Function<R, List<Identifier>> get,
                                            BiConsumer<B, List<Identifier>> set) {
            return add(name, FieldType.IDENTIFIER_LIST, get, set, null);
        }

        /**
         * How to make the record from its fields' values in one call of its constructor (see
         * {@link RecordTable#fromValues}); without it, the values go through a builder.
         *
         * @param fromValues makes the record from each field's value, by the field's place
         * @return this definition
         */
        public Definition<R, B> fromValues(Function<Object[], R> fromValues) {
            this.fromValues = Objects.requireNonNull(fromValues, "fromValues");
            return this;
        }

        /**
         * The table.
         *
         * @return the immutable field table
         * @throws IllegalStateException when a field is defined twice, the period names a field the
         *     table does
         *     not have, or a field names no component of the record
         * @throws NullPointerException when the CSV file or the JSON name was not given
         */
        public RecordTable<R> build() {
            return new RecordTable<>(this);
        }

        private <V> Definition<R, B> add(String name, FieldType fieldType, Function<R, V> get, BiConsumer<B, V> set,
                                         Function<String, ?> parser) {
            fields.add(new Field<>(name, propertyOf(name), fieldType, false, get, cast(set), parser, false));
            return this;
        }

        /** The record component of a field: its name in camel case ({@code start_date} is {@code startDate}). */
        private static String propertyOf(String name) {
            StringBuilder property = new StringBuilder(name.length());
            boolean upper = false;
            for (char c : name.toCharArray()) {
                if (c == '_') {
                    upper = true;
                } else {
                    property.append(upper ? Character.toUpperCase(c) : c);
                    upper = false;
                }
            }
            return property.toString();
        }

        @SuppressWarnings("unchecked")
        private static <V> BiConsumer<Object, Object> cast(BiConsumer<?, V> set) {
            return (BiConsumer<Object, Object>) (BiConsumer<?, ?>) set; // no wrapper: the setter is called directly
        }

        @SuppressWarnings("unchecked")
        private B builderType(Object builder) {
            return (B) builder;
        }
    }
}
