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

    /**
     * The name used in files, e.g. {@code programme_office}.
     *
     * @return the constant's lower-case snake-case name
     */
    String formatName();

    /**
     * The format name of an enum constant: its name in lower case.
     *
     * @param constant an enumeration constant
     * @return its name in lower case ({@code PROGRAMME_OFFICE} gives {@code programme_office})
     */
    static String of(Enum<?> constant) {
        return FormatNames.of(constant.getDeclaringClass())[constant.ordinal()];
    }

    /**
     * The constant of {@code type} whose format name is {@code text} (exactly, after stripping
     * spaces).
     *
     * @param type the enumeration
     * @param text the format name as written in a file
     * @param <E> the enumeration
     * @return the constant
     * @throws IllegalArgumentException naming the text and every accepted value
     */
    static <E extends Enum<E> & FormatName> E parse(Class<E> type, String text) {
        Objects.requireNonNull(text, "text");
        String key = text.strip();
        String[] names = FormatNames.of(type);
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(key)) {
                return type.cast(FormatNames.constants(type)[i]);
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not one of "
                + Arrays.stream(type.getEnumConstants()).map(FormatName::formatName).collect(Collectors.joining(", ")));
    }
}
