package io.github.regsec.importers.json;

import io.github.regsec.importers.schema.RecordEncoder;
import io.github.regsec.importers.schema.Schemas;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.FieldOffice;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.Organization;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;

/**
 * Writes one record as a JSON object, for both writers: its fields in the schema's order from
 * the {@link RecordEncoder} (texts as strings, whole numbers as numbers, lists as arrays, absent
 * values left out), then its names or participants as a nested array when it has any.
 *
 */
final class JsonRecordWriter {

    private JsonRecordWriter() {
    }

    /**
     * Writes a record.
     *
     * @param type the JSON Lines {@code type} to write first, or null in a JSON document
     */
    static void write(JsonGenerator out, DatasetRecord record, String type) {
        out.writeStartObject();
        if (type != null) {
            out.writeStringProperty("type", type);
        }
        fields(out, RecordEncoder.encode(record));
        if (record instanceof Organization o) {
            children(out, Schemas.NAME.jsonName(), o.names(), RecordEncoder::name);
        } else if (record instanceof FieldOffice f) {
            children(out, Schemas.NAME.jsonName(), f.names(), RecordEncoder::name);
        } else if (record instanceof Meeting m) {
            children(out, Schemas.PARTICIPANT.jsonName(), m.participants(), RecordEncoder::participant);
        }
        out.writeEndObject();
    }

    private static <T> void children(JsonGenerator out, String name, List<T> rows, Function<T, Map<String, Object>> encode) {
        if (rows.isEmpty()) {
            return;
        }
        out.writeArrayPropertyStart(name);
        for (T row : rows) {
            out.writeStartObject();
            fields(out, encode.apply(row));
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static void fields(JsonGenerator out, Map<String, Object> fields) {
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            out.writeName(field.getKey());
            Object value = field.getValue();
            if (value instanceof Integer number) {
                out.writeNumber(number);
            } else if (value instanceof List<?> items) {
                out.writeStartArray();
                for (Object item : items) {
                    out.writeString(item.toString());
                }
                out.writeEndArray();
            } else {
                out.writeString(value.toString());
            }
        }
    }
}
