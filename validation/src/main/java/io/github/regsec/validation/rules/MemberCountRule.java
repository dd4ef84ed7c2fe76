package io.github.regsec.validation.rules;

import io.github.regsec.model.Answer;
import io.github.regsec.model.Coverage;
import io.github.regsec.model.Organization;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.party.PersonParty;
import io.github.regsec.problem.Severity;
import io.github.regsec.validation.ConsistencyRule;
import io.github.regsec.validation.RuleContext;
import io.github.regsec.validation.ValidationRuleIds;

/**
 * {@code member-count}: an organization whose list of members is complete on the as-of date
 * (docs/FORMATS.md#coverage) declares a {@code member_count} that is certainly wrong: below the
 * number of parties certainly holding a {@code member} membership that day, or above the number
 * certainly or possibly holding one (a party with two such memberships counts once). Reported on
 * the organization, field {@code member_count}.
 * Persons holding posts are not members in this sense and are not counted.
 */
public final class MemberCountRule implements ConsistencyRule {

    @Override
    public String id() {
        return ValidationRuleIds.MEMBER_COUNT;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "A declared member_count is not certainly different from the number of members on the as-of date,"
                + " where the dataset says its list of members is complete.";
    }

    @Override
    public void check(RuleContext context) {
        for (Organization org : context.dataset().organizations()) {
            Integer declared = org.memberCount();
            if (declared == null || org.coverageOn(context.asOf()) != Coverage.COMPLETE) {
                continue; // a count can only be checked against a list the dataset says is complete
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
