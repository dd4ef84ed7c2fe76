/**
 * The Jakarta Validation constraints on the model's records: the form of ids, topics and
 * language tags, dates in order, a value one of several fields must have, and what an
 * organization's kind requires. The validation module checks them and reports each violation as
 * a problem; see docs/FORMATS.md#record-constraints.
 *
 * <p>Field-level constraints ({@link io.github.regsec.model.constraints.RecordId},
 * {@link io.github.regsec.model.constraints.Topic},
 * {@link io.github.regsec.model.constraints.LanguageTag}) carry their validators here; the
 * class-level ones ({@link io.github.regsec.model.constraints.DatesInOrder},
 * {@link io.github.regsec.model.constraints.RequiresOneOf},
 * {@link io.github.regsec.model.constraints.KindRequirements}) are validated by the validation
 * module, so that the model depends on nothing but the Jakarta Validation API.
 */
package io.github.regsec.model.constraints;
