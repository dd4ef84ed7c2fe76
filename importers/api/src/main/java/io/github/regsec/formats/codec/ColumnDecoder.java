package io.github.regsec.formats.codec;

import io.github.regsec.model.Row;
import io.github.regsec.model.table.Field;
import io.github.regsec.model.table.FieldType;
import io.github.regsec.model.table.RecordTable;
import io.github.regsec.problem.Location;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@link RecordDecoder} compiled once for one file's columns: for a format whose rows are
 * values by position (a CSV file with its header), it decodes a row straight from the parser's
 * values into the record, with no row object, no lookup of a column by name and no work for a
 * field the file has no column for. Derived from the kind's field table like the decoder, and
 * decoding exactly as it does: a row that {@link #decodeClean(String[]) decodes cleanly} gives
 * the record the decoder gives; any other goes through {@link #decode(String[], Location)},
 * which is the decoder itself, for the same problems. Immutable and safe to share between
 * threads.
 *
 * @param <R> the kind of row decoded
 */
public final class ColumnDecoder<R extends Row> {

    private final RecordTable<R> table;
    private final Map<String, Integer> columnIndex;
    private final int fieldCount;
    /** For each field with a column, its place in the table's fields. */
    private final int[] places;
    private final int[] columns;
    private final boolean[] required;
    /** For each field with a column, the field. */
    private final Field<?>[] fields;
    /** For each field with a column, whether its texts repeat enough to keep what they parsed to ({@link Recent}). */
    private final boolean[] repeats;
    private final int[] oneOfColumns;
    private final boolean missingRequired;

    private ColumnDecoder(RecordTable<R> table, List<String> columnNames) {
        this.table = table;
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < columnNames.size(); i++) {
            if (!columnNames.get(i).isEmpty()) {
                index.putIfAbsent(columnNames.get(i), i);
            }
        }
        this.columnIndex = index;
        List<Field<R>> present = new ArrayList<>();
        List<Integer> place = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        boolean missingRequired = false;
        for (Field<R> field : table.fields()) {
            Integer column = index.get(field.name());
            if (column == null) {
                missingRequired |= field.required();
                continue;
            }
            present.add(field);
            place.add(table.fields().indexOf(field));
            at.add(column);
        }
        this.missingRequired = missingRequired;
        this.fieldCount = table.fields().size();
        this.places = place.stream().mapToInt(Integer::intValue).toArray();
        this.columns = at.stream().mapToInt(Integer::intValue).toArray();
        this.required = new boolean[present.size()];
        for (int i = 0; i < present.size(); i++) {
            required[i] = present.get(i).required();
        }
        this.fields = present.toArray(new Field<?>[0]);
        this.repeats = new boolean[present.size()];
        for (int i = 0; i < present.size(); i++) {
            FieldType type = present.get(i).type();
            repeats[i] = !FieldParsers.isOwnId(present.get(i)) && type != FieldType.TEXT && type != FieldType.INTEGER
                    && type != FieldType.BOOLEAN;
        }
        List<String> oneOf = RecordDecoder.oneOfRequired(table.kind());
        this.oneOfColumns = oneOf.stream().mapToInt(name -> index.getOrDefault(name, -1)).toArray();
    }

    /**
     * Compiles the decoder of a kind for a file's columns.
     *
     * @param table the field table of the rows' kind
     * @param columns the column names in file order (a CSV header); an empty name is no column
     * @param <R> the row's class
     * @return the decoder of rows with one value per column
     */
    public static <R extends Row> ColumnDecoder<R> compile(RecordTable<R> table, List<String> columns) {
        return new ColumnDecoder<>(Objects.requireNonNull(table, "table"), List.copyOf(columns));
    }

    /**
     * The record of a row whose values are all present where required and all well formed;
     * otherwise null, and the row is to go through {@link #decode(String[], Location)} for its
     * problems. An empty value is absent.
     *
     * @param values one value per column, as the file has them; not kept
     * @return the record, child rows without their parent, or null
     */
    public R decodeClean(String[] values) {
        return decodeClean(values, null);
    }

    /**
     * {@link #decodeClean(String[])}, finding the values of texts that came before in
     * {@code recent} rather than parsing them again: the same record, made faster when values
     * repeat (an organization id, a country, a status, a year).
     *
     * @param values one value per column, as the file has them; not kept
     * @param recent what this decoder's rows parsed to lately, from {@link #recent()}, or null
     * @return the record, child rows without their parent, or null
     */
    public R decodeClean(String[] values, Recent recent) {
        if (missingRequired) {
            return null;
        }
        if (oneOfColumns.length > 0 && !hasOneOf(values)) {
            return null;
        }
        Object[] decoded = recent == null ? new Object[fieldCount] : recent.emptyRecord();
        for (int i = 0; i < columns.length; i++) {
            String text = values[columns[i]];
            if (text.isEmpty()) {
                if (required[i]) {
                    return null;
                }
                continue;
            }
            if (recent != null && repeats[i]) {
                Object value = recent.find(i, text);
                if (value != null) {
                    decoded[places[i]] = value;
                    continue;
                }
            }
            if (required[i] && text.isBlank()) {
                return null;
            }
            Object value;
            try {
                value = FieldParsers.parse(fields[i], text);
            } catch (IllegalArgumentException | DateTimeException e) {
                return null;
            }
            if (recent != null && repeats[i] && value != null) {
                recent.put(i, text, value);
            }
            decoded[places[i]] = value;
        }
        return table.fromValues(decoded);
    }

    /**
     * A new, empty memory of what this decoder's rows parsed to, for one reading thread.
     *
     * @return the memory, to pass to {@link #decodeClean(String[], Recent)} row after row
     */
    public Recent recent() {
        return new Recent(columns.length, fieldCount);
    }

    /**
     * What the rows of one {@link ColumnDecoder} parsed to lately, column by column: a text that
     * came before (by equality) is found again with its value, which parsing it again would give,
     * since parsing is a function of the text alone. Only texts that parsed cleanly are kept; a
     * new text replaces what its slot held. It also holds the one array a row's values are decoded
     * into, since a record is made from them and keeps none. Not thread-safe: one per reading thread.
     */
    public static final class Recent {
        private static final int SLOTS = 1 << 8;
        private static final int LONGEST = 64;

        private final String[][] texts;
        private final Object[][] values;
        private final Object[] record;

        private Recent(int columns, int fields) {
            texts = new String[columns][];
            values = new Object[columns][];
            record = new Object[fields];
        }

        /** The array to decode the next row's values into, every field absent. */
        Object[] emptyRecord() {
            Arrays.fill(record, null);
            return record;
        }

        Object find(int column, String text) {
            String[] kept = texts[column];
            if (kept == null || text.length() > LONGEST) {
                return null;
            }
            int slot = slot(text);
            String found = kept[slot];
            return found == text || text.equals(found) ? values[column][slot] : null;
        }

        void put(int column, String text, Object value) {
            if (text.length() > LONGEST) {
                return;
            }
            if (texts[column] == null) {
                texts[column] = new String[SLOTS];
                values[column] = new Object[SLOTS];
            }
            int slot = slot(text);
            texts[column][slot] = text;
            values[column][slot] = value;
        }

        private static int slot(String text) {
            int hash = text.hashCode();
            return (hash ^ hash >>> 8 ^ hash >>> 16) & (SLOTS - 1);
        }
    }

    private boolean hasOneOf(String[] values) {
        for (int column : oneOfColumns) {
            if (column >= 0 && !values[column].isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Decodes a row with the {@link RecordDecoder}: the record, or the row's problems, each at
     * {@code location}.
     *
     * @param values one value per column, as the file has them; not kept
     * @param location where the row starts, for its problems
     * @return the decoded row or its rejection
     */
    public Decoded<R> decode(String[] values, Location location) {
        return RecordDecoder.decode(table, new FieldValues() {
            @Override
            public String text(String field) {
                return ColumnDecoder.this.text(values, field);
            }

            @Override
            public Location location(String field) {
                return location;
            }
        });
    }

    /**
     * The value of a column, or null when there is no such column or its value is empty.
     *
     * @param values one value per column
     * @param column a column name ({@code record_id})
     * @return the value as the file has it, or null
     */
    public String text(String[] values, String column) {
        Integer i = columnIndex.get(column);
        if (i == null || i >= values.length) {
            return null;
        }
        String value = values[i];
        return value == null || value.isEmpty() ? null : value;
    }
}
