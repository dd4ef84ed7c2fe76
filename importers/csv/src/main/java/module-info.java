/**
 * regsec datasets as directories of CSV files, and the CSV row reader underneath for users'
 * own CSV-like formats ({@link io.github.regsec.formats.csv.rows.CsvRows}).
 *
 * <p>The {@code csv} importer and writer are not exported: they are found through
 * {@link io.github.regsec.formats.Formats} like every format, by name or by a path's ending.
 */
module io.github.regsec.formats.csv {
    requires transitive io.github.regsec.formats;
    requires org.apache.commons.csv;

    exports io.github.regsec.formats.csv.rows;

    provides io.github.regsec.formats.DatasetImporter with io.github.regsec.formats.csv.CsvDatasetImporter;
    provides io.github.regsec.formats.DatasetWriter with io.github.regsec.formats.csv.CsvDatasetWriter;
}
