package io.github.regsec.formats.popolo;

import io.github.regsec.model.Dataset;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.FieldOffice;
import io.github.regsec.model.Identifier;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.Membership;
import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.Name;
import io.github.regsec.model.NameKind;
import io.github.regsec.model.Organization;
import io.github.regsec.model.Person;
import io.github.regsec.model.Post;
import io.github.regsec.model.Source;
import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.party.CountryParty;
import io.github.regsec.model.party.OrganizationParty;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.party.PersonParty;
import io.github.regsec.model.time.PartialDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One dataset as a Popolo document: the objects {@link PopoloWriter} writes, and a count of
 * everything it leaves out. Built once per write.
 */
final class PopoloDocument {

    private final Dataset dataset;
    private final JsonMapper mapper;
    private final Map<String, String> popoloIds = new HashMap<>();
    private final TreeSet<CountryCode> countries = new TreeSet<>((a, b) -> a.alpha2().compareTo(b.alpha2()));
    private final Map<String, Integer> leftOut = new LinkedHashMap<>();
    private final ObjectNode root;

    PopoloDocument(Dataset dataset, JsonMapper mapper) {
        this.dataset = dataset;
        this.mapper = mapper;
        dataset.records().forEach(r -> identifiersOf(r).stream()
                .filter(i -> i.scheme().equals(PopoloMapping.POPOLO_SCHEME)).findFirst()
                .ifPresent(i -> popoloIds.put(r.id(), i.value())));
        root = mapper.createObjectNode();
        ArrayNode persons = root.putArray("persons");
        dataset.persons().forEach(p -> persons.add(person(p)));
        ArrayNode organizations = root.putArray("organizations");
        dataset.organizations().forEach(o -> organizations.add(organization(o)));
        ArrayNode memberships = root.putArray("memberships");
        dataset.memberships().forEach(m -> memberships.add(membership(m)));
        ArrayNode posts = root.putArray("posts");
        dataset.posts().forEach(p -> posts.add(post(p)));
        ArrayNode events = root.putArray("events");
        dataset.meetings().forEach(m -> events.add(event(m)));
        ArrayNode areas = root.putArray("areas");
        for (CountryCode country : countries) {
            ObjectNode area = areas.addObject();
            area.put("id", areaId(country));
            area.put("name", country.name());
            area.put("classification", "country");
            area.put("identifier", country.alpha2());
        }
        count("field offices", "not written: Popolo has no field offices (posts and memberships that name one keep its"
                + " id)", dataset.fieldOffices().size());
        count("field offices' names", "not written", dataset.fieldOffices().stream().mapToInt(f -> f.names().size()).sum());
        for (Source s : dataset.sources()) {
            if (s.url() == null) {
                left("sources without a url", "not written: a Popolo source is a link");
            } else {
                leftIf(s.title() != null, "sources' title");
                leftIf(s.author() != null, "sources' author");
                leftIf(s.publisher() != null, "sources' publisher");
                leftIf(s.published() != null, "sources' published");
                leftIf(s.accessed() != null, "sources' accessed");
            }
        }
    }

    /** The document. */
    ObjectNode root() {
        return root;
    }

    /** What was left out, one line per kind of value: {@code "field offices: 5 not written: ..."}. */
    List<String> leftOut() {
        List<String> lines = new ArrayList<>();
        leftOut.forEach((what, count) -> lines.add(what.replace("{n}", String.valueOf(count))));
        return lines;
    }

    private void count(String what, String why, int n) {
        if (n > 0) {
            leftOut.merge(what + ": {n} " + why, n, Integer::sum);
        }
    }

    private void left(String what, String why) {
        leftOut.merge(what + ": {n} " + why, 1, Integer::sum);
    }

    private void leftIf(boolean present, String field) {
        if (present) {
            left(field, "not written: Popolo has no place for it");
        }
    }

    private static List<Identifier> identifiersOf(DatasetRecord record) {
        if (record instanceof Person p) {
            return p.identifiers();
        } else if (record instanceof Organization o) {
            return o.identifiers();
        } else if (record instanceof Post p) {
            return p.identifiers();
        } else if (record instanceof Meeting m) {
            return m.identifiers();
        } else if (record instanceof FieldOffice f) {
            return f.identifiers();
        }
        return List.of();
    }

    /** The Popolo id of a record: its original id when the importer renamed it. */
    private String popolo(String regsecId) {
        return popoloIds.getOrDefault(regsecId, regsecId);
    }

    private static String areaId(CountryCode country) {
        return "ocd-division/country:" + country.alpha2().toLowerCase(Locale.ROOT);
    }

    private String area(CountryCode country) {
        countries.add(country);
        return areaId(country);
    }

