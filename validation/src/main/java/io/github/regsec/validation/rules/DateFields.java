package io.github.regsec.validation.rules;

import io.github.regsec.model.FieldOffice;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.Membership;
import io.github.regsec.model.Name;
import io.github.regsec.model.Organization;
import io.github.regsec.model.Source;
import io.github.regsec.model.time.PartialDate;
import java.util.function.BiConsumer;

/** The date fields of each kind of row, by format name. */
final class DateFields {

    private DateFields() {
    }

    /** Hands each date a row has (absent ones skipped) with its field's format name to {@code action}. */
    static void forEach(Object row, BiConsumer<String, PartialDate> action) {
        if (row instanceof Source s) {
            give(action, "published", s.published());
            give(action, "accessed", s.accessed());
        } else if (row instanceof Organization o) {
            give(action, "founding_date", o.foundingDate());
            give(action, "dissolution_date", o.dissolutionDate());
        } else if (row instanceof Name n) {
            give(action, "start_date", n.startDate());
            give(action, "end_date", n.endDate());
        } else if (row instanceof FieldOffice f) {
            give(action, "opening_date", f.openingDate());
            give(action, "closing_date", f.closingDate());
        } else if (row instanceof Meeting m) {
            give(action, "start_date", m.startDate());
            give(action, "end_date", m.endDate());
        } else if (row instanceof Membership m) {
            give(action, "start_date", m.startDate());
            give(action, "end_date", m.endDate());
        }
    }

    private static void give(BiConsumer<String, PartialDate> action, String field, PartialDate date) {
        if (date != null) {
            action.accept(field, date);
        }
    }
}
