package io.github.regsec.importers.json;

import io.github.regsec.importers.FileDatasetWriter;
import io.github.regsec.importers.WriteOptions;
import io.github.regsec.importers.schema.RecordSchema;
import io.github.regsec.importers.schema.Schemas;
import io.github.regsec.importers.schema.Writable;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.DatasetRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Writes a dataset as a regsec JSON document ({@code *.json}): {@code "format"} first, then the
 * arrays {@code sources}, {@code organizations}, {@code field_offices}, {@code meetings},
 * {@code memberships} (each written, empty or not), records in dataset order. Deterministic:
 * UTF-8, 2-space indent, {@code \n} line ends, a final newline. A value that would not read back
 * unchanged is refused with an {@link IllegalArgumentException} before anything is written (see
 * {@link Writable}).
 */
public final class JsonDatasetWriter extends FileDatasetWriter {

    private static final List<RecordSchema> ARRAYS = List.of(Schemas.SOURCE, Schemas.ORGANIZATION, Schemas.FIELD_OFFICE,
            Schemas.MEETING, Schemas.MEMBERSHIP);

    @Override
    public String name() {
        return "json";
    }

    @Override
    public List<String> extensions() {
        return List.of("json");
    }

    @Override
    public String description() {
        return "a regsec JSON document, pretty-printed";
    }

    @Override
    protected void writeChecked(Dataset dataset, OutputStream out, WriteOptions options) throws IOException {
        try (JsonGenerator json = Jackson.DOCUMENT.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("format", JsonDatasetImporter.FORMAT);
            for (RecordSchema schema : ARRAYS) {
                json.writeArrayPropertyStart(schema.jsonName());
                for (DatasetRecord record : records(dataset, schema)) {
                    JsonRecordWriter.write(json, record, null);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }

    private static List<? extends DatasetRecord> records(Dataset dataset, RecordSchema schema) {
        switch (schema.kind()) {
            case SOURCE: return dataset.sources();
            case ORGANIZATION: return dataset.organizations();
            case FIELD_OFFICE: return dataset.fieldOffices();
            case MEETING: return dataset.meetings();
            default: return dataset.memberships();
        }
    }
}
