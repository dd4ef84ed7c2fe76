package org.example.tablist;

import io.github.regsec.model.Membership;
import io.github.regsec.model.Organization;
import io.github.regsec.problem.Severity;
import io.github.regsec.validation.ConsistencyRule;
import io.github.regsec.validation.RuleContext;
import java.util.List;

/** An organization with exactly one member: perhaps the list is incomplete. */
public final class SingleMemberRule implements ConsistencyRule {

    public SingleMemberRule() {
    }

    @Override
    public String id() {
        return "single-member-organization";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "An organization has exactly one member: is its list complete? (a plugin)";
    }

    @Override
    public void check(RuleContext context) {
        for (Organization organization : context.dataset().organizations()) {
            List<Membership> memberships = context.dataset().membershipsIn(organization.id());
            if (memberships.size() == 1) {
                context.report(organization, "id", organization.id() + " has one member, "
                        + memberships.get(0).member().text() + ": is its list complete?");
            }
        }
    }
}
