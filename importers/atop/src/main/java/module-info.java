/**
 * The ATOP v4.01 alliance importer ({@code atop}). Exported for programs that use the importer
 * by class (with the alliance-level file given) and for the importer's own rule ids.
 */
module io.github.regsec.formats.atop {
    requires transitive io.github.regsec.formats;
    requires io.github.regsec.formats.csv;

    exports io.github.regsec.formats.atop;

    provides io.github.regsec.formats.DatasetImporter with io.github.regsec.formats.atop.AtopImporter;
}
