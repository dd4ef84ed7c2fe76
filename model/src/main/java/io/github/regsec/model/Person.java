package io.github.regsec.model;

import io.github.regsec.model.constraints.DatesInOrder;
import io.github.regsec.model.constraints.RecordId;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.model.time.Period;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

/**
 * A person: a head of state, a minister, a secretary general, a researcher. The posts a person
 * held and the organizations they belonged to are memberships with the member
 * {@code person:ID}; the meetings they took part in name them in a participant's
 * {@code person_id}. Build one with {@link #builder(String, String)}.
 *
 * @param id the id, unique in the dataset
 * @param name the name the person is best known by
 * @param gender the gender as the source gives it ({@code female}, {@code male}...), or null
 * @param birthDate when the person was born, or null when unknown
 * @param deathDate when the person died, or null while alive (or unknown)
 * @param identifiers the person's ids in other systems ({@code wikidata:Q...})
 * @param sources the ids of the sources that support the record
 * @param note free-text remarks, or null
 * @param names the person's other names (former names, spellings, transliterations), in file order
 */
@DatesInOrder
public record Person(
        @RecordId String id,
        @NotBlank String name,
        String gender,
        PartialDate birthDate,
        PartialDate deathDate,
        List<Identifier> identifiers,
        List<@RecordId String> sources,
        String note,
        List<@Valid Name> names) implements DatasetRecord, Dated {

    /**
     * Checks that the id and name are given; turns an empty gender or note into null and copies
     * the lists (null is an empty list; null elements are refused).
     *
     * @param id the id, unique in the dataset
     * @param name the name the person is best known by
     * @param gender the gender as the source gives it ({@code female}, {@code male}...), or null
     * @param birthDate when the person was born, or null when unknown
     * @param deathDate when the person died, or null while alive (or unknown)
     * @param identifiers the person's ids in other systems ({@code wikidata:Q...})
     * @param sources the ids of the sources that support the record
     * @param note free-text remarks, or null
     * @param names the person's other names (former names, spellings, transliterations), in file order
     * @throws NullPointerException when a required value is null or a list holds null
     */
    public Person {
        Checks.required(id, "id");
        Checks.required(name, "name");
        gender = Checks.optional(gender);
        note = Checks.optional(note);
        identifiers = Checks.list(identifiers, "identifiers");
        sources = Checks.list(sources, "sources");
        names = Checks.list(names, "names");
    }

    /**
     * A builder for a person with the required values.
     *
     * @param id the id, unique in the dataset
     * @param name the name the person is best known by
     * @return a builder with these set and every optional value absent
     */
    public static Builder builder(String id, String name) {
        return new Builder().id(id).name(name);
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
     * A builder that starts from this person's values.
     *
     * @return a new builder holding every value and name of this person
     */
    public Builder toBuilder() {
        return builder(id, name).gender(gender).birthDate(birthDate).deathDate(deathDate)
                .identifiers(identifiers).sources(sources).note(note).names(names);
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.PERSON;
    }

    /** The person's life: from birth to death (an absent death date: alive, or not known). */
    @Override
    public Period period() {
        return Period.of(birthDate, deathDate);
    }

    /** Builds a {@link Person}; every setter accepts null for "absent". */
    public static final class Builder extends IdentifiedRecordBuilder<Builder> {
        private String name;
        private String gender;
        private PartialDate birthDate;
        private PartialDate deathDate;
        private List<Name> names = List.of();

        private Builder() {
        }

        /**
         * Sets {@code name}.
         *
         * @param name the name the person is best known by
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code gender}.
         *
         * @param gender the gender as the source gives it ({@code female}, {@code male}...), or null
         * @return this builder
         */
        public Builder gender(String gender) {
            this.gender = gender;
            return this;
        }

        /**
         * Sets {@code birthDate}.
         *
         * @param birthDate when the person was born, or null when unknown
         * @return this builder
         */
        public Builder birthDate(PartialDate birthDate) {
            this.birthDate = birthDate;
            return this;
        }

        /**
         * Sets {@code deathDate}.
         *
         * @param deathDate when the person died, or null while alive (or unknown)
         * @return this builder
         */
        public Builder deathDate(PartialDate deathDate) {
            this.deathDate = deathDate;
            return this;
        }

        /**
         * Sets {@code names}, replacing any added before.
         *
         * @param names the person's other names (former names, spellings, transliterations), in file order;
         *     null for none (the list is copied)
         * @return this builder
         */
        public Builder names(List<Name> names) {
            this.names = Checks.list(names, "names");
            return this;
        }

        /**
         * Adds one to {@code names}.
         *
         * @param name another name (a former name, a spelling, a transliteration), added after those set
         *     before
         * @return this builder
         */
        public Builder addName(Name name) {
            this.names = Checks.appended(this.names, name);
            return this;
        }

        /**
         * The person; fails with a message naming the field when a required value is null.
         *
         * @return a new person
         * @throws NullPointerException when the id or name is not set
         */
        public Person build() {
            return new Person(id, name, gender, birthDate, deathDate, identifiers, sources, note, names);
        }
    }
}
