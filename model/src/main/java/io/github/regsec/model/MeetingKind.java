package io.github.regsec.model;

/** What a meeting is: a session, a conference, an official visit and so on. */
public enum MeetingKind implements FormatName {
    /** {@code session}. */
    SESSION,
    /** {@code conference}. */
    CONFERENCE,
    /** {@code workshop}. */
    WORKSHOP,
    /** {@code seminar}. */
    SEMINAR,
    /** {@code training}. */
    TRAINING,
    /** {@code forum}. */
    FORUM,
    /** {@code summit}. */
    SUMMIT,
    /** {@code official_visit}. */
    OFFICIAL_VISIT,
    /** {@code negotiation}. */
    NEGOTIATION,
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
    public static MeetingKind parse(String text) {
        return FormatName.parse(MeetingKind.class, text);
    }
}
