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
 * ask whether a country is a member of an organization: built once per rule run in one pass.
 *
 * <p>The organization whose members count for an organization is the organization itself when the
 * dataset records memberships in it, else the nearest organization up its {@code parent_id} chain
 * that does (a body such as the OSCE Forum for Security Co-operation has the OSCE's members). When
 * no organization up the chain has membership records, the dataset says nothing about membership
 * and the rules stay silent.
 */
final class MembershipScope {

    private record Key(String organizationId, Party member) {
    }

    private final Dataset dataset;
    private final Set<String> withMemberships = new HashSet<>();
    private final Map<Key, List<Period>> memberPeriods = new HashMap<>();

    MembershipScope(Dataset dataset) {
        this.dataset = dataset;
        for (Membership m : dataset.memberships()) {
            withMemberships.add(m.organizationId());
            if (m.status() == MembershipStatus.MEMBER) {
                memberPeriods.computeIfAbsent(new Key(m.organizationId(), m.member()), k -> new ArrayList<>(2)).add(m.period());
            }
        }
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
            if (withMemberships.contains(id)) {
                return org;
            }
            id = org.parentId();
        }
        return null;
    }

    /** The periods of the party's {@code member} memberships in the organization, in dataset order. */
    List<Period> memberPeriods(String organizationId, Party party) {
        return memberPeriods.getOrDefault(new Key(organizationId, party), List.of());
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
