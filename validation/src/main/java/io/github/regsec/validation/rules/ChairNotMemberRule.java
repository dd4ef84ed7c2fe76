package io.github.regsec.validation.rules;

import io.github.regsec.model.Meeting;
import io.github.regsec.model.Organization;
import io.github.regsec.model.party.CountryParty;
import io.github.regsec.model.party.OrganizationParty;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.Period;
import io.github.regsec.problem.Severity;
import io.github.regsec.validation.ConsistencyRule;
import io.github.regsec.validation.RuleContext;
import io.github.regsec.validation.ValidationRuleIds;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code chair-not-member}: a meeting's chair country is certainly not a {@code member} of its
 * convening organizations on the meeting's dates ({@link Meeting#period()}): for each convening
 * organization, or the organization a convening body or programme belongs to (the nearest one up
 * the {@code parent_id} chain with membership records), every {@code member} membership of the
 * chair certainly lies outside those dates. With several convening organizations the chair needs
 * to be a member of one of them; when none of them has membership records the rule stays silent.
 * Reported on the meeting, field {@code chair}.
 */
public final class ChairNotMemberRule implements ConsistencyRule {

    @Override
    public String id() {
        return ValidationRuleIds.CHAIR_NOT_MEMBER;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "A meeting's chair country is a member of a convening organization on the meeting's dates.";
    }

    @Override
    public void check(RuleContext context) {
        MembershipScope scope = null;
        for (Meeting meeting : context.dataset().meetings()) {
            if (!(meeting.chair() instanceof CountryParty chair)) {
                continue;
            }
            if (scope == null) {
                scope = new MembershipScope(context.dataset());
            }
            Set<String> organizations = new LinkedHashSet<>();
            for (Party convenor : meeting.convenors()) {
                if (convenor instanceof OrganizationParty org) {
                    Organization resolved = scope.scopeOf(org.organizationId());
                    if (resolved != null) {
                        organizations.add(resolved.id());
                    }
                }
            }
            if (organizations.isEmpty()) {
                continue;
            }
            Period held = meeting.period();
            boolean memberOfOne = false;
            for (String org : organizations) {
                if (!scope.certainlyNotMemberDuring(org, chair, held)) {
                    memberOfOne = true;
                    break;
                }
            }
            if (!memberOfOne) {
                String names = organizations.stream().map(id -> "'" + id + "'").collect(Collectors.joining(" or "));
                String when = held.start() == null && held.end() == null ? "at any time"
                        : held.start() != null && held.start().equals(held.end()) ? "on " + held.start()
                        : "on the meeting's dates (" + Periods.text(held) + ")";
                context.report(meeting, "chair", "the chair " + chair.text() + " is not a member of " + names + " " + when
                        + ": correct the chair, the convenors or the membership records");
            }
        }
    }
}
