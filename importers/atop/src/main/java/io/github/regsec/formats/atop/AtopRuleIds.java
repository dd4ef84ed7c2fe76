package io.github.regsec.formats.atop;

/**
 * The ids of the rules the {@code atop} importer reports besides regsec's own ({@code syntax},
 * {@code required}, {@code duplicate-id}, {@code date-order}, {@code unmapped-state}: see
 * {@link io.github.regsec.problem.RuleIds}).
 */
public final class AtopRuleIds {

    /**
     * Error: ATOP lists a COW state on days the state table gives it no country code (after the
     * state ceased to exist, or between two of its spans), so the row was not imported.
     */
    public static final String OUTSIDE_STATE_TABLE = "outside-state-table";

    /**
     * Warning: the member-level and alliance-level files do not match on an alliance: an
     * alliance with members but no alliance-level row (its organization is made from the
     * member level, without dates), or an alliance-level row without members.
     */
    public static final String UNMATCHED_ALLIANCE = "unmatched-alliance";

    private AtopRuleIds() {
    }
}
