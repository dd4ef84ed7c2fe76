package io.github.regsec.spark;

import io.github.regsec.formats.codec.Decoded;
import io.github.regsec.formats.codec.FieldValues;
import io.github.regsec.formats.codec.RecordDecoder;
import io.github.regsec.formats.codec.RecordEncoder;
import io.github.regsec.model.ChildRow;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.RecordKind;
import io.github.regsec.model.table.Field;
import io.github.regsec.model.table.FieldType;
import io.github.regsec.model.table.RecordTable;
import io.github.regsec.model.table.RecordTables;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * Turns records into Spark rows of their kind's {@link SparkSchemas schema} and back, through the
 * same field tables, encoder and decoder as every other format: a record survives the round trip
 * unchanged, with where it was read.
 */
public final class SparkRows {

    private SparkRows() {
    }

    /**
     * A record with where it and its child rows were read, and its place in the dataset.
     *
     * @param record the record, with its child rows
     * @param location where it starts, or null when unknown (built in code)
     * @param childLocations where each child row starts, in order (null items when unknown)
     * @param order its place in the dataset, from 0
     */
    public record Located(DatasetRecord record, Location location, List<Location> childLocations, long order) {

        /**
         * Checks that the record is given and copies the child locations.
         *
         * @param record the record
         * @param location where it starts, or null
         * @param childLocations one per child row
         * @param order its place in the dataset
         */
        public Located {
            java.util.Objects.requireNonNull(record, "record");
            childLocations = java.util.Collections.unmodifiableList(new ArrayList<>(childLocations));
        }
    }

