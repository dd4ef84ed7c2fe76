/**
 * regsec datasets in SQL databases (DuckDB, SQLite, PostgreSQL), read and written through JDBC.
 * The formats are found by {@link io.github.regsec.formats.Formats} like every format; the
 * package is exported for writing to and reading from a connection of your own.
 */
@SuppressWarnings("requires-automatic") // the DuckDB driver is an automatic module
module io.github.regsec.formats.sql {
    requires transitive io.github.regsec.formats;
    requires transitive java.sql;
    requires duckdb.jdbc; // the appender

    exports io.github.regsec.formats.sql;

    uses java.sql.Driver;

    provides io.github.regsec.formats.DatasetImporter with io.github.regsec.formats.sql.DuckDbFormat,
            io.github.regsec.formats.sql.SqliteFormat, io.github.regsec.formats.sql.PostgresqlFormat;
    provides io.github.regsec.formats.DatasetWriter with io.github.regsec.formats.sql.DuckDbFormat,
            io.github.regsec.formats.sql.SqliteFormat, io.github.regsec.formats.sql.PostgresqlFormat;
}
