/**
 * What readers and validators report: a {@link io.github.regsec.problem.Problem} (rule,
 * {@link io.github.regsec.problem.Severity}, record, field, message) at a
 * {@link io.github.regsec.problem.Location} (file, line, column); the ids of the rules readers
 * report ({@link io.github.regsec.problem.RuleIds}); and
 * {@link io.github.regsec.problem.TerminalText}, which makes values from data files safe to print
 * on one line. See docs/FORMATS.md#problems and docs/FORMATS.md#reading-rules.
 */
package io.github.regsec.problem;
