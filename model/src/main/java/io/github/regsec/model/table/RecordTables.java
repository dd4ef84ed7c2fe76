package io.github.regsec.model.table;

import io.github.regsec.model.Coverage;
import io.github.regsec.model.FieldOffice;
import io.github.regsec.model.FieldOfficeKind;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.MeetingKind;
import io.github.regsec.model.Membership;
import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.Name;
import io.github.regsec.model.NameKind;
import io.github.regsec.model.Organization;
import io.github.regsec.model.OrganizationKind;
import io.github.regsec.model.Participant;
import io.github.regsec.model.ParticipationMode;
import io.github.regsec.model.Person;
import io.github.regsec.model.Post;
import io.github.regsec.model.RecordKind;
import io.github.regsec.model.Row;
import io.github.regsec.model.Source;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.PartialDate;
import java.util.List;
import java.util.Optional;

/**
 * The field table of every record kind, in the order of a CSV directory's files: sources,
 * organizations, names, field offices, meetings, participants, memberships, persons, posts.
 * Adding a field to a record is one edit in the record (and its builder) and one line here; see
 * docs/FORMATS.md#records for the tables as a user reads them.
 */
public final class RecordTables {

    /** Sources: where facts come from. */
    public static final RecordTable<Source> SOURCE = RecordTable
            .define(RecordKind.SOURCE, Source.class, Source::builder, Source.Builder::build)
            .csvFile("sources.csv").jsonName("sources").jsonlType("source")
            .id("id", Source::id, Source.Builder::id).required()
            .text("title", Source::title, Source.Builder::title)
            .text("author", Source::author, Source.Builder::author)
            .text("publisher", Source::publisher, Source.Builder::publisher)
            .date("published", Source::published, Source.Builder::published)
            .text("url", Source::url, Source.Builder::url)
            .date("accessed", Source::accessed, Source.Builder::accessed)
            .text("note", Source::note, Source.Builder::note)
            .build();

    /** Other names of organizations, field offices and persons: child rows. */
    public static final RecordTable<Name> NAME = RecordTable
            .define(RecordKind.NAME, Name.class, Name::builder, Name.Builder::build)
            .csvFile("names.csv").jsonName("names").parentField("record_id")
            .text("name", Name::name, Name.Builder::name).required()
            .enumeration("kind", NameKind::parse, Name::kind, Name.Builder::kind)
            .text("lang", Name::lang, Name.Builder::lang)
            .date("start_date", Name::startDate, Name.Builder::startDate)
            .date("end_date", Name::endDate, Name.Builder::endDate)
            .text("city", Name::city, Name.Builder::city)
            .text("note", Name::note, Name.Builder::note)
            .period("start_date", "end_date")
            .build();

    /** Organizations, with their names. */
    public static final RecordTable<Organization> ORGANIZATION = RecordTable
            .define(RecordKind.ORGANIZATION, Organization.class, Organization::builder, Organization.Builder::build)
            .csvFile("organizations.csv").jsonName("organizations").jsonlType("organization")
            .id("id", Organization::id, Organization.Builder::id).required()
            .text("name", Organization::name, Organization.Builder::name).required()
            .text("acronym", Organization::acronym, Organization.Builder::acronym)
            .enumeration("kind", OrganizationKind::parse, Organization::kind, Organization.Builder::kind).required()
            .id("parent_id", Organization::parentId, Organization.Builder::parentId)
            .date("founding_date", Organization::foundingDate, Organization.Builder::foundingDate)
            .date("dissolution_date", Organization::dissolutionDate, Organization.Builder::dissolutionDate)
            .text("headquarters_city", Organization::headquartersCity, Organization.Builder::headquartersCity)
            .country("headquarters_country", Organization::headquartersCountry, Organization.Builder::headquartersCountry)
            .country("country", Organization::country, Organization.Builder::country)
            .integer("member_count", Organization::memberCount, Organization.Builder::memberCount)
            .enumeration("coverage", Coverage::parse, Organization::coverage, Organization.Builder::coverage)
            .date("coverage_start", Organization::coverageStart, Organization.Builder::coverageStart)
            .date("coverage_end", Organization::coverageEnd, Organization.Builder::coverageEnd)
            .text("website", Organization::website, Organization.Builder::website)
            .identifiers("identifiers", Organization::identifiers, Organization.Builder::identifiers)
            .texts("topics", Organization::topics, Organization.Builder::topics)
            .texts("sources", Organization::sources, Organization.Builder::sources)
            .text("note", Organization::note, Organization.Builder::note)
            .period("founding_date", "dissolution_date")
            .children(NAME, Organization::names, Organization.Builder::names)
            .build();

