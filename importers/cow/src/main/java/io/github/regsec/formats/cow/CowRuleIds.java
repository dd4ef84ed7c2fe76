package io.github.regsec.formats.cow;

/**
 * The ids of the rules the {@code cow-igo} importer reports besides regsec's own ({@code syntax},
 * {@code duplicate-id}, {@code unmapped-state}: see {@link io.github.regsec.problem.RuleIds}).
 */
public final class CowRuleIds {

    /**
     * Warning: the igo-year file and the state-year file do not match on an IGO: an IGO of the
     * igo-year file that no state is a member of (not imported), or an IGO with members that the
     * igo-year file does not describe (imported, named after its abbreviation).
     */
    public static final String UNMATCHED_IGO = "unmatched-igo";

    private CowRuleIds() {
    }
}
