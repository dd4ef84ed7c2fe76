/**
 * regsec's performance measurements: JMH benchmarks of CSV and JSON Lines import and of
 * validation, each against a baseline measured in the same run
 * ({@link io.github.regsec.benchmarks.RatioReport} runs them all and prints the ratios), the heap
 * a large dataset takes ({@link io.github.regsec.benchmarks.MemoryFootprint}), a streaming read
 * under a small heap ({@link io.github.regsec.benchmarks.StreamingCheck}), and the generator of
 * the synthetic datasets they read ({@link io.github.regsec.benchmarks.SyntheticDataset}).
 * Every JMH fork runs with a fixed heap that the JVM touches as it starts
 * ({@code -XX:+AlwaysPreTouch}): on a virtual machine the first touch of each page of memory
 * costs kernel time, and without it the shots that happen to run through fresh heap are slower,
 * the more so the more a benchmark allocates. Not published.
 */
package io.github.regsec.benchmarks;
