package io.github.regsec.formats.sql;

import java.util.List;

/** A dataset in a PostgreSQL database at a {@code jdbc:postgresql://HOST/DATABASE} URL. */
public final class PostgresqlFormat extends SqlFormat {

    /** The format, as {@link java.util.ServiceLoader} makes it. */
    public PostgresqlFormat() {
        super(SqlDialect.POSTGRESQL);
    }

    /** None: a PostgreSQL database is named by a {@code jdbc:postgresql:} URL, not a file. */
    @Override
    public List<String> extensions() {
        return List.of();
    }

    @Override
    public String description() {
        return "PostgreSQL database at a jdbc:postgresql:// URL: one table per kind and per list field, dates with "
                + "earliest and latest days, views and a members_on function";
    }
}
