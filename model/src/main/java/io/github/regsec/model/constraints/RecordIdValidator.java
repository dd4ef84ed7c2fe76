package io.github.regsec.model.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks that a text is a record id: {@link RecordId#PATTERN}. Null is valid. */
public final class RecordIdValidator implements ConstraintValidator<RecordId, CharSequence> {

    /** A validator of record ids (Hibernate Validator creates it). */
    public RecordIdValidator() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || TextPatterns.isRecordId(value);
    }
}
