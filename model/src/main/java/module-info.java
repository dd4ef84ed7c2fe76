/**
 * The regsec model: immutable records and value types for regional security cooperation data,
 * and the {@link io.github.regsec.model.Dataset} that answers questions about them.
 *
 * <p>The records' package is open to Hibernate Validator, which reads the constrained record
 * components reflectively; the model itself depends on nothing but the Jakarta Validation API.
 */
@SuppressWarnings("module") // Hibernate Validator is not a dependency of the model
module io.github.regsec.model {
    requires transitive jakarta.validation;

    exports io.github.regsec.model;
    exports io.github.regsec.model.constraints;
    exports io.github.regsec.model.country;
    exports io.github.regsec.model.party;
    exports io.github.regsec.model.table;
    exports io.github.regsec.model.time;

    opens io.github.regsec.model to org.hibernate.validator;
}