    private static void put(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static void put(ObjectNode node, String name, PartialDate value) {
        if (value != null) {
            node.put(name, value.toString());
        }
    }

    private void names(ObjectNode node, List<Name> names) {
        if (names.isEmpty()) {
            return;
        }
        ArrayNode array = node.putArray("other_names");
        for (Name n : names) {
            ObjectNode other = array.addObject();
            other.put("name", n.name());
            NameKind inferred = n.lang() != null ? NameKind.TRANSLATION : NameKind.ALIAS;
            if (n.kind() != inferred) {
                other.put("kind", n.kind().formatName());
            }
            put(other, "lang", n.lang());
            put(other, "start_date", n.startDate());
            put(other, "end_date", n.endDate());
            put(other, "note", n.note());
        }
    }

    private void identifiers(ObjectNode node, List<Identifier> identifiers) {
        List<Identifier> written = identifiers.stream().filter(i -> !i.scheme().equals(PopoloMapping.POPOLO_SCHEME)).toList();
        if (written.isEmpty()) {
            return;
        }
        ArrayNode array = node.putArray("identifiers");
        for (Identifier i : written) {
            ObjectNode identifier = array.addObject();
            identifier.put("identifier", i.value());
            identifier.put("scheme", i.scheme());
        }
    }

    private void sources(ObjectNode node, List<String> sourceIds) {
        ArrayNode array = null;
        for (String id : sourceIds) {
            Source source = dataset.source(id).orElse(null);
            if (source == null || source.url() == null) {
                continue; // counted once for the source itself, or a reference to nothing
            }
            if (array == null) {
                array = node.putArray("sources");
            }
            ObjectNode link = array.addObject();
            link.put("url", source.url());
            put(link, "note", source.note());
        }
    }

    private ObjectNode person(Person p) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", popolo(p.id()));
        node.put("name", p.name());
        names(node, p.names());
        identifiers(node, p.identifiers());
        put(node, "gender", p.gender());
        put(node, "birth_date", p.birthDate());
        put(node, "death_date", p.deathDate());
        put(node, "summary", p.note());
        sources(node, p.sources());
        return node;
    }

    private ObjectNode organization(Organization o) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", popolo(o.id()));
        node.put("name", o.name());
        names(node, o.names());
        identifiers(node, o.identifiers());
        node.put("classification", o.kind().formatName());
        if (o.parentId() != null) {
            node.put("parent_id", popolo(o.parentId()));
        }
        if (o.country() != null) {
            node.put("area_id", area(o.country()));
        }
        put(node, "founding_date", o.foundingDate());
        put(node, "dissolution_date", o.dissolutionDate());
        if (o.website() != null) {
            ObjectNode link = node.putArray("links").addObject();
            link.put("url", o.website());
            link.put("note", PopoloMapping.WEBSITE);
        }
        put(node, "description", o.note());
        sources(node, o.sources());
        leftIf(o.acronym() != null, "organizations' acronym");
        leftIf(o.headquartersCity() != null, "organizations' headquarters_city");
        leftIf(o.headquartersCountry() != null, "organizations' headquarters_country");
        leftIf(o.memberCount() != null, "organizations' member_count");
        return node;
    }

    private ObjectNode membership(Membership m) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", m.id());
        put(node, "role", m.role());
        Party member = m.member();
        if (member instanceof PersonParty p) {
            node.put("person_id", popolo(p.personId()));
        } else {
            ObjectNode object = node.putObject("member");
            if (member instanceof OrganizationParty o) {
                object.put("@type", "Organization");
                object.put("id", popolo(o.organizationId()));
            } else {
                object.put("@type", "Area");
                object.put("id", area(((CountryParty) member).country()));
            }
        }
        node.put("organization_id", popolo(m.organizationId()));
        if (m.postId() != null) {
            node.put("post_id", popolo(m.postId()));
        }
        if (m.onBehalfOf() instanceof OrganizationParty o) {
            node.put("on_behalf_of_id", popolo(o.organizationId()));
        } else {
            leftIf(m.onBehalfOf() != null, "memberships' on_behalf_of a country or person");
        }
        if (m.status() != MembershipStatus.MEMBER) {
            node.put("status", m.status().formatName());
        }
        put(node, "start_date", m.startDate());
        put(node, "end_date", m.endDate());
        sources(node, m.sources());
        leftIf(m.note() != null, "memberships' note");
        return node;
    }

    private ObjectNode post(Post p) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", popolo(p.id()));
        node.put("label", p.label());
        put(node, "role", p.role());
        node.put("organization_id", popolo(p.organizationId()));
        put(node, "start_date", p.startDate());
        put(node, "end_date", p.endDate());
        if (p.singleHolder() != null) {
            node.put("single_holder", p.singleHolder());
        }
        identifiers(node, p.identifiers());
        sources(node, p.sources());
        leftIf(p.note() != null, "posts' note");
        return node;
    }

    private ObjectNode event(Meeting m) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", popolo(m.id()));
        node.put("name", m.title());
        put(node, "description", m.summary());
        node.put("classification", m.kind().formatName());
        PartialDate start = m.startDate();
        PartialDate end = m.endDate();
        if (!m.isOpenEnded() && (start == null) != (end == null)) {
            // a meeting with one date took place within it; a Popolo event with one date is open at the other end
            start = start != null ? start : end;
            end = start;
        }
        put(node, "start_date", start);
        put(node, "end_date", end);
        List<OrganizationParty> organizations = m.convenors().stream().filter(OrganizationParty.class::isInstance)
                .map(OrganizationParty.class::cast).toList();
        if (!organizations.isEmpty()) {
            node.put("organization_id", popolo(organizations.get(0).organizationId()));
        }
        if (m.convenors().size() > Math.min(1, organizations.size())) {
            left("meetings' convenors after the first organization", "not written: a Popolo event has one organization");
        }
        if (m.parentId() != null) {
            node.put("parent_id", popolo(m.parentId()));
        }
        put(node, "location", m.venue());
        if (m.country() != null) {
            node.put("area_id", area(m.country()));
        }
        identifiers(node, m.identifiers());
        sources(node, m.sources());
        leftIf(m.city() != null, "meetings' city");
        leftIf(m.hostOfficeId() != null, "meetings' host_office_id");
        leftIf(m.chair() != null, "meetings' chair");
        leftIf(!m.supporters().isEmpty(), "meetings' supporters");
        leftIf(!m.topics().isEmpty(), "meetings' topics");
        leftIf(m.attendance() != null, "meetings' attendance");
        leftIf(m.note() != null, "meetings' note");
        count("meetings' participants", "not written: Popolo events have no participants", m.participants().size());
        return node;
    }
}
