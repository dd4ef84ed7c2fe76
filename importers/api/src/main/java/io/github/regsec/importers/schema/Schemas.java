package io.github.regsec.importers.schema;

import static io.github.regsec.importers.schema.FieldType.COUNTRY;
import static io.github.regsec.importers.schema.FieldType.DATE;
import static io.github.regsec.importers.schema.FieldType.ENUM;
import static io.github.regsec.importers.schema.FieldType.ID;
import static io.github.regsec.importers.schema.FieldType.IDENTIFIER_LIST;
import static io.github.regsec.importers.schema.FieldType.INTEGER;
import static io.github.regsec.importers.schema.FieldType.PARTY;
import static io.github.regsec.importers.schema.FieldType.PARTY_LIST;
import static io.github.regsec.importers.schema.FieldType.TEXT;
import static io.github.regsec.importers.schema.FieldType.TEXT_LIST;

import io.github.regsec.model.RecordKind;
import java.util.List;
import java.util.Optional;

/**
 * The schemas of the seven record kinds, in the order of a CSV directory's files: sources,
 * organizations, names, field offices, meetings, participants, memberships. The single source
 * of field names and order for every reader and writer.
 */
public final class Schemas {

    public static final RecordSchema SOURCE = new RecordSchema(RecordKind.SOURCE, "sources.csv", "sources", "source", null, List.of(
            req("id", ID), opt("title", TEXT), opt("author", TEXT), opt("publisher", TEXT), opt("published", DATE),
            opt("url", TEXT), opt("accessed", DATE), opt("note", TEXT)));

    public static final RecordSchema ORGANIZATION = new RecordSchema(RecordKind.ORGANIZATION, "organizations.csv",
            "organizations", "organization", null, List.of(
            req("id", ID), req("name", TEXT), opt("acronym", TEXT), req("kind", ENUM), opt("parent_id", ID),
            opt("founding_date", DATE), opt("dissolution_date", DATE), opt("headquarters_city", TEXT),
            opt("headquarters_country", COUNTRY), opt("country", COUNTRY), opt("member_count", INTEGER),
            opt("website", TEXT), opt("identifiers", IDENTIFIER_LIST), opt("sources", TEXT_LIST), opt("note", TEXT)));

    public static final RecordSchema NAME = new RecordSchema(RecordKind.NAME, "names.csv", "names", null, "record_id", List.of(
            req("name", TEXT), opt("kind", ENUM), opt("lang", TEXT), opt("start_date", DATE), opt("end_date", DATE),
            opt("note", TEXT)));

    public static final RecordSchema FIELD_OFFICE = new RecordSchema(RecordKind.FIELD_OFFICE, "field_offices.csv",
            "field_offices", "field_office", null, List.of(
            req("id", ID), req("organization_id", ID), req("name", TEXT), req("kind", ENUM), req("country", COUNTRY),
            opt("city", TEXT), opt("opening_date", DATE), opt("closing_date", DATE), opt("identifiers", IDENTIFIER_LIST),
            opt("sources", TEXT_LIST), opt("note", TEXT)));

    public static final RecordSchema MEETING = new RecordSchema(RecordKind.MEETING, "meetings.csv", "meetings", "meeting", null, List.of(
            req("id", ID), req("title", TEXT), req("kind", ENUM), opt("start_date", DATE), opt("end_date", DATE),
            opt("country", COUNTRY), opt("city", TEXT), opt("venue", TEXT), opt("parent_id", ID),
            opt("convenors", PARTY_LIST), opt("host_office_id", ID), opt("chair", PARTY), opt("supporters", PARTY_LIST),
            opt("topics", TEXT_LIST), opt("attendance", INTEGER), opt("summary", TEXT), opt("sources", TEXT_LIST),
            opt("note", TEXT)));

    public static final RecordSchema PARTICIPANT = new RecordSchema(RecordKind.PARTICIPANT, "meeting_participants.csv",
            "participants", null, "meeting_id", List.of(
            opt("person", TEXT), opt("role", TEXT), opt("affiliation", PARTY), opt("mode", ENUM), opt("note", TEXT)));

    public static final RecordSchema MEMBERSHIP = new RecordSchema(RecordKind.MEMBERSHIP, "memberships.csv", "memberships",
            "membership", null, List.of(
            req("id", ID), req("organization_id", ID), req("member", PARTY), req("status", ENUM), opt("start_date", DATE),
            opt("end_date", DATE), opt("sources", TEXT_LIST), opt("note", TEXT)));

    private static final List<RecordSchema> ALL = List.of(SOURCE, ORGANIZATION, NAME, FIELD_OFFICE, MEETING, PARTICIPANT, MEMBERSHIP);

    private Schemas() {
    }

    private static FieldSpec req(String name, FieldType type) {
        return new FieldSpec(name, type, true);
    }

    private static FieldSpec opt(String name, FieldType type) {
        return new FieldSpec(name, type, false);
    }

    /** All seven schemas in CSV file order. */
    public static List<RecordSchema> all() {
        return ALL;
    }

    /** The schema of a record kind. */
    public static RecordSchema of(RecordKind kind) {
        for (RecordSchema schema : ALL) {
            if (schema.kind() == kind) {
                return schema;
            }
        }
        throw new IllegalArgumentException("no schema for " + kind);
    }

    /** The schema whose CSV file has this name. */
    public static Optional<RecordSchema> forCsvFile(String fileName) {
        return ALL.stream().filter(s -> s.csvFile().equals(fileName)).findFirst();
    }

    /** The top-level schema whose JSON Lines {@code type} is this. */
    public static Optional<RecordSchema> forJsonlType(String type) {
        for (RecordSchema schema : ALL) {
            if (type.equals(schema.jsonlType())) {
                return Optional.of(schema);
            }
        }
        return Optional.empty();
    }

    /** The top-level schema whose JSON document array has this name. */
    public static Optional<RecordSchema> forJsonArray(String name) {
        return ALL.stream().filter(s -> !s.isChild() && s.jsonName().equals(name)).findFirst();
    }
}
