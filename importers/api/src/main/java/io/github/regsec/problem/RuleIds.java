package io.github.regsec.problem;

/**
 * The ids of regsec's rules, for reading and for validation. A rule id is a lower-case
 * kebab-case word; users' own rules choose their own.
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
    /** An end is certainly before its start. */
    public static final String DATE_ORDER = "date-order";
    /** Two memberships of the same member in the same organization certainly overlap. */
    public static final String MEMBERSHIP_OVERLAP = "membership-overlap";
    /** {@code parent_id} chains form a cycle. */
    public static final String PARENT_CYCLE = "parent-cycle";
    /** A record certainly lies outside its organization's lifetime. */
    public static final String OUTSIDE_LIFETIME = "outside-lifetime";
    /** A field office's country is certainly not a member of its organization while it is open. */
    public static final String HOST_NOT_MEMBER = "host-not-member";
    /** A meeting hosted by a field office certainly falls outside the office's opening. */
    public static final String OFFICE_NOT_OPEN = "office-not-open";
    /** A meeting's chair country is certainly not a member of a convening organization. */
    public static final String CHAIR_NOT_MEMBER = "chair-not-member";
    /** A list holds the same value twice. */
    public static final String DUPLICATE_VALUE = "duplicate-value";
    /** A declared member count differs from the membership records. */
    public static final String MEMBER_COUNT = "member-count";
    /** A date certainly lies after the as-of date. */
    public static final String FUTURE_DATE = "future-date";
    /** A meeting has no date at all. */
    public static final String MISSING_DATE = "missing-date";
    /** Two records look like the same thing. */
    public static final String POSSIBLE_DUPLICATE = "possible-duplicate";

    private RuleIds() {
    }
}
