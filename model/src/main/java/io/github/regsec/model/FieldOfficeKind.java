package io.github.regsec.model;

/** What a field office is: a mission, a centre, a programme office and so on. */
public enum FieldOfficeKind implements FormatName {
    /** {@code mission}. */
    MISSION,
    /** {@code centre}. */
    CENTRE,
    /** {@code programme_office}. */
    PROGRAMME_OFFICE,
    /** {@code project_coordinator}. */
    PROJECT_COORDINATOR,
    /** {@code liaison_office}. */
    LIAISON_OFFICE,
    /** {@code regional_centre}. */
    REGIONAL_CENTRE,
    /** {@code office}. */
    OFFICE;

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
    public static FieldOfficeKind parse(String text) {
        return FormatName.parse(FieldOfficeKind.class, text);
    }
}
