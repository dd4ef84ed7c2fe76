package io.github.regsec.formats.sql;

import io.github.regsec.model.table.Field;
import io.github.regsec.model.table.FieldType;
import io.github.regsec.model.table.RecordTable;
import io.github.regsec.model.table.RecordTables;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The tables of a dataset in one database, derived from the field tables: one table per record
 * kind and per child row kind (named as its CSV file without {@code .csv}), each field a column
 * (a date three: as given, earliest day, latest day), and, where the database has no list type,
 * one table per list field ({@code meetings_topics}). A new field in {@link RecordTables} is a new
 * column here with no SQL edit. See docs/FORMATS.md#sql-databases.
 */
final class SqlSchema {

    /** The column that orders a table's rows and locates them in problems. */
    static final String ROW_NUMBER = "row_number";
    /** A list table's column of the item's 1-based place in its list. */
    static final String POSITION = "position";
    /** A list table's column of the item. */
    static final String VALUE = "value";
    /** A list table's column of its owner's row number, when the owner is a child row. */
    static final String OWNER_ROW_NUMBER = "owner_row_number";
    /** The suffix of a date's first possible day. */
    static final String EARLIEST = "_earliest";
    /** The suffix of a date's last possible day. */
    static final String LATEST = "_latest";

    /** What a column holds, before the database names the type. */
    enum ColumnType { TEXT, DATE, INTEGER, BOOLEAN, TEXT_LIST }

    /** What a column is for. */
    enum Role { ROW_NUMBER, PARENT, FIELD, EARLIEST, LATEST, OWNER, POSITION, VALUE }

    /**
     * One column.
     *
     * @param name its name
     * @param type what it holds
     * @param notNull whether every row must have a value
     * @param role what it is for
     * @param field the field it holds (for {@code FIELD}, {@code EARLIEST}, {@code LATEST}), else null
     */
    record Column(String name, ColumnType type, boolean notNull, Role role, Field<?> field) {
    }

    /**
     * A foreign key.
     *
     * @param column the referring column
     * @param table the referenced table
     * @param referenced the referenced column (its key)
     */
    record ForeignKey(String column, String table, String referenced) {
    }

