package io.github.regsec.formats.sql;

import io.github.regsec.model.table.Field;
import io.github.regsec.model.table.RecordTable;
import io.github.regsec.model.table.RecordTables;
import java.util.ArrayList;
import java.util.List;

/**
 * The views, macros and functions written beside the tables for the common questions, the same
 * SQL in every database where it can be: {@code membership_periods} (each membership with its
 * certain and possible bounds), {@code members_on(org, day)} (a table macro in DuckDB, a
 * function in PostgreSQL, {@link SqlDialect#membersOnQuery()} in SQLite) and
 * {@code meeting_parties} (each meeting's parties, one row each). In DuckDB, each list field also
 * gets a view shaped like the other databases' list tables ({@code meetings_topics}), so that
 * the same SQL joins lists everywhere. See docs/FORMATS.md#sql-databases.
 */
final class SqlViews {

    /** Each membership with its dates as given and its certain and possible bounds. */
    static final String MEMBERSHIP_PERIODS = "CREATE VIEW membership_periods AS\n"
            + "SELECT id AS membership_id, organization_id, member, status, post_id, role, start_date, end_date,\n"
            + "       start_date_latest AS certain_from, end_date_earliest AS certain_to,\n"
            + "       start_date_earliest AS possible_from, end_date_latest AS possible_to,\n"
            + "       (end_date_latest IS NOT NULL AND start_date_earliest IS NOT NULL\n"
            + "        AND end_date_latest < start_date_earliest) AS dates_contradict,\n"
            + "       row_number\n"
            + "FROM memberships";

    /** Each meeting's parties: how each takes part, and the meeting's title and dates. */
    static final String MEETING_PARTIES = "CREATE VIEW meeting_parties AS\n"
            + "WITH direct AS (\n"
            + "  SELECT id AS meeting_id, value AS party, 'convenor' AS how FROM meetings_convenors\n"
            + "  UNION ALL SELECT id, chair, 'chair' FROM meetings WHERE chair IS NOT NULL\n"
            + "  UNION ALL SELECT id, value, 'supporter' FROM meetings_supporters\n"
            + "  UNION ALL SELECT meeting_id, affiliation, 'participant_affiliation' FROM meeting_participants\n"
            + "            WHERE affiliation IS NOT NULL\n"
            + "  UNION ALL SELECT meeting_id, 'person:' || person_id, 'participant' FROM meeting_participants\n"
            + "            WHERE person_id IS NOT NULL\n"
            + "  UNION ALL SELECT m.id, 'org:' || f.organization_id, 'host_office' FROM meetings m\n"
            + "            JOIN field_offices f ON f.id = m.host_office_id\n"
            + "), parties AS (\n"
            + "  SELECT meeting_id, party, how FROM direct\n"
            + "  UNION ALL SELECT d.meeting_id, 'country:' || o.country, 'government_country' FROM direct d\n"
            + "            JOIN organizations o ON d.party = 'org:' || o.id\n"
            + "            WHERE o.kind IN ('government', 'government_agency') AND o.country IS NOT NULL\n"
            + ")\n"
            + "SELECT p.meeting_id, m.title, m.start_date, m.start_date_earliest, m.start_date_latest, p.party, p.how\n"
            + "FROM parties p JOIN meetings m ON m.id = p.meeting_id";

    private SqlViews() {
    }

    /**
     * The body of "members on a day" with the organization and the day as the given SQL
     * expressions (a parameter, a macro argument), without its {@code ORDER BY p.row_number}.
     */
    static String membersOnBody(String organization, String day) {
        return "SELECT p.organization_id, p.membership_id, p.member, p.status,\n"
                + "       CASE WHEN p.certain_from <= " + day + " AND (p.certain_to IS NULL OR p.certain_to >= " + day + ")\n"
                + "            THEN 'certain' ELSE 'possible' END AS certainty\n"
                + "FROM membership_periods p\n"
                + "WHERE (" + organization + " IS NULL OR p.organization_id = " + organization + ")\n"
                + "  AND NOT p.dates_contradict\n"
                + "  AND (p.possible_from IS NULL OR p.possible_from <= " + day + ")\n"
                + "  AND (p.possible_to IS NULL OR p.possible_to >= " + day + ")";
    }

    /** The statements that create the views (and macro or function) of a schema, in order. */
    static List<String> create(SqlSchema schema) {
        List<String> sql = new ArrayList<>();
        if (schema.dialect().hasListColumns()) {
            for (RecordTable<?> records : RecordTables.all()) {
                for (Field<?> field : records.fields()) {
                    if (field.type().isList()) {
                        sql.add(listView(records, field));
                    }
                }
            }
        }
        sql.add(MEMBERSHIP_PERIODS);
        switch (schema.dialect()) {
            case DUCKDB -> sql.add("CREATE MACRO members_on(org, day) AS TABLE\n"
                    + membersOnBody("org", "CAST(day AS DATE)") + "\nORDER BY p.row_number");
            case POSTGRESQL -> sql.add("CREATE FUNCTION members_on(org TEXT, day DATE)\n"
                    + "RETURNS TABLE (organization_id TEXT, membership_id TEXT, member TEXT, status TEXT, certainty TEXT)\n"
                    + "LANGUAGE sql STABLE AS $$\n" + membersOnBody("org", "day") + "\nORDER BY p.row_number\n$$");
            case SQLITE -> { } // no table functions: SqlDialect.membersOnQuery() is the documented query
        }
        sql.add(MEETING_PARTIES);
        return sql;
    }

    /** The names of the views, macros and functions, to drop them before a dataset is written again. */
    static List<String> drop(SqlSchema schema) {
        List<String> sql = new ArrayList<>();
        sql.add("DROP VIEW IF EXISTS meeting_parties");
        switch (schema.dialect()) {
            case DUCKDB -> sql.add("DROP MACRO TABLE IF EXISTS members_on");
            case POSTGRESQL -> sql.add("DROP FUNCTION IF EXISTS members_on(TEXT, DATE)");
            case SQLITE -> { }
        }
        sql.add("DROP VIEW IF EXISTS membership_periods");
        if (schema.dialect().hasListColumns()) {
            for (RecordTable<?> records : RecordTables.all()) {
                for (Field<?> field : records.fields()) {
                    if (field.type().isList()) {
                        sql.add("DROP VIEW IF EXISTS " + SqlSchema.quote(SqlSchema.listTableName(records, field)));
                    }
                }
            }
        }
        return sql;
    }

    /** In DuckDB, a list column as rows shaped like a list table: owner key, position, value. */
    private static String listView(RecordTable<?> records, Field<?> field) {
        String owner = records.isChild() ? SqlSchema.ROW_NUMBER + " AS " + SqlSchema.OWNER_ROW_NUMBER : "id";
        String column = SqlSchema.quote(field.name());
        return "CREATE VIEW " + SqlSchema.quote(SqlSchema.listTableName(records, field)) + " AS\n"
                + "SELECT " + owner + ", UNNEST(generate_series(1, len(" + column + "))) AS position, UNNEST("
                + column + ") AS value\nFROM " + SqlSchema.quote(SqlSchema.tableName(records));
    }
}
