package io.github.regsec.model;

import io.github.regsec.model.constraints.DatesInOrder;
import io.github.regsec.model.constraints.LanguageTag;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.model.time.Period;
import jakarta.validation.constraints.NotBlank;

/**
 * Another name of an organization or field office: a former name, a translation, an acronym or
 * an alias, with the period it was in use.
 *
 * @param name the name
 * @param kind what kind of name it is; {@link NameKind#ALIAS} when not given
 * @param lang its BCP 47 language, or null
 * @param startDate when it came into use, or null when unknown
 * @param endDate when it went out of use, or null while in use
 * @param city for a field office, the city it was in while it had this name, or null
 * @param note free-text remarks, or null
 */
@DatesInOrder
public record Name(
        @NotBlank String name,
        NameKind kind,
        @LanguageTag String lang,
        PartialDate startDate,
        PartialDate endDate,
        String city,
        String note) implements ChildRow, Dated {

    /**
     * Checks that the name is given; a missing kind is {@link NameKind#ALIAS}, and empty optional
     * texts become null.
     *
     * @param name the name
     * @param kind what kind of name it is; {@link NameKind#ALIAS} when not given
     * @param lang its BCP 47 language, or null
     * @param startDate when it came into use, or null when unknown
     * @param endDate when it went out of use, or null while in use
     * @param city for a field office, the city it was in while it had this name, or null
     * @param note free-text remarks, or null
     * @throws NullPointerException when the name is null
     */
    public Name {
        Checks.required(name, "name");
        kind = kind == null ? NameKind.ALIAS : kind;
        lang = Checks.optional(lang);
        city = Checks.optional(city);
        note = Checks.optional(note);
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.NAME;
    }

    /**
     * A name of the given kind, in use over the given dates.
     *
     * @param name the name
     * @param kind what kind of name it is; null for {@link NameKind#ALIAS}
     * @param startDate when it came into use, or null when unknown
     * @param endDate when it went out of use, or null while in use
     * @return the name, without language, city or note
     */
    public static Name of(String name, NameKind kind, PartialDate startDate, PartialDate endDate) {
        return new Name(name, kind, null, startDate, endDate, null, null);
    }

    @Override
    public Period period() {
        return Period.of(startDate, endDate);
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
     * A builder that starts from this name's values.
     *
     * @return a new builder holding every value of this name
     */
    public Builder toBuilder() {
        return new Builder().name(name).kind(kind).lang(lang).startDate(startDate).endDate(endDate).city(city).note(note);
    }

    /** Builds a {@link Name}; every setter accepts null for "absent". */
    public static final class Builder {
        private String name;
        private NameKind kind;
        private String lang;
        private PartialDate startDate;
        private PartialDate endDate;
        private String city;
        private String note;

        private Builder() {
        }

        /**
         * Sets {@code name}.
         *
         * @param name the name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code kind}.
         *
         * @param kind what kind of name it is; {@link NameKind#ALIAS} when not given
         * @return this builder
         */
        public Builder kind(NameKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets {@code lang}.
         *
         * @param lang its BCP 47 language, or null
         * @return this builder
         */
        public Builder lang(String lang) {
            this.lang = lang;
            return this;
        }

        /**
         * Sets {@code startDate}.
         *
         * @param startDate when it came into use, or null when unknown
         * @return this builder
         */
        public Builder startDate(PartialDate startDate) {
            this.startDate = startDate;
            return this;
        }

        /**
         * Sets {@code endDate}.
         *
         * @param endDate when it went out of use, or null while in use
         * @return this builder
         */
        public Builder endDate(PartialDate endDate) {
            this.endDate = endDate;
            return this;
        }

        /**
         * Sets {@code city}.
         *
         * @param city for a field office, the city it was in while it had this name, or null
         * @return this builder
         */
        public Builder city(String city) {
            this.city = city;
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
         * The name; fails with a message naming the field when a required value is missing.
         *
         * @return a new name
         * @throws NullPointerException when the name is not set
         */
        public Name build() {
            return new Name(name, kind, lang, startDate, endDate, city, note);
        }
    }
}
