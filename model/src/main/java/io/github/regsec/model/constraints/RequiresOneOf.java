package io.github.regsec.model.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a record: at least one of the named fields (format names, e.g. {@code title}, {@code url})
 * has a non-blank value. The validator lives in the validation module.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface RequiresOneOf {

    /**
     * The format names of the fields, at least one of which must be given.
     *
     * @return the fields' format names ({@code title}, {@code url})
     */
    String[] value();

    /**
     * The message template of a violation.
     *
     * @return the template; Hibernate Validator interpolates it
     */
    String message() default "{io.github.regsec.model.constraints.RequiresOneOf.message}";

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
