package io.github.regsec.model;

import io.github.regsec.model.constraints.DatesInOrder;
import io.github.regsec.model.constraints.RecordId;
import io.github.regsec.model.constraints.Topic;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.model.time.Period;
import jakarta.validation.constraints.NotBlank;
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
        @RecordId String id,
        @RecordId String organizationId,
        @NotBlank String label,
        @Topic String role,
        Boolean singleHolder,
        PartialDate startDate,
        PartialDate endDate,
        List<Identifier> identifiers,
        List<@RecordId String> sources,
        String note) implements DatasetRecord, Dated {

    /**
     * Checks that the id, organization and label are given; turns an empty role or note into null
     * and copies the lists (null is an empty list; null elements are refused).
     *
     * @param id the id, unique in the dataset
     * @param organizationId the organization or field office the post belongs to
     * @param label what the post is called ("Secretary General")
     * @param role a tag for the kind of post, lower-case kebab case ({@code secretary-general}), or null
     * @param singleHolder true when the post has one holder at a time, false when it has several,
     *     null when not known
     * @param startDate when the post was created, or null when unknown
     * @param endDate when it was abolished, or null while it exists
     * @param identifiers its ids in other systems
     * @param sources the ids of the sources that support the record
     * @param note free-text remarks, or null
     * @throws NullPointerException when a required value is null or a list holds null
     */
    public Post {
        Checks.required(id, "id");
        Checks.required(organizationId, "organization_id");
        Checks.required(label, "label");
        role = Checks.optional(role);
        note = Checks.optional(note);
        identifiers = Checks.list(identifiers, "identifiers");
        sources = Checks.list(sources, "sources");
    }

    /**
     * A builder for a post with the required values.
     *
     * @param id the id, unique in the dataset
     * @param organizationId the organization or field office the post belongs to
     * @param label what the post is called ("Secretary General")
     * @return a builder with these set and every optional value absent
     */
    public static Builder builder(String id, String organizationId, String label) {
        return new Builder().id(id).organizationId(organizationId).label(label);
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
     * A builder that starts from this post's values.
     *
     * @return a new builder holding every value of this post
     */
    public Builder toBuilder() {
        return builder(id, organizationId, label).role(role).singleHolder(singleHolder).startDate(startDate)
                .endDate(endDate).identifiers(identifiers).sources(sources).note(note);
    }

    /**
     * True when the post certainly has one holder at a time.
     *
     * @return whether {@code singleHolder} is true (false when it is false or not known)
     */
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
    public static final class Builder extends IdentifiedRecordBuilder<Builder> {
        private String organizationId;
        private String label;
        private String role;
        private Boolean singleHolder;
        private PartialDate startDate;
        private PartialDate endDate;

        private Builder() {
        }

        /**
         * Sets {@code organizationId}.
         *
         * @param organizationId the organization or field office the post belongs to
         * @return this builder
         */
        public Builder organizationId(String organizationId) {
            this.organizationId = organizationId;
            return this;
        }

        /**
         * Sets {@code label}.
         *
         * @param label what the post is called ("Secretary General")
         * @return this builder
         */
        public Builder label(String label) {
            this.label = label;
            return this;
        }

        /**
         * Sets {@code role}.
         *
         * @param role a tag for the kind of post, lower-case kebab case ({@code head-of-office}), or null
         * @return this builder
         */
        public Builder role(String role) {
            this.role = role;
            return this;
        }

        /**
         * Sets {@code singleHolder}.
         *
         * @param singleHolder true for one holder at a time, false for several, null when not known
         * @return this builder
         */
        public Builder singleHolder(Boolean singleHolder) {
            this.singleHolder = singleHolder;
            return this;
        }

        /**
         * Sets {@code startDate}.
         *
         * @param startDate when the post was created, or null when unknown
         * @return this builder
         */
        public Builder startDate(PartialDate startDate) {
            this.startDate = startDate;
            return this;
        }

        /**
         * Sets {@code endDate}.
         *
         * @param endDate when it was abolished, or null while it exists
         * @return this builder
         */
        public Builder endDate(PartialDate endDate) {
            this.endDate = endDate;
            return this;
        }

        /**
         * The post; fails with a message naming the field when a required value is null.
         *
         * @return a new post
         * @throws NullPointerException when the id, organization or label is not set
         */
        public Post build() {
            return new Post(id, organizationId, label, role, singleHolder, startDate, endDate, identifiers, sources, note);
        }
    }
}
