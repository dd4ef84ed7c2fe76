package io.github.regsec.spark;

import io.github.regsec.validation.rules.ParentCycleRule;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.apache.spark.sql.Row;

/**
 * The links from meetings to their parents, as numbers (each meeting's {@code _order}), and the
 * meetings that lie on a cycle of them: few enough to bring to the driver for the
 * {@code parent-cycle} rule, which then reports them as it does on one machine.
 */
final class ParentLinks {

    private ParentLinks() {
    }

    /**
     * The meetings on a cycle.
     *
     * @param links rows of (child's order, parent's order), each child once
     * @return the orders of the meetings on a cycle
     */
    static Set<Long> onCycles(Iterator<Row> links) {
        long[] child = new long[1024];
        long[] parent = new long[1024];
        int n = 0;
        while (links.hasNext()) {
            Row link = links.next();
            if (n == child.length) {
                child = Arrays.copyOf(child, n * 2);
                parent = Arrays.copyOf(parent, n * 2);
            }
            child[n] = link.getLong(0);
            parent[n] = link.getLong(1);
            n++;
        }
        // meetings as 0..n-1 in order of their own number; each one's parent as an index, or -1
        Integer[] byChild = new Integer[n];
        for (int i = 0; i < n; i++) {
            byChild[i] = i;
        }
        long[] children = child;
        Arrays.sort(byChild, (a, b) -> Long.compare(children[a], children[b]));
        long[] sorted = new long[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = child[byChild[i]];
        }
        int[] next = new int[n];
        for (int i = 0; i < n; i++) {
            int at = Arrays.binarySearch(sorted, parent[byChild[i]]);
            next[i] = at >= 0 ? at : -1; // a parent without a parent of its own ends the walk
        }
        int[] cycleOf = ParentCycleRule.cycles(next);
        Set<Long> onCycle = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (cycleOf[i] != 0) {
                onCycle.add(sorted[i]);
            }
        }
        return onCycle;
    }
}
