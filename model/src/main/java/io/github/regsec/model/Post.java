package io.github.regsec.model;

import io.github.regsec.model.constraints.DatesInOrder;
import io.github.regsec.model.constraints.RecordId;
import io.github.regsec.model.constraints.Topic;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.model.time.Period;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/**
 * A post in an organization or field office that a person holds: the OSCE Secretary General,
 * the Head of the OSCE Programme Office in Dushanbe, Tajikistan's Minister of Foreign Affairs.
 * Who held it when is told by memberships with this {@code post_id}. Build one with
 * {@link #builder(String, String, String)}.
 *
 * @param id the id, unique in the dataset
 * @param organizationId the organization or field office the post belongs to
 * @param label what the post is called ("Secretary General")
 * @param role a tag for the kind of post, lower-case kebab case ({@code secretary-general},
 *     {@code head-of-office}), or null
 * @param singleHolder true when the post has one holder at a time, false when it has several,
 *     null when not known
 * @param startDate when the post was created, or null when unknown
 * @param endDate when it was abolished, or null while it exists
 * @param identifiers its ids in other systems
 * @param sources the ids of the sources that support the record
 * @param note free-text remarks, or null
 */
@DatesInOrder
public record Post(
        @NotNull @RecordId String id,
        @NotNull @RecordId String organizationId,
        @NotBlank String label,
        @Topic String role,
        Boolean singleHolder,
        PartialDate startDate,
        PartialDate endDate,
        List<Identifier> identifiers,
        List<@RecordId String> sources,
        String note) implements DatasetRecord, Dated {

    public Post {
        Checks.required(id, "id");
        Checks.required(organizationId, "organization_id");
        Checks.required(label, "label");
        role = Checks.optional(role);
        note = Checks.optional(note);
        identifiers = Checks.list(identifiers, "identifiers");
        sources = Checks.list(sources, "sources");
    }

    /** A builder for a post with the required values. */
    public static Builder builder(String id, String organizationId, String label) {
        return new Builder().id(id).organizationId(organizationId).label(label);
    }

    /** An empty builder: set at least the required values before {@code build()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this post's values. */
    public Builder toBuilder() {
        return builder(id, organizationId, label).role(role).singleHolder(singleHolder).startDate(startDate)
                .endDate(endDate).identifiers(identifiers).sources(sources).note(note);
    }

    /** True when the post certainly has one holder at a time. */
    public boolean isSingleHolder() {
        return Boolean.TRUE.equals(singleHolder);
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.POST;
    }

    /** From the post's creation to its abolition. */
    @Override
    public Period period() {
        return Period.of(startDate, endDate);
    }

    /** Builds a {@link Post}; every setter accepts null for "absent". */
    public static final class Builder {
        private String id;
        private String organizationId;
        private String label;
        private String role;
        private Boolean singleHolder;
        private PartialDate startDate;
        private PartialDate endDate;
        private List<Identifier> identifiers = new ArrayList<>();
        private List<String> sources = new ArrayList<>();
        private String note;

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

        /** Sets {@code label}. */
        public Builder label(String label) {
            this.label = label;
            return this;
        }

        /** Sets {@code role}. */
        public Builder role(String role) {
            this.role = role;
            return this;
        }

        /** Sets {@code singleHolder}. */
        public Builder singleHolder(Boolean singleHolder) {
            this.singleHolder = singleHolder;
            return this;
        }

        /** Sets {@code startDate}. */
        public Builder startDate(PartialDate startDate) {
            this.startDate = startDate;
            return this;
        }

        /** Sets {@code endDate}. */
        public Builder endDate(PartialDate endDate) {
            this.endDate = endDate;
            return this;
        }

        /** Sets {@code identifiers}. */
        public Builder identifiers(List<Identifier> identifiers) {
            this.identifiers = identifiers == null ? new ArrayList<>() : new ArrayList<>(identifiers);
            return this;
        }

        /** Adds an identifier. */
        public Builder addIdentifier(Identifier identifier) {
            this.identifiers.add(identifier);
            return this;
        }

        /** Sets {@code sources}. */
        public Builder sources(List<String> sources) {
            this.sources = sources == null ? new ArrayList<>() : new ArrayList<>(sources);
            return this;
        }

        /** Adds a source id. */
        public Builder addSource(String sourceId) {
            this.sources.add(sourceId);
            return this;
        }

        /** Sets {@code note}. */
        public Builder note(String note) {
            this.note = note;
            return this;
        }

        /** The post; fails with a message naming the field when a required value is null. */
        public Post build() {
            return new Post(id, organizationId, label, role, singleHolder, startDate, endDate, identifiers, sources, note);
        }
    }
}
