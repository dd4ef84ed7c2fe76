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
    /** A column or property the format does not know. */
    public static final String UNKNOWN_FIELD = "unknown-field";
    /** A required value is missing or blank. */
    public static final String REQUIRED = "required";
    /** An id is used twice in the dataset. */
    public static final String DUPLICATE_ID = "duplicate-id";
    /** A reference names no record. */
    public static final String UNKNOWN_REFERENCE = "unknown-reference";

    private RuleIds() {
    }
}
