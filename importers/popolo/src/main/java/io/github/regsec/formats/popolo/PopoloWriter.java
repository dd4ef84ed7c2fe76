package io.github.regsec.formats.popolo;

import io.github.regsec.formats.FileDatasetWriter;
import io.github.regsec.formats.WriteOptions;
import io.github.regsec.model.Dataset;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a dataset as a Popolo JSON file (docs/FORMATS.md#popolo): {@code persons},
 * {@code organizations}, {@code memberships}, {@code posts}, {@code events} (the meetings) and
 * {@code areas} (the countries the others name), each record valid against the Popolo project's
 * JSON Schemas. Records that {@link PopoloImporter} renamed get their Popolo ids back (from their
 * {@code popolo:} identifiers); the values only regsec has that Popolo has a place for
 * (a membership's {@code status} other than {@code member}, a post's {@code single_holder}, a name's
 * {@code kind} where it differs from the default) are written as extra properties, which the
 * schemas allow and the importer reads back. What Popolo has no place for (field offices, a
 * meeting's participants, an organization's acronym...) is listed by {@link #leftOut(Dataset)}.
 * Claims no file ending: pick it by name, {@code --output-format popolo}.
 */
public final class PopoloWriter extends FileDatasetWriter {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .build();

    /** Two-space indent, {@code \n} line ends, {@code "name": value}, {@code []} for an empty array. */
    private static final ObjectWriter PRETTY = MAPPER.writer().with(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("").withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    @Override
    public String name() {
        return "popolo";
    }

    @Override
    public List<String> extensions() {
        return List.of();
    }

    @Override
    public String description() {
        return "a Popolo JSON file: persons, organizations, memberships, posts, events and country areas";
    }

    @Override
    public List<String> leftOut(Dataset dataset) {
        return new PopoloDocument(dataset, MAPPER).leftOut();
    }

    @Override
    protected void writeChecked(Dataset dataset, OutputStream out, WriteOptions options) throws IOException {
        try (JsonGenerator json = PRETTY.createGenerator(out)) {
            json.writeTree(new PopoloDocument(dataset, MAPPER).root());
            json.writeRaw('\n');
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }
}
