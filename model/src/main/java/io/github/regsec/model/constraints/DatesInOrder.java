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

    String message() default "{io.github.regsec.model.constraints.DatesInOrder.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
