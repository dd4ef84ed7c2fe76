package io.github.regsec.model.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;

/**
 * Checks that a text is a language tag: the form {@link LanguageTag#PATTERN}, and a two-letter
 * language that ISO 639-1 knows ({@code tj} is Tajikistan's country code; Tajik is {@code tg}).
 * Null is valid.
 */
public final class LanguageTagValidator implements ConstraintValidator<LanguageTag, CharSequence> {

    /** A validator of language tags (Hibernate Validator creates it). */
    public LanguageTagValidator() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (!TextPatterns.isLanguageTag(value)) {
            return false; // the annotation's message: not the form of a tag
        }
        String text = value.toString();
        int dash = text.indexOf('-');
        String language = (dash < 0 ? text : text.substring(0, dash)).toLowerCase(Locale.ROOT);
        if (LanguageCodes.isKnown(language)) {
            return true;
        }
        String message = "'" + text + "' is not a language: '" + language + "' is not an ISO 639 language code"
                + LanguageCodes.suggestion(language).map(s -> "; did you mean " + s + "?")
                        .orElse(": expected a code such as en, ru, tg");
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(escape(message)).addConstraintViolation();
        return false;
    }

    /** The message as a template that interpolates to itself. */
    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
