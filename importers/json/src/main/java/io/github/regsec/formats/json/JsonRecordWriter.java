package io.github.regsec.formats.json;

import io.github.regsec.formats.codec.RecordEncoder;
import io.github.regsec.model.ChildRow;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.table.RecordTable;
import io.github.regsec.model.table.RecordTables;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/**
 * Writes one record as a JSON object, for both writers: its fields in the schema's order from
 * the {@link RecordEncoder} (texts as strings, whole numbers as numbers, yes or no as JSON
 * booleans, lists as arrays, absent values left out), then its names or participants as a nested array when it has any.
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
        RecordTable<DatasetRecord> table = RecordTables.of(record);
        List<? extends ChildRow> children = table.childRows(record);
        if (!children.isEmpty()) {
            out.writeArrayPropertyStart(table.children().orElseThrow().table().jsonName());
            for (ChildRow child : children) {
                out.writeStartObject();
                fields(out, RecordEncoder.encode(child));
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    private static void fields(JsonGenerator out, Map<String, Object> fields) {
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            out.writeName(field.getKey());
            Object value = field.getValue();
            if (value instanceof Integer number) {
                out.writeNumber(number);
            } else if (value instanceof Boolean bool) {
                out.writeBoolean(bool);
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
