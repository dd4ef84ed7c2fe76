package io.github.regsec.model;

import io.github.regsec.model.constraints.DatesInOrder;
import io.github.regsec.model.constraints.RecordId;
import io.github.regsec.model.constraints.Topic;
import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.model.time.Period;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * A meeting: a session, conference, workshop, official visit... with who convened, chaired,
 * supported and attended it. Build one with {@link #builder(String, String, MeetingKind)}.
 *
 * @param id the id, unique in the dataset
 * @param title the title
 * @param kind what kind of meeting it is
 * @param startDate its first day, or null when unknown
 * @param endDate its last day, or null when it ends on its start day (or its length is unknown)
 * @param openEnded true when the meeting has no known end: it runs from its start on, like a
 *     Popolo event without an end date (a legislative term); null otherwise (false reads as null)
 * @param country the country it took place in, or null
 * @param city the city, or null
 * @param venue the venue, or null
 * @param parentId the meeting this one is part of (a side event of a conference), or null
 * @param convenors the parties that organized it
 * @param hostOfficeId the field office that hosted it, or null
 * @param chair the party that chaired it, or null
 * @param supporters the parties that supported it
 * @param topics its topics, lower-case kebab-case tags
 * @param attendance the number of attendees reported, or null
 * @param summary a summary, or null
 * @param identifiers its ids in other systems (a Popolo event's id, a document symbol)
 * @param sources the ids of the sources that support the record
 * @param note free-text remarks, or null
 * @param participants who took part, in file order
 */
@DatesInOrder
public record Meeting(
        @RecordId String id,
        @NotBlank String title,
        MeetingKind kind,
        PartialDate startDate,
        PartialDate endDate,
        Boolean openEnded,
        CountryCode country,
        String city,
        String venue,
        @RecordId String parentId,
        List<Party> convenors,
        @RecordId String hostOfficeId,
        Party chair,
        List<Party> supporters,
        List<@Topic String> topics,
        @PositiveOrZero Integer attendance,
        String summary,
        List<Identifier> identifiers,
        List<@RecordId String> sources,
        String note,
        List<@Valid Participant> participants) implements DatasetRecord, Dated {

    /**
     * Checks that the id, title and kind are given; turns empty optional texts into null and copies
     * the lists (null is an empty list; null elements are refused).
     *
     * @param id the id, unique in the dataset
     * @param title the title
     * @param kind what kind of meeting it is
     * @param startDate its first day, or null when unknown
     * @param endDate its last day, or null when it ends on its start day (or its length is unknown)
     * @param openEnded true when the meeting has no known end and runs from its start on; null
     *     otherwise (false is turned into null)
     * @param country the country it took place in, or null
     * @param city the city, or null
     * @param venue the venue, or null
     * @param parentId the meeting this one is part of (a side event of a conference), or null
     * @param convenors the parties that organized it
     * @param hostOfficeId the field office that hosted it, or null
     * @param chair the party that chaired it, or null
     * @param supporters the parties that supported it
     * @param topics its topics, lower-case kebab-case tags
     * @param attendance the number of attendees reported, or null
     * @param summary a summary, or null
     * @param identifiers its ids in other systems (a Popolo event's id, a document symbol)
     * @param sources the ids of the sources that support the record
     * @param note free-text remarks, or null
     * @param participants who took part, in file order
     * @throws NullPointerException when a required value is null or a list holds null
     */
    public Meeting {
        Checks.required(id, "id");
        Checks.required(title, "title");
        Checks.required(kind, "kind");
        openEnded = Boolean.TRUE.equals(openEnded) ? Boolean.TRUE : null;
        city = Checks.optional(city);
        venue = Checks.optional(venue);
        parentId = Checks.optional(parentId);
        hostOfficeId = Checks.optional(hostOfficeId);
        summary = Checks.optional(summary);
        note = Checks.optional(note);
        convenors = Checks.list(convenors, "convenors");
        supporters = Checks.list(supporters, "supporters");
        topics = Checks.list(topics, "topics");
        identifiers = Checks.list(identifiers, "identifiers");
        sources = Checks.list(sources, "sources");
        participants = Checks.list(participants, "participants");
    }

    /**
     * A meeting that is not open-ended, without identifiers; checked as the canonical constructor
     * checks.
     *
     * @param id the id, unique in the dataset
     * @param title the title
     * @param kind what kind of meeting it is
     * @param startDate its first day, or null when unknown
     * @param endDate its last day, or null when it ends on its start day (or its length is unknown)
     * @param country the country it took place in, or null
     * @param city the city, or null
     * @param venue the venue, or null
     * @param parentId the meeting this one is part of (a side event of a conference), or null
     * @param convenors the parties that organized it
     * @param hostOfficeId the field office that hosted it, or null
     * @param chair the party that chaired it, or null
     * @param supporters the parties that supported it
     * @param topics its topics, lower-case kebab-case tags
     * @param attendance the number of attendees reported, or null
     * @param summary a summary, or null
     * @param sources the ids of the sources that support the record
     * @param note free-text remarks, or null
     * @param participants who took part, in file order
     * @throws NullPointerException when a required value is null or a list holds null
     */
    public Meeting(String id, String title, MeetingKind kind, PartialDate startDate, PartialDate endDate,
                   CountryCode country, String city, String venue, String parentId, List<Party> convenors,
                   String hostOfficeId, Party chair, List<Party> supporters, List<String> topics, Integer attendance,
                   String summary, List<String> sources, String note, List<Participant> participants) {
        this(id, title, kind, startDate, endDate, null, country, city, venue, parentId, convenors, hostOfficeId, chair,
                supporters, topics, attendance, summary, List.of(), sources, note, participants);
    }

    /**
     * A builder for a meeting with the required values.
     *
     * @param id the id, unique in the dataset
     * @param title the title
     * @param kind what kind of meeting it is
     * @return a builder with these set and every optional value absent
     */
    public static Builder builder(String id, String title, MeetingKind kind) {
        return new Builder().id(id).title(title).kind(kind);
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
     * A builder that starts from this meeting's values.
     *
     * @return a new builder holding every value and participant of this meeting
     */
    public Builder toBuilder() {
        return builder(id, title, kind).startDate(startDate).endDate(endDate).openEnded(openEnded).country(country).city(city)
                .venue(venue).parentId(parentId).convenors(convenors).hostOfficeId(hostOfficeId).chair(chair)
                .supporters(supporters).topics(topics).attendance(attendance).summary(summary)
                .identifiers(identifiers).sources(sources).note(note).participants(participants);
    }

    /**
     * This meeting with its participants replaced.
     *
     * @param participants who took part, in order; null for none
     * @return a new meeting with these participants and every other value unchanged
     */
    public Meeting withParticipants(List<Participant> participants) {
        return toBuilder().participants(participants).build();
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.MEETING;
    }

    /**
     * The days the meeting took place. A meeting with only one of its dates took place within
     * that date: on that day, or on some days of that month or year for a reduced-precision
     * date ({@code 2019-10} is some days of October 2019). A meeting is never "ongoing", unless
     * it is {@linkplain #openEnded() open-ended}: then it runs from its start (unknown when
     * absent) to its end, and without an end it goes on. Unknown when neither date is given; see
     * docs/FORMATS.md#meeting-dates.
     */
    @Override
    public Period period() {
        if (isOpenEnded()) {
            return Period.of(startDate, endDate);
        }
        return Period.of(startDate != null ? startDate : endDate, endDate != null ? endDate : startDate);
    }

    /**
     * True when the meeting is open-ended: it has no known end and runs from its start on.
     *
     * @return whether {@code openEnded} is true
     */
    public boolean isOpenEnded() {
        return Boolean.TRUE.equals(openEnded);
    }

    /** Builds a {@link Meeting}; every setter accepts null for "absent". */
    public static final class Builder extends IdentifiedRecordBuilder<Builder> {
        private String title;
        private MeetingKind kind;
        private PartialDate startDate;
        private PartialDate endDate;
        private Boolean openEnded;
        private CountryCode country;
        private String city;
        private String venue;
        private String parentId;
        private List<Party> convenors = List.of();
        private String hostOfficeId;
        private Party chair;
        private List<Party> supporters = List.of();
        private List<String> topics = List.of();
        private Integer attendance;
        private String summary;
        private List<Participant> participants = List.of();

        private Builder() {
        }

        /**
         * Sets {@code title}.
         *
         * @param title the title
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * Sets {@code kind}.
         *
         * @param kind what kind of meeting it is
         * @return this builder
         */
        public Builder kind(MeetingKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets {@code startDate}.
         *
         * @param startDate its first day, or null when unknown
         * @return this builder
         */
        public Builder startDate(PartialDate startDate) {
            this.startDate = startDate;
            return this;
        }

        /**
         * Sets {@code endDate}.
         *
         * @param endDate its last day, or null when it ends on its start day (or its length is unknown)
         * @return this builder
         */
        public Builder endDate(PartialDate endDate) {
            this.endDate = endDate;
            return this;
        }

        /**
         * Sets {@code openEnded}: true for a meeting without a known end.
         *
         * @param openEnded true when the meeting runs from its start on with no known end; null or false
         *     otherwise
         * @return this builder
         */
        public Builder openEnded(Boolean openEnded) {
            this.openEnded = openEnded;
            return this;
        }

        /**
         * Sets {@code country}.
         *
         * @param country the country it took place in, or null
         * @return this builder
         */
        public Builder country(CountryCode country) {
            this.country = country;
            return this;
        }

        /**
         * Sets {@code city}.
         *
         * @param city the city, or null
         * @return this builder
         */
        public Builder city(String city) {
            this.city = city;
            return this;
        }

        /**
         * Sets {@code venue}.
         *
         * @param venue the venue, or null
         * @return this builder
         */
        public Builder venue(String venue) {
            this.venue = venue;
            return this;
        }

        /**
         * Sets {@code parentId}.
         *
         * @param parentId the meeting this one is part of (a side event of a conference), or null
         * @return this builder
         */
        public Builder parentId(String parentId) {
            this.parentId = parentId;
            return this;
        }

        /**
         * Sets {@code convenors}, replacing any added before.
         *
         * @param convenors the parties that organized it; null for none (the list is copied)
         * @return this builder
         */
        public Builder convenors(List<Party> convenors) {
            this.convenors = Checks.list(convenors, "convenors");
            return this;
        }

        /**
         * Adds one to {@code convenors}.
         *
         * @param convenor a party that organized it, added after those set before
         * @return this builder
         */
        public Builder addConvenor(Party convenor) {
            this.convenors = Checks.appended(this.convenors, convenor);
            return this;
        }

        /**
         * Sets {@code hostOfficeId}.
         *
         * @param hostOfficeId the field office that hosted it, or null
         * @return this builder
         */
        public Builder hostOfficeId(String hostOfficeId) {
            this.hostOfficeId = hostOfficeId;
            return this;
        }

        /**
         * Sets {@code chair}.
         *
         * @param chair the party that chaired it, or null
         * @return this builder
         */
        public Builder chair(Party chair) {
            this.chair = chair;
            return this;
        }

        /**
         * Sets {@code supporters}, replacing any added before.
         *
         * @param supporters the parties that supported it; null for none (the list is copied)
         * @return this builder
         */
        public Builder supporters(List<Party> supporters) {
            this.supporters = Checks.list(supporters, "supporters");
            return this;
        }

        /**
         * Adds one to {@code supporters}.
         *
         * @param supporter a party that supported it, added after those set before
         * @return this builder
         */
        public Builder addSupporter(Party supporter) {
            this.supporters = Checks.appended(this.supporters, supporter);
            return this;
        }

        /**
         * Sets {@code topics}, replacing any added before.
         *
         * @param topics its topics, lower-case kebab-case tags; null for none (the list is copied)
         * @return this builder
         */
        public Builder topics(List<String> topics) {
            this.topics = Checks.list(topics, "topics");
            return this;
        }

        /**
         * Adds one to {@code topics}.
         *
         * @param topic a topic, a lower-case kebab-case tag ({@code border-management})
         * @return this builder
         */
        public Builder addTopic(String topic) {
            this.topics = Checks.appended(this.topics, topic);
            return this;
        }

        /**
         * Sets {@code attendance}.
         *
         * @param attendance the number of attendees reported, or null
         * @return this builder
         */
        public Builder attendance(Integer attendance) {
            this.attendance = attendance;
            return this;
        }

        /**
         * Sets {@code summary}.
         *
         * @param summary a summary, or null
         * @return this builder
         */
        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        /**
         * Sets {@code participants}, replacing any added before.
         *
         * @param participants who took part, in file order; null for none (the list is copied)
         * @return this builder
         */
        public Builder participants(List<Participant> participants) {
            this.participants = Checks.list(participants, "participants");
            return this;
        }

        /**
         * Adds one to {@code participants}.
         *
         * @param participant someone who took part, added after those set before
         * @return this builder
         */
        public Builder addParticipant(Participant participant) {
            this.participants = Checks.appended(this.participants, participant);
            return this;
        }

        /**
         * The meeting; fails with a message naming the field when a required value is null.
         *
         * @return a new meeting
         * @throws NullPointerException when the id, title or kind is not set
         */
        public Meeting build() {
            return new Meeting(id, title, kind, startDate, endDate, openEnded, country, city, venue, parentId, convenors,
                    hostOfficeId, chair, supporters, topics, attendance, summary, identifiers, sources, note, participants);
        }
    }
}
