package io.github.regsec.model.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record id: 1 to 128 characters, a letter or digit first, then letters, digits and
 * {@code . _ : -}. Null is valid (use {@code @NotNull} for required ids).
 */
@Documented
@Constraint(validatedBy = RecordIdValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface RecordId {

    /** The id syntax as a regular expression. */
    String PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]{0,127}";

    /**
     * The message template of a violation.
     *
     * @return the template; Hibernate Validator interpolates it
     */
    String message() default "'${validatedValue}' is not an id: expected 1-128 letters, digits and . _ : -, starting with a letter or digit";

    /**
     * The validation groups the constraint belongs to.
     *
     * @return the groups; none for the default group
     */
    Class<?>[] groups() default {};

    /**
     * Payload for clients of the Jakarta Validation API.
     *
     * @return the payload types; regsec uses none
     */
    Class<? extends Payload>[] payload() default {};
}
