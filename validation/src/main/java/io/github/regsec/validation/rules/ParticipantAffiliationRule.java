package io.github.regsec.validation.rules;

import io.github.regsec.model.Dataset;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.FieldOffice;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.Membership;
import io.github.regsec.model.Organization;
import io.github.regsec.model.Participant;
import io.github.regsec.model.party.CountryParty;
import io.github.regsec.model.party.OrganizationParty;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.party.PersonParty;
import io.github.regsec.model.time.Period;
import io.github.regsec.problem.Severity;
import io.github.regsec.validation.ConsistencyRule;
import io.github.regsec.validation.RuleContext;
import io.github.regsec.validation.ValidationRuleIds;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code participant-affiliation}: a participant with a {@code person_id} and an
 * {@code affiliation} whose person holds no membership (a post, or a plain membership) that
 * matches the affiliation and is possibly active on a day of the meeting. A membership matches
 * {@code org:X} when it is in X, one of X's bodies or programmes (at any depth) or a field office
 * of one of them; it matches {@code country:C} when it is in an organization whose
 * {@code country} (or that of an organization up its {@code parent_id} chain) is C, or in a
 * field office of one. A membership whose {@code on_behalf_of} is the affiliation matches too.
 * Undated meetings, persons not in the dataset and {@code person:} affiliations are not checked.
 * Reported on the participant, field {@code affiliation}.
 */
public final class ParticipantAffiliationRule implements ConsistencyRule {

    @Override
    public String id() {
        return ValidationRuleIds.PARTICIPANT_AFFILIATION;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "A participant's person holds a post or membership matching the stated affiliation on the meeting's days.";
    }

    @Override
    public void check(RuleContext context) {
        Dataset dataset = context.dataset();
        for (Meeting meeting : dataset.meetings()) {
            Period days = meeting.period();
            if (days.start() == null && days.end() == null) {
                continue;
            }
            for (Participant p : meeting.participants()) {
                if (p.personId() == null || p.affiliation() == null || p.affiliation() instanceof PersonParty
                        || dataset.person(p.personId()).isEmpty()) {
                    continue;
                }
                if (!matched(dataset, new PersonParty(p.personId()), p.affiliation(), days)) {
                    context.report(meeting, p, "affiliation", "'" + p.personId() + "' holds no post or membership in "
                            + p.affiliation().text() + " (or its bodies and field offices) on the meeting's days "
                            + Periods.text(days) + ": add the membership that makes them a representative of "
                            + p.affiliation().text() + ", or correct the affiliation or the person_id");
                }
            }
        }
    }

    private static boolean matched(Dataset dataset, PersonParty person, Party affiliation, Period days) {
        for (Membership m : dataset.membershipsOf(person)) {
            boolean onTheDays = m.period().possiblyMeets(days.start() == null ? null : days.start().earliest(),
                    days.end() == null ? null : days.end().latest());
            if (onTheDays && (affiliation.equals(m.onBehalfOf()) || matches(dataset, m.organizationId(), affiliation))) {
                return true;
            }
        }
        return false;
    }

    /** True when the organization or field office of a membership stands for the affiliation. */
    private static boolean matches(Dataset dataset, String organizationOrOfficeId, Party affiliation) {
        String organizationId = organizationOrOfficeId;
        DatasetRecord record = dataset.record(organizationOrOfficeId).orElse(null);
        if (record instanceof FieldOffice office) {
            organizationId = office.organizationId();
        }
        if (affiliation instanceof OrganizationParty org) {
            return dataset.organizationAndDescendants(org.organizationId()).contains(organizationId);
        }
        if (affiliation instanceof CountryParty country) {
            Set<String> seen = new HashSet<>();
            for (String id = organizationId; id != null && seen.add(id); ) {
                Organization o = dataset.organization(id).orElse(null);
                if (o == null) {
                    return false;
                }
                if (country.country().equals(o.country())) {
                    return true;
                }
                id = o.parentId();
            }
        }
        return false;
    }
}
