package io.github.regsec.model.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an {@link io.github.regsec.model.Organization}: the values its kind requires are present
 * (a {@code body} or {@code programme} needs {@code parent_id}; a {@code government} or
 * {@code government_agency} needs {@code country}). The validator lives in the validation module.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface KindRequirements {

    /**
     * The message template of a violation.
     *
     * @return the template; Hibernate Validator interpolates it
     */
    String message() default "{io.github.regsec.model.constraints.KindRequirements.message}";

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
