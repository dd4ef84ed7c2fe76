/**
 * The {@link io.github.regsec.formats.SampleDataset} provider that makes {@code sample:central-asia}
 * a dataset path for {@link io.github.regsec.formats.Formats}. Not exported: found as a service.
 */
package io.github.regsec.sample.provider;
