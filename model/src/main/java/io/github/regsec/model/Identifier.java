package io.github.regsec.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An id of a record in another system, written {@code scheme:value}: {@code wikidata:Q1234},
 * {@code cow:3770}. The scheme is lower-case letters, digits and hyphens; the value has no spaces
 * around it and no {@code ;} (identifiers are written as a list); a {@code wikidata} value is
 * {@code Q} followed by digits.
 *
 * @param scheme the system the id belongs to, lower case ({@code wikidata}, {@code cow})
 * @param value the id in that system ({@code Q1234})
 */
public record Identifier(String scheme, String value) {

    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]*");

    /**
     * Checks the scheme's syntax, that the value is not blank and can be written in a list, and
     * the form of a Wikidata value.
     *
     * @param scheme the system the id belongs to, lower case ({@code wikidata}, {@code cow})
     * @param value the id in that system ({@code Q1234})
     * @throws IllegalArgumentException naming what is wrong and what is expected
     * @throws NullPointerException when the scheme or the value is null
     */
    public Identifier {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(value, "value");
        if (!SCHEME.matcher(scheme).matches()) {
            throw new IllegalArgumentException("'" + scheme + "' is not an identifier scheme: expected lower-case letters, digits and hyphens, e.g. wikidata");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException("identifier '" + scheme + ":' has no value");
        }
        if (!value.equals(value.strip()) || value.indexOf(';') >= 0) {
            throw new IllegalArgumentException("identifier value '" + value + "' has spaces around it or a ';': "
                    + "neither can be written in a list of identifiers");
        }
        if (scheme.equals("wikidata") && !WIKIDATA.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a Wikidata id: expected Q and digits, e.g. Q1234");
        }
    }

    /**
     * Parses {@code scheme:value}, splitting at the first colon (the value may hold more);
     * spaces around the text, the scheme and the value are ignored.
     *
     * @param text the identifier as written in a file ({@code wikidata:Q1234}); not null
     * @return the identifier
     * @throws IllegalArgumentException naming the text and what is expected
     */
    public static Identifier parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip();
        int colon = s.indexOf(':');
        if (colon <= 0 || colon == s.length() - 1) {
            throw new IllegalArgumentException("'" + text + "' is not an identifier: expected scheme:value, e.g. wikidata:Q1234");
        }
        try {
            return new Identifier(s.substring(0, colon).strip(), s.substring(colon + 1).strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not an identifier: " + e.getMessage());
        }
    }

    /** The written form {@code scheme:value}. */
    @Override
    public String toString() {
        return scheme + ":" + value;
    }
}