    /** Field offices, with their names. */
    public static final RecordTable<FieldOffice> FIELD_OFFICE = RecordTable
            .define(RecordKind.FIELD_OFFICE, FieldOffice.class, FieldOffice::builder, FieldOffice.Builder::build)
            .csvFile("field_offices.csv").jsonName("field_offices").jsonlType("field_office")
            .id("id", FieldOffice::id, FieldOffice.Builder::id).required()
            .id("organization_id", FieldOffice::organizationId, FieldOffice.Builder::organizationId).required()
            .text("name", FieldOffice::name, FieldOffice.Builder::name).required()
            .enumeration("kind", FieldOfficeKind::parse, FieldOffice::kind, FieldOffice.Builder::kind).required()
            .country("country", FieldOffice::country, FieldOffice.Builder::country).required()
            .text("city", FieldOffice::city, FieldOffice.Builder::city)
            .date("opening_date", FieldOffice::openingDate, FieldOffice.Builder::openingDate)
            .date("closing_date", FieldOffice::closingDate, FieldOffice.Builder::closingDate)
            .identifiers("identifiers", FieldOffice::identifiers, FieldOffice.Builder::identifiers)
            .texts("sources", FieldOffice::sources, FieldOffice.Builder::sources)
            .text("note", FieldOffice::note, FieldOffice.Builder::note)
            .period("opening_date", "closing_date")
            .children(NAME, FieldOffice::names, FieldOffice.Builder::names)
            .build();

    /** The people and parties who took part in meetings: child rows. */
    public static final RecordTable<Participant> PARTICIPANT = RecordTable
            .define(RecordKind.PARTICIPANT, Participant.class, Participant::builder, Participant.Builder::build)
            .csvFile("meeting_participants.csv").jsonName("participants").parentField("meeting_id")
            .text("person", Participant::person, Participant.Builder::person)
            .id("person_id", Participant::personId, Participant.Builder::personId).writtenWhenUsed()
            .text("role", Participant::role, Participant.Builder::role)
            .party("affiliation", Participant::affiliation, Participant.Builder::affiliation)
            .enumeration("mode", ParticipationMode::parse, Participant::mode, Participant.Builder::mode)
            .text("note", Participant::note, Participant.Builder::note)
            .build();

    /** Meetings, with their participants. */
    public static final RecordTable<Meeting> MEETING = RecordTable
            .define(RecordKind.MEETING, Meeting.class, Meeting::builder, Meeting.Builder::build)
            .csvFile("meetings.csv").jsonName("meetings").jsonlType("meeting")
            .id("id", Meeting::id, Meeting.Builder::id).required()
            .text("title", Meeting::title, Meeting.Builder::title).required()
            .enumeration("kind", MeetingKind::parse, Meeting::kind, Meeting.Builder::kind).required()
            .date("start_date", Meeting::startDate, Meeting.Builder::startDate)
            .date("end_date", Meeting::endDate, Meeting.Builder::endDate)
            .bool("open_ended", Meeting::openEnded, Meeting.Builder::openEnded).writtenWhenUsed()
            .country("country", Meeting::country, Meeting.Builder::country)
            .text("city", Meeting::city, Meeting.Builder::city)
            .text("venue", Meeting::venue, Meeting.Builder::venue)
            .id("parent_id", Meeting::parentId, Meeting.Builder::parentId)
            .parties("convenors", Meeting::convenors, Meeting.Builder::convenors)
            .id("host_office_id", Meeting::hostOfficeId, Meeting.Builder::hostOfficeId)
            .party("chair", Meeting::chair, Meeting.Builder::chair)
            .parties("supporters", Meeting::supporters, Meeting.Builder::supporters)
            .texts("topics", Meeting::topics, Meeting.Builder::topics)
            .integer("attendance", Meeting::attendance, Meeting.Builder::attendance)
            .text("summary", Meeting::summary, Meeting.Builder::summary)
            .identifiers("identifiers", Meeting::identifiers, Meeting.Builder::identifiers).writtenWhenUsed()
            .texts("sources", Meeting::sources, Meeting.Builder::sources)
            .text("note", Meeting::note, Meeting.Builder::note)
            .period("start_date", "end_date")
            .children(PARTICIPANT, Meeting::participants, Meeting.Builder::participants)
            .build();

    /** Memberships of countries, organizations and persons (in posts) in organizations. */
    public static final RecordTable<Membership> MEMBERSHIP = RecordTable
            .define(RecordKind.MEMBERSHIP, Membership.class, Membership::builder, Membership.Builder::build)
            .csvFile("memberships.csv").jsonName("memberships").jsonlType("membership")
            .id("id", Membership::id, Membership.Builder::id).required()
            .id("organization_id", Membership::organizationId, Membership.Builder::organizationId).required()
            .party("member", Membership::member, Membership.Builder::member).required()
            .enumeration("status", MembershipStatus::parse, Membership::status, Membership.Builder::status).required()
            .id("post_id", Membership::postId, Membership.Builder::postId).writtenWhenUsed()
            .text("role", Membership::role, Membership.Builder::role).writtenWhenUsed()
            .party("on_behalf_of", Membership::onBehalfOf, Membership.Builder::onBehalfOf).writtenWhenUsed()
            .date("start_date", Membership::startDate, Membership.Builder::startDate)
            .date("end_date", Membership::endDate, Membership.Builder::endDate)
            .texts("sources", Membership::sources, Membership.Builder::sources)
            .text("note", Membership::note, Membership.Builder::note)
            .period("start_date", "end_date")
            .fromValues(v -> new Membership((String) v[0], (String) v[1], (Party) v[2], (MembershipStatus) v[3],
                    (String) v[4], (String) v[5], (Party) v[6], (PartialDate) v[7], (PartialDate) v[8],
                    cast(v[9]), (String) v[10]))
            .build();

