package io.github.regsec.importers.schema;

import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.FieldOffice;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.Membership;
import io.github.regsec.model.Name;
import io.github.regsec.model.Organization;
import io.github.regsec.model.Participant;
import io.github.regsec.model.Source;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a record or child row into its fields in the schema's order, the same way for every
 * format: each value is a {@code String}, an {@code Integer} (for {@link FieldType#INTEGER} fields) or a
 * {@code List<String>}; absent values and empty lists
 * are left out; enumerations are written by format name (defaults included, so {@code alias} and
 * {@code in_person} are explicit); countries as alpha-2. Names and participants come without their
 * parent column; nested rows are not included.
 */
public final class RecordEncoder {

    private RecordEncoder() {
    }

    /** The fields of a top-level record. */
    public static Map<String, Object> encode(DatasetRecord record) {
        if (record instanceof Source s) {
            return source(s);
        } else if (record instanceof Organization o) {
            return organization(o);
        } else if (record instanceof FieldOffice f) {
            return fieldOffice(f);
        } else if (record instanceof Meeting m) {
            return meeting(m);
        }
        return membership((Membership) record);
    }

    /** A source's fields. */
    public static Map<String, Object> source(Source s) {
        return new Fields().put("id", s.id()).put("title", s.title()).put("author", s.author())
                .put("publisher", s.publisher()).put("published", s.published()).put("url", s.url())
                .put("accessed", s.accessed()).put("note", s.note()).map;
    }

    /** An organization's fields, without its names. */
    public static Map<String, Object> organization(Organization o) {
        return new Fields().put("id", o.id()).put("name", o.name()).put("acronym", o.acronym())
                .put("kind", o.kind().formatName()).put("parent_id", o.parentId())
                .put("founding_date", o.foundingDate()).put("dissolution_date", o.dissolutionDate())
                .put("headquarters_city", o.headquartersCity()).put("headquarters_country", o.headquartersCountry())
                .put("country", o.country()).put("member_count", o.memberCount()).put("website", o.website())
                .list("identifiers", o.identifiers()).list("sources", o.sources()).put("note", o.note()).map;
    }

    /** A name's fields, without {@code record_id}. */
    public static Map<String, Object> name(Name n) {
        return new Fields().put("name", n.name()).put("kind", n.kind().formatName()).put("lang", n.lang())
                .put("start_date", n.startDate()).put("end_date", n.endDate()).put("note", n.note()).map;
    }

    /** A field office's fields, without its names. */
    public static Map<String, Object> fieldOffice(FieldOffice f) {
        return new Fields().put("id", f.id()).put("organization_id", f.organizationId()).put("name", f.name())
                .put("kind", f.kind().formatName()).put("country", f.country()).put("city", f.city())
                .put("opening_date", f.openingDate()).put("closing_date", f.closingDate())
                .list("identifiers", f.identifiers()).list("sources", f.sources()).put("note", f.note()).map;
    }

    /** A meeting's fields, without its participants. */
    public static Map<String, Object> meeting(Meeting m) {
        return new Fields().put("id", m.id()).put("title", m.title()).put("kind", m.kind().formatName())
                .put("start_date", m.startDate()).put("end_date", m.endDate()).put("country", m.country())
                .put("city", m.city()).put("venue", m.venue()).put("parent_id", m.parentId())
                .list("convenors", m.convenors()).put("host_office_id", m.hostOfficeId()).put("chair", m.chair())
                .list("supporters", m.supporters()).list("topics", m.topics()).put("attendance", m.attendance())
                .put("summary", m.summary()).list("sources", m.sources()).put("note", m.note()).map;
    }

    /** A participant's fields, without {@code meeting_id}. */
    public static Map<String, Object> participant(Participant p) {
        return new Fields().put("person", p.person()).put("role", p.role()).put("affiliation", p.affiliation())
                .put("mode", p.mode().formatName()).put("note", p.note()).map;
    }

    /** A membership's fields. */
    public static Map<String, Object> membership(Membership m) {
        return new Fields().put("id", m.id()).put("organization_id", m.organizationId()).put("member", m.member())
                .put("status", m.status().formatName()).put("start_date", m.startDate()).put("end_date", m.endDate())
                .list("sources", m.sources()).put("note", m.note()).map;
    }

    /** Collects present values in order: integers as they are, other values by their {@code toString()}. */
    private static final class Fields {
        private final Map<String, Object> map = new LinkedHashMap<>();

        Fields put(String field, Object value) {
            if (value != null) {
                map.put(field, value instanceof Integer ? value : value.toString());
            }
            return this;
        }

        Fields list(String field, List<?> values) {
            if (!values.isEmpty()) {
                map.put(field, values.stream().map(Object::toString).collect(Collectors.toUnmodifiableList()));
            }
            return this;
        }
    }
}
