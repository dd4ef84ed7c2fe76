package io.github.regsec.model.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A BCP 47 language tag such as {@code en}, {@code tg} or {@code uz-Cyrl}. Null is valid. */
@Documented
@Constraint(validatedBy = LanguageTagValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface LanguageTag {

    /** The accepted form: a 2-3 letter language, then subtags of 1-8 letters or digits. */
    String PATTERN = "[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*";

    /**
     * The message template of a violation.
     *
     * @return the template; Hibernate Validator interpolates it
     */
    String message() default "'${validatedValue}' is not a language tag: expected BCP 47, e.g. en, ru, tg";

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
