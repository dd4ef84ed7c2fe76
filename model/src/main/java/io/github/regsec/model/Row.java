package io.github.regsec.model;

/**
 * One row of a dataset: a top-level {@link DatasetRecord} or a {@link ChildRow} that lives
 * inside one (a name of an organization, a participant of a meeting). Each kind of row has one
 * field table, {@link io.github.regsec.model.table.RecordTables#of(RecordKind)}.
 */
public sealed interface Row permits DatasetRecord, ChildRow {

    /**
     * What kind of row this is.
     *
     * @return the row's kind, which names its field table
     */
    RecordKind recordKind();
}
