package io.github.regsec.model;

/** What an organization is: intergovernmental, a body or programme of another, a government, an agency... */
public enum OrganizationKind implements FormatName {
    /** {@code intergovernmental}. */
    INTERGOVERNMENTAL,
    /** {@code body}. */
    BODY,
    /** {@code programme}. */
    PROGRAMME,
    /** {@code government}. */
    GOVERNMENT,
    /** {@code government_agency}. */
    GOVERNMENT_AGENCY,
    /** {@code nongovernmental}. */
    NONGOVERNMENTAL,
    /** {@code academic}. */
    ACADEMIC,
    /** {@code other}. */
    OTHER;

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
    public static OrganizationKind parse(String text) {
        return FormatName.parse(OrganizationKind.class, text);
    }
}
