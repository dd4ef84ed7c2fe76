package io.github.regsec.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An enumeration constant with a name in the data formats: {@code government_agency},
 * {@code official_visit}. Each regsec enumeration implements it and has a {@code parse} method
 * built on {@link #parse(Class, String)}.
 */
public interface FormatName {

    /** The name used in files, e.g. {@code programme_office}. */
    String formatName();

    /** The format name of an enum constant: its name in lower case. */
    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The constant of {@code type} whose format name is {@code text} (exactly, after stripping
     * spaces).
     *
     * @throws IllegalArgumentException naming the text and every accepted value
     */
    static <E extends Enum<E> & FormatName> E parse(Class<E> type, String text) {
        Objects.requireNonNull(text, "text");
        String key = text.strip();
        for (E constant : type.getEnumConstants()) {
            if (constant.formatName().equals(key)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not one of "
                + Arrays.stream(type.getEnumConstants()).map(FormatName::formatName).collect(Collectors.joining(", ")));
    }
}
