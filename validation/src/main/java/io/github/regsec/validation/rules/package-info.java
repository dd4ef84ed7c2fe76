/**
 * The built-in consistency rules, one class per rule id ({@code date-order},
 * {@code membership-overlap}, {@code unknown-reference}...), each a
 * {@link io.github.regsec.validation.ConsistencyRule}. Not exported: the rules are reached through
 * {@link io.github.regsec.validation.RuleRegistry#builtIns()}. The catalogue, with what each rule
 * checks and its default severity, is docs/FORMATS.md#consistency-rules.
 */
package io.github.regsec.validation.rules;
