package io.github.regsec.model;

import io.github.regsec.model.constraints.DatesInOrder;
import io.github.regsec.model.constraints.KindRequirements;
import io.github.regsec.model.constraints.RecordId;
import io.github.regsec.model.constraints.Topic;
import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.model.time.Period;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;

/**
 * An organization: an intergovernmental organization (the OSCE), one of its bodies (the Forum
 * for Security Co-operation) or programmes, a government or government agency, a
 * non-governmental or academic organization. Build one with {@link #builder(String, String,
 * OrganizationKind)}.
 *
 * @param id the id, unique in the dataset
 * @param name the current name
 * @param acronym the current acronym, or null
 * @param kind what kind of organization it is
 * @param parentId the organization a body or programme belongs to, or null
 * @param foundingDate when it was founded, or null when unknown
 * @param dissolutionDate when it was dissolved, or null if it still exists
 * @param headquartersCity the city of its headquarters, or null
 * @param headquartersCountry the country of its headquarters, or null
 * @param country the country a government or agency belongs to, or null
 * @param memberCount the number of full members it declares, or null
 * @param coverage how completely the dataset lists its members, or null when it does not say
 * @param coverageStart the first day the coverage holds for, or null (from the founding)
 * @param coverageEnd the last day the coverage holds for, or null (to this day)
 * @param website its web site, or null
 * @param identifiers its ids in other systems
 * @param topics what it is about, lower-case kebab-case tags (an alliance's obligations: {@code defence}, {@code consultation})
 * @param sources the ids of the sources that support the record
 * @param note free-text remarks, or null
 * @param names its other names (former names, translations, acronyms), in file order
 */
