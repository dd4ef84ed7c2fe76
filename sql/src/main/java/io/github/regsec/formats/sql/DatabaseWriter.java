package io.github.regsec.formats.sql;

import io.github.regsec.formats.sql.SqlSchema.Column;
import io.github.regsec.formats.sql.SqlSchema.Table;
import io.github.regsec.model.ChildRow;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.FormatName;
import io.github.regsec.model.Row;
import io.github.regsec.model.table.Field;
import io.github.regsec.model.table.RecordTable;
import io.github.regsec.model.table.RecordTables;
import io.github.regsec.model.time.PartialDate;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a dataset into a database over one connection, in one transaction: drops the tables
 * and views of a dataset written before, creates the schema, loads every row (DuckDB's appender,
 * batched prepared statements elsewhere) and creates the views. One per write.
 */
final class DatabaseWriter {

    private final Connection connection;
    private final SqlSchema schema;

    DatabaseWriter(Connection connection, SqlDialect dialect) {
        this.connection = connection;
        this.schema = new SqlSchema(dialect);
    }

    /**
     * Writes the dataset, replacing a dataset written before: committed whole, or rolled back.
     *
     * @throws IllegalArgumentException when two records of a kind share an id (a table's key)
     * @throws SQLException when the database refuses a statement
     */
    void write(Dataset dataset) throws SQLException {
        requireUniqueIds(dataset);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            try (Statement statement = connection.createStatement()) {
                for (String sql : SqlViews.drop(schema)) {
                    statement.execute(sql);
                }
                List<Table> tables = schema.allTables();
                for (int i = tables.size() - 1; i >= 0; i--) { // referring tables first
                    statement.execute("DROP TABLE IF EXISTS " + SqlSchema.quote(tables.get(i).name()));
                }
                for (Table table : tables) {
                    statement.execute(schema.createTable(table));
                }
            }
            load(dataset);
            try (Statement statement = connection.createStatement()) {
                for (String sql : SqlViews.create(schema)) {
                    statement.execute(sql);
                }
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** A table's key is the id: a dataset that uses an id twice within a kind cannot be written. */
    private static void requireUniqueIds(Dataset dataset) {
        Map<String, Map<String, Integer>> seen = new HashMap<>();
        dataset.records().forEach(record -> {
            String kind = SqlSchema.tableName(RecordTables.of(record));
            Integer before = seen.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(record.id(), 1);
            if (before != null) {
                throw new IllegalArgumentException("two " + kind.replace('_', ' ') + " have the id '" + record.id()
                        + "', the key of the " + kind + " table: give each its own id (see regsec validate)");
            }
        });
    }

    private void load(Dataset dataset) throws SQLException {
        // parents before child rows, child rows before list items: the foreign keys are checked as rows come
        Map<Table, TableLoader> loaders = new HashMap<>();
        try {
            for (Table table : schema.allTables()) {
                loaders.put(table, TableLoader.open(connection, schema.dialect(), table));
            }
            for (Table table : schema.recordTables()) {
                if (!table.records().isChild()) {
                    loadRecords(table, kindRecords(dataset, table.records()), loaders);
                }
            }
            int[] childRowNumbers = new int[RecordTables.all().size()];
            for (Table table : schema.recordTables()) {
                if (!table.records().isChild()) {
                    loadChildRows(table.records(), kindRecords(dataset, table.records()), loaders, childRowNumbers);
                }
            }
            for (Table table : schema.allTables()) {
                loaders.get(table).finish();
            }
        } finally {
            for (TableLoader loader : loaders.values()) {
                loader.close();
            }
        }
    }

    private static List<? extends DatasetRecord> kindRecords(Dataset dataset, RecordTable<?> records) {
        return switch (records.kind()) {
            case SOURCE -> dataset.sources();
            case ORGANIZATION -> dataset.organizations();
            case FIELD_OFFICE -> dataset.fieldOffices();
            case MEETING -> dataset.meetings();
            case MEMBERSHIP -> dataset.memberships();
            case PERSON -> dataset.persons();
            case POST -> dataset.posts();
            case NAME, PARTICIPANT -> List.of();
        };
    }

    private void loadRecords(Table table, List<? extends DatasetRecord> records, Map<Table, TableLoader> loaders)
            throws SQLException {
        TableLoader loader = loaders.get(table);
        int rowNumber = 0;
        for (DatasetRecord record : records) {
            rowNumber++;
            loader.row(values(table, record, null, rowNumber));
            loadLists(table.records(), record, record.id(), loaders);
        }
    }

    private void loadChildRows(RecordTable<?> parents, List<? extends DatasetRecord> records,
                               Map<Table, TableLoader> loaders, int[] rowNumbers) throws SQLException {
        if (parents.children().isEmpty()) {
            return;
        }
        RecordTable<?> childTable = parents.children().get().table();
        Table table = schema.tableOf(childTable);
        TableLoader loader = loaders.get(table);
        int index = RecordTables.all().indexOf(childTable);
        for (DatasetRecord record : records) {
            for (ChildRow child : childRows(parents, record)) {
                int rowNumber = ++rowNumbers[index];
                loader.row(values(table, child, record.id(), rowNumber));
                loadLists(childTable, child, rowNumber, loaders);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <R extends Row> List<? extends ChildRow> childRows(RecordTable<R> table, DatasetRecord record) {
        return table.childRows((R) record);
    }

    /** In databases without list columns: each item of each list field of a row, in its list table. */
    private void loadLists(RecordTable<?> records, Row row, Object ownerKey, Map<Table, TableLoader> loaders)
            throws SQLException {
        if (schema.dialect().hasListColumns()) {
            return;
        }
        for (Field<?> field : records.fields()) {
            if (!field.type().isList()) {
                continue;
            }
            List<?> items = (List<?>) get(field, row);
            if (items.isEmpty()) {
                continue;
            }
            TableLoader loader = loaders.get(schema.listTableOf(records, field));
            int position = 0;
            for (Object item : items) {
                loader.row(new Object[] {ownerKey, ++position, item.toString()});
            }
        }
    }

    /** A row's values in its table's column order: String, Integer, Boolean, LocalDate or List of String, or null. */
    private static Object[] values(Table table, Row row, String parentId, int rowNumber) {
        List<Column> columns = table.columns();
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            Column column = columns.get(i);
            values[i] = switch (column.role()) {
                case ROW_NUMBER -> rowNumber;
                case PARENT -> parentId;
                case FIELD -> columnValue(get(column.field(), row));
                case EARLIEST -> get(column.field(), row) instanceof PartialDate d ? d.earliest() : null;
                case LATEST -> get(column.field(), row) instanceof PartialDate d ? d.latest() : null;
                case OWNER, POSITION, VALUE -> throw new IllegalStateException("not a record table: " + table.name());
            };
        }
        return values;
    }

    /** A field's value as a column holds it: texts as written in every format, numbers and yes/no as they are. */
    private static Object columnValue(Object value) {
        if (value == null || value instanceof Integer || value instanceof Boolean) {
            return value;
        }
        if (value instanceof List<?> list) {
            List<String> texts = new ArrayList<>(list.size());
            for (Object item : list) {
                texts.add(item.toString());
            }
            return texts;
        }
        return value instanceof FormatName named ? named.formatName() : value.toString();
    }

    @SuppressWarnings("unchecked")
    private static <R extends Row> Object get(Field<R> field, Row row) {
        return field.get((R) row);
    }
}
