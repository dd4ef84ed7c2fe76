package io.github.regsec.model;

import io.github.regsec.model.time.Period;

/**
 * A record with a start and an end: the period a membership ran, an office was open, an
 * organization existed, a name was used, a meeting took place.
 */
public interface Dated {

    /** The record's start and end. */
    Period period();

    /** The format name of the start field, e.g. {@code start_date} or {@code opening_date}. */
    String startField();

    /** The format name of the end field, e.g. {@code end_date} or {@code closing_date}. */
    String endField();
}
