package io.github.regsec.validation.rules;

import io.github.regsec.model.Row;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.FieldOffice;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.Membership;
import io.github.regsec.model.Organization;
import io.github.regsec.model.party.OrganizationParty;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.problem.Severity;
import io.github.regsec.validation.ConsistencyRule;
import io.github.regsec.validation.RuleContext;
import io.github.regsec.validation.ValidationRuleIds;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@code outside-lifetime}: a membership, a field office, or a meeting (through each of its
 * convenor organizations) certainly starts before the organization's {@code founding_date}, or
 * certainly ends after its {@code dissolution_date}. A membership or office without an end is
 * still ongoing, so it ends after any dissolution; a meeting without an end ends on its start day,
 * and a meeting without dates says nothing. Reported on the membership, office or meeting, on the
 * date field that shows it.
 */
public final class OutsideLifetimeRule implements ConsistencyRule {

    @Override
    public String id() {
        return ValidationRuleIds.OUTSIDE_LIFETIME;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "Memberships, field offices and meetings lie within their organization's lifetime.";
    }

    @Override
    public void check(RuleContext context) {
        Dataset dataset = context.dataset();
        for (FieldOffice f : dataset.fieldOffices()) {
            dataset.organization(f.organizationId()).ifPresent(org -> check(context, f, "office", org,
                    f.openingDate(), "opening_date", f.closingDate(), "closing_date", true));
        }
        for (Meeting m : dataset.meetings()) {
            Set<String> convenors = new LinkedHashSet<>();
            for (Party p : m.convenors()) {
                if (p instanceof OrganizationParty org) {
                    convenors.add(org.organizationId());
                }
            }
            // a meeting's last day: its end_date, else its start day; an open-ended one without an end goes on
            boolean openEnded = m.isOpenEnded();
            PartialDate last = m.endDate() != null || openEnded ? m.endDate() : m.startDate();
            String lastField = m.endDate() != null || openEnded ? "end_date" : "start_date";
            for (String id : convenors) {
                dataset.organization(id).ifPresent(org -> check(context, m, "meeting", org,
                        m.startDate(), "start_date", last, lastField, openEnded));
            }
        }
        for (Membership m : dataset.memberships()) {
            dataset.organization(m.organizationId()).ifPresent(org -> check(context, m, "membership", org,
                    m.startDate(), "start_date", m.endDate(), "end_date", true));
        }
    }

    private static void check(RuleContext context, Row row, String what, Organization org,
                              PartialDate start, String startField, PartialDate end, String endField,
                              boolean absentEndIsOngoing) {
        PartialDate founded = org.foundingDate();
        if (founded != null) {
            // certainly starts before the founding: the start is, or (start unknown) even the end is
            PartialDate early = start != null ? start : end;
            String field = start != null ? startField : endField;
            if (early != null && early.isCertainlyBefore(founded)) {
                context.report(row, field, "the " + what + "'s " + field + " " + early + " is before "
                        + name(org) + " was founded (founding_date " + founded + "): correct one of the dates");
            }
        }
        PartialDate dissolved = org.dissolutionDate();
        if (dissolved != null) {
            if (end == null && absentEndIsOngoing) {
                context.report(row, endField, "the " + what + " has no " + endField + ", so it is still ongoing, but "
                        + name(org) + " was dissolved (dissolution_date " + dissolved + "): give the " + endField);
            } else if (end != null && end.isCertainlyAfter(dissolved)) {
                context.report(row, endField, "the " + what + "'s " + endField + " " + end + " is after "
                        + name(org) + " was dissolved (dissolution_date " + dissolved + "): correct one of the dates");
            }
        }
    }

    private static String name(Organization org) {
        return "'" + org.id() + "'";
    }
}
