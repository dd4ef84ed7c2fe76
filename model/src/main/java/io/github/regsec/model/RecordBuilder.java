package io.github.regsec.model;

import java.util.List;

/**
 * What the builders of records with an id share: the id, the sources that support the record and
 * a note. Each setter returns the concrete builder, so calls chain in any order.
 *
 * @param <B> the concrete builder
 */
public abstract sealed class RecordBuilder<B extends RecordBuilder<B>>
        permits IdentifiedRecordBuilder, Membership.Builder {
    String id;
    List<String> sources = List.of();
    String note;

    RecordBuilder() {
    }

    /** This builder, typed as the concrete builder. */
    @SuppressWarnings("unchecked")
    final B self() {
        return (B) this;
    }

    /**
     * Sets {@code id}.
     *
     * @param id the id, unique in the dataset
     * @return this builder
     */
    public B id(String id) {
        this.id = id;
        return self();
    }

    /**
     * Sets {@code sources}, replacing any added before.
     *
     * @param sources the ids of the sources that support the record; null for none (the list is copied)
     * @return this builder
     */
    public B sources(List<String> sources) {
        this.sources = Checks.list(sources, "sources");
        return self();
    }

    /**
     * Adds one to {@code sources}.
     *
     * @param sourceId the id of a source that supports the record
     * @return this builder
     */
    public B addSource(String sourceId) {
        this.sources = Checks.appended(this.sources, sourceId);
        return self();
    }

    /**
     * Sets {@code note}.
     *
     * @param note free-text remarks, or null
     * @return this builder
     */
    public B note(String note) {
        this.note = note;
        return self();
    }
}
