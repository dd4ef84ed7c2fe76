package io.github.regsec.formats.codec;

import io.github.regsec.problem.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * The raw values of one row or object, as a format reader found them, for the
 * {@link RecordDecoder}. An importer implements it over a CSV row or a JSON object.
 */
public interface FieldValues {

    /**
     * The text of a field, or null when the field is absent or empty.
     *
     * @param field the field's format name ({@code start_date})
     * @return the raw text as the file has it, or null
     */
    String text(String field);

    /**
     * The items of a list field, or null when absent. The default splits {@link #text(String)}
     * on {@code ;} as CSV does; the decoder trims items and skips empty ones.
     *
     * @param field the format name of a list field ({@code sources})
     * @return the raw items, or null when the field is absent
     */
    default List<String> list(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        List<String> items = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ';') {
                items.add(text.substring(start, i));
                start = i + 1;
            }
        }
        return items;
    }

    /**
     * Where a field's value is: the row's location where the format knows no better.
     *
     * @param field the field's format name
     * @return the location problems about the field carry
     */
    Location location(String field);
}
