package io.github.regsec.model;

import java.util.List;

/**
 * A {@link RecordBuilder} for records that also carry their ids in other systems (a Wikidata
 * item, a Popolo id, a COW code).
 *
 * @param <B> the concrete builder
 */
public abstract sealed class IdentifiedRecordBuilder<B extends IdentifiedRecordBuilder<B>> extends RecordBuilder<B>
        permits FieldOffice.Builder, Meeting.Builder, Organization.Builder, Person.Builder, Post.Builder {
    List<Identifier> identifiers = List.of();

    IdentifiedRecordBuilder() {
    }

    /**
     * Sets {@code identifiers}, replacing any added before.
     *
     * @param identifiers the record's ids in other systems; null for none (the list is copied)
     * @return this builder
     */
    public B identifiers(List<Identifier> identifiers) {
        this.identifiers = Checks.list(identifiers, "identifiers");
        return self();
    }

    /**
     * Adds one to {@code identifiers}.
     *
     * @param identifier an id in another system, added after those set before
     * @return this builder
     */
    public B addIdentifier(Identifier identifier) {
        this.identifiers = Checks.appended(this.identifiers, identifier);
        return self();
    }
}
