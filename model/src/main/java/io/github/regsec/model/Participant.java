package io.github.regsec.model;

import io.github.regsec.model.constraints.RecordId;
import io.github.regsec.model.constraints.RequiresOneOf;
import io.github.regsec.model.party.Party;

/**
 * Someone who took part in a meeting: a named person, a person record, a role ("Secretary
 * General of the CSTO"), the party they represented, or any of these. At least one of person,
 * person_id, role and affiliation is needed.
 *
 * @param person the person's name as the source writes it, or null
 * @param personId the person record of the dataset this participant is, or null
 * @param role the person's role or title, or null
 * @param affiliation the country or organization they represented, or null
 * @param mode how they took part; {@link ParticipationMode#IN_PERSON} when not given
 * @param note free-text remarks, or null
 */
@RequiresOneOf({"person", "person_id", "role", "affiliation"})
public record Participant(String person, @RecordId String personId, String role, Party affiliation, ParticipationMode mode,
                          String note) implements ChildRow {

    /**
     * Turns empty optional texts into null and a missing mode into
     * {@link ParticipationMode#IN_PERSON}. That one of person, person_id, role and affiliation is
     * given is a record constraint ({@code @RequiresOneOf}), reported by validation.
     *
     * @param person the person's name as the source writes it, or null
     * @param personId the person record of the dataset this participant is, or null
     * @param role the person's role or title, or null
     * @param affiliation the country or organization they represented, or null
     * @param mode how they took part; {@link ParticipationMode#IN_PERSON} when not given
     * @param note free-text remarks, or null
     */
    public Participant {
        person = Checks.optional(person);
        personId = Checks.optional(personId);
        role = Checks.optional(role);
        mode = mode == null ? ParticipationMode.IN_PERSON : mode;
        note = Checks.optional(note);
    }

    /**
     * A participant without a person record ({@code person_id}).
     *
     * @param person the person's name as the source writes it, or null
     * @param role the person's role or title, or null
     * @param affiliation the country or organization they represented, or null
     * @param mode how they took part; {@link ParticipationMode#IN_PERSON} when not given
     * @param note free-text remarks, or null
     */
    public Participant(String person, String role, Party affiliation, ParticipationMode mode, String note) {
        this(person, null, role, affiliation, mode, note);
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.PARTICIPANT;
    }

    /**
     * An empty builder: set at least the required values before {@code build()}.
     *
     * @return a builder with nothing set
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder that starts from this participant's values.
     *
     * @return a new builder holding every value of this participant
     */
    public Builder toBuilder() {
        return new Builder().person(person).personId(personId).role(role).affiliation(affiliation).mode(mode).note(note);
    }

    /** Builds a {@link Participant}; every setter accepts null for "absent". */
    public static final class Builder {
        private String person;
        private String personId;
        private String role;
        private Party affiliation;
        private ParticipationMode mode;
        private String note;

        private Builder() {
        }

        /**
         * Sets {@code person}.
         *
         * @param person the person's name as the source writes it, or null
         * @return this builder
         */
        public Builder person(String person) {
            this.person = person;
            return this;
        }

        /**
         * Sets {@code personId}.
         *
         * @param personId the person record of the dataset this participant is, or null
         * @return this builder
         */
        public Builder personId(String personId) {
            this.personId = personId;
            return this;
        }

        /**
         * Sets {@code role}.
         *
         * @param role the person's role or title, or null
         * @return this builder
         */
        public Builder role(String role) {
            this.role = role;
            return this;
        }

        /**
         * Sets {@code affiliation}.
         *
         * @param affiliation the country or organization they represented, or null
         * @return this builder
         */
        public Builder affiliation(Party affiliation) {
            this.affiliation = affiliation;
            return this;
        }

        /**
         * Sets {@code mode}.
         *
         * @param mode how they took part; {@link ParticipationMode#IN_PERSON} when not given
         * @return this builder
         */
        public Builder mode(ParticipationMode mode) {
            this.mode = mode;
            return this;
        }

        /**
         * Sets {@code note}.
         *
         * @param note free-text remarks, or null
         * @return this builder
         */
        public Builder note(String note) {
            this.note = note;
            return this;
        }

        /**
         * The participant. Nothing is required here: that one of person, person_id, role and
         * affiliation is given is checked by validation.
         *
         * @return a new participant
         */
        public Participant build() {
            return new Participant(person, personId, role, affiliation, mode, note);
        }
    }
}
