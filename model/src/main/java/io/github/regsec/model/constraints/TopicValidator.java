package io.github.regsec.model.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks that a text is a topic: {@link Topic#PATTERN}. Null is valid. */
public final class TopicValidator implements ConstraintValidator<Topic, CharSequence> {

    /** A validator of topics (Hibernate Validator creates it). */
    public TopicValidator() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || TextPatterns.isTopic(value);
    }
}
