package io.github.regsec.formats.json;

import io.github.regsec.formats.FileDatasetWriter;
import io.github.regsec.formats.WriteOptions;
import io.github.regsec.formats.codec.WritabilityCheck;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.table.RecordTables;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Writes a dataset as regsec JSON Lines ({@code *.ndjson}, {@code *.jsonl}): one compact record
 * object a line, {@code "type"} first, records in dataset order, names and participants nested.
 * Deterministic: UTF-8, each line ended by {@code \n}. A value that would not read back unchanged
 * is refused with an {@link IllegalArgumentException} before anything is written (see
 * {@link WritabilityCheck}).
 */
public final class JsonLinesDatasetWriter extends FileDatasetWriter {

    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public List<String> extensions() {
        return List.of("ndjson", "jsonl");
    }

    @Override
    public String description() {
        return "regsec JSON Lines: one record a line";
    }

    @Override
    protected void writeChecked(Dataset dataset, OutputStream out, WriteOptions options) throws IOException {
        try (JsonGenerator json = Jackson.LINES.createGenerator(out)) {
            for (Iterator<DatasetRecord> records = dataset.records().iterator(); records.hasNext(); ) {
                DatasetRecord record = records.next();
                JsonRecordWriter.write(json, record, RecordTables.of(record.recordKind()).jsonlType());
                json.writeRaw('\n');
            }
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }
}
