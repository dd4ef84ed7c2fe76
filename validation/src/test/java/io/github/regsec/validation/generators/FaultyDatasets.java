package io.github.regsec.validation.generators;

import io.github.regsec.formats.generators.DatasetArbitraries;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.FieldOffice;
import io.github.regsec.model.FieldOfficeKind;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.MeetingKind;
import io.github.regsec.model.Membership;
import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.Name;
import io.github.regsec.model.NameKind;
import io.github.regsec.model.Organization;
import io.github.regsec.model.Person;
import io.github.regsec.model.Post;
import io.github.regsec.model.OrganizationKind;
import io.github.regsec.model.Participant;
import io.github.regsec.model.RecordKind;
import io.github.regsec.model.Source;
import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.party.CountryParty;
import io.github.regsec.model.party.OrganizationParty;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.model.time.Period;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of datasets with faults for the validation properties: the shared generated
 * datasets of the CSV module's test jar ({@link DatasetArbitraries}) with faults planted in them:
 * ids used twice (across kinds too), references to nothing and to records of the wrong kind,
 * {@code parent_id} cycles of organizations and meetings (with bodies, meetings and offices hanging
 * off them), reversed periods, crowded memberships of few members in few organizations, one name
 * or participant instance shared by two records, one record added twice, ids and values that look
 * like message templates or expressions, the extreme dates 0001-01-01 and 9999-12-31, and blank
 * or missing required values.
 *
 * <p>Planted faults that validation must find come with where it must report them ({@link Planted}).
 */
public final class FaultyDatasets {

    private static final CountryParty TJ = Party.country(CountryCode.of("TJ"));
    private static final CountryParty KZ = Party.country(CountryCode.of("KZ"));

    /** Texts that look like Jakarta message parameters, EL expressions or format strings. */
    private static final List<String> TEMPLATE_LIKE = List.of("${1+1}", "#{1+1}", "${validatedValue}",
            "{jakarta.validation.constraints.NotNull.message}", "{end}", "\\", "\\{x}", "$", "%s", "{0}", "a b", "'", "", " ",
            "ü-nicode", "x\ny", "\u0000");

    private FaultyDatasets() {
    }

    /**
     * A dataset as a list of records (dataset order within each kind) and the faults planted in it.
     * {@link #dataset()} builds a new {@link Dataset} on each call (with its own lazily built
     * indexes).
     */
    public record Sample(List<DatasetRecord> records, List<String> faults) {
        public Sample {
            records = List.copyOf(records);
            faults = List.copyOf(faults);
        }

        /** A new dataset of the records. */
        public Dataset dataset() {
            return Dataset.builder().addAll(records).build();
        }

        /** The sample with more records appended. */
        Sample plus(String fault, List<? extends DatasetRecord> more) {
            List<DatasetRecord> all = new ArrayList<>(records);
            all.addAll(more);
            List<String> described = new ArrayList<>(faults);
            described.add(fault);
            return new Sample(all, described);
        }

        @Override
        public String toString() {
            return "faults " + faults + ", records:\n  "
                    + records.stream().map(String::valueOf).collect(Collectors.joining("\n  "));
        }
    }

    /** A fault: what it does to a sample. */
    private record Fault(String description, UnaryOperator<List<DatasetRecord>> change) {
        Sample applyTo(Sample sample) {
            List<String> faults = new ArrayList<>(sample.faults());
            faults.add(description);
            return new Sample(change.apply(new ArrayList<>(sample.records())), faults);
        }
    }

    // ---- samples ----

    /** A generated dataset, without faults of its own making (its references are random, so mostly broken). */
    public static Arbitrary<Sample> generated() {
        return DatasetArbitraries.datasets().map(d -> new Sample(d.records().toList(), List.of()));
    }

    /** A generated dataset with one to four faults of any kind. */
    public static Arbitrary<Sample> faulty() {
        return Combinators.combine(generated(), fault().list().ofMinSize(1).ofMaxSize(4)).as(FaultyDatasets::apply);
    }

