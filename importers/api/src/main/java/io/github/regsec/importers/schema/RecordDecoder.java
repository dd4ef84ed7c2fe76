package io.github.regsec.importers.schema;

import io.github.regsec.model.FieldOffice;
import io.github.regsec.model.FieldOfficeKind;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.MeetingKind;
import io.github.regsec.model.Membership;
import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.Name;
import io.github.regsec.model.NameKind;
import io.github.regsec.model.Organization;
import io.github.regsec.model.OrganizationKind;
import io.github.regsec.model.Participant;
import io.github.regsec.model.ParticipationMode;
import io.github.regsec.model.Source;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import java.util.function.Function;

/**
 * Turns one row's raw values into a record or child row, the same way for every format: required
 * values present, every value parsed, every problem with its field and location. Names and
 * participants come back without their parent; a format reader attaches them.
 */
public final class RecordDecoder {

    private RecordDecoder() {
    }

    /** Decodes a row of the given schema's kind into a record or child row. */
    public static Decoded<?> decode(RecordSchema schema, FieldValues values) {
        switch (schema.kind()) {
            case SOURCE: return source(values);
            case ORGANIZATION: return organization(values);
            case NAME: return name(values);
            case FIELD_OFFICE: return fieldOffice(values);
            case MEETING: return meeting(values);
            case PARTICIPANT: return participant(values);
            case MEMBERSHIP: return membership(values);
            default: throw new IllegalArgumentException("no decoder for " + schema.kind());
        }
    }

    private static <T> Decoded<T> decode(RecordSchema schema, FieldValues values, String idField,
                                         Function<ValueReader, T> build) {
        ValueReader r = new ValueReader(values, schema.kind(), idField == null ? null : values.text(idField));
        for (FieldSpec field : schema.fields()) {
            if (field.required()) {
                r.require(field.name());
            }
        }
        T value = build.apply(r);
        return new Decoded<>(r.hasErrors() ? null : value, r.problems());
    }

    /** A source row. */
    public static Decoded<Source> source(FieldValues values) {
        return decode(Schemas.SOURCE, values, "id", r -> {
            var published = r.date("published");
            var accessed = r.date("accessed");
            return r.hasErrors() ? null : new Source(r.text("id"), r.text("title"), r.text("author"),
                    r.text("publisher"), published, r.text("url"), accessed, r.text("note"));
        });
    }

    /** An organization row, without its names. */
    public static Decoded<Organization> organization(FieldValues values) {
        return decode(Schemas.ORGANIZATION, values, "id", r -> {
            var kind = r.enumValue("kind", OrganizationKind::parse);
            var b = Organization.builder(r.text("id"), r.text("name"), kind)
                    .acronym(r.text("acronym")).parentId(r.reference("parent_id"))
                    .foundingDate(r.date("founding_date")).dissolutionDate(r.date("dissolution_date"))
                    .headquartersCity(r.text("headquarters_city")).headquartersCountry(r.country("headquarters_country"))
                    .country(r.country("country")).memberCount(r.integer("member_count")).website(r.text("website"))
                    .identifiers(r.identifiers("identifiers")).sources(r.texts("sources")).note(r.text("note"));
            return r.hasErrors() ? null : b.build();
        });
    }

    /** A name row, without its {@code record_id}. */
    public static Decoded<Name> name(FieldValues values) {
        return decode(Schemas.NAME, values, "record_id", r -> {
            var kind = r.enumValue("kind", NameKind::parse);
            var start = r.date("start_date");
            var end = r.date("end_date");
            return r.hasErrors() ? null : new Name(r.text("name"), kind, r.text("lang"), start, end, r.text("note"));
        });
    }

    /** A field office row, without its names. */
    public static Decoded<FieldOffice> fieldOffice(FieldValues values) {
        return decode(Schemas.FIELD_OFFICE, values, "id", r -> {
            var kind = r.enumValue("kind", FieldOfficeKind::parse);
            var country = r.country("country");
            var b = FieldOffice.builder(r.text("id"), r.reference("organization_id"), r.text("name"), kind, country)
                    .city(r.text("city")).openingDate(r.date("opening_date")).closingDate(r.date("closing_date"))
                    .identifiers(r.identifiers("identifiers")).sources(r.texts("sources")).note(r.text("note"));
            return r.hasErrors() ? null : b.build();
        });
    }

    /** A meeting row, without its participants. */
    public static Decoded<Meeting> meeting(FieldValues values) {
        return decode(Schemas.MEETING, values, "id", r -> {
            var kind = r.enumValue("kind", MeetingKind::parse);
            var b = Meeting.builder(r.text("id"), r.text("title"), kind)
                    .startDate(r.date("start_date")).endDate(r.date("end_date")).country(r.country("country"))
                    .city(r.text("city")).venue(r.text("venue")).parentId(r.reference("parent_id"))
                    .convenors(r.parties("convenors")).hostOfficeId(r.reference("host_office_id")).chair(r.party("chair"))
                    .supporters(r.parties("supporters")).topics(r.texts("topics")).attendance(r.integer("attendance"))
                    .summary(r.text("summary")).sources(r.texts("sources")).note(r.text("note"));
            return r.hasErrors() ? null : b.build();
        });
    }

    /** A participant row, without its {@code meeting_id}. */
    public static Decoded<Participant> participant(FieldValues values) {
        return decode(Schemas.PARTICIPANT, values, "meeting_id", r -> {
            var affiliation = r.party("affiliation");
            var mode = r.enumValue("mode", ParticipationMode::parse);
            if (r.text("person") == null && r.text("role") == null && r.text("affiliation") == null) {
                r.report(Problem.error(RuleIds.REQUIRED,
                        "a participant needs a person, a role or an affiliation: give at least one"), "person");
            }
            return r.hasErrors() ? null : new Participant(r.text("person"), r.text("role"), affiliation, mode, r.text("note"));
        });
    }

    /** A membership row. */
    public static Decoded<Membership> membership(FieldValues values) {
        return decode(Schemas.MEMBERSHIP, values, "id", r -> {
            var member = r.party("member");
            var status = r.enumValue("status", MembershipStatus::parse);
            var start = r.date("start_date");
            var end = r.date("end_date");
            var sources = r.texts("sources");
            return r.hasErrors() ? null : new Membership(r.text("id"), r.reference("organization_id"), member, status,
                    start, end, sources, r.text("note"));
        });
    }
}
