package io.github.regsec.model;

import io.github.regsec.model.table.Field;
import io.github.regsec.model.table.RecordTables;
import io.github.regsec.model.time.Period;

/**
 * A row with a start and an end: the period a membership ran, an office was open, an
 * organization existed, a name was used, a meeting took place. Which fields hold the start and
 * the end is in the kind's field table ({@link io.github.regsec.model.table.RecordTable#startField()}).
 */
public interface Dated {

    /**
     * The row's start and end.
     *
     * @return the period; never null ({@link Period#UNKNOWN} when neither date is given)
     */
    Period period();

    /**
     * What kind of row this is.
     *
     * @return the row's kind, which names its field table
     */
    RecordKind recordKind();

    /**
     * The format name of the start field, e.g. {@code start_date} or {@code opening_date}.
     *
     * @return the name of the field that holds the period's start, for messages and readers
     */
    default String startField() {
        return RecordTables.of(recordKind()).startField().map(Field::name).orElseThrow();
    }

    /**
     * The format name of the end field, e.g. {@code end_date} or {@code closing_date}.
     *
     * @return the name of the field that holds the period's end, for messages and readers
     */
    default String endField() {
        return RecordTables.of(recordKind()).endField().map(Field::name).orElseThrow();
    }
}
