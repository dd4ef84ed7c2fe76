package io.github.regsec.formats.sql;

import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.ImportException;
import io.github.regsec.formats.codec.Decoded;
import io.github.regsec.formats.codec.FieldValues;
import io.github.regsec.formats.codec.RecordDecoder;
import io.github.regsec.formats.sql.SqlSchema.Column;
import io.github.regsec.formats.sql.SqlSchema.Role;
import io.github.regsec.formats.sql.SqlSchema.Table;
import io.github.regsec.model.ChildRow;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.Row;
import io.github.regsec.model.table.Field;
import io.github.regsec.model.table.FieldType;
import io.github.regsec.model.table.RecordTable;
import io.github.regsec.model.table.RecordTables;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a dataset written by {@link DatabaseWriter} (and perhaps edited by hand since) over one
 * connection. Every row is decoded like a row of any format; a row that does not decode is
 * rejected with problems located at its table (as the file), its {@code row_number} (as the
 * line) and the column's 1-based place in the table (as the column). One per read.
 */
final class DatabaseReader {

    /** The rule of a warning about date bounds that no longer agree with the date as given. */
    static final String DATE_BOUNDS = "date-bounds";

    private final Connection connection;
    private final SqlSchema schema;
    private final ImportContext context;
    /** For each list table read: owner key to its items, in order. */
    private final Map<Table, Map<Object, List<String>>> lists = new HashMap<>();
    private final Map<String, Pending> pendingById = new HashMap<>();
    private final Map<String, Location> rejectedIds = new HashMap<>();
    private final List<Pending> records = new ArrayList<>();

    DatabaseReader(Connection connection, SqlDialect dialect, ImportContext context) {
        this.connection = connection;
        this.schema = new SqlSchema(dialect);
        this.context = context;
    }

    /** A top-level record waiting for its child rows. */
    private static final class Pending {
        final DatasetRecord record;
        final Location location;
        final List<ChildRow> children = new ArrayList<>();
        final List<Location> childLocations = new ArrayList<>();

        Pending(DatasetRecord record, Location location) {
            this.record = record;
            this.location = location;
        }
    }

    /** Reads every table and hands the records to the context. */
    void read() throws SQLException, ImportException {
        for (Table table : schema.listTables()) {
            readList(table);
        }
        for (Table table : schema.recordTables()) {
            if (!table.records().isChild()) {
                readTable(table);
            }
        }
        for (Table table : schema.recordTables()) {
            if (table.records().isChild()) {
                readTable(table);
            }
        }
        for (Pending pending : records) {
            DatasetRecord record = pending.children.isEmpty() ? pending.record
                    : RecordTables.of(pending.record).withChildRows(pending.record, pending.children);
            context.accept(record, pending.location, pending.childLocations);
        }
    }

