package io.github.regsec.model;

/** What another name of an organization or field office is: an alias, a former name, a translation or an acronym. */
public enum NameKind implements FormatName {
    /** {@code alias}. */
    ALIAS,
    /** {@code former}. */
    FORMER,
    /** {@code translation}. */
    TRANSLATION,
    /** {@code acronym}. */
    ACRONYM;

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
    public static NameKind parse(String text) {
        return FormatName.parse(NameKind.class, text);
    }
}
