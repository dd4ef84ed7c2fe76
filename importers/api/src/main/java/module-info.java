/**
 * regsec's import and export API: the importer and writer extension point and the registry
 * that finds them ({@link io.github.regsec.formats.Formats}), the record codec driven by the
 * field tables, and the problems every reader and validator reports.
 *
 * <p>{@code io.github.regsec.formats.io} (the strict UTF-8 reader and the gzip reader) is shared
 * only with regsec's own format modules; users' importers open files through
 * {@link io.github.regsec.formats.InputFiles}.
 */
@SuppressWarnings("module") // the format modules named below are built after this one
module io.github.regsec.formats {
    requires transitive io.github.regsec.model;

    exports io.github.regsec.formats;
    exports io.github.regsec.formats.codec;
    exports io.github.regsec.problem;
    exports io.github.regsec.formats.io to io.github.regsec.formats.csv, io.github.regsec.formats.json,
            io.github.regsec.formats.popolo;

    uses io.github.regsec.formats.DatasetImporter;
    uses io.github.regsec.formats.DatasetWriter;
    uses io.github.regsec.formats.SampleDataset;
}
