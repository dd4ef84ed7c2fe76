package io.github.regsec.model.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks that a text is a language tag: {@link LanguageTag#PATTERN}. Null is valid. */
public final class LanguageTagValidator implements ConstraintValidator<LanguageTag, CharSequence> {

    /** A validator of language tags (Hibernate Validator creates it). */
    public LanguageTagValidator() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || TextPatterns.isLanguageTag(value);
    }
}