    /** Persons, with their names. */
    public static final RecordTable<Person> PERSON = RecordTable
            .define(RecordKind.PERSON, Person.class, Person::builder, Person.Builder::build)
            .csvFile("persons.csv").jsonName("persons").jsonlType("person").kindWrittenWhenUsed()
            .id("id", Person::id, Person.Builder::id).required()
            .text("name", Person::name, Person.Builder::name).required()
            .text("gender", Person::gender, Person.Builder::gender)
            .date("birth_date", Person::birthDate, Person.Builder::birthDate)
            .date("death_date", Person::deathDate, Person.Builder::deathDate)
            .identifiers("identifiers", Person::identifiers, Person.Builder::identifiers)
            .texts("sources", Person::sources, Person.Builder::sources)
            .text("note", Person::note, Person.Builder::note)
            .period("birth_date", "death_date")
            .children(NAME, Person::names, Person.Builder::names)
            .build();

    /** Posts in organizations and field offices. */
    public static final RecordTable<Post> POST = RecordTable
            .define(RecordKind.POST, Post.class, Post::builder, Post.Builder::build)
            .csvFile("posts.csv").jsonName("posts").jsonlType("post").kindWrittenWhenUsed()
            .id("id", Post::id, Post.Builder::id).required()
            .id("organization_id", Post::organizationId, Post.Builder::organizationId).required()
            .text("label", Post::label, Post.Builder::label).required()
            .text("role", Post::role, Post.Builder::role)
            .bool("single_holder", Post::singleHolder, Post.Builder::singleHolder)
            .date("start_date", Post::startDate, Post.Builder::startDate)
            .date("end_date", Post::endDate, Post.Builder::endDate)
            .identifiers("identifiers", Post::identifiers, Post.Builder::identifiers)
            .texts("sources", Post::sources, Post.Builder::sources)
            .text("note", Post::note, Post.Builder::note)
            .period("start_date", "end_date")
            .build();

    private static final List<RecordTable<?>> ALL = List.of(SOURCE, ORGANIZATION, NAME, FIELD_OFFICE, MEETING, PARTICIPANT,
            MEMBERSHIP, PERSON, POST);

    /** A list value of a {@link RecordTable#fromValues} array, as the record's constructor takes it. */
    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(Object list) {
        return (List<T>) list;
    }

    private RecordTables() {
    }

    /**
     * Every table, in CSV directory order.
     *
     * @return the tables of every record kind, child kinds included, unmodifiable
     */
    public static List<RecordTable<?>> all() {
        return ALL;
    }

    /**
     * The table of a record kind.
     *
     * @param kind a record kind, top-level or child
     * @return its field table
     */
    public static RecordTable<?> of(RecordKind kind) {
        return switch (kind) {
            case SOURCE -> SOURCE;
            case ORGANIZATION -> ORGANIZATION;
            case NAME -> NAME;
            case FIELD_OFFICE -> FIELD_OFFICE;
            case MEETING -> MEETING;
            case PARTICIPANT -> PARTICIPANT;
            case MEMBERSHIP -> MEMBERSHIP;
            case PERSON -> PERSON;
            case POST -> POST;
        };
    }

    /**
     * The table of a row's kind, typed for the row.
     *
     * @param row a record or child row
     * @param <R> the row's class
     * @return the field table of the row's kind
     */
    @SuppressWarnings("unchecked")
    public static <R extends Row> RecordTable<R> of(R row) {
        return (RecordTable<R>) of(row.recordKind());
    }

    /**
     * The table whose CSV file has this name.
     *
     * @param fileName a file name within a CSV dataset directory ({@code meetings.csv}), without directories
     * @return the table, or empty when no kind is kept in a file of that name
     */
    public static Optional<RecordTable<?>> forCsvFile(String fileName) {
        return ALL.stream().filter(t -> t.csvFile().equals(fileName)).findFirst();
    }

    /**
     * The top-level table whose JSON Lines {@code type} is this.
     *
     * @param type a line's {@code type} value ({@code meeting}); not null
     * @return the table, or empty when no kind has that type
     */
    public static Optional<RecordTable<?>> forJsonlType(String type) {
        for (RecordTable<?> table : ALL) {
            if (type.equals(table.jsonlType())) {
                return Optional.of(table);
            }
        }
        return Optional.empty();
    }

    /**
     * The top-level table whose JSON document array has this name.
     *
     * @param name a key of the document's top-level object ({@code meetings})
     * @return the table, or empty when no top-level kind has an array of that name
     */
    public static Optional<RecordTable<?>> forJsonArray(String name) {
        return ALL.stream().filter(t -> !t.isChild() && t.jsonName().equals(name)).findFirst();
    }
}
