package io.github.regsec.validation.rules;

import io.github.regsec.model.Row;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.FieldOffice;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.Membership;
import io.github.regsec.model.Organization;
import io.github.regsec.model.Participant;
import io.github.regsec.model.Post;
import io.github.regsec.model.RecordKind;
import io.github.regsec.model.party.OrganizationParty;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.party.PersonParty;
import io.github.regsec.problem.RuleIds;
import io.github.regsec.problem.Severity;
import io.github.regsec.validation.ConsistencyRule;
import io.github.regsec.validation.RuleContext;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code unknown-reference}: a reference names no record of the kind it must name. Checked:
 * {@code organization_id} of field offices (an organization), of memberships (an organization;
 * for a person's membership also a field office) and of posts (an organization or a field
 * office), {@code parent_id} of organizations (an organization) and meetings (a meeting),
 * {@code host_office_id} (a field office), {@code post_id} of memberships (a post),
 * {@code person_id} of participants (a person), {@code sources} (sources), and {@code org:} and
 * {@code person:} parties in {@code member}, {@code on_behalf_of}, {@code convenors},
 * {@code chair}, {@code supporters} and participants' {@code affiliation}. Reported on the
 * referring record or participant, with the field; a value named twice in one field once.
 */
public final class UnknownReferenceRule implements ConsistencyRule {

    private static final Set<RecordKind> ORGANIZATION = Set.of(RecordKind.ORGANIZATION);
    private static final Set<RecordKind> ORGANIZATION_OR_OFFICE = Set.of(RecordKind.ORGANIZATION, RecordKind.FIELD_OFFICE);
    private static final Set<RecordKind> FIELD_OFFICE = Set.of(RecordKind.FIELD_OFFICE);
    private static final Set<RecordKind> MEETING = Set.of(RecordKind.MEETING);
    private static final Set<RecordKind> PERSON = Set.of(RecordKind.PERSON);
    private static final Set<RecordKind> POST = Set.of(RecordKind.POST);
    private static final Set<RecordKind> SOURCE = Set.of(RecordKind.SOURCE);

    @Override
    public String id() {
        return RuleIds.UNKNOWN_REFERENCE;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "Every reference (organization, parent, hosting office, post, person, source, org: and person: party)"
                + " names a record of the right kind.";
    }

    @Override
    public void check(RuleContext context) {
        Dataset dataset = context.dataset();
        for (Organization o : dataset.organizations()) {
            reference(context, o, o, "parent_id", o.parentId(), ORGANIZATION);
        }
        for (FieldOffice f : dataset.fieldOffices()) {
            reference(context, f, f, "organization_id", f.organizationId(), ORGANIZATION);
        }
        for (Meeting m : dataset.meetings()) {
            reference(context, m, m, "parent_id", m.parentId(), MEETING);
            parties(context, m, m, "convenors", m.convenors());
            reference(context, m, m, "host_office_id", m.hostOfficeId(), FIELD_OFFICE);
            party(context, m, m, "chair", m.chair());
            parties(context, m, m, "supporters", m.supporters());
            for (Participant p : m.participants()) {
                reference(context, m, p, "person_id", p.personId(), PERSON);
                party(context, m, p, "affiliation", p.affiliation());
            }
        }
        for (Membership m : dataset.memberships()) {
            // a person fills posts of field offices too: the Head of the OSCE Programme Office in Dushanbe
            reference(context, m, m, "organization_id", m.organizationId(),
                    m.member() instanceof PersonParty ? ORGANIZATION_OR_OFFICE : ORGANIZATION);
            party(context, m, m, "member", m.member());
            reference(context, m, m, "post_id", m.postId(), POST);
            party(context, m, m, "on_behalf_of", m.onBehalfOf());
        }
        for (Post p : dataset.posts()) {
            reference(context, p, p, "organization_id", p.organizationId(), ORGANIZATION_OR_OFFICE);
        }
        // the sources of every record, in dataset order
        for (Iterator<DatasetRecord> it = dataset.records().iterator(); it.hasNext(); ) {
            DatasetRecord record = it.next();
            for (String source : distinct(record.sources())) {
                reference(context, record, record, "sources", source, SOURCE);
            }
        }
    }

    /** Checks the org: and person: parties of a record, or of one of its participants (reported with the record's id). */
    private static void parties(RuleContext context, DatasetRecord record, Row row, String field, List<Party> parties) {
        for (Party party : distinct(parties)) {
            party(context, record, row, field, party);
        }
    }

    /** Checks an org: or person: party (a country or null names no record). */
    private static void party(RuleContext context, DatasetRecord record, Row row, String field, Party party) {
        if (party instanceof OrganizationParty org) {
            reference(context, record, row, field, org.organizationId(), party, ORGANIZATION);
        } else if (party instanceof PersonParty person) {
            reference(context, record, row, field, person.personId(), party, PERSON);
        }
    }

    private static void reference(RuleContext context, DatasetRecord record, Row row, String field, String id,
                                  Set<RecordKind> expected) {
        if (id != null) {
            reference(context, record, row, field, id, null, expected);
        }
    }

    /**
     * Reports a reference that names no record of an expected kind; the value is named as the
     * party's text when given (org:osce), else as the id.
     */
    private static void reference(RuleContext context, DatasetRecord record, Row row, String field, String id,
                                  Party party, Set<RecordKind> expected) {
        DatasetRecord target = context.dataset().record(id).orElse(null);
        if (target != null && expected.contains(target.recordKind())) {
            return;
        }
        String value = "'" + (party == null ? id : party.text()) + "'";
        if (target == null) {
            context.report(record, row, field, field + " " + value + " names no " + kinds(expected, false)
                    + " in the dataset: add it or correct the id");
        } else {
            context.report(record, row, field, field + " " + value + " names " + article(target.recordKind()) + " "
                    + words(target.recordKind()) + ", not " + kinds(expected, true) + ": correct the id");
        }
    }

    /** The values without repeats, in order (the list itself when it has none: the usual case). */
    private static <T> List<T> distinct(List<T> values) {
        int n = values.size();
        if (n > 8) {
            return List.copyOf(new LinkedHashSet<>(values));
        }
        for (int i = 1; i < n; i++) {
            for (int j = 0; j < i; j++) {
                if (values.get(i).equals(values.get(j))) {
                    return List.copyOf(new LinkedHashSet<>(values));
                }
            }
        }
        return values;
    }

    /** "organization", "organization or field office"; with articles "an organization or a field office". */
    private static String kinds(Set<RecordKind> kinds, boolean articles) {
        StringBuilder text = new StringBuilder();
        for (RecordKind kind : RecordKind.values()) {
            if (kinds.contains(kind)) {
                text.append(text.length() == 0 ? "" : " or ").append(articles ? article(kind) + " " : "")
                        .append(words(kind));
            }
        }
        return text.toString();
    }

    private static String words(RecordKind kind) {
        return kind.formatName().replace('_', ' ');
    }

    private static String article(RecordKind kind) {
        return kind == RecordKind.ORGANIZATION ? "an" : "a";
    }
}
