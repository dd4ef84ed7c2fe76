package io.github.regsec.model;

import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.party.CountryParty;
import io.github.regsec.model.party.OrganizationParty;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.PartialDate;
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
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An immutable set of records (sources, organizations, field offices, meetings, memberships)
 * with the lookups and questions users ask of it: who was a member of the OSCE on 2019-07-17,
 * which meetings involved both the OSCE and the CSTO, what the Dushanbe office was called in
 * 2005.
 *
 * <p>Records keep the order they were added in, kind by kind ("dataset order": sources,
 * organizations, field offices, meetings, memberships). A dataset may hold invalid data (two
 * records with one id, references to nothing): the validation module reports those. Lookups by
 * id give the first record with that id. Every question is answered from indexes built once, on
 * the first question (so reading a large file does not pay for them up front); a dataset is safe
 * to share between threads.
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

    /** The indexes, built on the first question (reading a large file need not pay for them). */
    private volatile Indexes indexes;

    private Dataset(Builder b) {
        this.sources = List.copyOf(b.sources);
        this.organizations = List.copyOf(b.organizations);
        this.fieldOffices = List.copyOf(b.fieldOffices);
        this.meetings = List.copyOf(b.meetings);
        this.memberships = List.copyOf(b.memberships);
    }

    private Indexes indexes() {
        Indexes built = indexes;
        if (built == null) {
            synchronized (this) {
                built = indexes;
                if (built == null) {
                    built = new Indexes(this);
                    indexes = built;
                }
            }
        }
        return built;
    }

    /** Every index, built once from the record lists. Immutable once built. */
    private static final class Indexes {
        final Map<String, DatasetRecord> byId;
        final Map<String, List<Membership>> membershipsByOrganization;
        final Map<Party, List<Membership>> membershipsByMember;
        final Map<String, List<FieldOffice>> officesByOrganization;
        final Map<CountryCode, List<FieldOffice>> officesByCountry;
        final Map<String, List<Organization>> childOrganizations;
        final Map<String, List<Meeting>> childMeetings;
        final Map<Party, List<Meeting>> meetingsByParty;
        final List<Meeting> meetingsByDate;

        Indexes(Dataset d) {
            Map<String, DatasetRecord> ids = new HashMap<>();
            d.records().forEach(r -> ids.putIfAbsent(r.id(), r));
            this.byId = ids;
            this.membershipsByOrganization = group(d.memberships, Membership::organizationId);
            this.membershipsByMember = group(d.memberships, Membership::member);
            this.officesByOrganization = group(d.fieldOffices, FieldOffice::organizationId);
            this.officesByCountry = group(d.fieldOffices, FieldOffice::country);
            this.childOrganizations = group(d.organizations.stream().filter(o -> o.parentId() != null)
                    .collect(Collectors.toList()), Organization::parentId);
            this.childMeetings = group(d.meetings.stream().filter(m -> m.parentId() != null)
                    .collect(Collectors.toList()), Meeting::parentId);
            Map<Party, List<Meeting>> byParty = new HashMap<>();
            for (Meeting meeting : d.meetings) {
                for (Party party : directParties(meeting, ids)) {
                    byParty.computeIfAbsent(party, k -> new ArrayList<>()).add(meeting);
                }
            }
            this.meetingsByParty = byParty;
            List<Meeting> sorted = new ArrayList<>(d.meetings);
            sorted.sort(BY_DATE); // stable: dataset order among equal dates
            this.meetingsByDate = List.copyOf(sorted);
        }
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

    /** An empty dataset. */
    public static Dataset empty() {
        return EMPTY;
    }

    /** A builder to add records to. */
    public static Builder builder() {
        return new Builder();
    }

    // ---- the records ----

    /** The sources, in dataset order. */
    public List<Source> sources() {
        return sources;
    }

    /** The organizations, in dataset order. */
    public List<Organization> organizations() {
        return organizations;
    }

    /** The field offices, in dataset order. */
    public List<FieldOffice> fieldOffices() {
        return fieldOffices;
    }

    /** The meetings, in dataset order. */
    public List<Meeting> meetings() {
        return meetings;
    }

    /** The memberships, in dataset order. */
    public List<Membership> memberships() {
        return memberships;
    }

    /** Every record in dataset order: sources, organizations, field offices, meetings, memberships. */
    public Stream<DatasetRecord> records() {
        return Stream.of(sources, organizations, fieldOffices, meetings, memberships).flatMap(List::stream);
    }

    /** The number of top-level records. */
    public int size() {
        return sources.size() + organizations.size() + fieldOffices.size() + meetings.size() + memberships.size();
    }

    /** True when the dataset has no records. */
    public boolean isEmpty() {
        return size() == 0;
    }

    // ---- lookups by id ----

    /** The first record with this id, of any kind. */
    public Optional<DatasetRecord> record(String id) {
        return Optional.ofNullable(indexes().byId.get(id));
    }

    /** The source with this id. */
    public Optional<Source> source(String id) {
        return byIdAs(id, Source.class);
    }

    /** The organization with this id. */
    public Optional<Organization> organization(String id) {
        return byIdAs(id, Organization.class);
    }

    /** The field office with this id. */
    public Optional<FieldOffice> fieldOffice(String id) {
        return byIdAs(id, FieldOffice.class);
    }

    /** The meeting with this id. */
    public Optional<Meeting> meeting(String id) {
        return byIdAs(id, Meeting.class);
    }

    /** The membership with this id. */
    public Optional<Membership> membership(String id) {
        return byIdAs(id, Membership.class);
    }

    private <T extends DatasetRecord> Optional<T> byIdAs(String id, Class<T> type) {
        DatasetRecord record = indexes().byId.get(id);
        return type.isInstance(record) ? Optional.of(type.cast(record)) : Optional.empty();
    }

    // ---- memberships ----

    /** Every membership in an organization, in dataset order. */
    public List<Membership> membershipsIn(String organizationId) {
        return indexes().membershipsByOrganization.getOrDefault(organizationId, List.of());
    }

    /**
     * The memberships in an organization active on a day (FORMATS: start read at its earliest
     * on or before the day, or unknown; end read at its latest on or after it, or absent).
     *
     * @param status only memberships with this status; null for any status
     */
    public List<Membership> membersOn(String organizationId, LocalDate day, MembershipStatus status) {
        Objects.requireNonNull(day, "day");
        return membershipsIn(organizationId).stream()
                .filter(m -> status == null || m.status() == status)
                .filter(m -> m.period().isActiveOn(day))
                .collect(Collectors.toUnmodifiableList());
    }

    /** The full members ({@link MembershipStatus#MEMBER}) of an organization on a day. */
    public List<Membership> membersOn(String organizationId, LocalDate day) {
        return membersOn(organizationId, day, MembershipStatus.MEMBER);
    }

    /** The parties that are full members of an organization on a day, sorted. */
    public List<Party> memberPartiesOn(String organizationId, LocalDate day) {
        return membersOn(organizationId, day).stream().map(Membership::member).distinct().sorted()
                .collect(Collectors.toUnmodifiableList());
    }

    /** Every membership a party has had, in any organization, ordered by start (unknown first). */
    public List<Membership> membershipsOf(Party party) {
        List<Membership> list = new ArrayList<>(indexes().membershipsByMember.getOrDefault(party, List.of()));
        list.sort(Comparator.comparing(Membership::startDate, Comparator.nullsFirst(Comparator.naturalOrder())));
        return List.copyOf(list);
    }

    // ---- field offices ----

    /** The field offices of an organization, in dataset order. */
    public List<FieldOffice> fieldOfficesOf(String organizationId) {
        return indexes().officesByOrganization.getOrDefault(organizationId, List.of());
    }

    /** The field offices of an organization open on a day. */
    public List<FieldOffice> fieldOfficesOf(String organizationId, LocalDate day) {
        return openOn(fieldOfficesOf(organizationId), day);
    }

    /** The field offices in a country, in dataset order. */
    public List<FieldOffice> fieldOfficesIn(CountryCode country) {
        return indexes().officesByCountry.getOrDefault(country, List.of());
    }

    /** The field offices in a country open on a day. */
    public List<FieldOffice> fieldOfficesIn(CountryCode country, LocalDate day) {
        return openOn(fieldOfficesIn(country), day);
    }

    private static List<FieldOffice> openOn(List<FieldOffice> offices, LocalDate day) {
        Objects.requireNonNull(day, "day");
        return offices.stream().filter(o -> o.period().isActiveOn(day)).collect(Collectors.toUnmodifiableList());
    }

    // ---- names ----

    /**
     * The name an organization or field office had on a day: a {@linkplain NameKind#FORMER
     * former name} in use that day, else its current name. A former name counts only when its
     * {@code end_date} is given (a former name without one says nothing about when it was
     * replaced) and it is active on the day (start read at its earliest, end at its latest):
     * {@code CSCE} ending {@code 1994} is the name on 1994-12-31, the current name from
     * 1995-01-01. Where two former
     * names are in use that day (year-precision dates meet), the one that started later wins
     * (an unknown start counts as earliest; on a tie, the first listed). Empty when there is no
     * organization or field office with this id.
     */
    public Optional<String> nameOn(String recordId, LocalDate day) {
        Objects.requireNonNull(day, "day");
        DatasetRecord record = indexes().byId.get(recordId);
        String current;
        List<Name> names;
        if (record instanceof Organization o) {
            current = o.name();
            names = o.names();
        } else if (record instanceof FieldOffice f) {
            current = f.name();
            names = f.names();
        } else {
            return Optional.empty();
        }
        return Optional.of(names.stream()
                .filter(n -> n.kind() == NameKind.FORMER && n.endDate() != null && n.period().isActiveOn(day))
                .max(Comparator.comparing(Name::startDate, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(Name::name)
                .orElse(current));
    }

    // ---- hierarchy ----

    /** The organizations whose {@code parent_id} is this organization: its bodies and programmes. */
    public List<Organization> childrenOf(String organizationId) {
        return indexes().childOrganizations.getOrDefault(organizationId, List.of());
    }

    /** The meetings whose {@code parent_id} is this meeting: its side events. */
    public List<Meeting> sideEventsOf(String meetingId) {
        return indexes().childMeetings.getOrDefault(meetingId, List.of());
    }

    /** This organization and all its bodies and programmes, at any depth (cycles are cut). */
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

    /** All meetings by date: by first possible day, undated last, dataset order among equals. */
    public List<Meeting> meetingsByDate() {
        return indexes().meetingsByDate;
    }

    /**
     * The meetings that may have taken place between two days, inclusive: their first possible
     * day is on or before {@code to} and their last possible day on or after {@code from}.
     * Either bound may be null for "open". Undated meetings are never in a range, not even an
     * open one. In date order. Empty when {@code from} is after {@code to}.
     */
    public List<Meeting> meetingsBetween(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            return List.of();
        }
        List<Meeting> result = new ArrayList<>();
        for (Meeting m : indexes().meetingsByDate) {
            PartialDate first = firstKnown(m.startDate(), m.endDate());
            if (first == null || (to != null && first.earliest().isAfter(to))) {
                break; // sorted by first day: nothing later can be in range
            }
            PartialDate last = firstKnown(m.endDate(), m.startDate());
            if (from == null || !last.latest().isBefore(from)) {
                result.add(m);
            }
        }
        return List.copyOf(result);
    }

    /**
     * The parties that take part in a meeting directly: convenors, chair, supporters,
     * participants' affiliations and the organization of the hosting field office.
     */
    public Set<Party> partiesOf(Meeting meeting) {
        return directParties(meeting, indexes().byId);
    }

    private static Set<Party> directParties(Meeting meeting, Map<String, DatasetRecord> byId) {
        Set<Party> parties = new LinkedHashSet<>(meeting.convenors());
        if (meeting.chair() != null) {
            parties.add(meeting.chair());
        }
        parties.addAll(meeting.supporters());
        for (Participant p : meeting.participants()) {
            if (p.affiliation() != null) {
                parties.add(p.affiliation());
            }
        }
        if (meeting.hostOfficeId() != null) {
            DatasetRecord office = byId.get(meeting.hostOfficeId());
            if (office instanceof FieldOffice f) {
                parties.add(new OrganizationParty(f.organizationId()));
            }
        }
        return parties;
    }

    /**
     * The meetings in which every given party takes part, in date order. A party takes part as
     * convenor, chair, supporter, a participant's affiliation, or through the hosting field
     * office's organization; an organization also takes part through its bodies and programmes
     * (a session convened by the OSCE Forum for Security Co-operation involves the OSCE). With no
     * parties, every meeting.
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

    /** The meetings in which every given party takes part; see {@link #meetingsInvolving(Collection)}. */
    public List<Meeting> meetingsInvolving(Party... parties) {
        return meetingsInvolving(List.of(parties));
    }

    /** The countries that are members of the organization on a day, as country codes, sorted. */
    public List<CountryCode> memberCountriesOn(String organizationId, LocalDate day) {
        Set<CountryCode> countries = new HashSet<>();
        for (Membership m : membersOn(organizationId, day)) {
            if (m.member() instanceof CountryParty c) {
                countries.add(c.country());
            }
        }
        return countries.stream().sorted().collect(Collectors.toUnmodifiableList());
    }

    @Override
    public String toString() {
        return "Dataset[" + sources.size() + " sources, " + organizations.size() + " organizations, "
                + fieldOffices.size() + " field offices, " + meetings.size() + " meetings, "
                + memberships.size() + " memberships]";
    }

    /** Collects records for a {@link Dataset}; records keep the order they are added in, per kind. */
    public static final class Builder {
        private final List<Source> sources = new ArrayList<>();
        private final List<Organization> organizations = new ArrayList<>();
        private final List<FieldOffice> fieldOffices = new ArrayList<>();
        private final List<Meeting> meetings = new ArrayList<>();
        private final List<Membership> memberships = new ArrayList<>();

        private Builder() {
        }

        /** Adds a record of any kind. */
        public Builder add(DatasetRecord record) {
            Objects.requireNonNull(record, "record");
            if (record instanceof Source s) {
                sources.add(s);
            } else if (record instanceof Organization o) {
                organizations.add(o);
            } else if (record instanceof FieldOffice f) {
                fieldOffices.add(f);
            } else if (record instanceof Meeting m) {
                meetings.add(m);
            } else if (record instanceof Membership m) {
                memberships.add(m);
            }
            return this;
        }

        /** Adds records of any kind. */
        public Builder addAll(Collection<? extends DatasetRecord> records) {
            records.forEach(this::add);
            return this;
        }

        /** The dataset of everything added so far. */
        public Dataset build() {
            return new Dataset(this);
        }
    }
}
