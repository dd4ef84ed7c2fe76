package io.github.regsec.validation;

/**
 * The ids of the validation rules that only validation reports, for
 * {@link DatasetValidator.Builder#disable(String)}, {@link DatasetValidator.Builder#severity(String, io.github.regsec.problem.Severity)}
 * and for reading a report. The ids that readers report too ({@code syntax},
 * {@code unknown-field}, {@code required}, {@code duplicate-id}, {@code unknown-reference}) are in
 * {@link io.github.regsec.problem.RuleIds}.
 */
public final class ValidationRuleIds {

    /** Two memberships of the same member in the same organization certainly overlap. */
    public static final String MEMBERSHIP_OVERLAP = "membership-overlap";
    /** {@code parent_id} chains form a cycle. */
    public static final String PARENT_CYCLE = "parent-cycle";
    /** A record certainly lies outside its organization's lifetime. */
    public static final String OUTSIDE_LIFETIME = "outside-lifetime";
    /** A country is used on days its code certainly did not stand for a state. */
    public static final String COUNTRY_LIFETIME = "country-lifetime";
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
    /** Two holders of a single-holder post certainly hold it at the same time. */
    public static final String POST_HOLDERS_OVERLAP = "post-holders-overlap";
    /** A membership fills a post of another organization. */
    public static final String POST_ORGANIZATION = "post-organization";
    /** A person's membership or participation certainly lies outside their life. */
    public static final String PERSON_LIFETIME = "person-lifetime";
    /** A participant's person holds no post or membership matching the stated affiliation on the meeting's day. */
    public static final String PARTICIPANT_AFFILIATION = "participant-affiliation";

    private ValidationRuleIds() {
    }
}
