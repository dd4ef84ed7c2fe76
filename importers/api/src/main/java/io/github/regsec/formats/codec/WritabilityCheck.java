package io.github.regsec.formats.codec;

import io.github.regsec.model.Dataset;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.ChildRow;
import io.github.regsec.model.Row;
import io.github.regsec.model.table.Field;
import io.github.regsec.model.table.FieldType;
import io.github.regsec.model.table.RecordTable;
import io.github.regsec.model.table.RecordTables;
import io.github.regsec.model.party.Party;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The check that a dataset holds only values every format can carry unchanged, made before a writer writes anything. A
 * record built in code may hold what no file can give back: a list item that is empty, has spaces
 * around it or holds a {@code ;} (readers trim list items, skip empty ones, and {@code ;}
 * separates them in CSV), a party whose written form reads back as another (an id with spaces),
 * or a text with half of a UTF-16 surrogate pair (not a character: no UTF-8 file can hold it).
 * Every writer refuses these the same way, so every format carries the same data.
 */
public final class WritabilityCheck {

    private WritabilityCheck() {
    }

    /**
     * Checks every record of a dataset and its names and participants.
     *
     * @param dataset the dataset about to be written
     * @throws IllegalArgumentException naming the record, the field and the value
     */
    public static void check(Dataset dataset) {
        dataset.records().forEach(WritabilityCheck::check);
    }

    /**
     * Checks one record and its child rows (names, participants).
     *
     * @param record the record about to be written
     * @throws IllegalArgumentException naming the record, the field and the value
     */
    public static void check(DatasetRecord record) {
        String who = record.recordKind().formatName().replace('_', ' ') + " " + record.id();
        fields(who, record);
        List<? extends ChildRow> children = RecordTables.of(record).childRows(record);
        for (int i = 0; i < children.size(); i++) {
            ChildRow child = children.get(i);
            fields(who + ", " + child.recordKind().formatName() + " " + (i + 1), child);
        }
    }

    private static <R extends Row> void fields(String who, R row) {
        RecordTable<R> table = RecordTables.of(row);
        for (Map.Entry<String, Object> field : RecordEncoder.encode(row).entrySet()) {
            FieldType type = table.field(field.getKey()).map(Field::type).orElse(FieldType.TEXT);
            if (field.getValue() instanceof List<?> items) {
                for (Object item : items) {
                    String text = item.toString();
                    if (text.isEmpty() || !text.equals(text.strip()) || text.indexOf(';') >= 0) {
                        throw new IllegalArgumentException(who + ": " + field.getKey() + " item '" + text
                                + "' cannot be written so that it reads back unchanged: list items are read trimmed,"
                                + " empty ones are skipped, and ';' separates them in CSV");
                    }
                    value(who, field.getKey(), type == FieldType.PARTY_LIST ? FieldType.PARTY : type, text);
                }
            } else if (field.getValue() instanceof String text) {
                value(who, field.getKey(), type, text);
            }
        }
    }

    private static void value(String who, String field, FieldType type, String text) {
        int at = unpairedSurrogate(text);
        if (at >= 0) {
            throw new IllegalArgumentException(who + ": " + field + " holds half of a UTF-16 surrogate pair (\\u"
                    + String.format(Locale.ROOT, "%04X", (int) text.charAt(at)) + " at character " + (at + 1)
                    + ") without its other half: it is not a character, and no UTF-8 file can hold it");
        }
        if (type == FieldType.PARTY && !rereads(text)) {
            throw new IllegalArgumentException(who + ": " + field + " '" + text
                    + "' cannot be written so that it reads back unchanged: a party is country:CODE, org:ID or"
                    + " person:ID, with an id of letters, digits and . _ : -");
        }
    }

    private static boolean rereads(String party) {
        try {
            return Party.parse(party).text().equals(party);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The index of the first unpaired UTF-16 surrogate in a text, or -1 when it has none.
     *
     * @param text the text to check; not null
     * @return the char index of the first surrogate without its pair, or -1 (the text can be
     *     written as UTF-8)
     */
    public static int unpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
