/**
 * regsec's performance measurements: JMH benchmarks of CSV and JSON Lines import and of
 * validation, each against a baseline measured in the same run
 * ({@link io.github.regsec.benchmarks.RatioReport} runs them all and prints the ratios), the heap
 * a large dataset takes ({@link io.github.regsec.benchmarks.MemoryFootprint}), a streaming read
 * under a small heap ({@link io.github.regsec.benchmarks.StreamingCheck}), and the generator of
 * the synthetic datasets they read ({@link io.github.regsec.benchmarks.SyntheticDataset}).
 * Not published.
 */
package io.github.regsec.benchmarks;
