package io.github.regsec.model;

import io.github.regsec.model.constraints.DatesInOrder;
import io.github.regsec.model.constraints.RecordId;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.model.time.Period;
import java.util.List;

/**
 * A party's standing in an organization over a period: Tajikistan a participating State of the
 * OSCE since 1992-01-30, Uzbekistan a CSTO member 2006-2012; or a person's, in a post: Helga
 * Maria Schmid the OSCE Secretary General from 2020-12-04.
 *
 * @param id the id, unique in the dataset
 * @param organizationId the organization (for a person's membership in a post of a field office,
 *     that field office)
 * @param member the country, organization or person that is a member
 * @param status its standing: member, associate, observer...
 * @param postId the post the member fills, or null
 * @param role the role as the source writes it ("Acting Head"), or null
 * @param onBehalfOf the party the member stands for (a senator's party), or null
 * @param startDate when it began, or null when unknown
 * @param endDate when it ended, or null while it lasts
 * @param sources the ids of the sources that support the record
 * @param note free-text remarks, or null
 */
@DatesInOrder
public record Membership(
        @RecordId String id,
        @RecordId String organizationId,
        Party member,
        MembershipStatus status,
        @RecordId String postId,
        String role,
        Party onBehalfOf,
        PartialDate startDate,
        PartialDate endDate,
        List<@RecordId String> sources,
        String note) implements DatasetRecord, Dated {

    /**
     * Checks that the id, organization, member and status are given; copies the sources (null is
     * none; null elements are refused) and turns an empty post id, role or note into null.
     *
     * @param id the id, unique in the dataset
     * @param organizationId the organization (for a person's membership in a post of a field
     *     office, that field office)
     * @param member the country, organization or person that is a member
     * @param status its standing: member, associate, observer...
     * @param postId the post the member fills, or null
     * @param role the role as the source writes it ("Acting Head"), or null
     * @param onBehalfOf the party the member stands for (a senator's party), or null
     * @param startDate when it began, or null when unknown
     * @param endDate when it ended, or null while it lasts
     * @param sources the ids of the sources that support the record
     * @param note free-text remarks, or null
     * @throws NullPointerException when a required value is null or the sources hold null
     */
    public Membership {
        Checks.required(id, "id");
        Checks.required(organizationId, "organization_id");
        Checks.required(member, "member");
        Checks.required(status, "status");
        postId = Checks.optional(postId);
        role = Checks.optional(role);
        sources = Checks.list(sources, "sources");
        note = Checks.optional(note);
    }

    /**
     * A membership without a post, role or {@code on_behalf_of}: a country's or an organization's;
     * checked as the canonical constructor checks.
     *
     * @param id the id, unique in the dataset
     * @param organizationId the organization
     * @param member the country or organization that is a member
     * @param status its standing: member, associate, observer...
     * @param startDate when it began, or null when unknown
     * @param endDate when it ended, or null while it lasts
     * @param sources the ids of the sources that support the record; null for none
     * @param note free-text remarks, or null
     * @throws NullPointerException when a required value is null or the sources hold null
     */
    public Membership(String id, String organizationId, Party member, MembershipStatus status, PartialDate startDate,
                      PartialDate endDate, List<String> sources, String note) {
        this(id, organizationId, member, status, null, null, null, startDate, endDate, sources, note);
    }

    /**
     * A membership without a post, role, {@code on_behalf_of}, sources or note.
     *
     * @param id the id, unique in the dataset
     * @param organizationId the organization's id
     * @param member the country or organization that is a member
     * @param status its standing: member, associate, observer...
     * @param startDate when it began, or null when unknown
     * @param endDate when it ended, or null while it lasts
     * @return the membership
     * @throws NullPointerException when the id, organization, member or status is null
     */
    public static Membership of(String id, String organizationId, Party member, MembershipStatus status,
                                PartialDate startDate, PartialDate endDate) {
        return new Membership(id, organizationId, member, status, startDate, endDate, List.of(), null);
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.MEMBERSHIP;
    }

    @Override
    public Period period() {
        return Period.of(startDate, endDate);
    }

    /**
     * A builder with the required values set, like {@code Organization.builder(id, name, kind)}:
     * add a post, role, dates, sources or a note, then {@code build()}. For a membership with
     * only dates, {@link #of} is shorter.
     *
     * @param id the id, unique in the dataset
     * @param organizationId the organization's (or field office's) id
     * @param member the country, organization or person that is a member
     * @param status its standing: member, associate, observer...
     * @return a builder holding these values
     */
    public static Builder builder(String id, String organizationId, Party member, MembershipStatus status) {
        return new Builder().id(id).organizationId(organizationId).member(member).status(status);
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
     * A builder that starts from this membership's values.
     *
     * @return a new builder holding every value of this membership
     */
    public Builder toBuilder() {
        return new Builder().id(id).organizationId(organizationId).member(member).status(status).postId(postId)
                .role(role).onBehalfOf(onBehalfOf).startDate(startDate).endDate(endDate).sources(sources).note(note);
    }

    /** Builds a {@link Membership}; every setter accepts null for "absent". */
    public static final class Builder extends RecordBuilder<Builder> {
        private String organizationId;
        private Party member;
        private MembershipStatus status;
        private String postId;
        private String role;
        private Party onBehalfOf;
        private PartialDate startDate;
        private PartialDate endDate;

        private Builder() {
        }

        /**
         * Sets {@code organizationId}.
         *
         * @param organizationId the organization (for a person's membership in a post of a field
         *     office, that field office)
         * @return this builder
         */
        public Builder organizationId(String organizationId) {
            this.organizationId = organizationId;
            return this;
        }

        /**
         * Sets {@code member}.
         *
         * @param member the country, organization or person that is a member
         * @return this builder
         */
        public Builder member(Party member) {
            this.member = member;
            return this;
        }

        /**
         * Sets {@code status}.
         *
         * @param status its standing: member, associate, observer...
         * @return this builder
         */
        public Builder status(MembershipStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets {@code postId}.
         *
         * @param postId the post the member fills, or null
         * @return this builder
         */
        public Builder postId(String postId) {
            this.postId = postId;
            return this;
        }

        /**
         * Sets {@code role}.
         *
         * @param role the role as the source writes it ("Acting Head"), or null
         * @return this builder
         */
        public Builder role(String role) {
            this.role = role;
            return this;
        }

        /**
         * Sets {@code onBehalfOf}.
         *
         * @param onBehalfOf the party the member stands for (a senator's party), or null
         * @return this builder
         */
        public Builder onBehalfOf(Party onBehalfOf) {
            this.onBehalfOf = onBehalfOf;
            return this;
        }

        /**
         * Sets {@code startDate}.
         *
         * @param startDate when it began, or null when unknown
         * @return this builder
         */
        public Builder startDate(PartialDate startDate) {
            this.startDate = startDate;
            return this;
        }

        /**
         * Sets {@code endDate}.
         *
         * @param endDate when it ended, or null while it lasts
         * @return this builder
         */
        public Builder endDate(PartialDate endDate) {
            this.endDate = endDate;
            return this;
        }

        /**
         * The membership; fails with a message naming the field when a required value is missing.
         *
         * @return a new membership
         * @throws NullPointerException when the id, organization, member or status is not set
         */
        public Membership build() {
            return new Membership(id, organizationId, member, status, postId, role, onBehalfOf, startDate, endDate,
                    sources, note);
        }
    }
}
