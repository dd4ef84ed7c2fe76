package io.github.regsec.model;

/** The kinds of records and child rows in a dataset, in dataset order where it matters. */
public enum RecordKind implements FormatName {
    /** {@code source}. */
    SOURCE,
    /** {@code organization}. */
    ORGANIZATION,
    /** {@code name}. */
    NAME,
    /** {@code field_office}. */
    FIELD_OFFICE,
    /** {@code meeting}. */
    MEETING,
    /** {@code participant}. */
    PARTICIPANT,
    /** {@code membership}. */
    MEMBERSHIP,
    /** {@code person}. */
    PERSON,
    /** {@code post}. */
    POST;

    /**
     * True for the kinds that live inside another record: names and participants.
     *
     * @return whether rows of this kind are child rows
     */
    public boolean isChildRow() {
        return this == NAME || this == PARTICIPANT;
    }

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
    public static RecordKind parse(String text) {
        return FormatName.parse(RecordKind.class, text);
    }
}
