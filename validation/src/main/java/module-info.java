/**
 * Validation of regsec datasets: Jakarta Validation (Hibernate Validator) on the model's record
 * constraints, the consistency rules across records, and the validation report.
 *
 * <p>Exports {@code io.github.regsec.validation} only: the built-in rules are reached through
 * {@link io.github.regsec.validation.RuleRegistry} and their ids through
 * {@link io.github.regsec.validation.ValidationRuleIds}. Users' rules registered with
 * {@code provides io.github.regsec.validation.ConsistencyRule} (or, on the class path, in
 * {@code META-INF/services}) are found by every validator.
 */
@SuppressWarnings("requires-automatic") // Expressly 6 has no module descriptor, only Automatic-Module-Name
module io.github.regsec.validation {
    requires transitive io.github.regsec.formats;
    requires org.hibernate.validator;
    requires jakarta.el;
    requires org.glassfish.expressly;
    requires tools.jackson.core;
    requires java.logging; // to keep Hibernate Validator's start-up line off standard error

    exports io.github.regsec.validation;
    // Hibernate Validator creates the class-level constraints' validators by reflection
    exports io.github.regsec.validation.constraints to org.hibernate.validator;

    uses io.github.regsec.validation.ConsistencyRule;

    provides jakarta.validation.ConstraintValidator with
            io.github.regsec.validation.constraints.DatesInOrderValidator,
            io.github.regsec.validation.constraints.KindRequirementsValidator,
            io.github.regsec.validation.constraints.RequiresOneOfValidator;
}
