/**
 * The datasets that ship with regsec: {@link io.github.regsec.sample.SampleData#centralAsia()},
 * and {@code sample:central-asia} wherever a dataset path is expected (a
 * {@link io.github.regsec.formats.SampleDataset} provider found by
 * {@link io.github.regsec.formats.Formats}).
 */
module io.github.regsec.sample {
    requires transitive io.github.regsec.formats;
    requires io.github.regsec.formats.csv; // the CSV directory importer, found through Formats

    exports io.github.regsec.sample;

    provides io.github.regsec.formats.SampleDataset with io.github.regsec.sample.provider.CentralAsiaSample;
}