    /**
     * A record's row.
     *
     * @param located the record, where it was read and its place
     * @return a row of {@code SparkSchemas.of(record kind)}
     */
    public static Row toRow(Located located) {
        DatasetRecord record = located.record();
        RecordTable<DatasetRecord> table = RecordTables.of(record);
        List<Object> values = values(table, record);
        table.children().ifPresent(children -> {
            List<? extends ChildRow> rows = table.childRows(record);
            List<Row> structs = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                Location at = i < located.childLocations().size() ? located.childLocations().get(i) : null;
                structs.add(childRow(rows.get(i), at));
            }
            values.add(seq(structs));
        });
        addLocation(values, located.location());
        values.add(located.order());
        return RowFactory.create(values.toArray());
    }

    private static <C extends ChildRow> Row childRow(C child, Location location) {
        List<Object> values = values(RecordTables.of(child), child);
        addLocation(values, location);
        return RowFactory.create(values.toArray());
    }

    /** A list as Spark's row encoder takes it, a Scala sequence. */
    private static scala.collection.immutable.Seq<Object> seq(List<?> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(new ArrayList<Object>(list)).toList();
    }

    private static void addLocation(List<Object> values, Location location) {
        values.add(location == null ? null : location.file());
        values.add(location == null ? 0 : location.line());
        values.add(location == null ? 0 : location.column());
    }

    /** The field columns of a record or child row, dates with their bounds. */
    private static <R extends io.github.regsec.model.Row> List<Object> values(RecordTable<R> table, R row) {
        Map<String, Object> encoded = RecordEncoder.encode(row);
        List<Object> values = new ArrayList<>();
        for (Field<R> field : table.fields()) {
            Object value = encoded.get(field.name());
            values.add(value instanceof List<?> list ? seq(list) : value);
            if (field.type() == FieldType.DATE) {
                PartialDate date = (PartialDate) field.get(row);
                values.add(date == null ? null : Date.valueOf(date.earliest()));
                values.add(date == null ? null : Date.valueOf(date.latest()));
            }
        }
        return values;
    }

    /**
     * Reads a record back from a row of its kind's schema (from this library, from Parquet, or
     * edited by hand). A value that does not decode is a problem located at the row.
     *
     * @param kind the record kind of the row
     * @param row a row with at least the schema's field and location columns
     * @return the record with where it was read, or its problems when it does not decode
     */
    public static Decoded<Located> fromRow(RecordKind kind, Row row) {
        RecordTable<?> table = RecordTables.of(kind);
        Location location = location(row);
        Decoded<? extends io.github.regsec.model.Row> decoded = RecordDecoder.decode(table, new Values(row, location));
        if (decoded.isRejected()) {
            return new Decoded<>(null, decoded.problems());
        }
        DatasetRecord record = (DatasetRecord) decoded.value();
        List<Location> childLocations = new ArrayList<>();
        List<Problem> problems = new ArrayList<>(decoded.problems());
        if (table.children().isPresent()) {
            RecordTable<?> childTable = table.children().get().table();
            int at = row.fieldIndex(childTable.jsonName());
            List<Row> structs = row.isNullAt(at) ? List.of() : row.getList(at);
            List<ChildRow> children = new ArrayList<>(structs.size());
            for (Row struct : structs) {
                Location childLocation = location(struct);
                Decoded<? extends io.github.regsec.model.Row> child = RecordDecoder.decode(childTable,
                        new Values(struct, childLocation));
                problems.addAll(child.problems());
                if (child.isRejected()) {
                    return new Decoded<>(null, problems);
                }
                children.add((ChildRow) child.value());
                childLocations.add(childLocation);
            }
            record = withChildRows(RecordTables.of(record), record, children);
        }
        long order = row.getLong(row.fieldIndex(SparkSchemas.ORDER));
        return new Decoded<>(new Located(record, location, childLocations, order), problems);
    }

    @SuppressWarnings("unchecked")
    private static <R extends DatasetRecord> DatasetRecord withChildRows(RecordTable<R> table, DatasetRecord record,
                                                                         List<ChildRow> children) {
        return table.withChildRows((R) record, children);
    }

    /**
     * Reads a record back from a row that must decode.
     *
     * @param kind the record kind of the row
     * @param row a row of the kind's schema
     * @return the record with where it was read
     * @throws IllegalArgumentException when the row does not decode, naming its problems
     */
    public static Located located(RecordKind kind, Row row) {
        Decoded<Located> decoded = fromRow(kind, row);
        if (decoded.isRejected()) {
            throw new IllegalArgumentException("a " + kind.formatName() + " row does not decode: " + decoded.problems());
        }
        return decoded.value();
    }

    /** Where a row or nested child row was read, or null. */
    static Location location(Row row) {
        int file = row.fieldIndex(SparkSchemas.FILE);
        if (row.isNullAt(file)) {
            return null;
        }
        return Location.of(row.getString(file), row.getInt(row.fieldIndex(SparkSchemas.LINE)),
                row.getInt(row.fieldIndex(SparkSchemas.COLUMN)));
    }

    /** A row's values as the decoder reads them. */
    private static final class Values implements FieldValues {
        private final Row row;
        private final StructType schema;
        private final Location location;

        Values(Row row, Location location) {
            this.row = row;
            this.schema = row.schema();
            this.location = location;
        }

        private int index(String field) {
            scala.Option<Object> i = schema.getFieldIndex(field);
            return i.isEmpty() ? -1 : (Integer) i.get();
        }

        @Override
        public String text(String field) {
            int i = index(field);
            if (i < 0 || row.isNullAt(i)) {
                return null;
            }
            Object value = row.get(i);
            String text = value instanceof scala.collection.Seq<?> || value instanceof List<?> ? String.join(";", list(field))
                    : value.toString();
            return text.isEmpty() ? null : text;
        }

        @Override
        public List<String> list(String field) {
            int i = index(field);
            if (i < 0 || row.isNullAt(i)) {
                return null;
            }
            Object value = row.get(i);
            if (value instanceof String text) {
                return FieldValues.super.list(field); // a list written as text by hand: split as CSV does
            }
            List<Object> items = row.getList(i);
            List<String> texts = new ArrayList<>(items.size());
            for (Object item : items) {
                texts.add(item == null ? null : item.toString());
            }
            return texts;
        }

        @Override
        public Location location(String field) {
            return location == null ? Location.of("(spark)") : location;
        }
    }
}
