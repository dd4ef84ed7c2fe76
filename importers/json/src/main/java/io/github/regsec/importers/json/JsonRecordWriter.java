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
 * <p>{@link #check(DatasetRecord)} refuses, before anything is written, a record that would not
 * read back unchanged: a list item that is empty, has spaces around it or holds a {@code ;}
 * (readers trim list items, skip empty ones and refuse a {@code ;}, which separates items in
 * CSV), or a text with half of a UTF-16 surrogate pair (not a character, so no UTF-8 file can
 * hold it). The CSV writer refuses the same values, so every format carries the same data.
 */
final class JsonRecordWriter {

    private JsonRecordWriter() {
    }

    /**
     * Checks that every value of a record can be written so that it reads back unchanged.
     *
     * @throws IllegalArgumentException naming the record, the field and the value
     */
    static void check(DatasetRecord record) {
        String who = record.recordKind().formatName().replace('_', ' ') + " " + record.id();
        checkFields(who, RecordEncoder.encode(record));
        List<? extends Map<String, Object>> rows = List.of();
        String row = "name";
        if (record instanceof Organization o) {
            rows = o.names().stream().map(RecordEncoder::name).toList();
        } else if (record instanceof FieldOffice f) {
            rows = f.names().stream().map(RecordEncoder::name).toList();
        } else if (record instanceof Meeting m) {
            rows = m.participants().stream().map(RecordEncoder::participant).toList();
            row = "participant";
        }
        for (int i = 0; i < rows.size(); i++) {
            checkFields(who + ", " + row + " " + (i + 1), rows.get(i));
        }
    }

    private static void checkFields(String who, Map<String, Object> fields) {
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            if (field.getValue() instanceof List<?> items) {
                for (Object item : items) {
                    String text = item.toString();
                    if (text.isEmpty() || !text.equals(text.strip()) || text.indexOf(';') >= 0) {
                        throw new IllegalArgumentException(who + ": " + field.getKey() + " item '" + text
                                + "' cannot be written so that it reads back unchanged: list items are read trimmed,"
                                + " empty ones are skipped, and ';' separates them in CSV");
                    }
                    checkText(who, field.getKey(), text);
                }
            } else if (field.getValue() instanceof String text) {
                checkText(who, field.getKey(), text);
            }
        }
    }

    private static void checkText(String who, String field, String text) {
        int at = JsonFields.unpairedSurrogate(text);
        if (at >= 0) {
            throw new IllegalArgumentException(who + ": " + field + " holds half of a UTF-16 surrogate pair (\\u"
                    + String.format(java.util.Locale.ROOT, "%04X", (int) text.charAt(at)) + " at character " + (at + 1)
                    + ") without its other half: it is not a character, and no UTF-8 file can hold it");
        }
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