    /** The table's columns by lower-case name, 1-based; null (after reporting) when it cannot be read. */
    private Map<String, Integer> columns(Table table) throws SQLException, ImportException {
        context.reading(table.name());
        Map<String, Integer> found = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT * FROM " + SqlSchema.quote(table.name()) + " WHERE 1 = 0")) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                found.put(meta.getColumnName(i).toLowerCase(Locale.ROOT), i);
            }
        } catch (SQLException e) {
            if (tableExists(table.name())) {
                throw e;
            }
            context.report(Problem.error(RuleIds.REQUIRED, "the database has no table " + table.name()
                    + ": it holds no regsec dataset, or one written by another version; write it with regsec convert")
                    .withLocation(Location.of(table.name())));
            return null;
        }
        List<String> missing = new ArrayList<>();
        for (Column column : table.columns()) {
            if (!found.containsKey(column.name())) {
                missing.add(column.name());
            }
        }
        if (!missing.isEmpty()) {
            context.report(Problem.error(RuleIds.REQUIRED, "table " + table.name() + " has no column "
                    + String.join(", ", missing) + ": its rows were not read; add the column or write the dataset again")
                    .withLocation(Location.of(table.name())));
            return null;
        }
        Set<String> unknown = new LinkedHashSet<>(found.keySet());
        table.columns().forEach(c -> unknown.remove(c.name()));
        for (String name : unknown) {
            context.report(Problem.warning(RuleIds.UNKNOWN_FIELD, "table " + table.name() + " has a column " + name
                    + " that is no field of the dataset: its values were not read")
                    .withField(name).withLocation(Location.of(table.name(), 0, found.get(name))));
        }
        return found;
    }

    private boolean tableExists(String name) throws SQLException {
        try (ResultSet rs = connection.getMetaData().getTables(null, null, name, null)) {
            return rs.next();
        }
    }

    private void readList(Table table) throws SQLException, ImportException {
        Map<String, Integer> found = columns(table);
        if (found == null) {
            return;
        }
        Map<Object, List<String>> items = new HashMap<>();
        String owner = table.columns().get(0).name();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT " + SqlSchema.quote(owner) + ", " + SqlSchema.quote(SqlSchema.VALUE)
                     + " FROM " + SqlSchema.quote(table.name()) + " ORDER BY " + SqlSchema.quote(owner) + ", "
                     + SqlSchema.quote(SqlSchema.POSITION))) {
            while (rs.next()) {
                Object key = table.records().isChild() ? Integer.valueOf(rs.getInt(1)) : rs.getString(1);
                items.computeIfAbsent(key, k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        lists.put(table, items);
    }

    private void readTable(Table table) throws SQLException, ImportException {
        Map<String, Integer> found = columns(table);
        if (found == null) {
            return;
        }
        RecordTable<?> records = table.records();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT * FROM " + SqlSchema.quote(table.name()) + " ORDER BY "
                     + SqlSchema.quote(SqlSchema.ROW_NUMBER))) {
            SqlRow row = new SqlRow(table, found);
            while (rs.next()) {
                row.load(rs);
                readRow(table, records, row);
            }
        }
    }

    private void readRow(Table table, RecordTable<?> records, SqlRow row) throws ImportException {
        Decoded<? extends Row> decoded = RecordDecoder.decode(records, row);
        List<Problem> problems = new ArrayList<>(decoded.problems());
        Location location = row.rowLocation();
        String parentId = null;
        if (records.isChild()) {
            parentId = row.text(records.parentField());
            if (parentId == null) {
                problems.add(0, Problem.error(RuleIds.REQUIRED, records.parentField() + " is required: give the id of the "
                        + "record the row belongs to").withRecord(records.kind(), null).withField(records.parentField())
                        .withLocation(row.location(records.parentField())));
            }
        }
        if (decoded.isRejected() || problems.stream().anyMatch(Problem::isError)) {
            String id = row.text("id");
            if (!records.isChild() && id != null) {
                rejectedIds.putIfAbsent(id, location);
            }
            context.rejected(location, problems);
            return;
        }
        for (Problem warning : problems) {
            context.report(warning);
        }
        for (Problem stale : row.staleBounds(decoded.value())) {
            context.report(stale);
        }
        if (decoded.value() instanceof ChildRow child) {
            Pending parent = pendingById.get(parentId);
            if (parent == null || RecordTables.of(parent.record).children()
                    .filter(c -> c.table() == records).isEmpty()) {
                Location rejected = rejectedIds.get(parentId);
                String message = records.parentField() + ": '" + parentId + "' names "
                        + (rejected == null ? "no record in the dataset that holds " + table.name()
                        : "a record that was not imported: its row (" + rejected + ") has errors");
                context.rejected(location, List.of(Problem.error(RuleIds.UNKNOWN_REFERENCE, message)
                        .withRecord(records.kind(), parentId).withField(records.parentField())
                        .withLocation(row.location(records.parentField()))));
                return;
            }
            parent.children.add(child);
            parent.childLocations.add(location);
            return;
        }
        DatasetRecord record = (DatasetRecord) decoded.value();
        Pending pending = new Pending(record, location);
        records(pending);
    }

    private void records(Pending pending) {
        records.add(pending);
        pendingById.putIfAbsent(pending.record.id(), pending);
    }

    /** One row of a table as the decoder reads it: each field's text or list items, and where it is. */
    private final class SqlRow implements FieldValues {
        private final Table table;
        private final Map<String, Integer> columnIndex;
        private final Object[] values;
        private final int rowNumberColumn;
        private int rowNumber;

        SqlRow(Table table, Map<String, Integer> columnIndex) {
            this.table = table;
            this.columnIndex = columnIndex;
            this.values = new Object[columnIndex.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1];
            this.rowNumberColumn = columnIndex.get(SqlSchema.ROW_NUMBER);
        }

        void load(ResultSet rs) throws SQLException {
            Arrays.fill(values, null);
            for (Column column : table.columns()) {
                int i = columnIndex.get(column.name());
                values[i] = switch (column.type()) {
                    case TEXT, DATE -> rs.getString(i);
                    case INTEGER, BOOLEAN -> rs.getObject(i);
                    case TEXT_LIST -> items(rs.getArray(i));
                };
            }
            rowNumber = values[rowNumberColumn] instanceof Number n && n.longValue() > 0 && n.longValue() <= Integer.MAX_VALUE
                    ? n.intValue() : 0;
        }

        private List<String> items(Array array) throws SQLException {
            if (array == null) {
                return null;
            }
            Object[] items = (Object[]) array.getArray();
            List<String> texts = new ArrayList<>(items.length);
            for (Object item : items) {
                texts.add(item == null ? null : item.toString());
            }
            return texts;
        }

        Location rowLocation() {
            return Location.of(table.name(), rowNumber);
        }

        @Override
        public String text(String field) {
            Integer i = columnIndex.get(field);
            if (i == null || table.column(field).isEmpty()) {
                return null;
            }
            Object value = values[i];
            if (value == null) {
                return null;
            }
            String text;
            if (table.column(field).get().type() == SqlSchema.ColumnType.BOOLEAN) {
                text = booleanText(value);
            } else {
                text = value.toString();
            }
            return text.isEmpty() ? null : text;
        }

        /** Yes or no as the decoder reads it: PostgreSQL and DuckDB give a Boolean, SQLite 1 or 0. */
        private String booleanText(Object value) {
            if (value instanceof Number n && (n.longValue() == 0 || n.longValue() == 1)) {
                return n.longValue() == 1 ? "true" : "false";
            }
            return value.toString();
        }

        @Override
        public List<String> list(String field) {
            if (schema.dialect().hasListColumns()) {
                Integer i = columnIndex.get(field);
                return i == null ? null : castList(values[i]);
            }
            Field<?> listField = table.records().field(field).orElse(null);
            if (listField == null || !listField.type().isList()) {
                return null;
            }
            Map<Object, List<String>> items = lists.get(schema.listTableOf(table.records(), listField));
            if (items == null) {
                return null;
            }
            Object owner = table.records().isChild() ? (Object) rowNumber : text("id");
            return items.get(owner);
        }

        @SuppressWarnings("unchecked")
        private List<String> castList(Object value) {
            return (List<String>) value;
        }

        @Override
        public Location location(String field) {
            Integer i = columnIndex.get(field);
            if (i == null && !schema.dialect().hasListColumns()) {
                Field<?> listField = table.records().field(field).orElse(null);
                if (listField != null && listField.type().isList()) {
                    return Location.of(SqlSchema.listTableName(table.records(), listField), 0);
                }
            }
            return Location.of(table.name(), rowNumber, i == null ? 0 : i);
        }

        /** Warnings for date bounds that no longer agree with the date as given (a hand edit of one but not the other). */
        List<Problem> staleBounds(Row row) {
            List<Problem> problems = new ArrayList<>();
            for (Field<?> field : table.records().fields()) {
                if (field.type() != FieldType.DATE) {
                    continue;
                }
                PartialDate date = (PartialDate) get(field, row);
                check(problems, row, field, SqlSchema.EARLIEST, date == null ? null : date.earliest().toString());
                check(problems, row, field, SqlSchema.LATEST, date == null ? null : date.latest().toString());
            }
            return problems;
        }

        private void check(List<Problem> problems, Row row, Field<?> field, String suffix, String expected) {
            String name = field.name() + suffix;
            Integer i = columnIndex.get(name);
            Object stored = values[i];
            String text = stored == null ? null : stored.toString();
            if (expected == null ? text != null : !expected.equals(text)) {
                String id = table.records().isChild() ? null : text("id");
                problems.add(Problem.warning(DATE_BOUNDS, name + " is " + (text == null ? "empty" : text) + " but "
                        + field.name() + " " + (expected == null ? "is empty" : "gives " + expected)
                        + ": the date as given was read; write the database again so that SQL questions agree")
                        .withRecord(table.records().kind(), id).withField(name)
                        .withLocation(Location.of(table.name(), rowNumber, i)));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <R extends Row> Object get(Field<R> field, Row row) {
        return field.get((R) row);
    }
}
