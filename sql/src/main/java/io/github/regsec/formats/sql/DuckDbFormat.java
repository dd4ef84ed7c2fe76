package io.github.regsec.formats.sql;

import java.util.List;

/** A dataset in a DuckDB database file ({@code .duckdb}) or at a {@code jdbc:duckdb:} URL. */
public final class DuckDbFormat extends SqlFormat {

    /** The format, as {@link java.util.ServiceLoader} makes it. */
    public DuckDbFormat() {
        super(SqlDialect.DUCKDB);
    }

    @Override
    public List<String> extensions() {
        return List.of("duckdb");
    }

    @Override
    public String description() {
        return "DuckDB database (.duckdb): one table per kind, lists as LIST columns, dates with earliest and latest "
                + "days, views for members on a day and meeting parties";
    }
}