@DatesInOrder
@KindRequirements
public record Organization(
        @RecordId String id,
        @NotBlank String name,
        String acronym,
        OrganizationKind kind,
        @RecordId String parentId,
        PartialDate foundingDate,
        PartialDate dissolutionDate,
        String headquartersCity,
        CountryCode headquartersCountry,
        CountryCode country,
        @PositiveOrZero Integer memberCount,
        Coverage coverage,
        PartialDate coverageStart,
        PartialDate coverageEnd,
        String website,
        List<Identifier> identifiers,
        List<@Topic String> topics,
        List<@RecordId String> sources,
        String note,
        List<@Valid Name> names) implements DatasetRecord, Dated {

    /**
     * Checks that the id, name and kind are given; turns empty optional texts into null and copies
     * the lists (null is an empty list; null elements are refused).
     *
     * @param id the id, unique in the dataset
     * @param name the current name
     * @param acronym the current acronym, or null
     * @param kind what kind of organization it is
     * @param parentId the organization a body or programme belongs to, or null
     * @param foundingDate when it was founded, or null when unknown
     * @param dissolutionDate when it was dissolved, or null if it still exists
     * @param headquartersCity the city of its headquarters, or null
     * @param headquartersCountry the country of its headquarters, or null
     * @param country the country a government or agency belongs to, or null
     * @param memberCount the number of full members it declares, or null
     * @param coverage how completely the dataset lists its members, or null when it does not say
     * @param coverageStart the first day the coverage holds for, or null (from the founding)
     * @param coverageEnd the last day the coverage holds for, or null (to this day)
     * @param website its web site, or null
     * @param identifiers its ids in other systems
     * @param topics what it is about, lower-case kebab-case tags (an alliance's obligations: {@code defence}, {@code consultation})
     * @param sources the ids of the sources that support the record
     * @param note free-text remarks, or null
     * @param names its other names (former names, translations, acronyms), in file order
     * @throws NullPointerException when a required value is null or a list holds null
     */
    public Organization {
        Checks.required(id, "id");
        Checks.required(name, "name");
        Checks.required(kind, "kind");
        acronym = Checks.optional(acronym);
        parentId = Checks.optional(parentId);
        headquartersCity = Checks.optional(headquartersCity);
        website = Checks.optional(website);
        note = Checks.optional(note);
        identifiers = Checks.list(identifiers, "identifiers");
        topics = Checks.list(topics, "topics");
        sources = Checks.list(sources, "sources");
        names = Checks.list(names, "names");
    }

    /**
     * A builder for an organization with the required values.
     *
     * @param id the id, unique in the dataset
     * @param name the current name
     * @param kind what kind of organization it is
     * @return a builder with these set and every optional value absent
     */
    public static Builder builder(String id, String name, OrganizationKind kind) {
        return new Builder().id(id).name(name).kind(kind);
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
     * A builder that starts from this organization's values.
     *
     * @return a new builder holding every value and name of this organization
     */
    public Builder toBuilder() {
        return builder(id, name, kind).acronym(acronym).parentId(parentId)
                .foundingDate(foundingDate).dissolutionDate(dissolutionDate)
                .headquartersCity(headquartersCity).headquartersCountry(headquartersCountry)
                .country(country).memberCount(memberCount).coverage(coverage).coverageStart(coverageStart)
                .coverageEnd(coverageEnd).website(website)
                .identifiers(identifiers).topics(topics).sources(sources).note(note).names(names);
    }

    /**
     * This organization with other names replaced.
     *
     * @param names its other names, in order; null for none
     * @return a new organization with these names and every other value unchanged
     */
    public Organization withNames(List<Name> names) {
        return toBuilder().names(names).build();
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.ORGANIZATION;
    }

    /**
     * How completely the dataset lists the members on a day: {@link Coverage#COMPLETE} only when
     * the list is declared complete and the day certainly lies in the coverage period (from
     * {@code coverageStart}, or the founding, to {@code coverageEnd}, or today); the declared
     * coverage of a partial list; {@link Coverage#UNKNOWN} otherwise.
     *
     * @param day the day asked about
     * @return the coverage of the member list on that day; never null
     */
    public Coverage coverageOn(LocalDate day) {
        if (coverage != Coverage.COMPLETE) {
            return coverage == null ? Coverage.UNKNOWN : coverage;
        }
        PartialDate from = coverageStart != null ? coverageStart : foundingDate;
        boolean afterStart = from == null || !from.latest().isAfter(day);
        boolean beforeEnd = coverageEnd == null || !coverageEnd.earliest().isBefore(day);
        return afterStart && beforeEnd ? Coverage.COMPLETE : Coverage.UNKNOWN;
    }

    /** From founding to dissolution. */
    @Override
    public Period period() {
        return Period.of(foundingDate, dissolutionDate);
    }

    /** Builds an {@link Organization}; every setter accepts null for "absent". */
    public static final class Builder extends IdentifiedRecordBuilder<Builder> {
        private String name;
        private OrganizationKind kind;
        private String acronym;
        private String parentId;
        private PartialDate foundingDate;
        private PartialDate dissolutionDate;
        private String headquartersCity;
        private CountryCode headquartersCountry;
        private CountryCode country;
        private Integer memberCount;
        private Coverage coverage;
        private PartialDate coverageStart;
        private PartialDate coverageEnd;
        private String website;
        private List<String> topics = List.of();
        private List<Name> names = List.of();

        private Builder() {
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
         * @param kind what kind of organization it is
         * @return this builder
         */
        public Builder kind(OrganizationKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets {@code acronym}.
         *
         * @param acronym the current acronym, or null
         * @return this builder
         */
        public Builder acronym(String acronym) {
            this.acronym = acronym;
            return this;
        }

        /**
         * Sets {@code parentId}.
         *
         * @param parentId the organization a body or programme belongs to, or null
         * @return this builder
         */
        public Builder parentId(String parentId) {
            this.parentId = parentId;
            return this;
        }

        /**
         * Sets {@code foundingDate}.
         *
         * @param foundingDate when it was founded, or null when unknown
         * @return this builder
         */
        public Builder foundingDate(PartialDate foundingDate) {
            this.foundingDate = foundingDate;
            return this;
        }

        /**
         * Sets {@code dissolutionDate}.
         *
         * @param dissolutionDate when it was dissolved, or null if it still exists
         * @return this builder
         */
        public Builder dissolutionDate(PartialDate dissolutionDate) {
            this.dissolutionDate = dissolutionDate;
            return this;
        }

        /**
         * Sets {@code headquartersCity}.
         *
         * @param headquartersCity the city of its headquarters, or null
         * @return this builder
         */
        public Builder headquartersCity(String headquartersCity) {
            this.headquartersCity = headquartersCity;
            return this;
        }

        /**
         * Sets {@code headquartersCountry}.
         *
         * @param headquartersCountry the country of its headquarters, or null
         * @return this builder
         */
        public Builder headquartersCountry(CountryCode headquartersCountry) {
            this.headquartersCountry = headquartersCountry;
            return this;
        }

        /**
         * Sets {@code country}.
         *
         * @param country the country a government or agency belongs to, or null
         * @return this builder
         */
        public Builder country(CountryCode country) {
            this.country = country;
            return this;
        }

        /**
         * Sets {@code memberCount}.
         *
         * @param memberCount the number of full members it declares, or null
         * @return this builder
         */
        public Builder memberCount(Integer memberCount) {
            this.memberCount = memberCount;
            return this;
        }

        /**
         * Sets how completely the dataset lists the members.
         *
         * @param coverage how completely the dataset lists its members, or null when it does not say
         * @return this builder
         */
        public Builder coverage(Coverage coverage) {
            this.coverage = coverage;
            return this;
        }

        /**
         * Sets the first day the coverage holds for.
         *
         * @param coverageStart the first day the coverage holds for, or null (from the founding)
         * @return this builder
         */
        public Builder coverageStart(PartialDate coverageStart) {
            this.coverageStart = coverageStart;
            return this;
        }

        /**
         * Sets the last day the coverage holds for.
         *
         * @param coverageEnd the last day the coverage holds for, or null (to this day)
         * @return this builder
         */
        public Builder coverageEnd(PartialDate coverageEnd) {
            this.coverageEnd = coverageEnd;
            return this;
        }

        /**
         * Sets {@code website}.
         *
         * @param website its web site, or null
         * @return this builder
         */
        public Builder website(String website) {
            this.website = website;
            return this;
        }

        /**
         * Sets {@code topics}, replacing any added before.
         *
         * @param topics what it is about, lower-case kebab-case tags ({@code defence}); null for none
         *     (the list is copied)
         * @return this builder
         */
        public Builder topics(List<String> topics) {
            this.topics = Checks.list(topics, "topics");
            return this;
        }

        /**
         * Adds one to {@code topics}.
         *
         * @param topic a lower-case kebab-case tag ({@code consultation}), added after those set before
         * @return this builder
         */
        public Builder addTopic(String topic) {
            this.topics = Checks.appended(this.topics, topic);
            return this;
        }

        /**
         * Sets {@code names}, replacing any added before.
         *
         * @param names its other names (former names, translations, acronyms), in file order; null
         *     for none (the list is copied)
         * @return this builder
         */
        public Builder names(List<Name> names) {
            this.names = Checks.list(names, "names");
            return this;
        }

        /**
         * Adds one to {@code names}.
         *
         * @param name another name (a former name, a translation, an acronym), added after those set before
         * @return this builder
         */
        public Builder addName(Name name) {
            this.names = Checks.appended(this.names, name);
            return this;
        }

        /**
         * The organization; fails with a message naming the field when a required value is null.
         *
         * @return a new organization
         * @throws NullPointerException when the id, name or kind is not set
         */
        public Organization build() {
            return new Organization(id, name, acronym, kind, parentId, foundingDate, dissolutionDate,
                    headquartersCity, headquartersCountry, country, memberCount, coverage, coverageStart, coverageEnd,
                    website, identifiers, topics, sources, note, names);
        }
    }
}
