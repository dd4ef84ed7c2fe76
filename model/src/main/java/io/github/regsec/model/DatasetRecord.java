package io.github.regsec.model;

import java.util.List;

/** A top-level record of a dataset: it has an id unique across the whole dataset. */
public sealed interface DatasetRecord extends Row permits Source, Organization, FieldOffice, Meeting, Membership, Person,
        Post {

    /** The record's id. */
    String id();

    /** The ids of the sources that support this record (empty for a source itself). */
    List<String> sources();

    /** Free-text remarks, or null. */
    String note();
}
