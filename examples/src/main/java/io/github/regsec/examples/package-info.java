/**
 * Example programs for regsec's library API, each runnable with {@code main} and tested:
 * {@link io.github.regsec.examples.FirstQuestions} (questions of the bundled dataset),
 * {@link io.github.regsec.examples.BuildAndValidate} (a dataset built in code, validated),
 * {@link io.github.regsec.examples.ConvertToJsonLines} (CSV directory to JSON Lines),
 * {@link io.github.regsec.examples.OwnImporter} with
 * {@link io.github.regsec.examples.CountryListImporter} (a user's own format), and
 * {@link io.github.regsec.examples.OwnRule} with {@link io.github.regsec.examples.SharedSurnameRule}
 * (a user's own rule). They ask questions of the Central Asia dataset of the
 * {@code regsec-sample-data} artifact ({@link io.github.regsec.sample.SampleData}).
 */
package io.github.regsec.examples;
