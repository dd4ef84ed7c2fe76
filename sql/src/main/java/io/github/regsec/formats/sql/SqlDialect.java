package io.github.regsec.formats.sql;

import java.util.Locale;

/**
 * The databases regsec writes to and reads from, and what differs between them: how a URL
 * names one, the column types, whether lists are a column type, and how "members on a day" is
 * asked. See docs/FORMATS.md#sql-databases.
 */
public enum SqlDialect {
    /** DuckDB, embedded, one file ({@code .duckdb}): lists are {@code VARCHAR[]} columns; {@code members_on} is a table macro. */
    DUCKDB("duckdb", "jdbc:duckdb:"),
    /** SQLite, embedded, one file ({@code .sqlite}, {@code .db}): dates are ISO text; lists are tables. */
    SQLITE("sqlite", "jdbc:sqlite:"),
    /** PostgreSQL, a server ({@code jdbc:postgresql://host/db}): lists are tables; {@code members_on} is a function. */
    POSTGRESQL("postgresql", "jdbc:postgresql:");

    private final String formatName;
    private final String urlPrefix;

    SqlDialect(String formatName, String urlPrefix) {
        this.formatName = formatName;
        this.urlPrefix = urlPrefix;
    }

    /**
     * The name of the format ({@code --output-format duckdb}).
     *
     * @return the lower-case name
     */
    public String formatName() {
        return formatName;
    }

    /**
     * The start of this database's JDBC URLs.
     *
     * @return {@code jdbc:duckdb:}, {@code jdbc:sqlite:} or {@code jdbc:postgresql:}
     */
    public String urlPrefix() {
        return urlPrefix;
    }

    /**
     * True when a JDBC URL names a database of this kind.
     *
     * @param url a JDBC URL
     * @return whether it starts with {@link #urlPrefix()}, in any case
     */
    public boolean accepts(String url) {
        return url.toLowerCase(Locale.ROOT).startsWith(urlPrefix);
    }

    /**
     * True when the database has a list column type (DuckDB's {@code VARCHAR[]}); otherwise each
     * list field is a table of its own.
     *
     * @return whether list fields are columns
     */
    public boolean hasListColumns() {
        return this == DUCKDB;
    }

    /**
     * The query for "the memberships in an organization on a day", certain and possible, with two
     * parameters: the organization's id (null for every organization) and the day
     * ({@code YYYY-MM-DD}). In DuckDB and PostgreSQL it calls the {@code members_on} table macro
     * or function the writer creates; SQLite has neither, so it is the documented query itself.
     * Its rows: {@code organization_id, membership_id, member, status, certainty}
     * ({@code certain} or {@code possible}), in dataset order.
     *
     * @return SQL with two {@code ?} parameters: organization id, then day
     */
    public String membersOnQuery() {
        return switch (this) {
            case DUCKDB -> "SELECT * FROM members_on(?, CAST(? AS DATE))";
            case POSTGRESQL -> "SELECT * FROM members_on(?, CAST(? AS DATE))";
            case SQLITE -> SqlViews.membersOnBody("?1", "?2") + " ORDER BY p.row_number";
        };
    }

    /** The type of a column of the given kind in this database. */
    String type(SqlSchema.ColumnType type) {
        return switch (type) {
            case TEXT -> this == DUCKDB ? "VARCHAR" : "TEXT";
            case DATE -> this == SQLITE ? "TEXT" : "DATE"; // SQLite keeps dates as ISO text, which sorts as dates do
            case INTEGER -> "INTEGER";
            case BOOLEAN -> this == SQLITE ? "INTEGER" : "BOOLEAN";
            case TEXT_LIST -> "VARCHAR[]";
        };
    }
}
