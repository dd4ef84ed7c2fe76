package io.github.regsec.formats.sql;

import io.github.regsec.formats.sql.SqlSchema.Column;
import io.github.regsec.formats.sql.SqlSchema.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Loads the rows of one table as fast as its database allows: DuckDB's appender, or a prepared
 * {@code INSERT} run in batches.
 */
abstract class TableLoader implements AutoCloseable {

    /** Rows sent to the database at once by a batched insert. */
    private static final int BATCH = 2_000;

    /** The loader for a table: the appender in DuckDB, batched inserts elsewhere. */
    static TableLoader open(Connection connection, SqlDialect dialect, Table table) throws SQLException {
        return dialect == SqlDialect.DUCKDB ? new Appending(connection, table) : new Batched(connection, dialect, table);
    }

    /**
     * Adds a row.
     *
     * @param values one per column, in order: String, Integer, Boolean, LocalDate, a list of Strings, or null
     */
    abstract void row(Object[] values) throws SQLException;

    /** Sends the rows still held. */
    abstract void finish() throws SQLException;

    @Override
    public abstract void close() throws SQLException;

    /** DuckDB's appender: rows go straight into the table's column store. */
    private static final class Appending extends TableLoader {
        private final DuckDBAppender appender;

        Appending(Connection connection, Table table) throws SQLException {
            this.appender = connection.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA,
                    table.name());
        }

        @Override
        void row(Object[] values) throws SQLException {
            appender.beginRow();
            for (Object value : values) {
                if (value == null) {
                    appender.appendNull();
                } else if (value instanceof String s) {
                    appender.append(s);
                } else if (value instanceof Integer i) {
                    appender.append(i.intValue());
                } else if (value instanceof Boolean b) {
                    appender.append(b.booleanValue());
                } else if (value instanceof LocalDate d) {
                    appender.append(d);
                } else if (value instanceof Collection<?> c) {
                    appender.append(c);
                } else {
                    throw new IllegalArgumentException("no column holds a " + value.getClass().getSimpleName());
                }
            }
            appender.endRow();
        }

        @Override
        void finish() throws SQLException {
            appender.flush();
        }

        @Override
        public void close() throws SQLException {
            appender.close();
        }
    }

    /** A prepared {@code INSERT}, sent in batches. */
    private static final class Batched extends TableLoader {
        private final SqlDialect dialect;
        private final List<Column> columns;
        private final PreparedStatement insert;
        private int pending;

        Batched(Connection connection, SqlDialect dialect, Table table) throws SQLException {
            this.dialect = dialect;
            this.columns = table.columns();
            this.insert = connection.prepareStatement("INSERT INTO " + SqlSchema.quote(table.name()) + " ("
                    + columns.stream().map(c -> SqlSchema.quote(c.name())).collect(Collectors.joining(", ")) + ") VALUES ("
                    + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")");
        }

        @Override
        void row(Object[] values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                bind(i + 1, columns.get(i), values[i]);
            }
            insert.addBatch();
            if (++pending == BATCH) {
                finish();
            }
        }

        private void bind(int index, Column column, Object value) throws SQLException {
            if (value == null) {
                insert.setNull(index, switch (column.type()) {
                    case INTEGER -> Types.INTEGER;
                    case BOOLEAN -> dialect == SqlDialect.SQLITE ? Types.INTEGER : Types.BOOLEAN;
                    case DATE -> dialect == SqlDialect.SQLITE ? Types.VARCHAR : Types.DATE;
                    case TEXT, TEXT_LIST -> Types.VARCHAR;
                });
            } else if (value instanceof String s) {
                insert.setString(index, s);
            } else if (value instanceof Integer i) {
                insert.setInt(index, i);
            } else if (value instanceof Boolean b) {
                insert.setBoolean(index, b);
            } else if (value instanceof LocalDate d) {
                if (dialect == SqlDialect.SQLITE) {
                    insert.setString(index, d.toString()); // ISO text: SQLite has no date type
                } else {
                    insert.setObject(index, d);
                }
            } else {
                throw new IllegalArgumentException(dialect.formatName() + " has no column for a "
                        + value.getClass().getSimpleName());
            }
        }

        @Override
        void finish() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            insert.close();
        }
    }
}
