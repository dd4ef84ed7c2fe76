package io.github.regsec.formats.codec;

import io.github.regsec.model.FormatName;
import io.github.regsec.model.Row;
import io.github.regsec.model.table.Field;
import io.github.regsec.model.table.RecordTable;
import io.github.regsec.model.table.RecordTables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a record or child row into its fields in the order of its field table, the same way for
 * every format: each value is a {@code String}, an {@code Integer} (for
 * {@link io.github.regsec.model.table.FieldType#INTEGER} fields), a {@code Boolean} (for
 * {@link io.github.regsec.model.table.FieldType#BOOLEAN} fields) or a {@code List<String>};
 * absent values and empty lists are left out; enumerations are written by format name (defaults
 * included, so {@code alias} and {@code in_person} are explicit); countries as alpha-2. Child
 * rows come without their parent column; nested rows are not included.
 */
public final class RecordEncoder {

    private RecordEncoder() {
    }

    /**
     * The fields of a record or child row, in table order.
     *
     * @param row the record or child row to encode
     * @param <R> the row's class
     * @return format name to value, in table order, absent values and empty lists left out
     */
    public static <R extends Row> Map<String, Object> encode(R row) {
        RecordTable<R> table = RecordTables.of(row);
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Field<R> field : table.fields()) {
            Object value = field.get(row);
            if (value instanceof List<?> list) {
                if (!list.isEmpty()) {
                    List<String> texts = new ArrayList<>(list.size());
                    for (Object item : list) {
                        texts.add(item.toString());
                    }
                    fields.put(field.name(), List.copyOf(texts));
                }
            } else if (value != null) {
                fields.put(field.name(), text(value));
            }
        }
        return fields;
    }

    private static Object text(Object value) {
        if (value instanceof Integer || value instanceof Boolean) {
            return value;
        }
        return value instanceof FormatName named ? named.formatName() : value.toString();
    }
}
