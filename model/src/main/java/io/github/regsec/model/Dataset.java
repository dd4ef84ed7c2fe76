package io.github.regsec.model;

import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.party.CountryParty;
import io.github.regsec.model.party.OrganizationParty;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.party.PersonParty;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.model.time.Period;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An immutable set of records (sources, organizations, field offices, meetings, memberships,
 * persons, posts) with the lookups and questions users ask of it: who was a member of the OSCE on
 * 2019-07-17, which meetings involved both the OSCE and the CSTO, what the Dushanbe office was
 * called in 2005, who was the OSCE Secretary General on 2022-10-19.
 *
 * <p>Records keep the order they were added in, kind by kind ("dataset order": sources,
 * organizations, field offices, meetings, memberships, persons, posts). A dataset may hold invalid data (two
 * records with one id, references to nothing): the validation module reports those. Lookups by
 * id give the first record with that id. Every question is answered from indexes built once, on
 * the first question (so reading a large file does not pay for them up front), several at once on
 * up to {@link #threads()} threads; the answers are the same whatever the number of threads. A
 * dataset is safe to share between threads.
 */
public final class Dataset {

    /** Orders meetings by their first possible day; undated meetings last, then dataset order. */
    private static final Comparator<Meeting> BY_DATE = Comparator.comparing(
            (Meeting m) -> firstKnown(m.startDate(), m.endDate()),
            Comparator.nullsLast(Comparator.comparing(PartialDate::earliest)));

    private static final Dataset EMPTY = builder().build();

    private final List<Source> sources;
    private final List<Organization> organizations;
    private final List<FieldOffice> fieldOffices;
    private final List<Meeting> meetings;
    private final List<Membership> memberships;
    private final List<Person> persons;
    private final List<Post> posts;

    /** The indexes, built on the first question (reading a large file need not pay for them). */
    private volatile Indexes indexes;

    /** The threads building the indexes may use: 1 builds them on the asking thread alone. */
    private final int threads;

    private Dataset(Builder b) {
        this.sources = List.copyOf(b.sources);
        this.organizations = List.copyOf(b.organizations);
        this.fieldOffices = List.copyOf(b.fieldOffices);
        this.meetings = List.copyOf(b.meetings);
        this.memberships = List.copyOf(b.memberships);
        this.persons = List.copyOf(b.persons);
        this.posts = List.copyOf(b.posts);
        this.threads = b.threads;
    }

    /**
     * The number of threads regsec's parallel work (building a dataset's indexes, validation)
     * uses unless told otherwise: the system property {@code regsec.threads} when it is a whole
     * number of at least 1, else every core the JVM may use
     * ({@link Runtime#availableProcessors()}).
     *
     * @return the default number of threads, at least 1
     */
    public static int defaultThreads() {
        String property = System.getProperty(THREADS_PROPERTY);
        if (property != null) {
            try {
                int threads = Integer.parseInt(property.trim());
                if (threads >= 1) {
                    return threads;
                }
            } catch (NumberFormatException e) {
                // not a number: every core, as documented
            }
        }
        return Runtime.getRuntime().availableProcessors();
    }

    /** The system property that sets {@link #defaultThreads()}. */
    private static final String THREADS_PROPERTY = "regsec.threads";

    /**
     * The number of threads this dataset builds its indexes with.
     *
     * @return the threads set with {@link Builder#threads(int)}, else {@link #defaultThreads()} when the builder was made
     */
    public int threads() {
        return threads;
    }

    private Indexes indexes() {
        Indexes built = indexes;
        if (built == null) {
            synchronized (this) {
                built = indexes;
                if (built == null) {
                    built = threads == 1 ? new Indexes(this, false)
                            : IndexPools.of(threads).invoke(ForkJoinTask.adapt(() -> new Indexes(this, true)));
                    indexes = built;
                }
            }
        }
        return built;
    }

    /**
     * Every index, built once from the record lists. Immutable once built. Each index is built by
     * one thread in dataset order, so the indexes are the same whatever the number of threads;
     * with several, the indexes are built at the same time, each a task of the dataset's pool.
     */
    private static final class Indexes {
        final IdIndex byId;
        final Map<String, List<Membership>> membershipsByOrganization;
        final Map<Party, List<Membership>> membershipsByMember;
        final Map<String, List<FieldOffice>> officesByOrganization;
        final Map<CountryCode, List<FieldOffice>> officesByCountry;
        final Map<String, List<Organization>> childOrganizations;
        final Map<String, List<Meeting>> childMeetings;
        final Map<Party, List<Meeting>> meetingsByParty;
        final List<Meeting> meetingsByDate;
        final Map<String, List<Membership>> membershipsByPost;
        final Map<String, List<Post>> postsByOrganization;

        /**
         * Builds the indexes.
         *
         * @param d the dataset
         * @param forked true when running as a task of a {@link ForkJoinPool}: the other indexes
         *     are forked while this thread builds the ids and the meetings by party
         */
        Indexes(Dataset d, boolean forked) {
            // the biggest first: idle threads take the oldest tasks
            Supplier<Map<String, List<Membership>>> byOrganization = part(forked,
                    () -> group(d.memberships, Membership::organizationId));
            Supplier<Map<Party, List<Membership>>> byMember = part(forked, () -> group(d.memberships, Membership::member));
            Supplier<Map<String, List<Membership>>> byPost = part(forked,
                    () -> groupPresent(d.memberships, Membership::postId));
            Supplier<List<Meeting>> byDate = part(forked, () -> {
                List<Meeting> sorted = new ArrayList<>(d.meetings);
                sorted.sort(BY_DATE); // stable: dataset order among equal dates
                return List.copyOf(sorted);
            });
            Supplier<Map<String, List<Meeting>>> sideEvents = part(forked, () -> groupPresent(d.meetings, Meeting::parentId));
            Supplier<Map<String, List<FieldOffice>>> officesOf = part(forked,
                    () -> group(d.fieldOffices, FieldOffice::organizationId));
            Supplier<Map<CountryCode, List<FieldOffice>>> officesIn = part(forked,
                    () -> group(d.fieldOffices, FieldOffice::country));
            Supplier<Map<String, List<Organization>>> children = part(forked,
                    () -> groupPresent(d.organizations, Organization::parentId));
            Supplier<Map<String, List<Post>>> postsOf = part(forked, () -> group(d.posts, Post::organizationId));
            this.byId = new IdIndex(List.of(d.sources, d.organizations, d.fieldOffices, d.meetings, d.memberships,
                    d.persons, d.posts));
            Map<Party, List<Meeting>> byParty = new HashMap<>();
            for (Meeting meeting : d.meetings) {
                for (Party party : directParties(meeting, byId)) {
                    byParty.computeIfAbsent(party, k -> new ArrayList<>()).add(meeting);
                }
            }
            this.meetingsByParty = byParty;
            this.membershipsByOrganization = byOrganization.get();
            this.membershipsByMember = byMember.get();
            this.membershipsByPost = byPost.get();
            this.meetingsByDate = byDate.get();
            this.childMeetings = sideEvents.get();
            this.officesByOrganization = officesOf.get();
            this.officesByCountry = officesIn.get();
            this.childOrganizations = children.get();
            this.postsByOrganization = postsOf.get();
        }

        /** Work done now (not forked), or forked to the current pool and joined when its result is asked for. */
        private static <T> Supplier<T> part(boolean forked, Supplier<T> work) {
            if (!forked) {
                T result = work.get();
                return () -> result;
            }
            ForkJoinTask<T> task = ForkJoinTask.adapt(work::get).fork();
            return task::join;
        }
    }

    /** Groups values by a key that may be absent (null): those without one are in no group. */
    private static <K, V> Map<K, List<V>> groupPresent(List<V> values, Function<V, K> key) {
        Map<K, List<V>> map = new HashMap<>();
        for (V value : values) {
            K k = key.apply(value);
            if (k != null) {
                map.computeIfAbsent(k, x -> new ArrayList<>()).add(value);
            }
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return map;
    }

    private static <K, V> Map<K, List<V>> group(List<V> values, Function<V, K> key) {
        Map<K, List<V>> map = new HashMap<>();
        for (V value : values) {
            map.computeIfAbsent(key.apply(value), k -> new ArrayList<>()).add(value);
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return map;
    }

    private static PartialDate firstKnown(PartialDate a, PartialDate b) {
        return a != null ? a : b;
    }

    /**
     * An empty dataset.
     *
     * @return the shared dataset with no records
     */
    public static Dataset empty() {
        return EMPTY;
    }

    /**
     * A builder to add records to.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    // ---- the records ----

    /**
     * The sources, in dataset order.
     *
     * @return the sources, unmodifiable
     */
    public List<Source> sources() {
        return sources;
    }

    /**
     * The organizations, in dataset order.
     *
     * @return the organizations, unmodifiable
     */
    public List<Organization> organizations() {
        return organizations;
    }

    /**
     * The field offices, in dataset order.
     *
     * @return the field offices, unmodifiable
     */
    public List<FieldOffice> fieldOffices() {
        return fieldOffices;
    }

    /**
     * The meetings, in dataset order.
     *
     * @return the meetings, unmodifiable; {@link #meetingsByDate()} gives them by date
     */
    public List<Meeting> meetings() {
        return meetings;
    }

    /**
     * The memberships, in dataset order.
     *
     * @return the memberships, unmodifiable
     */
    public List<Membership> memberships() {
        return memberships;
    }

    /**
     * The persons, in dataset order.
     *
     * @return the persons, unmodifiable
     */
    public List<Person> persons() {
        return persons;
    }

    /**
     * The posts, in dataset order.
     *
     * @return the posts, unmodifiable
     */
    public List<Post> posts() {
        return posts;
    }

    /**
     * Every record in dataset order: sources, organizations, field offices, meetings,
     * memberships, persons, posts.
     *
     * @return a new stream of the top-level records (child rows stay inside their records)
     */
    public Stream<DatasetRecord> records() {
        // concatenated rather than flat-mapped: an iterator over a flat-mapped stream copies each
        // list into a buffer before giving its first element
        Stream<DatasetRecord> all = Stream.empty();
        for (List<? extends DatasetRecord> kind : List.of(sources, organizations, fieldOffices, meetings, memberships,
                persons, posts)) {
            all = Stream.concat(all, kind.stream());
        }
        return all;
    }

    /**
     * The number of top-level records.
     *
     * @return the count of records of every kind, child rows not counted
     */
    public int size() {
        return sources.size() + organizations.size() + fieldOffices.size() + meetings.size() + memberships.size()
                + persons.size() + posts.size();
    }

    /**
     * True when the dataset has no records.
     *
     * @return whether {@link #size()} is zero
     */
    public boolean isEmpty() {
        return size() == 0;
    }

    // ---- lookups by id ----

    /**
     * The first record with this id, of any kind.
     *
     * @param id a record id
     * @return the first record in dataset order with that id, or empty when none has it
     */
    public Optional<DatasetRecord> record(String id) {
        return Optional.ofNullable(indexes().byId.get(id));
    }

    /**
     * The source with this id.
     *
     * @param id a source's id
     * @return the source, or empty when no record has the id or the first one with it is not a source
     */
    public Optional<Source> source(String id) {
        return byIdAs(id, Source.class);
    }

    /**
     * The organization with this id.
     *
     * @param id an organization's id
     * @return the organization, or empty when no record has the id or the first one with it is not an
     *     organization
     */
    public Optional<Organization> organization(String id) {
        return byIdAs(id, Organization.class);
    }

    /**
     * The field office with this id.
     *
     * @param id a field office's id
     * @return the field office, or empty when no record has the id or the first one with it is not a field
     *     office
     */
    public Optional<FieldOffice> fieldOffice(String id) {
        return byIdAs(id, FieldOffice.class);
    }

    /**
     * The meeting with this id.
     *
     * @param id a meeting's id
     * @return the meeting, or empty when no record has the id or the first one with it is not a meeting
     */
    public Optional<Meeting> meeting(String id) {
        return byIdAs(id, Meeting.class);
    }

    /**
     * The membership with this id.
     *
     * @param id a membership's id
     * @return the membership, or empty when no record has the id or the first one with it is not a membership
     */
    public Optional<Membership> membership(String id) {
        return byIdAs(id, Membership.class);
    }

    /**
     * The person with this id.
     *
     * @param id a person's id
     * @return the person, or empty when no record has the id or the first one with it is not a person
     */
    public Optional<Person> person(String id) {
        return byIdAs(id, Person.class);
    }

    /**
     * The post with this id.
     *
     * @param id a post's id
     * @return the post, or empty when no record has the id or the first one with it is not a post
     */
    public Optional<Post> post(String id) {
        return byIdAs(id, Post.class);
    }

    private <T extends DatasetRecord> Optional<T> byIdAs(String id, Class<T> type) {
        DatasetRecord record = indexes().byId.get(id);
        return type.isInstance(record) ? Optional.of(type.cast(record)) : Optional.empty();
    }

    // ---- memberships ----

    /**
     * Every membership in an organization, in dataset order.
     *
     * @param organizationId the organization's id
     * @return its memberships of every status and period, unmodifiable; empty for an unknown id
     */
    public List<Membership> membershipsIn(String organizationId) {
        return indexes().membershipsByOrganization.getOrDefault(organizationId, List.of());
    }

    /**
     * The memberships in an organization active on a day: as a list, those certainly active
     * (start known and on or before the day on every reading, end absent or on or after it);
     * {@link Answer#possible()} those only possibly active because a date is imprecise or the
     * start unknown. See docs/FORMATS.md#certainty.
     *
     * @param organizationId the organization's id: an organization or field office of the dataset,
     *     or an id its memberships name
     * @param day the day asked about; not null
     * @param status only memberships with this status; null for any status
     * @return the day's memberships, certain ones as the list and possible ones in {@link Answer#possible()},
     *     each in dataset order
     * @throws UnknownRecordException when the dataset knows nothing of the id (no organization or field
     *     office has it and no membership names it), naming the organization ids close to it
     */
    public Answer<Membership> membersOn(String organizationId, LocalDate day, MembershipStatus status) {
        Objects.requireNonNull(day, "day");
        requireKnownOrganization(organizationId);
        List<Membership> certain = new ArrayList<>();
        List<Membership> possible = new ArrayList<>();
        for (Membership m : membershipsIn(organizationId)) {
            if (status == null || m.status() == status) {
                sort(m.period(), day, m, certain, possible);
            }
        }
        return Answer.of(certain, possible);
    }

    /**
     * Throws for an id the dataset knows nothing of, so that a misspelt id is not answered with
     * an empty list as if nobody were a member.
     */
    private void requireKnownOrganization(String organizationId) {
        Indexes index = indexes();
        DatasetRecord record = index.byId.get(organizationId);
        if (record instanceof Organization || record instanceof FieldOffice
                || index.membershipsByOrganization.containsKey(organizationId)
                || organizations.stream().anyMatch(o -> o.id().equals(organizationId))
                || fieldOffices.stream().anyMatch(f -> f.id().equals(organizationId))) {
            return; // the id index holds the first record of an id: another kind may share it
        }
        List<String> known = new ArrayList<>();
        organizations.forEach(o -> known.add(o.id()));
        known.addAll(index.membershipsByOrganization.keySet());
        throw UnknownRecordException.among(RecordKind.ORGANIZATION, organizationId, known);
    }

    /**
     * The full members ({@link MembershipStatus#MEMBER}) of an organization on a day; see
     * {@link #membersOn(String, LocalDate, MembershipStatus)}.
     *
     * @param organizationId the organization's id
     * @param day the day asked about; not null
     * @return the day's full memberships, certain ones as the list and possible ones in
     *     {@link Answer#possible()}
     * @throws UnknownRecordException when the dataset knows nothing of the id
     */
    public Answer<Membership> membersOn(String organizationId, LocalDate day) {
        return membersOn(organizationId, day, MembershipStatus.MEMBER);
    }

    /**
     * The parties that are full members of an organization on a day, sorted: certainly, and possibly.
     *
     * @param organizationId the organization's id
     * @param day the day asked about; not null
     * @return the members, certain ones as the list and possible ones in {@link Answer#possible()},
     *     each sorted
     *     in the parties' natural order
     * @throws UnknownRecordException when the dataset knows nothing of the id
     */
    public Answer<Party> memberPartiesOn(String organizationId, LocalDate day) {
        return membersOn(organizationId, day).map(Membership::member).sortedBy(Comparator.naturalOrder());
    }

    private static <T> void sort(Period period, LocalDate day, T item, List<T> certain, List<T> possible) {
        if (period.certainlyActiveOn(day)) {
            certain.add(item);
        } else if (period.possiblyActiveOn(day)) {
            possible.add(item);
        }
    }

    /**
     * Every membership a party has had, in any organization, ordered by start (unknown first):
     * for a person, the posts they held and the organizations they belonged to over time.
     *
     * @param party the member: a country, an organization or a person
     * @return its memberships of every status, unmodifiable; empty when it has none
     */
    public List<Membership> membershipsOf(Party party) {
        List<Membership> list = new ArrayList<>(indexes().membershipsByMember.getOrDefault(party, List.of()));
        list.sort(Comparator.comparing(Membership::startDate, Comparator.nullsFirst(Comparator.naturalOrder())));
        return List.copyOf(list);
    }

    /**
     * The memberships a party had on a day, in any organization, ordered by start: certainly
     * active, and possibly active because a date is imprecise or the start unknown.
     *
     * @param party the member: a country, an organization or a person
     * @param day the day asked about; not null
     * @return the memberships certainly active that day as the list, those possibly active in
     *     {@link Answer#possible()}
     */
    public Answer<Membership> membershipsOf(Party party, LocalDate day) {
        Objects.requireNonNull(day, "day");
        List<Membership> certain = new ArrayList<>();
        List<Membership> possible = new ArrayList<>();
        for (Membership m : membershipsOf(party)) {
            sort(m.period(), day, m, certain, possible);
        }
        return Answer.of(certain, possible);
    }

    // ---- posts ----

    /**
     * The posts of an organization or field office, in dataset order.
     *
     * @param organizationOrOfficeId the id of the organization or field office the posts belong to
     * @return its posts, unmodifiable; empty for an unknown id
     */
    public List<Post> postsOf(String organizationOrOfficeId) {
        return indexes().postsByOrganization.getOrDefault(organizationOrOfficeId, List.of());
    }

    /**
     * The memberships that fill a post, ordered by start (unknown first): its holders over time.
     *
     * @param postId the post's id
     * @return the memberships whose {@code post_id} is the post, of every status, unmodifiable;
     *     empty when it has none
     */
    public List<Membership> holdersOf(String postId) {
        List<Membership> list = new ArrayList<>(indexes().membershipsByPost.getOrDefault(postId, List.of()));
        list.sort(Comparator.comparing(Membership::startDate, Comparator.nullsFirst(Comparator.naturalOrder())));
        return List.copyOf(list);
    }

    /**
     * Who held a post on a day: as a list, the memberships with this {@code post_id} certainly
     * active that day; {@link Answer#possible()} those only possibly active because a date is
     * imprecise or a start unknown (a holder from {@code 2020-12} possibly held the post on
     * 2020-12-01). Memberships of any status count, ordered by start.
     *
     * @param postId the post's id
     * @param day the day asked about; not null
     * @return the holders' memberships certainly active that day as the list, those possibly
     *     active in {@link Answer#possible()}
     */
    public Answer<Membership> holdersOn(String postId, LocalDate day) {
        Objects.requireNonNull(day, "day");
        List<Membership> certain = new ArrayList<>();
        List<Membership> possible = new ArrayList<>();
        for (Membership m : holdersOf(postId)) {
            sort(m.period(), day, m, certain, possible);
        }
        return Answer.of(certain, possible);
    }

    /**
     * The posts a person held, once each, in the order they first held them.
     *
     * @param personId the person's id
     * @return the posts of the person's memberships that name one in the dataset, unmodifiable;
     *     empty when they held none
     */
    public List<Post> postsHeldBy(String personId) {
        Set<Post> held = new LinkedHashSet<>();
        for (Membership m : membershipsOf(new PersonParty(personId))) {
            if (m.postId() != null) {
                post(m.postId()).ifPresent(held::add);
            }
        }
        return List.copyOf(held);
    }

    /**
     * The meetings in which a holder of a post took part while holding it ("which meetings did
     * Tajikistan's foreign minister attend"), in date order: as a list, those where a person
     * certainly held the post during the meeting on every reading of the dates; {@link
     * Answer#possible()} those where they possibly did (an imprecise or unknown date, an
     * undated meeting). A person takes part as in {@link #meetingsInvolving(Collection)}.
     *
     * @param postId the post's id
     * @return the meetings certainly attended by a holder while in the post as the list, those
     *     possibly attended so in {@link Answer#possible()}, each in date order
     */
    public Answer<Meeting> meetingsOfHolders(String postId) {
        Set<Meeting> certain = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Meeting> possible = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Membership holding : holdersOf(postId)) {
            Period held = holding.period();
            for (Meeting meeting : meetingsInvolving(holding.member())) {
                Period days = meeting.period();
                if (days.start() == null && days.end() == null) {
                    possible.add(meeting); // undated: it may have been while the post was held
                } else if (held.certainlyOverlaps(days)) {
                    certain.add(meeting);
                } else if (days.possiblyMeets(held.start() == null ? null : held.start().earliest(),
                        held.end() == null ? null : held.end().latest())) {
                    possible.add(meeting);
                }
            }
        }
        List<Meeting> certainInOrder = new ArrayList<>();
        List<Meeting> possibleInOrder = new ArrayList<>();
        for (Meeting meeting : indexes().meetingsByDate) {
            if (certain.contains(meeting)) {
                certainInOrder.add(meeting);
            } else if (possible.contains(meeting)) {
                possibleInOrder.add(meeting);
            }
        }
        return Answer.of(certainInOrder, possibleInOrder);
    }

    // ---- field offices ----

    /**
     * The field offices of an organization, in dataset order.
     *
     * @param organizationId the organization's id
     * @return its field offices, open or closed, unmodifiable; empty for an unknown id
     */
    public List<FieldOffice> fieldOfficesOf(String organizationId) {
        return indexes().officesByOrganization.getOrDefault(organizationId, List.of());
    }

    /**
     * The field offices of an organization open on a day: certainly, and possibly.
     *
     * @param organizationId the organization's id
     * @param day the day asked about; not null
     * @return the offices certainly open that day as the list, those possibly open (an imprecise opening or
     *     closing date) in {@link Answer#possible()}
     */
    public Answer<FieldOffice> fieldOfficesOf(String organizationId, LocalDate day) {
        return openOn(fieldOfficesOf(organizationId), day);
    }

    /**
     * The field offices in a country, in dataset order.
     *
     * @param country the country the offices are in
     * @return the offices of every organization there, open or closed, unmodifiable
     */
    public List<FieldOffice> fieldOfficesIn(CountryCode country) {
        return indexes().officesByCountry.getOrDefault(country, List.of());
    }

    /**
     * The field offices in a country open on a day: certainly, and possibly.
     *
     * @param country the country the offices are in
     * @param day the day asked about; not null
     * @return the offices certainly open that day as the list, those possibly open in
     *     {@link Answer#possible()}
     */
    public Answer<FieldOffice> fieldOfficesIn(CountryCode country, LocalDate day) {
        return openOn(fieldOfficesIn(country), day);
    }

    private static Answer<FieldOffice> openOn(List<FieldOffice> offices, LocalDate day) {
        Objects.requireNonNull(day, "day");
        List<FieldOffice> certain = new ArrayList<>();
        List<FieldOffice> possible = new ArrayList<>();
        for (FieldOffice office : offices) {
            sort(office.period(), day, office, certain, possible);
        }
        return Answer.of(certain, possible);
    }

    // ---- names ----

    /**
     * The name an organization or field office certainly had on a day: a {@linkplain
     * NameKind#FORMER former name} certainly in use that day, or its current name when no former
     * name was possibly in use. Empty when a rename date is too imprecise to tell (see
     * {@link #namesOn(String, LocalDate)}), or when there is no organization or field office with
     * this id. A former name counts only when its {@code end_date} is given (a former name
     * without one says nothing about when it was replaced).
     *
     * @param recordId the id of an organization or a field office
     * @param day the day asked about; not null
     * @return the name certainly in use that day, or empty when it cannot be told for certain
     */
    public Optional<String> nameOn(String recordId, LocalDate day) {
        List<String> certain = namesOn(recordId, day).certain();
        return certain.size() == 1 ? Optional.of(certain.get(0)) : Optional.empty();
    }

    /**
     * The names an organization or field office had on a day: certainly (at most one), and
     * possibly (where a rename date is a month or a year, both the old and the new name are
     * possible on its days). The current name is possible unless a former name was certainly in
     * use that day, and certain when no former name was possibly in use. Nothing for an unknown
     * id.
     *
     * @param recordId the id of an organization or a field office
     * @param day the day asked about; not null
     * @return the certain name as the list (at most one), the possible ones in {@link Answer#possible()}
     */
    public Answer<String> namesOn(String recordId, LocalDate day) {
        Objects.requireNonNull(day, "day");
        DatasetRecord record = indexes().byId.get(recordId);
        if (record instanceof Organization o) {
            return inUseOn(o.names(), day, Name::name, o.name());
        } else if (record instanceof FieldOffice f) {
            return inUseOn(f.names(), day, Name::name, f.name());
        }
        return Answer.none();
    }

    /**
     * The city a field office was in on a day: the city of a former name certainly in use that
     * day, or its current city when no former name with a city was possibly in use; where a
     * move's date is imprecise, both cities are possible. Nothing for an unknown id or an office
     * without a city.
     *
     * @param fieldOfficeId the field office's id
     * @param day the day asked about; not null
     * @return the certain city as the list (at most one), the possible ones in {@link Answer#possible()}
     */
    public Answer<String> cityOn(String fieldOfficeId, LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (!(indexes().byId.get(fieldOfficeId) instanceof FieldOffice f)) {
            return Answer.none();
        }
        List<Name> withCity = f.names().stream().filter(n -> n.city() != null).toList();
        if (f.city() == null && withCity.isEmpty()) {
            return Answer.none();
        }
        return inUseOn(withCity, day, Name::city, f.city());
    }

    /** What a record's former names say was in use on a day (a name, a city), else the current value. */
    private static Answer<String> inUseOn(List<Name> names, LocalDate day, Function<Name, String> value, String current) {
        List<String> certain = new ArrayList<>();
        List<String> possible = new ArrayList<>();
        for (Name n : names) {
            if (n.kind() == NameKind.FORMER && n.endDate() != null) {
                sort(n.period(), day, value.apply(n), certain, possible);
            }
        }
        if (certain.isEmpty() && possible.isEmpty()) {
            certain.add(current);
        } else if (certain.isEmpty()) {
            possible.add(current);
        }
        certain.removeIf(Objects::isNull);
        possible.removeIf(Objects::isNull);
        List<String> distinctCertain = certain.stream().distinct().toList();
        if (distinctCertain.size() > 1) { // overlapping former names in the data: none is certain
            possible.addAll(0, distinctCertain);
            distinctCertain = List.of();
        }
        return Answer.of(distinctCertain, possible.stream().distinct().toList());
    }

    // ---- hierarchy ----

    /**
     * The organizations whose {@code parent_id} is this organization: its bodies and programmes.
     *
     * @param organizationId the parent organization's id
     * @return its direct children in dataset order, unmodifiable; empty when it has none
     */
    public List<Organization> childrenOf(String organizationId) {
        return indexes().childOrganizations.getOrDefault(organizationId, List.of());
    }

    /**
     * The meetings whose {@code parent_id} is this meeting: its side events.
     *
     * @param meetingId the parent meeting's id
     * @return its direct side events in dataset order, unmodifiable; empty when it has none
     */
    public List<Meeting> sideEventsOf(String meetingId) {
        return indexes().childMeetings.getOrDefault(meetingId, List.of());
    }

    /**
     * This organization and all its bodies and programmes, at any depth (cycles are cut).
     *
     * @param organizationId the top organization's id
     * @return the ids, {@code organizationId} first, then its descendants breadth first
     */
    public Set<String> organizationAndDescendants(String organizationId) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(organizationId);
        while (!todo.isEmpty()) {
            String id = todo.poll();
            if (seen.add(id)) {
                childrenOf(id).forEach(c -> todo.add(c.id()));
            }
        }
        return seen;
    }

    // ---- meetings ----

    /**
     * All meetings by date: by first possible day, undated last, dataset order among equals.
     *
     * @return every meeting, unmodifiable
     */
    public List<Meeting> meetingsByDate() {
        return indexes().meetingsByDate;
    }

    /**
     * The meetings that took place between two days, inclusive (either bound null for "open"),
     * in date order: as a list, those that certainly met on a day of the range on every reading
     * of their dates; {@link Answer#possible()} those that possibly did. A meeting's days are
     * {@link Meeting#period()}; a side event without dates possibly took place on its parent's
     * days. Undated meetings are never in a range, not even an open one. Nothing when
     * {@code from} is after {@code to}.
     *
     * @param from the first day of the range, or null for no lower bound
     * @param to the last day of the range, or null for no upper bound
     * @return the meetings certainly in the range as the list, those possibly in it in
     *     {@link Answer#possible()}
     */
    public Answer<Meeting> meetingsBetween(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            return Answer.none();
        }
        List<Meeting> certain = new ArrayList<>();
        List<Meeting> possible = new ArrayList<>();
        for (Meeting m : indexes().meetingsByDate) {
            Period days = m.period();
            if (days.start() == null && days.end() == null) {
                Period parent = parentDays(m);
                if (parent != null && parent.possiblyMeets(from, to)) {
                    possible.add(m);
                }
            } else if (days.certainlyMeets(from, to)) {
                certain.add(m);
            } else if (days.possiblyMeets(from, to)) {
                possible.add(m);
            }
        }
        return Answer.of(certain, possible);
    }

    /** The days of a meeting's nearest dated ancestor, or null (cycles are cut). */
    private Period parentDays(Meeting meeting) {
        Set<String> seen = new HashSet<>();
        Meeting current = meeting;
        while (current.parentId() != null && seen.add(current.id())) {
            DatasetRecord parent = indexes().byId.get(current.parentId());
            if (!(parent instanceof Meeting p)) {
                return null;
            }
            if (p.startDate() != null || p.endDate() != null) {
                return p.period();
            }
            current = p;
        }
        return null;
    }

    /**
     * The parties that take part in a meeting directly: convenors, chair, supporters,
     * participants' affiliations, participants' person records ({@code person:ID}), the
     * organization of the hosting field office, and the country of each government or government
     * agency among them (Kazakhstan's foreign ministry involves Kazakhstan).
     *
     * @param meeting a meeting of this dataset (its references are resolved here)
     * @return the parties, in the order listed above, without repeats
     */
    public Set<Party> partiesOf(Meeting meeting) {
        return directParties(meeting, indexes().byId);
    }

    private static Set<Party> directParties(Meeting meeting, IdIndex byId) {
        Set<Party> parties = new LinkedHashSet<>(meeting.convenors());
        if (meeting.chair() != null) {
            parties.add(meeting.chair());
        }
        parties.addAll(meeting.supporters());
        for (Participant p : meeting.participants()) {
            if (p.affiliation() != null) {
                parties.add(p.affiliation());
            }
            if (p.personId() != null) {
                parties.add(new PersonParty(p.personId()));
            }
        }
        if (meeting.hostOfficeId() != null) {
            DatasetRecord office = byId.get(meeting.hostOfficeId());
            if (office instanceof FieldOffice f) {
                parties.add(new OrganizationParty(f.organizationId()));
            }
        }
        for (Party party : List.copyOf(parties)) { // a government or its agency involves its country
            if (party instanceof OrganizationParty o && byId.get(o.organizationId()) instanceof Organization org
                    && org.country() != null && (org.kind() == OrganizationKind.GOVERNMENT
                    || org.kind() == OrganizationKind.GOVERNMENT_AGENCY)) {
                parties.add(Party.country(org.country()));
            }
        }
        return parties;
    }

    /**
     * The meetings in which every given party takes part, in date order. A party takes part as
     * convenor, chair, supporter, a participant's affiliation, or through the hosting field
     * office's organization; an organization also takes part through its bodies and programmes
     * (a session convened by the OSCE Forum for Security Co-operation involves the OSCE). A
     * person ({@code person:ID}) takes part as a participant whose {@code person_id} names them,
     * or as convenor, chair or supporter: the meetings a person took part in. With no parties,
     * every meeting.
     *
     * @param parties the parties that must all take part; none may be null
     * @return the meetings in date order, unmodifiable
     */
    public List<Meeting> meetingsInvolving(Collection<? extends Party> parties) {
        Set<Meeting> result = null;
        for (Party party : parties) {
            Objects.requireNonNull(party, "parties must not contain null");
            Set<Meeting> involving = Collections.newSetFromMap(new IdentityHashMap<>());
            if (party instanceof OrganizationParty org) {
                for (String id : organizationAndDescendants(org.organizationId())) {
                    involving.addAll(indexes().meetingsByParty.getOrDefault(new OrganizationParty(id), List.of()));
                }
            } else {
                involving.addAll(indexes().meetingsByParty.getOrDefault(party, List.of()));
            }
            if (result == null) {
                result = involving;
            } else {
                result.retainAll(involving);
            }
        }
        if (result == null) {
            return indexes().meetingsByDate;
        }
        Set<Meeting> found = result;
        return indexes().meetingsByDate.stream().filter(found::contains).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The meetings in which every given party takes part; see {@link #meetingsInvolving(Collection)}.
     *
     * @param parties the parties that must all take part; none may be null
     * @return the meetings in date order, unmodifiable
     */
    public List<Meeting> meetingsInvolving(Party... parties) {
        return meetingsInvolving(List.of(parties));
    }

    /**
     * The countries that are members of the organization on a day, as country codes, sorted:
     * certainly, and possibly.
     *
     * @param organizationId the organization's id
     * @param day the day asked about; not null
     * @return the full-member countries, certain ones as the list and possible ones in
     *     {@link Answer#possible()};
     *     organizations that are members are left out
     * @throws UnknownRecordException when the dataset knows nothing of the id
     */
    public Answer<CountryCode> memberCountriesOn(String organizationId, LocalDate day) {
        return membersOn(organizationId, day).filter(m -> m.member() instanceof CountryParty)
                .map(m -> ((CountryParty) m.member()).country()).sortedBy(Comparator.naturalOrder());
    }

    @Override
    public String toString() {
        return "Dataset[" + sources.size() + " sources, " + organizations.size() + " organizations, "
                + fieldOffices.size() + " field offices, " + meetings.size() + " meetings, "
                + memberships.size() + " memberships, " + persons.size() + " persons, " + posts.size() + " posts]";
    }

    /** Collects records for a {@link Dataset}; records keep the order they are added in, per kind. */
    public static final class Builder {
        private final List<Source> sources = new ArrayList<>();
        private final List<Organization> organizations = new ArrayList<>();
        private final List<FieldOffice> fieldOffices = new ArrayList<>();
        private final List<Meeting> meetings = new ArrayList<>();
        private final List<Membership> memberships = new ArrayList<>();
        private final List<Person> persons = new ArrayList<>();
        private final List<Post> posts = new ArrayList<>();
        private int threads = defaultThreads();

        private Builder() {
        }

        /**
         * The number of threads the dataset may build its indexes with, on its first question;
         * default {@link Dataset#defaultThreads()}. The indexes, and so every answer, are the same
         * whatever the number.
         *
         * @param threads 1 to build them on the asking thread alone, more to build several indexes at once
         * @return this builder
         * @throws IllegalArgumentException when {@code threads} is less than 1
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * Adds a record of any kind.
         *
         * @param record the record, added after the records of its kind added before; not null
         * @return this builder
         */
        public Builder add(DatasetRecord record) {
            recordsOf(Objects.requireNonNull(record, "record")).add(record);
            return this;
        }

        /**
         * Adds records of any kind.
         *
         * @param records the records, added in the collection's order; none may be null
         * @return this builder
         */
        public Builder addAll(Collection<? extends DatasetRecord> records) {
            if (!(records instanceof List<? extends DatasetRecord> list && records instanceof RandomAccess)) {
                records.forEach(this::add);
                return this;
            }
            // each run of records of one kind goes into its list at once (a file's records: one run)
            int from = 0;
            while (from < list.size()) {
                DatasetRecord first = Objects.requireNonNull(list.get(from), "record"); // the records before it are added
                int to = from + 1;
                while (to < list.size() && list.get(to) != null && list.get(to).getClass() == first.getClass()) {
                    to++;
                }
                recordsOf(first).addAll(list.subList(from, to));
                from = to;
            }
            return this;
        }

        /** The list that records of this one's kind are added to. */
        @SuppressWarnings("unchecked")
        private List<DatasetRecord> recordsOf(DatasetRecord record) {
            List<? extends DatasetRecord> list;
            if (record instanceof Source) {
                list = sources;
            } else if (record instanceof Organization) {
                list = organizations;
            } else if (record instanceof FieldOffice) {
                list = fieldOffices;
            } else if (record instanceof Meeting) {
                list = meetings;
            } else if (record instanceof Membership) {
                list = memberships;
            } else if (record instanceof Person) {
                list = persons;
            } else {
                list = posts;
            }
            return (List<DatasetRecord>) list;
        }

        /**
         * The dataset of everything added so far.
         *
         * @return a new immutable dataset; the builder can go on adding for another
         */
        public Dataset build() {
            return new Dataset(this);
        }
    }
}
