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

    /** The format names of the fields, at least one of which must be given. */
    String[] value();

    String message() default "{io.github.regsec.model.constraints.RequiresOneOf.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
