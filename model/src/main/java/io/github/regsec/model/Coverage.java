package io.github.regsec.model;

/**
 * How completely a dataset lists an organization's members: {@code complete} (every member, for
 * the coverage period), {@code partial} (some of them), or {@code unknown} (nothing is said, the
 * default). Answers about members say so in words, and counts are compared only where a list is
 * complete; see docs/FORMATS.md#coverage.
 */
public enum Coverage implements FormatName {
    /** {@code complete}: every member is listed, for the coverage period. */
    COMPLETE,
    /** {@code partial}: only some members are listed. */
    PARTIAL,
    /** {@code unknown}: the dataset does not say. */
    UNKNOWN;

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
    public static Coverage parse(String text) {
        return FormatName.parse(Coverage.class, text);
    }
}
