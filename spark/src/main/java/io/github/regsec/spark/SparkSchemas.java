package io.github.regsec.spark;

import io.github.regsec.model.RecordKind;
import io.github.regsec.model.Row;
import io.github.regsec.model.table.Field;
import io.github.regsec.model.table.RecordTable;
import io.github.regsec.model.table.RecordTables;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark schema of each record kind, derived from its field table (docs/FORMATS.md#spark): one
 * column per field with the field's format name (text, identifiers, dates, countries, parties and
 * enumerations as strings; integers; booleans; lists as arrays of strings), each date followed by
 * {@code <field>_earliest} and {@code <field>_latest} (the first and last day it may be), the
 * child rows (an organization's {@code names}, a meeting's {@code participants}) as an array of
 * structs, and where the row was read: {@code _file}, {@code _line}, {@code _column}, and for
 * records {@code _order}, the record's place in the dataset.
 */
public final class SparkSchemas {

    /** The column of the file a row was read from, relative to the dataset path; null for data built in code. */
    public static final String FILE = "_file";
    /** The column of the 1-based line a row starts on, 0 when unknown. */
    public static final String LINE = "_line";
    /** The column of the 1-based column a row starts at, 0 when unknown. */
    public static final String COLUMN = "_column";
    /** The column of a record's place in the dataset (its order as read), from 0. */
    public static final String ORDER = "_order";
    /** The suffix of a date's first possible day: {@code start_date_earliest}. */
    public static final String EARLIEST = "_earliest";
    /** The suffix of a date's last possible day: {@code start_date_latest}. */
    public static final String LATEST = "_latest";

    private SparkSchemas() {
    }

    /**
     * The schema of a record kind's rows. A child kind ({@code participant}, {@code name}) has its
     * parent's id first ({@code meeting_id}, {@code record_id}), as {@link SparkDataset#rows}
     * gives it.
     *
     * @param kind a record kind
     * @return the schema
     */
    public static StructType of(RecordKind kind) {
        RecordTable<?> table = RecordTables.of(kind);
        if (table.isChild()) {
            List<StructField> fields = new ArrayList<>();
            fields.add(DataTypes.createStructField(table.parentField(), DataTypes.StringType, true));
            fields.addAll(List.of(child(table).fields()));
            return DataTypes.createStructType(fields);
        }
        List<StructField> fields = columns(table);
        table.children().ifPresent(c -> fields.add(DataTypes.createStructField(c.table().jsonName(),
                DataTypes.createArrayType(child(c.table()), false), true)));
        fields.add(DataTypes.createStructField(FILE, DataTypes.StringType, true));
        fields.add(DataTypes.createStructField(LINE, DataTypes.IntegerType, false));
        fields.add(DataTypes.createStructField(COLUMN, DataTypes.IntegerType, false));
        fields.add(DataTypes.createStructField(ORDER, DataTypes.LongType, false));
        return DataTypes.createStructType(fields);
    }

    /** The struct of a child row nested in its record: its fields without the parent id, and where it was read. */
    static StructType child(RecordTable<?> table) {
        List<StructField> fields = columns(table);
        fields.add(DataTypes.createStructField(FILE, DataTypes.StringType, true));
        fields.add(DataTypes.createStructField(LINE, DataTypes.IntegerType, false));
        fields.add(DataTypes.createStructField(COLUMN, DataTypes.IntegerType, false));
        return DataTypes.createStructType(fields);
    }

    private static <R extends Row> List<StructField> columns(RecordTable<R> table) {
        List<StructField> fields = new ArrayList<>();
        for (Field<R> field : table.fields()) {
            fields.add(DataTypes.createStructField(field.name(), type(field), true));
            if (field.type() == io.github.regsec.model.table.FieldType.DATE) {
                fields.add(DataTypes.createStructField(field.name() + EARLIEST, DataTypes.DateType, true));
                fields.add(DataTypes.createStructField(field.name() + LATEST, DataTypes.DateType, true));
            }
        }
        return fields;
    }

    /** The Spark type of a field's column. */
    static DataType type(Field<?> field) {
        return switch (field.type()) {
            case INTEGER -> DataTypes.IntegerType;
            case BOOLEAN -> DataTypes.BooleanType;
            case TEXT_LIST, PARTY_LIST, IDENTIFIER_LIST -> DataTypes.createArrayType(DataTypes.StringType, false);
            case TEXT, ID, DATE, COUNTRY, PARTY, ENUM -> DataTypes.StringType;
        };
    }

    /**
     * The schema of problems, with the names and order of a problem in {@code regsec validate
     * --json}: {@code severity} ({@code error} or {@code warning}), {@code rule}, {@code record_type}
     * (the record kind's format name), {@code record_id}, {@code field}, {@code file}, {@code line},
     * {@code column} (null when unknown) and {@code message}.
     *
     * @return the schema of a problem row
     */
    public static StructType problems() {
        return DataTypes.createStructType(List.of(
                DataTypes.createStructField("severity", DataTypes.StringType, false),
                DataTypes.createStructField("rule", DataTypes.StringType, false),
                DataTypes.createStructField("record_type", DataTypes.StringType, true),
                DataTypes.createStructField("record_id", DataTypes.StringType, true),
                DataTypes.createStructField("field", DataTypes.StringType, true),
                DataTypes.createStructField("file", DataTypes.StringType, true),
                DataTypes.createStructField("line", DataTypes.IntegerType, true),
                DataTypes.createStructField("column", DataTypes.IntegerType, true),
                DataTypes.createStructField("message", DataTypes.StringType, false)));
    }
}
