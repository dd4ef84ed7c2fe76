package io.github.regsec.model;

/** How a participant took part in a meeting. */
public enum ParticipationMode implements FormatName {
    /** {@code in_person}. */
    IN_PERSON,
    /** {@code video}. */
    VIDEO,
    /** {@code written}. */
    WRITTEN;

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
    public static ParticipationMode parse(String text) {
        return FormatName.parse(ParticipationMode.class, text);
    }
}
