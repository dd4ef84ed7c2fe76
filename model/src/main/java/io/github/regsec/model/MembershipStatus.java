package io.github.regsec.model;

/** The standing of a member in an organization. */
public enum MembershipStatus implements FormatName {
    /** {@code member}. */
    MEMBER,
    /** {@code associate}. */
    ASSOCIATE,
    /** {@code observer}. */
    OBSERVER,
    /** {@code partner}. */
    PARTNER,
    /** {@code dialogue_partner}. */
    DIALOGUE_PARTNER,
    /** {@code suspended}. */
    SUSPENDED;

    @Override
    public String formatName() {
        return FormatName.of(this);
    }

    /**
     * The constant with this format name.
     *
     * @param text the constant's format name as written in a file; spaces around it are ignored
     * @return the constant
     * @throws IllegalArgumentException naming the text and the accepted values
     */
    public static MembershipStatus parse(String text) {
        return FormatName.parse(MembershipStatus.class, text);
    }
}