    /**
     * A generated dataset with crowded memberships (few members in few organizations, dates of
     * every precision in four years, so that overlaps are common) and up to two other faults.
     */
    public static Arbitrary<Sample> crowded() {
        return Combinators.combine(generated(), crowdedMemberships().list().ofMinSize(1).ofMaxSize(3),
                fault().list().ofMaxSize(2)).as((sample, crowd, others) -> {
                    List<Fault> all = new ArrayList<>(crowd);
                    all.addAll(others);
                    return apply(sample, all);
                });
    }

    private static Sample apply(Sample sample, List<Fault> faults) {
        Sample result = sample;
        for (Fault fault : faults) {
            result = fault.applyTo(result);
        }
        return result;
    }

    private static Arbitrary<Fault> fault() {
        return Arbitraries.oneOf(duplicateId(), unknownReference(), wrongKindReference(), cycle(), reversedPeriod(),
                crowdedMemberships(), sharedChildRow(), sameRecordTwice(), templateLikeValues(), extremeDates(),
                blankOrMissingRequired());
    }

    // ---- faults ----

    private static Arbitrary<Fault> duplicateId() {
        return Combinators.combine(Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 4))
                .as((pick, kind) -> new Fault("an id used twice", records -> {
                    String id = records.isEmpty() ? "dup" : records.get(pick % records.size()).id();
                    records.add(minimal(kind, id));
                    if (records.size() == 1) {
                        records.add(minimal(kind, id));
                    }
                    return records;
                }));
    }

    /** A small valid-looking record of a kind (0 source ... 4 membership) with an id. */
    static DatasetRecord minimal(int kind, String id) {
        switch (kind) {
            case 0:
                return new Source(id, "Duplicate", null, null, null, null, null, null);
            case 1:
                return Organization.builder(id, "Duplicate", OrganizationKind.OTHER).build();
            case 2:
                return FieldOffice.builder(id, "dup.org", "Duplicate office", FieldOfficeKind.OFFICE, CountryCode.of("TJ"))
                        .build();
            case 3:
                return Meeting.builder(id, "Duplicate", MeetingKind.OTHER).startDate(PartialDate.ofYear(2001)).build();
            case 5:
                return Person.builder(id, "Duplicate person").build();
            case 6:
                return Post.builder(id, "dup.org", "Duplicate post").build();
            default:
                return Membership.of(id, "dup.org", TJ, MembershipStatus.MEMBER, null, null);
        }
    }

    private static Arbitrary<Fault> unknownReference() {
        return Arbitraries.integers().between(0, 5).map(variant -> new Fault("a reference to nothing (" + variant + ")",
                records -> {
                    String id = "broken.ref." + variant;
                    Party nobody = new OrganizationParty("missing.party");
                    switch (variant) {
                        case 0:
                            records.add(Membership.of(id, "missing.org", nobody, MembershipStatus.OBSERVER,
                                    PartialDate.ofYear(2001), null));
                            break;
                        case 1:
                            records.add(FieldOffice.builder(id, "missing.org", "Office", FieldOfficeKind.MISSION,
                                    CountryCode.of("KZ")).sources(List.of("missing.source")).build());
                            break;
                        case 2:
                            records.add(Meeting.builder(id, "Meeting", MeetingKind.SESSION).parentId("missing.meeting")
                                    .hostOfficeId("missing.office").convenors(List.of(nobody, TJ)).chair(nobody)
                                    .supporters(List.of(nobody)).sources(List.of("missing.source"))
                                    .participants(List.of(new Participant(null, null, nobody, null, null))).build());
                            break;
                        case 3:
                            records.add(Organization.builder(id, "Body", OrganizationKind.BODY).parentId("missing.parent")
                                    .build());
                            break;
                        case 4:
                            records.add(Organization.builder(id, "Organization", OrganizationKind.INTERGOVERNMENTAL)
                                    .sources(List.of("missing.source", "missing.source")).build());
                            break;
                        default:
                            records.add(Meeting.builder(id, "Visit", MeetingKind.OFFICIAL_VISIT)
                                    .participants(List.of(new Participant("Someone", null, nobody, null, null))).build());
                    }
                    return records;
                }));
    }

    private static Arbitrary<Fault> wrongKindReference() {
        return Arbitraries.integers().between(0, 1000).map(pick -> new Fault("references to records of the wrong kind",
                records -> {
                    if (records.isEmpty()) {
                        return records;
                    }
                    String target = records.get(pick % records.size()).id();
                    records.add(Membership.of("wrong.kind.membership", target, new OrganizationParty(target.isBlank() ? "x" : target),
                            MembershipStatus.MEMBER, PartialDate.ofYear(2000), null));
                    records.add(Meeting.builder("wrong.kind.meeting", "Meeting", MeetingKind.FORUM).parentId(target)
                            .hostOfficeId(target).chair(KZ).convenors(List.of(new OrganizationParty(target.isBlank() ? "x" : target)))
                            .startDate(PartialDate.ofYear(2002)).build());
                    records.add(Organization.builder("wrong.kind.body", "Body", OrganizationKind.PROGRAMME).parentId(target)
                            .build());
                    records.add(FieldOffice.builder("wrong.kind.office", target, "Office", FieldOfficeKind.CENTRE,
                            CountryCode.of("KG")).build());
                    return records;
                }));
    }

    private static Arbitrary<Fault> cycle() {
        return Arbitraries.integers().between(1, 4).map(size -> new Fault("parent_id cycles of " + size, records -> {
            for (int i = 0; i < size; i++) {
                records.add(Organization.builder("cycle.org." + i, "Cycle " + i, OrganizationKind.BODY)
                        .parentId("cycle.org." + ((i + 1) % size)).foundingDate(PartialDate.ofYear(1990 + i)).build());
                records.add(Meeting.builder("cycle.meeting." + i, "Cycle meeting " + i, MeetingKind.SESSION)
                        .parentId("cycle.meeting." + ((i + 1) % size)).startDate(PartialDate.ofYear(2000 + i)).build());
            }
            // a body under the cycle, convening a meeting chaired by a non-member, and an office of it
            records.add(Organization.builder("cycle.body", "Body under a cycle", OrganizationKind.BODY)
                    .parentId("cycle.org.0").build());
            records.add(Meeting.builder("cycle.chaired", "Chaired", MeetingKind.SESSION).startDate(PartialDate.ofYear(2005))
                    .convenors(List.of(new OrganizationParty("cycle.body"))).chair(KZ).hostOfficeId("cycle.office").build());
            records.add(FieldOffice.builder("cycle.office", "cycle.body", "Office", FieldOfficeKind.OFFICE, CountryCode.of("KZ"))
                    .openingDate(PartialDate.ofYear(2001)).build());
            return records;
        }));
    }

    private static Arbitrary<Fault> reversedPeriod() {
        return Arbitraries.integers().between(0, 1000).map(pick -> new Fault("a reversed period", records -> {
            Reversal reversal = reversal(records, pick);
            if (reversal != null) {
                records.set(reversal.index(), reversal.reversed());
            } else {
                records.add(Membership.of("reversed.membership", "some.org", TJ, MembershipStatus.MEMBER,
                        PartialDate.ofYear(2019), PartialDate.ofMonth(2018, 12)));
            }
            return records;
        }));
    }

    /**
     * A record with a start and end (its own or one of its names') certainly in order, reversed.
     *
     * @param index the record's place in the list
     * @param reversed the record with that period reversed
     * @param kind the kind of the row reversed (a name, or the record's kind)
     * @param field the end field of the row
     */
    record Reversal(int index, DatasetRecord reversed, RecordKind kind, String field) {
    }

    /** Reverses the {@code pick}-th period that is certainly in order; null when there is none. */
    static Reversal reversal(List<DatasetRecord> records, int pick) {
        List<int[]> candidates = new ArrayList<>(); // {record, name or -1}
        for (int r = 0; r < records.size(); r++) {
            Period period = Redate.period(records.get(r));
            if (period != null && inOrder(period)) {
                candidates.add(new int[] {r, -1});
            }
            List<Name> names = Redate.names(records.get(r));
            for (int n = 0; n < names.size(); n++) {
                if (inOrder(names.get(n).period())) {
                    candidates.add(new int[] {r, n});
                }
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        int[] at = candidates.get(pick % candidates.size());
        DatasetRecord record = records.get(at[0]);
        if (at[1] < 0) {
            Period p = Redate.period(record);
            return new Reversal(at[0], Redate.withPeriod(record, p.end(), p.start()), record.recordKind(),
                    ((io.github.regsec.model.Dated) record).endField());
        }
        List<Name> names = new ArrayList<>(Redate.names(record));
        Name name = names.get(at[1]);
        names.set(at[1], Redate.withPeriod(name, name.endDate(), name.startDate()));
        return new Reversal(at[0], Redate.withNames(record, names), RecordKind.NAME, "end_date");
    }

    private static boolean inOrder(Period period) {
        return period.start() != null && period.end() != null && period.start().isCertainlyBefore(period.end());
    }

    /** A date in 2000-2003 of any precision. */
    private static Arbitrary<PartialDate> crowdedDate() {
        Arbitrary<Integer> year = Arbitraries.integers().between(2000, 2003);
        Arbitrary<Integer> month = Arbitraries.integers().between(1, 12);
        return Arbitraries.oneOf(year.map(PartialDate::ofYear), Combinators.combine(year, month).as(PartialDate::ofMonth),
                Combinators.combine(year, month, Arbitraries.integers().between(1, 31))
                        .as((y, m, d) -> PartialDate.of(y, m, Math.min(d, YearMonth.of(y, m).lengthOfMonth()))));
    }

    private static Arbitrary<Fault> crowdedMemberships() {
        Arbitrary<Membership> membership = Combinators.combine(Arbitraries.of("crowd.a", "crowd.b"),
                        Arbitraries.of(TJ, KZ, new OrganizationParty("crowd.b")), Arbitraries.of(MembershipStatus.class),
                        crowdedDate().injectNull(0.15), crowdedDate().injectNull(0.4))
                .as((org, member, status, start, end) -> Membership.of("x", org, member, status, start, end));
        return Combinators.combine(membership.list().ofMinSize(2).ofMaxSize(8), Arbitraries.integers().between(0, 9999))
                .as((list, batch) -> new Fault("crowded memberships", records -> {
                    for (int i = 0; i < list.size(); i++) {
                        Membership m = list.get(i);
                        records.add(new Membership("crowd." + batch + "." + i, m.organizationId(), m.member(), m.status(),
                                m.startDate(), m.endDate(), List.of(), null));
                    }
                    if (records.stream().noneMatch(r -> r.id().equals("crowd.a"))) {
                        records.add(Organization.builder("crowd.a", "Crowd A", OrganizationKind.INTERGOVERNMENTAL)
                                .memberCount(2).foundingDate(PartialDate.ofMonth(2001, 6)).build());
                    }
                    return records;
                }));
    }

    private static Arbitrary<Fault> sharedChildRow() {
        return Arbitraries.integers().between(0, 1000).map(pick -> new Fault("one name and one participant in two records",
                records -> {
                    Name shared = new Name("Shared name", NameKind.FORMER, "en", PartialDate.ofYear(2010),
                            PartialDate.ofYear(2005), null, null);
                    Participant participant = new Participant(null, null, new OrganizationParty("shared.missing"), null, null);
                    records.add(Organization.builder("shared.a", "Shared A", OrganizationKind.OTHER).names(List.of(shared)).build());
                    records.add(FieldOffice.builder("shared.b", "shared.a", "Shared B", FieldOfficeKind.OFFICE, CountryCode.of("UZ"))
                            .names(List.of(shared)).build());
                    records.add(Meeting.builder("shared.c", "Shared C", MeetingKind.WORKSHOP).startDate(PartialDate.ofYear(2004))
                            .participants(List.of(participant)).build());
                    records.add(Meeting.builder("shared.d", "Shared D", MeetingKind.WORKSHOP).startDate(PartialDate.ofYear(2005))
                            .participants(List.of(participant, participant)).build());
                    // and a name of a generated record in another generated record
                    List<Integer> withNames = new ArrayList<>();
                    List<Integer> named = new ArrayList<>();
                    for (int i = 0; i < records.size(); i++) {
                        if (records.get(i) instanceof Organization || records.get(i) instanceof FieldOffice) {
                            named.add(i);
                            if (!Redate.names(records.get(i)).isEmpty()) {
                                withNames.add(i);
                            }
                        }
                    }
                    if (!withNames.isEmpty()) {
                        Name name = Redate.names(records.get(withNames.get(pick % withNames.size()))).get(0);
                        int to = named.get(pick % named.size());
                        List<Name> names = new ArrayList<>(Redate.names(records.get(to)));
                        names.add(name);
                        records.set(to, Redate.withNames(records.get(to), names));
                    }
                    return records;
                }));
    }

    private static Arbitrary<Fault> sameRecordTwice() {
        return Arbitraries.integers().between(0, 1000).map(pick -> new Fault("one record instance added twice", records -> {
            if (!records.isEmpty()) {
                records.add(records.get(pick % records.size()));
            }
            return records;
        }));
    }

    private static Arbitrary<Fault> templateLikeValues() {
        return Arbitraries.of(TEMPLATE_LIKE).map(text -> new Fault("values that look like templates: '" + text + "'", records -> {
            String id = text.isEmpty() ? "" : text;
            records.add(new Source(id, text.isBlank() ? null : text, text, null, null, null, null, text));
            records.add(Organization.builder(id, text.isBlank() ? "x" : text, OrganizationKind.OTHER).parentId(text)
                    .sources(List.of(text)).names(List.of(new Name(text.isBlank() ? "n" : text, NameKind.ALIAS, text, null, null, null, text)))
                    .build());
            records.add(Meeting.builder("template.meeting", text.isBlank() ? "t" : text, MeetingKind.OTHER)
                    .topics(List.of(text)).startDate(PartialDate.ofYear(2003)).build());
            records.add(Membership.of("template.membership", text, TJ, MembershipStatus.MEMBER, null, null));
            return records;
        }));
    }

    private static Arbitrary<Fault> extremeDates() {
        return Arbitraries.just(new Fault("the extreme dates 0001-01-01 and 9999-12-31", records -> {
            PartialDate first = PartialDate.of(1, 1, 1);
            PartialDate last = PartialDate.of(9999, 12, 31);
            records.add(Organization.builder("extreme.org", "Extreme", OrganizationKind.INTERGOVERNMENTAL).foundingDate(last)
                    .dissolutionDate(first).memberCount(0).build());
            records.add(Membership.of("extreme.m1", "extreme.org", TJ, MembershipStatus.MEMBER, first, last));
            records.add(Membership.of("extreme.m2", "extreme.org", TJ, MembershipStatus.MEMBER, last, null));
            records.add(Membership.of("extreme.m3", "extreme.org", TJ, MembershipStatus.MEMBER, PartialDate.ofYear(9999), first));
            records.add(Meeting.builder("extreme.meeting", "Extreme", MeetingKind.SUMMIT).startDate(last).endDate(last)
                    .convenors(List.of(new OrganizationParty("extreme.org"))).chair(KZ).hostOfficeId("extreme.office").build());
            records.add(FieldOffice.builder("extreme.office", "extreme.org", "Extreme", FieldOfficeKind.OFFICE,
                    CountryCode.of("TM")).openingDate(last).closingDate(PartialDate.ofYear(1)).build());
            return records;
        }));
    }

    private static Arbitrary<Fault> blankOrMissingRequired() {
        return Arbitraries.just(new Fault("blank and missing required values", records -> {
            records.add(new Source("blank.source", " ", null, null, null, "", null, null));
            records.add(Organization.builder("blank.org", " \t", OrganizationKind.BODY).memberCount(-1).build());
            records.add(Organization.builder("blank.government", "Government", OrganizationKind.GOVERNMENT).build());
            records.add(FieldOffice.builder("blank.office", "blank.org", "\n", FieldOfficeKind.LIAISON_OFFICE, CountryCode.of("AF"))
                    .names(List.of(new Name(" ", null, "not a language tag!", null, null, null, null))).build());
            records.add(Meeting.builder("blank.meeting", "  ", MeetingKind.TRAINING).attendance(-5)
                    .participants(List.of(new Participant(null, null, null, null, "only a note"))).build());
            return records;
        }));
    }

    // ---- planted faults that validation must find ----

    /**
     * A sample with a planted fault and the problem it must give.
     *
     * @param sample the dataset
     * @param rule the rule that must report it
     * @param kind the kind of row it must be reported on
     * @param recordId the id of the record (of a child row: its record's)
     * @param field the field it must name
     */
    public record Planted(Sample sample, String rule, RecordKind kind, String recordId, String field) {
        @Override
        public String toString() {
            return rule + " on " + kind.formatName() + " " + recordId + " " + field + " in " + sample;
        }
    }

    /**
     * A membership that certainly overlaps an earlier-starting one of the same member in the same
     * organization (an existing membership of the sample where one leaves room, else a planted
     * one): {@code membership-overlap} on the later one ({@code planted.later}), {@code start_date}.
     */
    public static Arbitrary<Planted> overlap() {
        Arbitrary<PartialDate> start = Combinators.combine(Arbitraries.integers().between(1, 9000),
                Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 31), Arbitraries.integers().between(0, 2))
                .as((y, m, d, precision) -> precision == 0 ? PartialDate.ofYear(y) : precision == 1 ? PartialDate.ofMonth(y, m)
                        : PartialDate.of(y, m, Math.min(d, YearMonth.of(y, m).lengthOfMonth())));
        Arbitrary<Integer> days = Arbitraries.integers().between(1, 4000);
        return Arbitraries.oneOf(faulty(), crowded()).flatMap(sample -> Combinators.combine(Arbitraries.integers().between(0, 1000),
                Arbitraries.of(true, false), start, days, days, Arbitraries.integers().between(0, 2), Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 1000)).as((pick, useExisting, firstStart, gap, length, precision, ongoing, where) ->
                plantOverlap(sample, pick, useExisting, firstStart, gap, length, precision, ongoing, where)));
    }

    private static Planted plantOverlap(Sample sample, int pick, boolean useExisting, PartialDate firstStart, int gap,
                                        int length, int precision, boolean ongoing, int where) {
        List<Membership> existing = sample.dataset().memberships().stream()
                .filter(m -> m.startDate() != null && !m.period().endsBeforeStart() && m.startDate().year() < 9000
                        && (m.endDate() == null || m.endDate().earliest().isAfter(m.startDate().latest())))
                .collect(Collectors.toList());
        List<DatasetRecord> records = new ArrayList<>(sample.records());
        Membership first;
        if (useExisting && !existing.isEmpty()) {
            first = existing.get(pick % existing.size());
        } else {
            List<Membership> all = sample.dataset().memberships();
            String org = all.isEmpty() ? "planted.org" : all.get(pick % all.size()).organizationId();
            Party member = all.isEmpty() ? TJ : all.get((pick / 7) % all.size()).member();
            LocalDate end = firstStart.latest().plusDays(gap + (long) length);
            first = Membership.of("planted.first", org, member, MembershipStatus.OBSERVER, firstStart,
                    ongoing ? null : PartialDate.of(end));
            records.add(where % (records.size() + 1), first);
        }
        // the later start: a day after the first one's latest start, on or before its earliest end
        LocalDate from = first.startDate().latest().plusDays(1);
        LocalDate to = first.endDate() == null ? from.plusDays(gap) : first.endDate().earliest();
        LocalDate day = from.plusDays(gap % (to.toEpochDay() - from.toEpochDay() + 1));
        PartialDate laterStart = PartialDate.of(day);
        PartialDate month = PartialDate.ofMonth(day.getYear(), day.getMonthValue());
        PartialDate year = PartialDate.ofYear(day.getYear());
        for (PartialDate wider : precision == 2 ? List.of(year, month) : precision == 1 ? List.of(month) : List.<PartialDate>of()) {
            if (wider.earliest().isAfter(first.startDate().latest()) && !wider.latest().isAfter(to)) {
                laterStart = wider; // still certainly after the first start, and certainly before its end
                break;
            }
        }
        PartialDate laterEnd = ongoing ? null : PartialDate.of(laterStart.latest().plusDays(length));
        // in the same post as the first (or both in none): memberships in different posts may overlap
        Membership later = Membership.builder().id("planted.later").organizationId(first.organizationId())
                .member(first.member()).status(MembershipStatus.MEMBER).postId(first.postId()).startDate(laterStart)
                .endDate(laterEnd).build();
        if (!first.period().certainlyOverlaps(later.period())) {
            throw new AssertionError("the generator planted no certain overlap: " + first + " and " + later);
        }
        records.add((where / 3) % (records.size() + 1), later); // before or after the first one in file order
        List<String> faults = new ArrayList<>(sample.faults());
        faults.add("a membership overlapping " + first.id());
        return new Planted(new Sample(records, faults), "membership-overlap", RecordKind.MEMBERSHIP, "planted.later",
                "start_date");
    }

    /**
     * A period certainly in order, reversed (an existing one of the sample where there is one,
     * else a planted record of a random kind): {@code date-order} on its end field.
     */
    public static Arbitrary<Planted> reversed() {
        Arbitrary<Integer> year = Arbitraries.integers().between(1, 9998);
        return Combinators.combine(faulty(), Arbitraries.integers().between(0, 1000), Arbitraries.of(true, false), year,
                Arbitraries.integers().between(0, 4)).as((sample, pick, useExisting, y, kind) -> {
                    List<DatasetRecord> records = new ArrayList<>(sample.records());
                    Reversal reversal = useExisting ? reversal(records, pick) : null;
                    if (reversal == null) {
                        // a planted record of one of the dated kinds (or a name), dates certainly in order
                        PartialDate start = PartialDate.ofYear(y);
                        PartialDate end = PartialDate.ofMonth(y + 1, 1 + pick % 12);
                        DatasetRecord record = kind == 4
                                ? Organization.builder("planted.reversed", "Named", OrganizationKind.OTHER)
                                        .names(List.of(Name.of("Old", NameKind.FORMER, start, end))).build()
                                : Redate.withPeriod(minimal(kind == 0 ? 4 : kind, "planted.reversed"), start, end);
                        records.add(record);
                        reversal = reversal(List.of(record), 0);
                        records.set(records.size() - 1, reversal.reversed());
                    } else {
                        records.set(reversal.index(), reversal.reversed());
                    }
                    List<String> faults = new ArrayList<>(sample.faults());
                    faults.add("a period reversed");
                    DatasetRecord reversedRecord = reversal.reversed();
                    return new Planted(new Sample(records, faults), "date-order", reversal.kind(), reversedRecord.id(),
                            reversal.field());
                });
    }

    /**
     * A record of a random kind with the id of an existing one: {@code duplicate-id} on the later
     * of the two in dataset order (kinds in the order sources, organizations, field offices,
     * meetings, memberships; the new record comes after the existing ones of its kind).
     */
    public static Arbitrary<Planted> duplicateIdPlanted() {
        return Combinators.combine(faulty(), Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 6))
                .as((sample, pick, kind) -> {
                    List<DatasetRecord> records = sample.dataset().records().toList();
                    DatasetRecord existing = records.isEmpty() ? minimal(0, "planted.dup") : records.get(pick % records.size());
                    DatasetRecord copy = minimal(kind, existing.id());
                    Sample planted = sample.plus("a second record with id " + existing.id(),
                            records.isEmpty() ? List.of(existing, copy) : List.of(copy));
                    RecordKind later = order(copy.recordKind()) >= order(existing.recordKind()) ? copy.recordKind()
                            : existing.recordKind();
                    return new Planted(planted, "duplicate-id", later, existing.id(), "id");
                });
    }

    /** A record's kind's place in dataset order. */
    private static int order(RecordKind kind) {
        return List.of(RecordKind.SOURCE, RecordKind.ORGANIZATION, RecordKind.FIELD_OFFICE, RecordKind.MEETING,
                RecordKind.MEMBERSHIP, RecordKind.PERSON, RecordKind.POST).indexOf(kind);
    }

    /** A reference that names no record: {@code unknown-reference} on the referring record and field. */
    public static Arbitrary<Planted> unknownReferencePlanted() {
        return Combinators.combine(faulty(), Arbitraries.integers().between(0, 5)).as((sample, variant) -> {
            String id = "planted.referring";
            String nothing = "planted.nothing";
            DatasetRecord record;
            String field;
            switch (variant) {
                case 0:
                    record = Membership.of(id, nothing, TJ, MembershipStatus.MEMBER, null, null);
                    field = "organization_id";
                    break;
                case 1:
                    record = FieldOffice.builder(id, nothing, "Office", FieldOfficeKind.MISSION, CountryCode.of("TJ")).build();
                    field = "organization_id";
                    break;
                case 2:
                    record = Meeting.builder(id, "Meeting", MeetingKind.SESSION).hostOfficeId(nothing).build();
                    field = "host_office_id";
                    break;
                case 3:
                    record = Meeting.builder(id, "Meeting", MeetingKind.SESSION).parentId(nothing).build();
                    field = "parent_id";
                    break;
                case 4:
                    record = Organization.builder(id, "Body", OrganizationKind.BODY).parentId(nothing).build();
                    field = "parent_id";
                    break;
                default:
                    record = Membership.of(id, "planted.org", new OrganizationParty(nothing), MembershipStatus.MEMBER, null, null);
                    field = "member";
            }
            List<DatasetRecord> more = new ArrayList<>(List.of(record));
            if (variant == 5) {
                more.add(Organization.builder("planted.org", "Planted", OrganizationKind.INTERGOVERNMENTAL).build());
            }
            return new Planted(sample.plus("a reference to nothing", more), "unknown-reference", record.recordKind(), id, field);
        });
    }

    /**
     * A {@code parent_id} cycle of one to five organizations or meetings: {@code parent-cycle} on
     * each; the planted record reported is the one at {@code pick}.
     */
    public static Arbitrary<Planted> cyclePlanted() {
        return Combinators.combine(faulty(), Arbitraries.integers().between(1, 5), Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 1000)).as((sample, size, organizations, pick) -> {
                    List<DatasetRecord> cycle = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                        String id = "planted.cycle." + i;
                        String parent = "planted.cycle." + ((i + 1) % size);
                        cycle.add(organizations
                                ? Organization.builder(id, "Cycle " + i, OrganizationKind.BODY).parentId(parent).build()
                                : Meeting.builder(id, "Cycle " + i, MeetingKind.SESSION).parentId(parent).build());
                    }
                    DatasetRecord reported = cycle.get(pick % size);
                    return new Planted(sample.plus("a cycle of " + size, cycle), "parent-cycle", reported.recordKind(),
                            reported.id(), "parent_id");
                });
    }
}
