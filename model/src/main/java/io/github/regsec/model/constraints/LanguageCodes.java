package io.github.regsec.model.constraints;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ISO 639-1 language codes, from the JDK's own table ({@link Locale#getISOLanguages()}), and a
 * suggestion for a country code written where a language code belongs ({@code tj}, Tajikistan,
 * for {@code tg}, Tajik), from the JDK's locales.
 */
final class LanguageCodes {

    private static final Set<String> TWO_LETTER = Set.of(Locale.getISOLanguages());

    private LanguageCodes() {
    }

    /**
     * True when the language subtag (lower case) may be an ISO 639 code: every two-letter code is
     * checked against ISO 639-1; three-letter codes (ISO 639-2 and 639-3, thousands) are not checked.
     */
    static boolean isKnown(String language) {
        return language.length() != 2 || TWO_LETTER.contains(language);
    }

    /**
     * The languages of a country whose code was given as a language ({@code tj}: {@code tg}
     * (Tajik)), in the form {@code 'tg' (Tajik)}, or empty.
     */
    static Optional<String> suggestion(String notALanguage) {
        String country = notALanguage.toUpperCase(Locale.ROOT);
        Set<String> languages = new TreeSet<>();
        for (Locale locale : Locale.getAvailableLocales()) {
            if (locale.getCountry().equals(country) && locale.getVariant().isEmpty() && locale.getScript().isEmpty()
                    && TWO_LETTER.contains(locale.getLanguage())) {
                languages.add(locale.getLanguage());
            }
        }
        if (languages.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder();
        for (String language : languages) {
            if (b.length() > 0) {
                b.append(" or ");
            }
            b.append('\'').append(language).append("' (")
                    .append(Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH)).append(')');
        }
        return Optional.of(b.toString());
    }
}
