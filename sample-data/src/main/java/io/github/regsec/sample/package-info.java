/**
 * The Central Asia dataset that ships with regsec, read in one call:
 * {@link io.github.regsec.sample.SampleData#centralAsia()}; its CSV directory is
 * {@link io.github.regsec.sample.SampleData#centralAsiaDirectory()}, and
 * {@code sample:central-asia} names it wherever a dataset path is expected.
 */
package io.github.regsec.sample;
