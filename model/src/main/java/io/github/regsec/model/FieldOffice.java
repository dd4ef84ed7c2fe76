package io.github.regsec.model;

import io.github.regsec.model.constraints.DatesInOrder;
import io.github.regsec.model.constraints.RecordId;
import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.model.time.Period;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

/**
 * An office an organization keeps in a country: a mission, a centre, a programme office. Build
 * one with {@link #builder(String, String, String, FieldOfficeKind, CountryCode)}.
 *
 * @param id the id, unique in the dataset
 * @param organizationId the organization that runs it
 * @param name the current name
 * @param kind what kind of office it is
 * @param country the country it is in
 * @param city the city it is in, or null
 * @param openingDate when it opened, or null when unknown
 * @param closingDate when it closed, or null while open
 * @param identifiers its ids in other systems
 * @param sources the ids of the sources that support the record
 * @param note free-text remarks, or null
 * @param names its other names over time, in file order
 */
@DatesInOrder
public record FieldOffice(
        @RecordId String id,
        @RecordId String organizationId,
        @NotBlank String name,
        FieldOfficeKind kind,
        CountryCode country,
        String city,
        PartialDate openingDate,
        PartialDate closingDate,
        List<Identifier> identifiers,
        List<@RecordId String> sources,
        String note,
        List<@Valid Name> names) implements DatasetRecord, Dated {

    /**
     * Checks that the id, organization, name, kind and country are given; turns empty optional
     * texts into null and copies the lists (null is an empty list; null elements are refused).
     *
     * @param id the id, unique in the dataset
     * @param organizationId the organization that runs it
     * @param name the current name
     * @param kind what kind of office it is
     * @param country the country it is in
     * @param city the city it is in, or null
     * @param openingDate when it opened, or null when unknown
     * @param closingDate when it closed, or null while open
     * @param identifiers its ids in other systems
     * @param sources the ids of the sources that support the record
     * @param note free-text remarks, or null
     * @param names its other names over time, in file order
     * @throws NullPointerException when a required value is null or a list holds null
     */
    public FieldOffice {
        Checks.required(id, "id");
        Checks.required(organizationId, "organization_id");
        Checks.required(name, "name");
        Checks.required(kind, "kind");
        Checks.required(country, "country");
        city = Checks.optional(city);
        note = Checks.optional(note);
        identifiers = Checks.list(identifiers, "identifiers");
        sources = Checks.list(sources, "sources");
        names = Checks.list(names, "names");
    }

    /**
     * A builder for a field office with the required values.
     *
     * @param id the id, unique in the dataset
     * @param organizationId the id of the organization that runs it
     * @param name the current name
     * @param kind what kind of office it is
     * @param country the country it is in
     * @return a builder with these set and every optional value absent
     */
    public static Builder builder(String id, String organizationId, String name, FieldOfficeKind kind, CountryCode country) {
        return new Builder().id(id).organizationId(organizationId).name(name).kind(kind).country(country);
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
     * A builder that starts from this office's values.
     *
     * @return a new builder holding every value and name of this office
     */
    public Builder toBuilder() {
        return builder(id, organizationId, name, kind, country).city(city).openingDate(openingDate)
                .closingDate(closingDate).identifiers(identifiers).sources(sources).note(note).names(names);
    }

    /**
     * This office with other names replaced.
     *
     * @param names its other names over time, in order; null for none
     * @return a new office with these names and every other value unchanged
     */
    public FieldOffice withNames(List<Name> names) {
        return toBuilder().names(names).build();
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.FIELD_OFFICE;
    }

    /** From opening to closing. */
    @Override
    public Period period() {
        return Period.of(openingDate, closingDate);
    }

    /** Builds a {@link FieldOffice}; every setter accepts null for "absent". */
    public static final class Builder extends IdentifiedRecordBuilder<Builder> {
        private String organizationId;
        private String name;
        private FieldOfficeKind kind;
        private CountryCode country;
        private String city;
        private PartialDate openingDate;
        private PartialDate closingDate;
        private List<Name> names = List.of();

        private Builder() {
        }

        /**
         * Sets {@code organizationId}.
         *
         * @param organizationId the organization that runs it
         * @return this builder
         */
        public Builder organizationId(String organizationId) {
            this.organizationId = organizationId;
            return this;
        }

        /**
         * Sets {@code name}.
         *
         * @param name the current name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code kind}.
         *
         * @param kind what kind of office it is
         * @return this builder
         */
        public Builder kind(FieldOfficeKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets {@code country}.
         *
         * @param country the country it is in
         * @return this builder
         */
        public Builder country(CountryCode country) {
            this.country = country;
            return this;
        }

        /**
         * Sets {@code city}.
         *
         * @param city the city it is in, or null
         * @return this builder
         */
        public Builder city(String city) {
            this.city = city;
            return this;
        }

        /**
         * Sets {@code openingDate}.
         *
         * @param openingDate when it opened, or null when unknown
         * @return this builder
         */
        public Builder openingDate(PartialDate openingDate) {
            this.openingDate = openingDate;
            return this;
        }

        /**
         * Sets {@code closingDate}.
         *
         * @param closingDate when it closed, or null while open
         * @return this builder
         */
        public Builder closingDate(PartialDate closingDate) {
            this.closingDate = closingDate;
            return this;
        }

        /**
         * Sets {@code names}, replacing any added before.
         *
         * @param names its other names over time, in file order; null for none (the list is copied)
         * @return this builder
         */
        public Builder names(List<Name> names) {
            this.names = Checks.list(names, "names");
            return this;
        }

        /**
         * Adds one to {@code names}.
         *
         * @param name another name over time (a former name with its city, a translation), added
         *     after those set before
         * @return this builder
         */
        public Builder addName(Name name) {
            this.names = Checks.appended(this.names, name);
            return this;
        }

        /**
         * The field office; fails with a message naming the field when a required value is null.
         *
         * @return a new field office
         * @throws NullPointerException when the id, organization, name, kind or country is not set
         */
        public FieldOffice build() {
            return new FieldOffice(id, organizationId, name, kind, country, city, openingDate, closingDate,
                    identifiers, sources, note, names);
        }
    }
}
