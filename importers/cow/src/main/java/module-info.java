/**
 * The Correlates of War IGO importer ({@code cow-igo}). Exported for
 * {@link io.github.regsec.formats.cow.CowIgoImporter#withIgoYearFile(java.nio.file.Path)} (an
 * importer given the igo-year file) and the importer's own rule ids.
 */
module io.github.regsec.formats.cow {
    requires transitive io.github.regsec.formats;
    requires io.github.regsec.formats.csv;

    exports io.github.regsec.formats.cow;

    provides io.github.regsec.formats.DatasetImporter with io.github.regsec.formats.cow.CowIgoImporter;
}
