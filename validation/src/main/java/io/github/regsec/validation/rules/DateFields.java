package io.github.regsec.validation.rules;

import io.github.regsec.model.Row;
import io.github.regsec.model.table.Field;
import io.github.regsec.model.table.FieldType;
import io.github.regsec.model.table.RecordTables;
import io.github.regsec.model.time.PartialDate;
import java.util.function.BiConsumer;

/** The date fields of each kind of row, from its field table. */
final class DateFields {

    private DateFields() {
    }

    /** Hands each date a row has (absent ones skipped) with its field's format name to {@code action}. */
    static <R extends Row> void forEach(R row, BiConsumer<String, PartialDate> action) {
        for (Field<R> field : RecordTables.of(row).fields()) {
            if (field.type() == FieldType.DATE && field.get(row) instanceof PartialDate date) {
                action.accept(field.name(), date);
            }
        }
    }
}
