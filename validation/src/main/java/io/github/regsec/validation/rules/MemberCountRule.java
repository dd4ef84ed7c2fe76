package io.github.regsec.validation.rules;

import io.github.regsec.model.Answer;
import io.github.regsec.model.Organization;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.party.PersonParty;
import io.github.regsec.problem.RuleIds;
import io.github.regsec.problem.Severity;
import io.github.regsec.validation.ConsistencyRule;
import io.github.regsec.validation.RuleContext;

/**
 * {@code member-count}: an organization's declared {@code member_count} differs from the number of
 * parties with a {@code member} membership in it active on the as-of date (FORMATS.md "active on a
 * day"; a party with two such memberships counts once). Persons holding posts are not members in
 * this sense and are not counted. Reported on the organization, field {@code member_count}.
 */
public final class MemberCountRule implements ConsistencyRule {

    @Override
    public String id() {
        return RuleIds.MEMBER_COUNT;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "A declared member_count is not certainly different from the number of members on the as-of date.";
    }

    @Override
    public void check(RuleContext context) {
        for (Organization org : context.dataset().organizations()) {
            Integer declared = org.memberCount();
            if (declared == null) {
                continue;
            }
            Answer<Party> members = context.dataset().memberPartiesOn(org.id(), context.asOf())
                    .filter(p -> !(p instanceof PersonParty));
            int certain = members.size();
            int possible = certain + members.possible().size();
            if (declared < certain || declared > possible) {
                String count = certain == possible ? String.valueOf(certain) : "between " + certain + " and " + possible;
                context.report(org, "member_count", "member_count is " + declared + ", but " + count
                        + (possible == 1 ? " party has" : " parties have") + " a member membership active on "
                        + context.asOf() + ": correct member_count or the memberships");
            }
        }
    }
}
