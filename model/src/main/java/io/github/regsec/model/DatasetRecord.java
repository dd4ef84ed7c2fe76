package io.github.regsec.model;

import java.util.List;

/** A top-level record of a dataset: it has an id unique across the whole dataset. */
public sealed interface DatasetRecord extends Row permits Source, Organization, FieldOffice, Meeting, Membership, Person,
        Post {

    /**
     * The record's id.
     *
     * @return the id, unique in a valid dataset; never null
     */
    String id();

    /**
     * The ids of the sources that support this record (empty for a source itself).
     *
     * @return the source ids in file order, unmodifiable
     */
    List<String> sources();

    /**
     * Free-text remarks, or null.
     *
     * @return the note, or null when there is none
     */
    String note();
}
