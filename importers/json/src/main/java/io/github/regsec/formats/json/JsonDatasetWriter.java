package io.github.regsec.formats.json;

import io.github.regsec.formats.FileDatasetWriter;
import io.github.regsec.formats.WriteOptions;
import io.github.regsec.formats.codec.WritabilityCheck;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.table.RecordTable;
import io.github.regsec.model.table.RecordTables;
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
 * {@link WritabilityCheck}).
 */
public final class JsonDatasetWriter extends FileDatasetWriter {

    private static final List<RecordTable<?>> ARRAYS = RecordTables.all().stream().filter(t -> !t.isChild()).toList();

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
            for (RecordTable<?> schema : ARRAYS) {
                List<DatasetRecord> records = records(dataset, schema);
                if (schema.writtenWhenUsed() && records.isEmpty()) {
                    continue; // persons and posts only when there are some: older data is written as before
                }
                json.writeArrayPropertyStart(schema.jsonName());
                for (DatasetRecord record : records) {
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

    private static List<DatasetRecord> records(Dataset dataset, RecordTable<?> table) {
        return dataset.records().filter(r -> r.recordKind() == table.kind()).toList();
    }
}
