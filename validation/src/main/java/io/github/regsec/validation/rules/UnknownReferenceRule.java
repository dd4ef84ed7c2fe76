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
import java.util.HashSet;
import java.util.Iterator;
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
        for (Iterator<DatasetRecord> it = dataset.records().iterator(); it.hasNext(); ) {
            DatasetRecord record = it.next();
            if (record instanceof Organization o) {
                reference(context, o, o, "parent_id", o.parentId(), ORGANIZATION);
            } else if (record instanceof FieldOffice f) {
                reference(context, f, f, "organization_id", f.organizationId(), ORGANIZATION);
            } else if (record instanceof Meeting m) {
                reference(context, m, m, "parent_id", m.parentId(), Set.of(RecordKind.MEETING));
                parties(context, m, m, "convenors", m.convenors());
                reference(context, m, m, "host_office_id", m.hostOfficeId(), Set.of(RecordKind.FIELD_OFFICE));
                if (m.chair() != null) {
                    parties(context, m, m, "chair", List.of(m.chair()));
                }
                parties(context, m, m, "supporters", m.supporters());
                for (Participant p : m.participants()) {
                    reference(context, m, p, "person_id", p.personId(), Set.of(RecordKind.PERSON));
                    if (p.affiliation() != null) {
                        parties(context, m, p, "affiliation", List.of(p.affiliation()));
                    }
                }
            } else if (record instanceof Membership m) {
                // a person fills posts of field offices too: the Head of the OSCE Programme Office in Dushanbe
                reference(context, m, m, "organization_id", m.organizationId(),
                        m.member() instanceof PersonParty ? ORGANIZATION_OR_OFFICE : ORGANIZATION);
                parties(context, m, m, "member", List.of(m.member()));
                reference(context, m, m, "post_id", m.postId(), Set.of(RecordKind.POST));
                if (m.onBehalfOf() != null) {
                    parties(context, m, m, "on_behalf_of", List.of(m.onBehalfOf()));
                }
            } else if (record instanceof Post p) {
                reference(context, p, p, "organization_id", p.organizationId(), ORGANIZATION_OR_OFFICE);
            }
            Set<String> seen = new HashSet<>();
            for (String source : record.sources()) {
                if (seen.add(source)) {
                    reference(context, record, record, "sources", source, Set.of(RecordKind.SOURCE));
                }
            }
        }
    }

    /** Checks the org: and person: parties of a record, or of one of its participants (reported with the record's id). */
    private static void parties(RuleContext context, DatasetRecord record, Row row, String field, List<Party> parties) {
        Set<Party> seen = new HashSet<>();
        for (Party party : parties) {
            if (!seen.add(party)) {
                continue;
            }
            if (party instanceof OrganizationParty org) {
                reference(context, record, row, field, org.organizationId(), "'" + party.text() + "'", ORGANIZATION);
            } else if (party instanceof PersonParty person) {
                reference(context, record, row, field, person.personId(), "'" + party.text() + "'",
                        Set.of(RecordKind.PERSON));
            }
        }
    }

    private static void reference(RuleContext context, DatasetRecord record, Row row, String field, String id,
                                  Set<RecordKind> expected) {
        if (id != null) {
            reference(context, record, row, field, id, "'" + id + "'", expected);
        }
    }

    private static void reference(RuleContext context, DatasetRecord record, Row row, String field, String id,
                                  String value, Set<RecordKind> expected) {
        DatasetRecord target = context.dataset().record(id).orElse(null);
        if (target == null) {
            context.report(record, row, field, field + " " + value + " names no " + kinds(expected, false)
                    + " in the dataset: add it or correct the id");
        } else if (!expected.contains(target.recordKind())) {
            context.report(record, row, field, field + " " + value + " names " + article(target.recordKind()) + " "
                    + words(target.recordKind()) + ", not " + kinds(expected, true) + ": correct the id");
        }
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
