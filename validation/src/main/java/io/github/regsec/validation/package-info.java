/**
 * Validating datasets: the record constraints and the consistency rules across records, and the
 * report of their problems. See docs/FORMATS.md#rules.
 *
 * <ul>
 *   <li>{@link io.github.regsec.validation.Validation}: read and validate a path in one call.</li>
 *   <li>{@link io.github.regsec.validation.DatasetValidator}: a validator with its rules, their
 *       severities and the as-of day; validates an import (problems keep their file and line) or
 *       a dataset built in code, giving a {@link io.github.regsec.validation.ValidationReport}
 *       (as text, docs/FORMATS.md#problem-text, or JSON, docs/FORMATS.md#report-json).</li>
 *   <li>{@link io.github.regsec.validation.ConsistencyRule}: a rule across records, built in or a
 *       user's own, reporting through a {@link io.github.regsec.validation.RuleContext};
 *       {@link io.github.regsec.validation.RuleRegistry} lists the built-in ones and finds users'
 *       rules through {@link java.util.ServiceLoader}, and
 *       {@link io.github.regsec.validation.ValidationRuleIds} names the ids only validation
 *       reports.</li>
 * </ul>
 *
 * <p>Rules report a problem only when it is certain on every reading of imprecise dates.
 */
package io.github.regsec.validation;
