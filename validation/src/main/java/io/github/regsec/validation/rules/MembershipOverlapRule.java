package io.github.regsec.validation.rules;

import io.github.regsec.model.Dataset;
import io.github.regsec.model.Membership;
import io.github.regsec.model.party.Party;
import io.github.regsec.problem.Severity;
import io.github.regsec.validation.ConsistencyRule;
import io.github.regsec.validation.RuleContext;
import io.github.regsec.validation.ValidationRuleIds;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code membership-overlap}: two memberships of the same member in the same organization (any
 * status), in the same post or both in none, certainly overlap (a person may hold two posts of
 * one organization at once: a Deputy Prime Minister and Minister of Foreign Affairs), on every reading of their dates; a membership with an unknown start
 * never does, nor one whose end is certainly before its start (it covers no day; {@code date-order}
 * reports it). Reported on the membership that starts later (by earliest start day; file order on
 * a tie), field {@code start_date}, naming one membership it overlaps; each membership at most once.
 *
 * <p>Scale: organization by organization (the dataset's index), memberships are grouped by member
 * and post and each group sorted by start; a sweep over the group with a Fenwick tree keyed by
 * the latest start day finds, for each membership, an earlier one it certainly overlaps in
 * O(log n). Never compares all pairs.
 */
public final class MembershipOverlapRule implements ConsistencyRule {

    /** A group within one organization: a member, in a post or in none. */
    private record Key(Party member, String postId) {
    }

    @Override
    public String id() {
        return ValidationRuleIds.MEMBERSHIP_OVERLAP;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "A member's memberships in one organization do not certainly overlap.";
    }

    @Override
    public void check(RuleContext context) {
        Dataset dataset = context.dataset();
        // organization by organization (from the dataset's index), in the order they first appear
        Set<String> done = new HashSet<>();
        for (Membership first : dataset.memberships()) {
            if (done.add(first.organizationId())) {
                check(context, dataset.membershipsIn(first.organizationId()));
            }
        }
    }

    /** Finds the overlaps among one organization's memberships, given in dataset order. */
    private static void check(RuleContext context, List<Membership> all) {
        int n = all.size();
        if (n < 2) {
            return;
        }
        // group ids, then a counting sort of the memberships with a known start into their groups
        Map<Key, Integer> groupOf = new HashMap<>();
        int[] group = new int[n];
        int[] sizes = new int[n];
        for (int i = 0; i < n; i++) {
            Membership m = all.get(i);
            if (m.startDate() == null || m.period().endsBeforeStart()) {
                // an unknown start proves nothing; a period that ends before it starts covers no day
                // (date-order reports it), as Period.certainlyOverlaps has it
                group[i] = -1;
                continue;
            }
            int g = groupOf.computeIfAbsent(new Key(m.member(), m.postId()), k -> groupOf.size());
            group[i] = g;
            sizes[g]++;
        }
        int groups = groupOf.size();
        int[] offset = new int[groups + 1];
        for (int g = 0; g < groups; g++) {
            offset[g + 1] = offset[g] + sizes[g];
        }
        int[] members = new int[offset[groups]];
        int[] fill = Arrays.copyOf(offset, groups);
        for (int i = 0; i < n; i++) {
            if (group[i] >= 0) {
                members[fill[group[i]]++] = i; // in dataset order within each group
            }
        }
        for (int g = 0; g < groups; g++) {
            if (offset[g + 1] - offset[g] > 1) {
                sweep(context, all, Arrays.copyOfRange(members, offset[g], offset[g + 1]));
            }
        }
    }

    /** Finds the overlaps in one (organization, member) group, given in dataset order. */
    private static void sweep(RuleContext context, List<Membership> all, int[] indexes) {
        int k = indexes.length;
        long[] startEarliest = new long[k];
        long[] startLatest = new long[k];
        long[] endEarliest = new long[k];
        Integer[] order = new Integer[k];
        for (int j = 0; j < k; j++) {
            Membership m = all.get(indexes[j]);
            startEarliest[j] = m.startDate().earliest().toEpochDay();
            startLatest[j] = m.startDate().latest().toEpochDay();
            endEarliest[j] = m.endDate() == null ? Long.MAX_VALUE : m.endDate().earliest().toEpochDay();
            order[j] = j;
        }
        // by earliest start; on a tie, file order (indexes are in dataset order, and the sort is stable)
        Arrays.sort(order, (a, b) -> Long.compare(startEarliest[a], startEarliest[b]));
        long[] keys = Arrays.stream(startLatest).sorted().distinct().toArray();
        MaxTree tree = new MaxTree(keys.length);
        for (int j : order) {
            // an earlier a certainly overlaps b when endEarliest(a) >= startLatest(b) and
            // startLatest(a) <= endEarliest(b): among the earlier ones with startLatest <= endEarliest(b),
            // the one that ends latest decides
            int prefix = upperBound(keys, endEarliest[j]);
            int best = tree.argMax(prefix, endEarliest);
            if (best >= 0 && endEarliest[best] >= startLatest[j]) {
                Membership later = all.get(indexes[j]);
                Membership earlier = all.get(indexes[best]);
                context.report(later, "start_date", "overlaps " + context.describe(earlier) + ": "
                        + later.member().text() + " in '" + later.organizationId() + "' " + Periods.text(later.period())
                        + " and " + Periods.text(earlier.period())
                        + "; a member holds one membership at a time: merge them or correct the dates");
            }
            tree.add(Arrays.binarySearch(keys, startLatest[j]), endEarliest[j], j, endEarliest);
        }
    }

    /** The number of keys less than or equal to {@code value}. */
    private static int upperBound(long[] keys, long value) {
        int lo = 0;
        int hi = keys.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** A Fenwick tree of prefix maxima: which added item has the greatest value among positions below a bound. */
    private static final class MaxTree {
        private final int[] arg;

        MaxTree(int size) {
            arg = new int[size + 1];
            Arrays.fill(arg, -1);
        }

        /** Adds item {@code item} with value {@code values[item]} at position {@code pos} (0-based). */
        void add(int pos, long value, int item, long[] values) {
            for (int i = pos + 1; i < arg.length; i += i & -i) {
                if (arg[i] < 0 || values[arg[i]] < value) {
                    arg[i] = item;
                }
            }
        }

        /** The item with the greatest value among positions {@code 0..count-1}, or -1. */
        int argMax(int count, long[] values) {
            int best = -1;
            for (int i = count; i > 0; i -= i & -i) {
                if (arg[i] >= 0 && (best < 0 || values[arg[i]] > values[best])) {
                    best = arg[i];
                }
            }
            return best;
        }
    }
}
