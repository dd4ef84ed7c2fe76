package io.github.regsec.formats.popolo;

import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.ImportException;
import io.github.regsec.formats.popolo.PopoloImporter.Item;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.FormatName;
import io.github.regsec.model.Identifier;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.MeetingKind;
import io.github.regsec.model.Membership;
import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.Name;
import io.github.regsec.model.NameKind;
import io.github.regsec.model.Organization;
import io.github.regsec.model.OrganizationKind;
import io.github.regsec.model.Person;
import io.github.regsec.model.Post;
import io.github.regsec.model.RecordKind;
import io.github.regsec.model.Source;
import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.party.OrganizationParty;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.party.PersonParty;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Turns the record objects of one Popolo file into regsec records and reports them to the
 * import context: the mapping of docs/FORMATS.md#popolo. One per read.
 */
final class PopoloMapping {

    /** The identifier scheme that keeps a Popolo id regsec renamed. */
    static final String POPOLO_SCHEME = "popolo";

    /** The note of the Popolo link that is an organization's web site. */
    static final String WEBSITE = "website";

    private static final Pattern TAG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern DATE_TIME = Pattern.compile("([0-9]{4}-[0-9]{2}-[0-9]{2})T.*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final String file;
    private final ImportContext context;
    private final Map<String, List<Item>> collections;
    private final Map<String, CountryCode> countryAreas = new HashMap<>();
    private final Map<String, String> postOrganizations = new HashMap<>();
    private final Set<String> sourceIds = new HashSet<>();
    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private PopoloIds ids;

    PopoloMapping(String file, ImportContext context, Map<String, List<Item>> collections) {
        this.file = file;
        this.context = context;
        this.collections = collections;
    }

    /** A count of one kind of value that was changed or not imported, reported once at the end. */
    private static final class Tally {
        final String rule;
        final String field;
        final String what;
        final String noun;
        final Location first;
        final Map<String, Integer> values = new TreeMap<>();
        int count;

        Tally(String rule, String field, String what, String noun, Location first) {
            this.rule = rule;
            this.field = field;
            this.what = what;
            this.noun = noun;
            this.first = first;
        }

        /** {@code persons[].images: not imported: regsec has no place for it (36 values)}. */
        String message() {
            String counted = count + " " + noun + (count == 1 ? "" : "s");
            String listed = values.isEmpty() ? "" : ": " + String.join(", ", values.entrySet().stream()
                    .map(e -> "'" + e.getKey() + "'" + (e.getValue() > 1 ? " ×" + e.getValue() : "")).toList());
            return field + ": " + what + " (" + counted + listed + ")";
        }
    }

    void run() throws ImportException {
        List<String> originals = new ArrayList<>();
        for (String collection : List.of("persons", "organizations", "posts", "events", "memberships")) {
            for (Item item : items(collection)) {
                JsonNode id = item.node().get("id");
                if (id != null && id.isString() && !id.asString().isEmpty()) {
                    originals.add(id.asString());
                }
            }
        }
        ids = new PopoloIds(originals);
        areas();
        for (Item item : items("posts")) {
            JsonNode id = item.node().get("id");
            JsonNode organization = item.node().get("organization_id");
            if (id != null && id.isString() && organization != null && organization.isString()) {
                postOrganizations.put(id.asString(), organization.asString());
            }
        }
        int n = 0;
        for (Item item : items("organizations")) {
            organization(item);
        }
        for (Item item : items("events")) {
            event(item);
        }
        for (Item item : items("memberships")) {
            membership(item, ++n);
        }
        for (Item item : items("persons")) {
            person(item);
        }
        for (Item item : items("posts")) {
            post(item);
        }
        for (Tally t : tallies.values()) {
            context.report(Problem.warning(t.rule, t.message()).withField(t.field).withLocation(t.first));
        }
    }

    private List<Item> items(String collection) {
        return collections.getOrDefault(collection, List.of());
    }

    // ---- tallies ----

    private void tally(String rule, String field, String what, String noun, Location at, String value) {
        Tally t = tallies.computeIfAbsent(rule + " " + field + " " + what, k -> new Tally(rule, field, what, noun, at));
        t.count++;
        if (value != null) {
            t.values.merge(value, 1, Integer::sum);
        }
    }

    private void unmapped(String field, Location at) {
        tally(PopoloRuleIds.UNMAPPED_FIELD, field, "not imported: regsec has no place for it", "value", at, null);
    }

    // ---- one record object ----

    /** One record object being read: its values, which of them were used, its problems. */
    private final class Fields {
        final String collection;
        final JsonNode node;
        final Location at;
        final RecordKind kind;
        final Set<String> used = new HashSet<>();
        final List<Problem> problems = new ArrayList<>();
        String recordId;

        Fields(String collection, Item item, RecordKind kind) {
            this.collection = collection;
            this.node = item.node();
            this.at = item.location();
            this.kind = kind;
        }

        boolean isObject() throws ImportException {
            if (!node.isObject()) {
                context.rejected(at, List.of(Problem.error(RuleIds.SYNTAX, collection + ": expected a Popolo object {...},"
                        + " found " + describe(node)).withRecord(kind, null).withField(collection).withLocation(at)));
                return false;
            }
            return true;
        }

        JsonNode value(String name) {
            used.add(name);
            JsonNode value = node.get(name);
            return value == null || value.isNull() ? null : value;
        }

        String text(String name) {
            JsonNode value = value(name);
            if (value == null) {
                return null;
            }
            if (!value.isString()) {
                error(RuleIds.SYNTAX, name, name + ": expected a text (a JSON string), found " + describe(value));
                return null;
            }
            return value.asString().isEmpty() ? null : value.asString();
        }

        String required(String name, String text) {
            if (text == null || text.isBlank()) {
                error(RuleIds.REQUIRED, name, name + " is required: regsec needs a value");
            }
            return text;
        }

        PartialDate date(String name) {
            String text = text(name);
            if (text == null) {
                return null;
            }
            var time = DATE_TIME.matcher(text);
            if (kind == RecordKind.MEETING && time.matches()) {
                tally(PopoloRuleIds.CHANGED_VALUE, collection + "[]." + name, "read as a day: regsec dates have no time of"
                        + " day", "value", at, null);
                text = time.group(1);
            }
            try {
                return PartialDate.parse(text);
            } catch (IllegalArgumentException | DateTimeException e) {
                error(RuleIds.SYNTAX, name, name + ": " + e.getMessage());
                return null;
            }
        }

        List<JsonNode> array(String name) {
            JsonNode value = value(name);
            if (value == null) {
                return List.of();
            }
            if (!value.isArray()) {
                error(RuleIds.SYNTAX, name, name + ": expected an array, found " + describe(value));
                return List.of();
            }
            List<JsonNode> items = new ArrayList<>();
            value.forEach(items::add);
            return items;
        }

        void error(String rule, String field, String message) {
            problems.add(Problem.error(rule, message).withRecord(kind, recordId).withField(field).withLocation(at));
        }

        /** The record's own id, renamed when it is not a regsec id; null (with a problem) when absent. */
        String id() {
            String original = required("id", text("id"));
            if (original == null) {
                return null;
            }
            recordId = ids.regsec(original);
            if (PopoloIds.needsMapping(original)) {
                tally(PopoloRuleIds.RENAMED_ID, collection + "[].id", "not a regsec id: renamed, the original kept as the"
                        + " identifier popolo:<id>", "id", at, original + "' is '" + recordId);
            }
            return recordId;
        }

        /** Every value not used, counted as not imported. */
        void tallyTheRest() {
            node.propertyNames().forEach(name -> {
                if (!used.contains(name) && !node.get(name).isNull()) {
                    unmapped(collection + "[]." + name, at);
                }
            });
        }

        /** Hands the record to the context, or rejects the row with its problems. */
        void finish(java.util.function.Supplier<DatasetRecord> build) throws ImportException {
            tallyTheRest();
            if (problems.stream().anyMatch(Problem::isError)) {
                context.rejected(at, problems);
                return;
            }
            DatasetRecord record;
            try {
                record = build.get();
            } catch (RuntimeException e) { // a value the record refuses: reported, never thrown
                context.rejected(at, List.of(Problem.error(RuleIds.SYNTAX, e.getMessage()).withRecord(kind, recordId)
                        .withLocation(at)));
                return;
            }
            context.accept(record, at);
        }
    }

    /** A JSON value in words, for messages. */
    static String describe(JsonNode value) {
        if (value == null || value.isNull()) {
            return "null";
        }
        if (value.isString()) {
            return "the text \"" + value.asString() + "\"";
        }
        if (value.isNumber()) {
            return "the number " + value.asString();
        }
        if (value.isBoolean()) {
            return value.asString();
        }
        return value.isArray() ? "an array" : "an object";
    }

    // ---- shared parts ----

    private List<Identifier> identifiers(Fields f, String originalId) {
        List<Identifier> result = new ArrayList<>();
        for (JsonNode item : f.array("identifiers")) {
            JsonNode scheme = item.get("scheme");
            JsonNode value = item.get("identifier");
            if (value == null || !value.isString() || value.asString().isBlank()) {
                f.error(RuleIds.SYNTAX, "identifiers", "identifiers: an identifier object needs \"identifier\", a text");
                continue;
            }
            if (scheme == null || !scheme.isString() || scheme.asString().isBlank()) {
                tally(PopoloRuleIds.UNMAPPED_FIELD, f.collection + "[].identifiers", "not imported: no scheme, and a regsec"
                        + " identifier is scheme:value", "identifier", f.at, null);
                continue;
            }
            String regsecScheme = scheme(scheme.asString());
            if (!regsecScheme.equals(scheme.asString())) {
                tally(PopoloRuleIds.CHANGED_VALUE, f.collection + "[].identifiers", "scheme written as regsec writes"
                        + " schemes", "identifier", f.at, scheme.asString() + "' is '" + regsecScheme);
            }
            try {
                result.add(new Identifier(regsecScheme, value.asString().strip()));
            } catch (IllegalArgumentException e) {
                tally(PopoloRuleIds.UNMAPPED_FIELD, f.collection + "[].identifiers", "not imported: not a regsec"
                        + " identifier", "identifier", f.at, regsecScheme + ":" + value.asString());
            }
            item.propertyNames().forEach(name -> {
                if (!name.equals("scheme") && !name.equals("identifier")) {
                    unmapped(f.collection + "[].identifiers[]." + name, f.at);
                }
            });
        }
        if (originalId != null && PopoloIds.needsMapping(originalId)) {
            try {
                result.add(new Identifier(POPOLO_SCHEME, originalId));
            } catch (IllegalArgumentException e) {
                tally(PopoloRuleIds.UNMAPPED_FIELD, f.collection + "[].id", "original id not kept: it holds a ';' or"
                        + " spaces around it, which an identifier cannot", "id", f.at, originalId);
            }
        }
        return result;
    }

    /** A scheme as regsec writes it: lower case, other characters {@code -}, starting with a letter. */
    static String scheme(String popolo) {
        String s = popolo.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
        return SCHEME.matcher(s).matches() ? s : "x-" + s.replaceAll("^-+", "");
    }

    private List<Name> names(Fields f) {
        List<Name> names = new ArrayList<>();
        for (JsonNode item : f.array("other_names")) {
            JsonNode name = item.get("name");
            if (name == null || !name.isString() || name.asString().isBlank()) {
                f.error(RuleIds.REQUIRED, "other_names", "other_names: an other name needs \"name\", a text");
                continue;
            }
            Name.Builder b = Name.builder().name(name.asString());
            String lang = string(item, "lang");
            String kind = string(item, "kind");
            NameKind nameKind = null;
            if (kind != null) {
                try {
                    nameKind = NameKind.parse(kind);
                } catch (IllegalArgumentException e) {
                    f.error(RuleIds.SYNTAX, "other_names", "other_names: kind: " + e.getMessage());
                }
            }
            b.kind(nameKind != null ? nameKind : lang != null ? NameKind.TRANSLATION : NameKind.ALIAS).lang(lang)
                    .note(string(item, "note"));
            for (String dateField : List.of("start_date", "end_date")) {
                String text = string(item, dateField);
                if (text != null) {
                    try {
                        PartialDate date = PartialDate.parse(text);
                        if (dateField.equals("start_date")) {
                            b.startDate(date);
                        } else {
                            b.endDate(date);
                        }
                    } catch (IllegalArgumentException | DateTimeException e) {
                        f.error(RuleIds.SYNTAX, "other_names", "other_names: " + dateField + ": " + e.getMessage());
                    }
                }
            }
            item.propertyNames().forEach(p -> {
                if (!Set.of("name", "lang", "kind", "note", "start_date", "end_date").contains(p) && !item.get(p).isNull()) {
                    unmapped(f.collection + "[].other_names[]." + p, f.at);
                }
            });
            names.add(b.build());
        }
        return names;
    }

    private static String string(JsonNode object, String name) {
        JsonNode value = object.get(name);
        return value != null && value.isString() && !value.asString().isEmpty() ? value.asString() : null;
    }

    /** The source records of a record's {@code sources} links, made once per url and note. */
    private List<String> sources(Fields f) {
        List<String> result = new ArrayList<>();
        for (JsonNode link : f.array("sources")) {
            String url = string(link, "url");
            if (url == null) {
                tally(PopoloRuleIds.UNMAPPED_FIELD, f.collection + "[].sources", "not imported: a link without a url",
                        "link", f.at, null);
                continue;
            }
            String note = string(link, "note");
            String id = "popolo-source-" + hash(url + "\u0000" + (note == null ? "" : note));
            if (sourceIds.add(id)) {
                context.derived(new Source(id, null, null, null, null, url, null, note), f.at);
            }
            if (!result.contains(id)) {
                result.add(id);
            }
        }
        return result;
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** The country of a Popolo area id, or null (with a tally) when the area is not a country. */
    private CountryCode country(Fields f, String areaId) {
        if (areaId == null) {
            return null;
        }
        CountryCode country = countryAreas.get(areaId);
        if (country == null) {
            tally(PopoloRuleIds.UNMAPPED_FIELD, f.collection + "[].area_id", "not imported: the area is not a"
                    + " country", "value", f.at, null);
        }
        return country;
    }

    /** A regsec enumeration constant from a Popolo classification, or the fallback (tallied). */
    private <E extends Enum<E> & FormatName> E classification(Fields f, Class<E> type, E fallback) {
        String text = f.text("classification");
        if (text != null) {
            String key = text.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            for (E constant : type.getEnumConstants()) {
                if (constant.formatName().equals(key)) {
                    return constant;
                }
            }
        }
        tally(PopoloRuleIds.CHANGED_VALUE, f.collection + "[].classification", (text == null ? "no classification"
                : "not a regsec kind") + ": read as kind " + fallback.formatName(), "record", f.at, text);
        return fallback;
    }

    // ---- the collections ----

    private void areas() {
        for (Item item : items("areas")) {
            JsonNode node = item.node();
            String id = node.isObject() ? string(node, "id") : null;
            String type = node.isObject() ? string(node, "classification") : null;
            if (type == null && node.isObject()) {
                type = string(node, "type"); // EveryPolitician's name for it
            }
            CountryCode country = null;
            if (id != null && type != null && type.strip().equalsIgnoreCase("country")) {
                for (String candidate : new String[] {string(node, "identifier"), id.substring(Math.max(id.lastIndexOf(':'),
                        id.lastIndexOf('/')) + 1)}) {
                    if (country == null && candidate != null) {
                        try {
                            country = CountryCode.parse(candidate);
                        } catch (IllegalArgumentException e) {
                            country = null;
                        }
                    }
                }
            }
            if (country != null) {
                countryAreas.put(id, country);
            } else {
                tally(PopoloRuleIds.UNMAPPED_FIELD, "areas", "not imported: regsec has countries, not other"
                        + " areas", "area", item.location(), type == null ? "no type" : type);
            }
        }
    }

    private void organization(Item item) throws ImportException {
        Fields f = new Fields("organizations", item, RecordKind.ORGANIZATION);
        if (!f.isObject()) {
            return;
        }
        String original = f.text("id");
        f.used.remove("id");
        String id = f.id();
        String name = f.required("name", f.text("name"));
        OrganizationKind kind = classification(f, OrganizationKind.class, OrganizationKind.OTHER);
        String parent = f.text("parent_id");
        CountryCode country = country(f, f.text("area_id"));
        PartialDate founded = f.date("founding_date");
        PartialDate dissolved = f.date("dissolution_date");
        String website = null;
        for (JsonNode link : f.array("links")) {
            String url = string(link, "url");
            if (website == null && url != null && WEBSITE.equalsIgnoreCase(String.valueOf(string(link, "note")))) {
                website = url;
            } else {
                unmapped("organizations[].links", f.at);
            }
        }
        String note = f.text("description");
        List<Identifier> identifiers = identifiers(f, original);
        List<Name> names = names(f);
        List<String> sources = sources(f);
        String site = website;
        f.finish(() -> Organization.builder(id, name, kind).parentId(parent == null ? null : ids.regsec(parent))
                .country(country).foundingDate(founded).dissolutionDate(dissolved).website(site).note(note)
                .identifiers(identifiers).names(names).sources(sources).build());
    }

    private void person(Item item) throws ImportException {
        Fields f = new Fields("persons", item, RecordKind.PERSON);
        if (!f.isObject()) {
            return;
        }
        String original = f.text("id");
        f.used.remove("id");
        String id = f.id();
        String name = f.required("name", f.text("name"));
        String gender = f.text("gender");
        PartialDate born = f.date("birth_date");
        PartialDate died = f.date("death_date");
        String summary = f.text("summary");
        List<Identifier> identifiers = identifiers(f, original);
        List<Name> names = names(f);
        List<String> sources = sources(f);
        f.finish(() -> Person.builder(id, name).gender(gender).birthDate(born).deathDate(died).note(summary)
                .identifiers(identifiers).names(names).sources(sources).build());
    }

    private void post(Item item) throws ImportException {
        Fields f = new Fields("posts", item, RecordKind.POST);
        if (!f.isObject()) {
            return;
        }
        String original = f.text("id");
        f.used.remove("id");
        String id = f.id();
        String label = f.required("label", f.text("label"));
        String role = f.text("role");
        if (role != null && !TAG.matcher(role).matches()) {
            String tag = tag(role);
            tally(PopoloRuleIds.CHANGED_VALUE, "posts[].role", "written as a regsec tag, lower-case kebab case",
                    "role", f.at, role + "' is '" + tag);
            role = tag.isEmpty() ? null : tag;
        }
        String organization = f.required("organization_id", f.text("organization_id"));
        PartialDate start = f.date("start_date");
        PartialDate end = f.date("end_date");
        Boolean singleHolder = null;
        JsonNode single = f.value("single_holder");
        if (single != null && single.isBoolean()) {
            singleHolder = single.asBoolean();
        } else if (single != null) {
            f.error(RuleIds.SYNTAX, "single_holder", "single_holder: expected true or false, found " + describe(single));
        }
        List<Identifier> identifiers = identifiers(f, original);
        List<String> sources = sources(f);
        String tagged = role;
        Boolean holders = singleHolder;
        f.finish(() -> Post.builder(id, organization == null ? null : ids.regsec(organization), label).role(tagged)
                .singleHolder(holders).startDate(start).endDate(end).identifiers(identifiers).sources(sources).build());
    }

    /** A text as a lower-case kebab-case tag: "Member of Parliament" is {@code member-of-parliament}. */
    static String tag(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private void membership(Item item, int number) throws ImportException {
        Fields f = new Fields("memberships", item, RecordKind.MEMBERSHIP);
        if (!f.isObject()) {
            return;
        }
        String original = f.text("id");
        String id;
        if (original == null) {
            f.used.add("id");
            id = "popolo-membership-" + number;
            f.recordId = id;
        } else {
            f.used.remove("id");
            id = f.id();
        }
        Party member = null;
        String person = f.text("person_id");
        JsonNode memberObject = f.value("member");
        if (person != null) {
            member = new PersonParty(ids.regsec(person));
        } else if (memberObject != null && memberObject.isObject()) {
            String type = string(memberObject, "@type");
            String memberId = string(memberObject, "id");
            if (memberId != null && "Person".equals(type)) {
                member = new PersonParty(ids.regsec(memberId));
            } else if (memberId != null && "Organization".equals(type)) {
                member = new OrganizationParty(ids.regsec(memberId));
            } else if (memberId != null && countryAreas.containsKey(memberId)) {
                member = Party.country(countryAreas.get(memberId));
            } else {
                f.error(RuleIds.SYNTAX, "member", "member: expected {\"@type\": \"Person\" or \"Organization\", \"id\": ...}"
                        + " or the id of a country area");
            }
        } else if (memberObject != null) {
            f.error(RuleIds.SYNTAX, "member", "member: expected an object, found " + describe(memberObject));
        }
        if (member == null && f.problems.isEmpty()) {
            f.error(RuleIds.REQUIRED, "member", "person_id or member is required: regsec needs the member");
        }
        String post = f.text("post_id");
        String organization = f.text("organization_id");
        if (organization == null && post != null) {
            organization = postOrganizations.get(post); // the post's organization
        }
        f.required("organization_id", organization);
        String role = f.text("role");
        String onBehalfOf = f.text("on_behalf_of_id");
        MembershipStatus status = MembershipStatus.MEMBER;
        String statusText = f.text("status");
        if (statusText != null) {
            try {
                status = MembershipStatus.parse(statusText);
            } catch (IllegalArgumentException e) {
                f.error(RuleIds.SYNTAX, "status", "status: " + e.getMessage());
            }
        }
        country(f, f.text("area_id")); // a membership has no place for an area: counted either way
        PartialDate start = f.date("start_date");
        PartialDate end = f.date("end_date");
        List<String> sources = sources(f);
        Party party = member;
        String org = organization;
        MembershipStatus standing = status;
        f.finish(() -> Membership.builder().id(id).organizationId(org == null ? null : ids.regsec(org)).member(party)
                .status(standing).postId(post == null ? null : ids.regsec(post)).role(role)
                .onBehalfOf(onBehalfOf == null ? null : new OrganizationParty(ids.regsec(onBehalfOf)))
                .startDate(start).endDate(end).sources(sources).build());
    }

    private void event(Item item) throws ImportException {
        Fields f = new Fields("events", item, RecordKind.MEETING);
        if (!f.isObject()) {
            return;
        }
        String original = f.text("id");
        f.used.remove("id");
        String id = f.id();
        String title = f.required("name", f.text("name"));
        MeetingKind kind = classification(f, MeetingKind.class, MeetingKind.OTHER);
        PartialDate start = f.date("start_date");
        PartialDate end = f.date("end_date");
        String organization = f.text("organization_id");
        String parent = f.text("parent_id");
        String venue = f.text("location");
        CountryCode country = country(f, f.text("area_id"));
        String summary = f.text("description");
        List<Identifier> identifiers = identifiers(f, original);
        List<String> sources = sources(f);
        // a Popolo event with one date is open at the other end; a regsec meeting with one date took place within it
        boolean openEnded = (start == null) != (end == null);
        f.finish(() -> Meeting.builder(id, title, kind).startDate(start).endDate(end).openEnded(openEnded)
                .convenors(organization == null ? List.of() : List.of(new OrganizationParty(ids.regsec(organization))))
                .parentId(parent == null ? null : ids.regsec(parent)).venue(venue).country(country).summary(summary)
                .identifiers(identifiers).sources(sources).build());
    }
}
