package io.github.regsec.validation.rules;

import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.Organization;
import io.github.regsec.problem.Severity;
import io.github.regsec.validation.ConsistencyRule;
import io.github.regsec.validation.RuleContext;
import io.github.regsec.validation.ValidationRuleIds;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code parent-cycle}: the {@code parent_id} chains of organizations, or of meetings, form a cycle
 * (an organization that is its own ancestor). Reported on each record on the cycle, field
 * {@code parent_id}; records that only lead into a cycle are not on it.
 *
 * <p>Scale: each record has at most one parent, so one iterative walk over the chains (no
 * recursion: a chain 100,000 records deep is fine) visits every record once.
 */
public final class ParentCycleRule implements ConsistencyRule {

    /** At most this many ids are spelled out in a message about a long cycle. */
    private static final int SHOWN = 6;

    @Override
    public String id() {
        return ValidationRuleIds.PARENT_CYCLE;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "No organization or meeting is its own ancestor through parent_id.";
    }

    @Override
    public void check(RuleContext context) {
        find(context, context.dataset().organizations(), Organization::parentId);
        find(context, context.dataset().meetings(), Meeting::parentId);
    }

    /**
     * The records on a cycle of parent links: for each record, the first record (in the order
     * given) of the cycle it lies on, plus one; 0 for a record on no cycle. For validators that
     * find cycles among numbers before they bring records together (regsec-spark).
     *
     * @param parent for each record, the index of its parent, or -1 for none
     * @return for each record, its cycle's first record + 1, or 0
     */
    public static int[] cycles(int[] parent) {
        int n = parent.length;
        byte[] state = new byte[n]; // 0 not seen, 1 on the current walk, 2 done
        int[] cycleOf = new int[n];  // for a record on a cycle: the cycle's first record in dataset order, + 1
        int[] path = new int[16];
        for (int s = 0; s < n; s++) {
            if (state[s] != 0) {
                continue;
            }
            int length = 0;
            int v = s;
            while (v >= 0 && state[v] == 0) {
                state[v] = 1;
                if (length == path.length) {
                    path = Arrays.copyOf(path, length * 2);
                }
                path[length++] = v;
                v = parent[v];
            }
            if (v >= 0 && state[v] == 1) { // the walk came back to itself: v is on a cycle
                int first = v;
                for (int u = parent[v]; u != v; u = parent[u]) {
                    first = Math.min(first, u);
                }
                int u = v;
                do {
                    cycleOf[u] = first + 1;
                    u = parent[u];
                } while (u != v);
            }
            for (int i = 0; i < length; i++) {
                state[path[i]] = 2;
            }
        }
        return cycleOf;
    }

    private static <T extends DatasetRecord> void find(RuleContext context, List<T> records, Function<T, String> parentId) {
        int n = records.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.putIfAbsent(records.get(i).id(), i);
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            String p = parentId.apply(records.get(i));
            parent[i] = p == null ? -1 : index.getOrDefault(p, -1);
        }
        int[] cycleOf = cycles(parent);
        Map<Integer, String> described = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (cycleOf[i] != 0) {
                String cycle = described.computeIfAbsent(cycleOf[i] - 1, first -> describe(records, parent, first));
                T record = records.get(i);
                context.report(record, "parent_id", "parent_id '" + parentId.apply(record) + "' makes a cycle: "
                        + cycle + "; " + (record instanceof Organization ? "an organization" : "a meeting")
                        + " cannot be its own ancestor: correct one parent_id");
            }
        }
    }

    /** {@code a -> b -> c -> a}, shortened for long cycles. */
    private static String describe(List<? extends DatasetRecord> records, int[] parent, int first) {
        StringBuilder text = new StringBuilder(records.get(first).id());
        int count = 1;
        int u = parent[first];
        while (u != first && count < SHOWN) {
            text.append(" -> ").append(records.get(u).id());
            count++;
            u = parent[u];
        }
        if (u != first) {
            int total = count;
            for (int w = u; w != first; w = parent[w]) {
                total++;
            }
            text.append(" -> ... (").append(total).append(" records)");
        }
        return text.append(" -> ").append(records.get(first).id()).toString();
    }
}
