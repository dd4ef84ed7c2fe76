package io.github.regsec.formats.sql;

import java.util.List;

/** A dataset in an SQLite database file ({@code .sqlite}, {@code .db}) or at a {@code jdbc:sqlite:} URL. */
public final class SqliteFormat extends SqlFormat {

    /** The format, as {@link java.util.ServiceLoader} makes it. */
    public SqliteFormat() {
        super(SqlDialect.SQLITE);
    }

    @Override
    public List<String> extensions() {
        return List.of("sqlite", "db");
    }

    @Override
    public String description() {
        return "SQLite database (.sqlite, .db): one table per kind and per list field, dates with earliest and "
                + "latest days, views for membership periods and meeting parties";
    }
}
