/**
 * The single-record checks: Hibernate Validator on the model's record constraints, with the
 * class-level constraints' validators, each violation turned into a problem in the user's terms
 * ({@link io.github.regsec.validation.constraints.RecordConstraints}). See
 * docs/FORMATS.md#record-constraints.
 *
 * <p>Exported only to Hibernate Validator, which creates the validators by reflection.
 */
package io.github.regsec.validation.constraints;
