package io.github.regsec.problem;

/**
 * The ids of the rules that readers report. A rule id is a lower-case kebab-case word; users'
 * own rules choose their own. {@code duplicate-id} and {@code unknown-reference} are also the
 * ids of two validation rules, which find the same faults across a whole dataset; the ids of
 * the other validation rules are in the validation module ({@code ValidationRuleIds}).
 */
public final class RuleIds {

    /** A file or value cannot be read. */
    public static final String SYNTAX = "syntax";
    /**
     * More problems were found than a read keeps ({@code ReadOptions.maxProblems}): says how many
     * were left out of the list, and in which file. Always a warning: the problems it stands for are
     * counted in the totals.
     */
    public static final String PROBLEMS_LEFT_OUT = "problems-left-out";
    /** A column or property the format does not know. */
    public static final String UNKNOWN_FIELD = "unknown-field";
    /** A required value is missing or blank. */
    public static final String REQUIRED = "required";
    /** An id is used twice in the dataset. */
    public static final String DUPLICATE_ID = "duplicate-id";
    /** A reference names no record. */
    public static final String UNKNOWN_REFERENCE = "unknown-reference";
    /** An end is certainly before its start (found by validation, and by readers such as ATOP's). */
    public static final String DATE_ORDER = "date-order";

    /**
     * Reading, by importers of Correlates of War state codes ({@code cow-igo}, {@code atop}): a
     * state has no ISO 3166 code (Bavaria, Austria-Hungary...), so its rows were skipped; reported
     * once per state with the number of rows.
     */
    public static final String UNMAPPED_STATE = "unmapped-state";

    private RuleIds() {
    }
}
