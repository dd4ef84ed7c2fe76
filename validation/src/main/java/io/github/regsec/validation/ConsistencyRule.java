package io.github.regsec.validation;

import io.github.regsec.problem.Severity;

/**
 * A consistency rule: one small class with one job, checking a whole dataset and reporting each
 * problem it finds through {@link RuleContext#report(io.github.regsec.model.Row, String, String)}.
 *
 * <p>Users add their own with {@link DatasetValidator.Builder#addRule(ConsistencyRule)}, or by
 * listing the class (with a public no-argument constructor) in
 * {@code META-INF/services/io.github.regsec.validation.ConsistencyRule} (on the module path, with
 * {@code provides io.github.regsec.validation.ConsistencyRule with ...} in its module). A rule whose id is that of
 * a built-in rule replaces it. A rule is shared between threads and runs, and the rules of
 * one run may run at the same time on different threads ({@link DatasetValidator.Builder#threads(int)}):
 * keep per-run state in local variables. Rules report only what is certain from the dates given (see
 * {@link io.github.regsec.model.time.Period}), and never compare all pairs of records: group by
 * a key or sort.
 */
public interface ConsistencyRule {

    /**
     * The rule id, lower-case kebab-case, e.g. {@code membership-overlap}.
     *
     * @return the id problems carry and users name the rule by ({@code --disable}, {@code --severity})
     */
    String id();

    /**
     * The severity of this rule's problems unless the user sets another.
     *
     * @return error or warning; not null
     */
    Severity defaultSeverity();

    /**
     * What the rule checks, in one sentence.
     *
     * @return the description the rule catalogue lists
     */
    String description();

    /**
     * Checks the context's dataset and reports each problem through the context.
     *
     * @param context the dataset, the as-of day, record locations, and where to report problems
     */
    void check(RuleContext context);
}
