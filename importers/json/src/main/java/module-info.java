/**
 * regsec datasets as JSON documents ({@code json}) and JSON Lines ({@code jsonl}), read and
 * written with Jackson 3.
 *
 * <p>Exports nothing: the importers and writers are found through
 * {@link io.github.regsec.formats.Formats}, by name or by a path's ending.
 */
module io.github.regsec.formats.json {
    requires io.github.regsec.formats;
    requires tools.jackson.core;
    requires tools.jackson.databind;

    provides io.github.regsec.formats.DatasetImporter with
            io.github.regsec.formats.json.JsonDatasetImporter,
            io.github.regsec.formats.json.JsonLinesDatasetImporter;
    provides io.github.regsec.formats.DatasetWriter with
            io.github.regsec.formats.json.JsonDatasetWriter,
            io.github.regsec.formats.json.JsonLinesDatasetWriter;
}
