package io.github.regsec.model;

import io.github.regsec.model.constraints.DatesInOrder;
import io.github.regsec.model.constraints.RecordId;
import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.model.time.Period;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
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
        @NotNull @RecordId String id,
        @NotNull @RecordId String organizationId,
        @NotBlank String name,
        @NotNull FieldOfficeKind kind,
        @NotNull CountryCode country,
        String city,
        PartialDate openingDate,
        PartialDate closingDate,
        List<Identifier> identifiers,
        List<@RecordId String> sources,
        String note,
        List<@Valid Name> names) implements DatasetRecord, Dated {

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

    /** A builder for a field office with the required values. */
    public static Builder builder(String id, String organizationId, String name, FieldOfficeKind kind, CountryCode country) {
        return new Builder().id(id).organizationId(organizationId).name(name).kind(kind).country(country);
    }

    /** An empty builder: set at least the required values before {@code build()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this office's values. */
    public Builder toBuilder() {
        return builder(id, organizationId, name, kind, country).city(city).openingDate(openingDate)
                .closingDate(closingDate).identifiers(identifiers).sources(sources).note(note).names(names);
    }

    /** This office with other names replaced. */
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
    public static final class Builder {
        private String id;
        private String organizationId;
        private String name;
        private FieldOfficeKind kind;
        private CountryCode country;
        private String city;
        private PartialDate openingDate;
        private PartialDate closingDate;
        private List<Identifier> identifiers = new ArrayList<>();
        private List<String> sources = new ArrayList<>();
        private String note;
        private List<Name> names = new ArrayList<>();

        private Builder() {
        }

        /** Sets {@code id}. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets {@code organizationId}. */
        public Builder organizationId(String organizationId) {
            this.organizationId = organizationId;
            return this;
        }

        /** Sets {@code name}. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets {@code kind}. */
        public Builder kind(FieldOfficeKind kind) {
            this.kind = kind;
            return this;
        }

        /** Sets {@code country}. */
        public Builder country(CountryCode country) {
            this.country = country;
            return this;
        }

        public Builder city(String city) {
            this.city = city;
            return this;
        }

        public Builder openingDate(PartialDate openingDate) {
            this.openingDate = openingDate;
            return this;
        }

        public Builder closingDate(PartialDate closingDate) {
            this.closingDate = closingDate;
            return this;
        }

        public Builder identifiers(List<Identifier> identifiers) {
            this.identifiers = identifiers == null ? new ArrayList<>() : new ArrayList<>(identifiers);
            return this;
        }

        public Builder addIdentifier(Identifier identifier) {
            this.identifiers.add(identifier);
            return this;
        }

        public Builder sources(List<String> sources) {
            this.sources = sources == null ? new ArrayList<>() : new ArrayList<>(sources);
            return this;
        }

        public Builder addSource(String sourceId) {
            this.sources.add(sourceId);
            return this;
        }

        public Builder note(String note) {
            this.note = note;
            return this;
        }

        public Builder names(List<Name> names) {
            this.names = names == null ? new ArrayList<>() : new ArrayList<>(names);
            return this;
        }

        public Builder addName(Name name) {
            this.names.add(name);
            return this;
        }

        /** The field office; fails with a message naming the field when a required value is null. */
        public FieldOffice build() {
            return new FieldOffice(id, organizationId, name, kind, country, city, openingDate, closingDate,
                    identifiers, sources, note, names);
        }
    }
}
