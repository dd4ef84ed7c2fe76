package io.github.regsec.model.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A topic tag in lower-case kebab case: {@code border-management}. Null is valid. */
@Documented
@Constraint(validatedBy = TopicValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface Topic {

    /** The topic syntax as a regular expression. */
    String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    String message() default "'${validatedValue}' is not a topic: expected lower-case words joined by hyphens, e.g. border-management";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