    /**
     * One table.
     *
     * @param name its name
     * @param records the field table of the kind it holds, or for a list table its owner's
     * @param listField for a list table, the list field it holds; else null
     * @param columns its columns in order
     * @param key its primary key's columns
     * @param foreignKey the key that ties a child row to its parent or a list item to its owner, or null
     */
    record Table(String name, RecordTable<?> records, Field<?> listField, List<Column> columns, List<String> key,
                 ForeignKey foreignKey) {
        Table {
            columns = List.copyOf(columns);
            key = List.copyOf(key);
        }

        boolean isListTable() {
            return listField != null;
        }

        Optional<Column> column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst();
        }
    }

    private final SqlDialect dialect;
    private final List<Table> recordTables = new ArrayList<>();
    private final List<Table> listTables = new ArrayList<>();

    SqlSchema(SqlDialect dialect) {
        this.dialect = dialect;
        for (RecordTable<?> records : RecordTables.all()) {
            recordTables.add(recordTable(records));
        }
    }

    /** The dialect the schema is for. */
    SqlDialect dialect() {
        return dialect;
    }

    /** The table of each record and child row kind, in {@link RecordTables#all()} order. */
    List<Table> recordTables() {
        return recordTables;
    }

    /** The table of each list field (none where lists are columns). */
    List<Table> listTables() {
        return listTables;
    }

    /** The table of a record or child row kind. */
    Table tableOf(RecordTable<?> records) {
        return recordTables.stream().filter(t -> t.records() == records).findFirst().orElseThrow();
    }

    /** The list table of a field of a kind (only where lists are tables). */
    Table listTableOf(RecordTable<?> records, Field<?> field) {
        return listTables.stream().filter(t -> t.records() == records && t.listField() == field).findFirst().orElseThrow();
    }

    /** The table name of a kind: its CSV file's name without {@code .csv}. */
    static String tableName(RecordTable<?> records) {
        String file = records.csvFile();
        return file.substring(0, file.length() - ".csv".length());
    }

    /** The name of a list field's table: {@code meetings_topics}. */
    static String listTableName(RecordTable<?> records, Field<?> field) {
        return tableName(records) + "_" + field.name();
    }

    /** The key column of a kind's rows: {@code id}, or {@code row_number} for child rows. */
    static String keyColumn(RecordTable<?> records) {
        return records.isChild() ? ROW_NUMBER : "id";
    }

    private Table recordTable(RecordTable<?> records) {
        String name = tableName(records);
        List<Column> columns = new ArrayList<>();
        ForeignKey parentKey = null;
        if (records.isChild()) {
            columns.add(new Column(records.parentField(), ColumnType.TEXT, true, Role.PARENT, null));
            List<RecordTable<?>> parents = RecordTables.all().stream()
                    .filter(t -> t.children().filter(c -> c.table() == records).isPresent()).collect(Collectors.toList());
            if (parents.size() == 1) { // names belong to organizations, field offices or persons: no single table to refer to
                parentKey = new ForeignKey(records.parentField(), tableName(parents.get(0)), "id");
            }
        }
        columns.add(new Column(ROW_NUMBER, ColumnType.INTEGER, true, Role.ROW_NUMBER, null));
        for (Field<?> field : records.fields()) {
            FieldType type = field.type();
            if (type.isList()) {
                if (dialect.hasListColumns()) {
                    columns.add(new Column(field.name(), ColumnType.TEXT_LIST, false, Role.FIELD, field));
                } else {
                    listTables.add(listTable(records, field));
                }
            } else if (type == FieldType.DATE) {
                columns.add(new Column(field.name(), ColumnType.TEXT, field.required(), Role.FIELD, field));
                columns.add(new Column(field.name() + EARLIEST, ColumnType.DATE, field.required(), Role.EARLIEST, field));
                columns.add(new Column(field.name() + LATEST, ColumnType.DATE, field.required(), Role.LATEST, field));
            } else {
                ColumnType columnType = type == FieldType.INTEGER ? ColumnType.INTEGER
                        : type == FieldType.BOOLEAN ? ColumnType.BOOLEAN : ColumnType.TEXT;
                columns.add(new Column(field.name(), columnType, field.required(), Role.FIELD, field));
            }
        }
        return new Table(name, records, null, columns, List.of(keyColumn(records)), parentKey);
    }

    private static Table listTable(RecordTable<?> records, Field<?> field) {
        String owner = records.isChild() ? OWNER_ROW_NUMBER : "id";
        List<Column> columns = List.of(
                new Column(owner, records.isChild() ? ColumnType.INTEGER : ColumnType.TEXT, true, Role.OWNER, null),
                new Column(POSITION, ColumnType.INTEGER, true, Role.POSITION, null),
                new Column(VALUE, ColumnType.TEXT, true, Role.VALUE, field));
        return new Table(listTableName(records, field), records, field, columns, List.of(owner, POSITION),
                new ForeignKey(owner, tableName(records), keyColumn(records)));
    }

    /** {@code "name"}: every identifier is quoted, so that no field name can collide with a keyword. */
    static String quote(String identifier) {
        return '"' + identifier + '"';
    }

    /** The statement that creates a table, with its keys. */
    String createTable(Table table) {
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(quote(table.name())).append(" (");
        for (Column column : table.columns()) {
            sql.append(quote(column.name())).append(' ').append(dialect.type(column.type()));
            if (column.notNull()) {
                sql.append(" NOT NULL");
            }
            sql.append(", ");
        }
        if (!table.isListTable() && !table.records().isChild()) {
            sql.append("UNIQUE (").append(quote(ROW_NUMBER)).append("), ");
        }
        sql.append("PRIMARY KEY (").append(table.key().stream().map(SqlSchema::quote).collect(Collectors.joining(", ")))
                .append(')');
        ForeignKey fk = table.foreignKey();
        if (fk != null) {
            sql.append(", FOREIGN KEY (").append(quote(fk.column())).append(") REFERENCES ").append(quote(fk.table()))
                    .append(" (").append(quote(fk.referenced())).append(')');
        }
        return sql.append(')').toString();
    }

    /** Every table, parents before the tables that refer to them. */
    List<Table> allTables() {
        List<Table> all = new ArrayList<>();
        recordTables.stream().filter(t -> !t.records().isChild()).forEach(all::add);
        recordTables.stream().filter(t -> t.records().isChild()).forEach(all::add);
        all.addAll(listTables);
        return all;
    }
}
