package io.github.regsec.validation.rules;

import io.github.regsec.model.Row;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.FieldOffice;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.Membership;
import io.github.regsec.model.Organization;
import io.github.regsec.model.Participant;
import io.github.regsec.model.RecordKind;
import io.github.regsec.model.party.OrganizationParty;
import io.github.regsec.model.party.Party;
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
 * {@code organization_id} of field offices and memberships, {@code parent_id} of organizations
 * (an organization) and meetings (a meeting), {@code host_office_id} (a field office),
 * {@code sources} (sources), and {@code org:} parties in {@code member}, {@code convenors},
 * {@code chair}, {@code supporters} and participants' {@code affiliation}. Reported on the
 * referring record or participant, with the field; a value named twice in one field once.
 */
public final class UnknownReferenceRule implements ConsistencyRule {

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
        return "Every reference (organization, parent, hosting office, source, org: party) names a record of the right kind.";
    }

    @Override
    public void check(RuleContext context) {
        Dataset dataset = context.dataset();
        for (Iterator<DatasetRecord> it = dataset.records().iterator(); it.hasNext(); ) {
            DatasetRecord record = it.next();
            if (record instanceof Organization o) {
                reference(context, o, o, "parent_id", o.parentId(), RecordKind.ORGANIZATION);
            } else if (record instanceof FieldOffice f) {
                reference(context, f, f, "organization_id", f.organizationId(), RecordKind.ORGANIZATION);
            } else if (record instanceof Meeting m) {
                reference(context, m, m, "parent_id", m.parentId(), RecordKind.MEETING);
                parties(context, m, m, "convenors", m.convenors());
                reference(context, m, m, "host_office_id", m.hostOfficeId(), RecordKind.FIELD_OFFICE);
                if (m.chair() != null) {
                    parties(context, m, m, "chair", List.of(m.chair()));
                }
                parties(context, m, m, "supporters", m.supporters());
                for (Participant p : m.participants()) {
                    if (p.affiliation() != null) {
                        parties(context, m, p, "affiliation", List.of(p.affiliation()));
                    }
                }
            } else if (record instanceof Membership m) {
                reference(context, m, m, "organization_id", m.organizationId(), RecordKind.ORGANIZATION);
                parties(context, m, m, "member", List.of(m.member()));
            }
            Set<String> seen = new HashSet<>();
            for (String source : record.sources()) {
                if (seen.add(source)) {
                    reference(context, record, record, "sources", source, RecordKind.SOURCE);
                }
            }
        }
    }

    /** Checks the org: parties of a record, or of one of its participants (reported with the record's id). */
    private static void parties(RuleContext context, DatasetRecord record, Row row, String field, List<Party> parties) {
        Set<String> seen = new HashSet<>();
        for (Party party : parties) {
            if (party instanceof OrganizationParty org && seen.add(org.organizationId())) {
                reference(context, record, row, field, org.organizationId(), RecordKind.ORGANIZATION);
            }
        }
    }

    private static void reference(RuleContext context, DatasetRecord record, Row row, String field, String id,
                                  RecordKind expected) {
        if (id == null) {
            return;
        }
        DatasetRecord target = context.dataset().record(id).orElse(null);
        String value = field.equals("sources") || field.endsWith("_id") ? "'" + id + "'" : "'org:" + id + "'";
        if (target == null) {
            context.report(record, row, field, field + " " + value + " names no " + expected.formatName()
                    + " in the dataset: add it or correct the id");
        } else if (target.recordKind() != expected) {
            context.report(record, row, field, field + " " + value + " names a " + target.recordKind().formatName()
                    + ", not " + article(expected) + " " + expected.formatName() + ": correct the id");
        }
    }

    private static String article(RecordKind kind) {
        return kind == RecordKind.ORGANIZATION ? "an" : "a";
    }
}
