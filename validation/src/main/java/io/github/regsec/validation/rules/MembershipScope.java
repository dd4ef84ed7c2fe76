package io.github.regsec.validation.rules;

import io.github.regsec.model.Dataset;
import io.github.regsec.model.Membership;
import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.Organization;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is a full member of what, from a dataset's {@code member} memberships, for the rules that
 * ask whether a country is a member of an organization. An organization's members are gathered
 * from the dataset's index when a rule first asks about it, once per rule run: a rule that asks
 * about a few organizations reads only their memberships.
 *
 * <p>The organization whose members count for an organization is the organization itself when the
 * dataset records memberships in it, else the nearest organization up its {@code parent_id} chain
 * that does (a body such as the OSCE Forum for Security Co-operation has the OSCE's members). When
 * no organization up the chain has membership records, the dataset says nothing about membership
 * and the rules stay silent. Not thread-safe: one per rule run.
 */
final class MembershipScope {

    private final Dataset dataset;
    /** Per organization asked about: each member party's {@code member} periods, in dataset order. */
    private final Map<String, Map<Party, List<Period>>> memberPeriods = new HashMap<>();

    MembershipScope(Dataset dataset) {
        this.dataset = dataset;
    }

    /**
     * The organization whose memberships count for {@code organizationId}: itself or the nearest
     * one up its parent chain with membership records; null when there is none.
     */
    Organization scopeOf(String organizationId) {
        Set<String> seen = new HashSet<>();
        String id = organizationId;
        while (id != null && seen.add(id)) {
            Organization org = dataset.organization(id).orElse(null);
            if (org == null) {
                return null;
            }
            if (!dataset.membershipsIn(id).isEmpty()) {
                return org;
            }
            id = org.parentId();
        }
        return null;
    }

    /** The periods of the party's {@code member} memberships in the organization, in dataset order. */
    List<Period> memberPeriods(String organizationId, Party party) {
        return memberPeriods.computeIfAbsent(organizationId, this::gather).getOrDefault(party, List.of());
    }

    private Map<Party, List<Period>> gather(String organizationId) {
        Map<Party, List<Period>> periods = new HashMap<>();
        for (Membership m : dataset.membershipsIn(organizationId)) {
            if (m.status() == MembershipStatus.MEMBER) {
                periods.computeIfAbsent(m.member(), k -> new ArrayList<>(2)).add(m.period());
            }
        }
        return periods;
    }

    /** True when the party is certainly not a member of the organization on any day of {@code period}. */
    boolean certainlyNotMemberDuring(String organizationId, Party party, Period period) {
        for (Period membership : memberPeriods(organizationId, party)) {
            if (!Periods.certainlyDisjoint(membership, period)) {
                return false;
            }
        }
        return true;
    }
}
