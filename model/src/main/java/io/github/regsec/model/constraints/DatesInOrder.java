package io.github.regsec.model.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a record that implements {@link io.github.regsec.model.Dated}: its end is not certainly
 * before its start. The validator lives in the validation module (found through
 * {@code META-INF/services/jakarta.validation.ConstraintValidator}).
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface DatesInOrder {

    /**
     * The message template of a violation.
     *
     * @return the template; Hibernate Validator interpolates it
     */
    String message() default "{io.github.regsec.model.constraints.DatesInOrder.message}";

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
