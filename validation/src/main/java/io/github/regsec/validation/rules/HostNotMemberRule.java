package io.github.regsec.validation.rules;

import io.github.regsec.model.FieldOffice;
import io.github.regsec.model.Organization;
import io.github.regsec.model.party.CountryParty;
import io.github.regsec.model.party.Party;
import io.github.regsec.problem.Severity;
import io.github.regsec.validation.ConsistencyRule;
import io.github.regsec.validation.RuleContext;
import io.github.regsec.validation.ValidationRuleIds;

/**
 * {@code host-not-member}: a field office's country is certainly not a {@code member} of the
 * office's organization at any time while the office is open: every {@code member} membership of
 * the country in the organization certainly ends before the office opens or starts after it
 * closes (or there is none). The organization's members are those of the nearest organization up
 * its {@code parent_id} chain with membership records; with none, the rule stays silent. Reported
 * on the field office, field {@code country}.
 */
public final class HostNotMemberRule implements ConsistencyRule {

    @Override
    public String id() {
        return ValidationRuleIds.HOST_NOT_MEMBER;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "A field office's country is a member of its organization at some time while the office is open.";
    }

    @Override
    public void check(RuleContext context) {
        if (context.dataset().fieldOffices().isEmpty()) {
            return;
        }
        MembershipScope scope = new MembershipScope(context.dataset());
        for (FieldOffice office : context.dataset().fieldOffices()) {
            Organization org = scope.scopeOf(office.organizationId());
            if (org == null) {
                continue;
            }
            CountryParty country = Party.country(office.country());
            if (scope.certainlyNotMemberDuring(org.id(), country, office.period())) {
                boolean never = scope.memberPeriods(org.id(), country).isEmpty();
                context.report(office, "country", country.text() + " is not a member of '" + org.id() + "' "
                        + (never ? "in any membership record" : "at any time while the office is open ("
                        + Periods.text(office.period()) + ")")
                        + ": add the membership, or correct the office's country or dates");
            }
        }
    }
}
