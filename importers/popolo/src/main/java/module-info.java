/**
 * The Popolo importer and writer ({@code popolo}): persons, organizations, memberships, posts and
 * events in the Popolo JSON shape that EveryPolitician publishes. Exports nothing but the
 * importer's own rule ids: the importer and writer are service providers, found by name.
 */
module io.github.regsec.formats.popolo {
    requires transitive io.github.regsec.formats;
    requires tools.jackson.core;
    requires tools.jackson.databind;

    exports io.github.regsec.formats.popolo;

    provides io.github.regsec.formats.DatasetImporter with io.github.regsec.formats.popolo.PopoloImporter;
    provides io.github.regsec.formats.DatasetWriter with io.github.regsec.formats.popolo.PopoloWriter;
}
