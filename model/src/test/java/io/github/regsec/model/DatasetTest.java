package io.github.regsec.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DatasetTest {

    private static final Party AT = Party.parse("country:AT");
    private static final Party KZ = Party.parse("country:KZ");
    private static final Party MN = Party.parse("country:MN");
    private static final Party RU = Party.parse("country:RU");
    private static final Party SU = Party.parse("country:SU");
    private static final Party TJ = Party.parse("country:TJ");
    private static final Party UZ = Party.parse("country:UZ");
    private static final Party AF = Party.parse("country:AF");
    private static final Party DE = Party.parse("country:DE");
    private static final Party US = Party.parse("country:US");
    private static final Party TM = Party.parse("country:TM");
    private static final Party KG = Party.parse("country:KG");
    private static final Party OSCE = Party.parse("org:osce");
    private static final Party OSCE_FSC = Party.parse("org:osce-fsc");
    private static final Party CSTO = Party.parse("org:csto");
    private static final Party UN = Party.parse("org:un");

    private static final String OSCE_NAME = "Organization for Security and Co-operation in Europe";
    private static final String CSCE_NAME = "Conference on Security and Co-operation in Europe";

    private static final Dataset DATA = centralAsia();

    // ---- the fixture: a small, realistic dataset ----

    private static PartialDate date(String text) {
        return text == null ? null : PartialDate.parse(text);
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    private static Membership membership(String id, String org, Party member, MembershipStatus status, String start,
                                         String end) {
        return Membership.of(id, org, member, status, date(start), date(end));
    }

    private static Meeting.Builder meeting(String id, MeetingKind kind, String start, String end) {
        return Meeting.builder(id, id.replace('-', ' '), kind).startDate(date(start)).endDate(date(end));
    }

    /**
     * The records are added in a mixed order on purpose: the dataset keeps its kind order
     * whatever the order of adding.
     */
    private static Dataset centralAsia() {
        Dataset.Builder b = Dataset.builder();
        b.add(new Source("osce-factsheet", "What is the OSCE?", null, "OSCE", date("2023"), null, null, null));
        b.add(Organization.builder("osce", OSCE_NAME, OrganizationKind.INTERGOVERNMENTAL)
                .acronym("OSCE").foundingDate(date("1975-08-01"))
                .addName(Name.of(CSCE_NAME, NameKind.FORMER, date("1975"), date("1994")))
                .addName(new Name("ОБСЕ", NameKind.TRANSLATION, "ru", null, null, null, null))
                .addName(Name.of("Helsinki process", NameKind.FORMER, null, null))
                .addName(Name.of("CSCE", NameKind.ACRONYM, date("1975"), date("1994")))
                .build());
        b.add(Organization.builder("osce-fsc", "OSCE Forum for Security Co-operation", OrganizationKind.BODY)
                .parentId("osce").foundingDate(date("1992-09-22")).build());
        b.add(Organization.builder("osce-odihr", "OSCE Office for Democratic Institutions and Human Rights",
                OrganizationKind.BODY).parentId("osce").foundingDate(date("1990-11")).build());
        b.add(Organization.builder("odihr-tnd", "ODIHR Tolerance and Non-Discrimination programme",
                OrganizationKind.PROGRAMME).parentId("osce-odihr").build());
        b.add(Organization.builder("csto", "Collective Security Treaty Organization", OrganizationKind.INTERGOVERNMENTAL)
                .foundingDate(date("2002-10-07")).build());
        b.add(Organization.builder("un", "United Nations", OrganizationKind.INTERGOVERNMENTAL)
                .foundingDate(date("1945-10-24")).build());
        b.add(Organization.builder("tj-mfa", "Ministry of Foreign Affairs of Tajikistan", OrganizationKind.GOVERNMENT)
                .country(CountryCode.parse("TJ")).build());

        b.add(FieldOffice.builder("osce-po-dushanbe", "osce", "OSCE Programme Office in Dushanbe",
                        FieldOfficeKind.PROGRAMME_OFFICE, CountryCode.parse("TJ"))
                .city("Dushanbe").openingDate(date("1994-02"))
                .addName(Name.of("OSCE Mission to Tajikistan", NameKind.FORMER, date("1994-02"), date("2002")))
                .addName(Name.of("OSCE Centre in Dushanbe", NameKind.FORMER, date("2002-10-31"), date("2008-06")))
                .addName(Name.of("OSCE Office in Tajikistan", NameKind.FORMER, date("2008-06"), date("2017-06")))
                .build());
        b.add(FieldOffice.builder("osce-fo-garm", "osce", "OSCE Field Office in Garm", FieldOfficeKind.OFFICE,
                CountryCode.parse("TJ")).openingDate(date("1995")).closingDate(date("2008")).build());
        b.add(FieldOffice.builder("osce-office-minsk", "osce", "OSCE Office in Minsk", FieldOfficeKind.OFFICE,
                        CountryCode.parse("BY"))
                .openingDate(date("2003-01-01")).closingDate(date("2011-03-31")).build());
        b.add(FieldOffice.builder("unrcca", "un", "UN Regional Centre for Preventive Diplomacy for Central Asia",
                        FieldOfficeKind.REGIONAL_CENTRE, CountryCode.parse("TM"))
                .city("Ashgabat").openingDate(date("2007-12-10")).build());

        // memberships, added before the meetings on purpose
        b.add(membership("osce-at", "osce", AT, MembershipStatus.MEMBER, "1973", null));
        b.add(membership("osce-su", "osce", SU, MembershipStatus.MEMBER, "1973", "1991"));
        b.add(membership("osce-ru", "osce", RU, MembershipStatus.MEMBER, "1992-01-01", null));
        b.add(membership("osce-kz", "osce", KZ, MembershipStatus.MEMBER, "1992-01-30", null));
        b.add(membership("osce-tj", "osce", TJ, MembershipStatus.MEMBER, "1992-01-30", null));
        b.add(membership("osce-uz", "osce", UZ, MembershipStatus.MEMBER, "1992-01-30", null));
        b.add(membership("osce-mn-partner", "osce", MN, MembershipStatus.PARTNER, "2004-12-01", "2012-11-20"));
        b.add(membership("osce-mn", "osce", MN, MembershipStatus.MEMBER, "2012-11-21", null));
        b.add(membership("osce-af-partner", "osce", AF, MembershipStatus.PARTNER, "2003", null));
        b.add(membership("csto-kz", "csto", KZ, MembershipStatus.MEMBER, "2002-10-07", null));
        b.add(membership("csto-tj", "csto", TJ, MembershipStatus.MEMBER, "2002-10-07", null));
        b.add(membership("csto-uz", "csto", UZ, MembershipStatus.MEMBER, "2006-06-23", "2012-12-19"));
        b.add(membership("un-uz", "un", UZ, MembershipStatus.MEMBER, null, null));

        b.add(meeting("fsc-session-2019", MeetingKind.SESSION, "2019-07-17", null)
                .addConvenor(OSCE_FSC).chair(TJ).addTopic("arms-control").build());
        b.add(meeting("bm-conference-2019", MeetingKind.CONFERENCE, "2019-10-01", "2019-10-02")
                .addConvenor(OSCE).addSupporter(DE).hostOfficeId("osce-po-dushanbe")
                .addParticipant(new Participant(null, "Deputy Minister", KZ, null, null))
                .addParticipant(new Participant(null, "Deputy Secretary General", CSTO, ParticipationMode.VIDEO, null))
                .addParticipant(new Participant("A. Expert", null, null, null, null))
                .build());
        b.add(meeting("bm-side-event-2019", MeetingKind.WORKSHOP, "2019-10-01", null)
                .parentId("bm-conference-2019").addConvenor(US).build());
        b.add(meeting("csto-summit-2019", MeetingKind.SUMMIT, "2019-11-28", null)
                .addConvenor(CSTO).chair(KG).country(CountryCode.parse("KG")).build());
        b.add(meeting("tnd-seminar-2020", MeetingKind.SEMINAR, "2020-03-05", "2020-03-06")
                .addConvenor(Party.parse("org:odihr-tnd")).build());
        b.add(meeting("unrcca-training-2021", MeetingKind.TRAINING, "2021", null)
                .addConvenor(TM).hostOfficeId("unrcca").build());
        b.add(meeting("visit-2025-02", MeetingKind.OFFICIAL_VISIT, "2025-02", null)
                .addConvenor(Party.parse("org:tj-mfa")).hostOfficeId("osce-po-dushanbe").build());
        b.add(meeting("undated-consultation", MeetingKind.OTHER, null, null).addConvenor(OSCE).chair(TJ).build());
        b.add(meeting("report-2018", MeetingKind.FORUM, null, "2018-05-20").addConvenor(CSTO).build());
        b.add(meeting("ghost-hosted", MeetingKind.OTHER, "2016-04-04", null).hostOfficeId("no-such-office").build());
        return b.build();
    }

    private static List<String> ids(List<? extends DatasetRecord> records) {
        return records.stream().map(DatasetRecord::id).collect(Collectors.toList());
    }

    private static List<String> texts(List<Party> parties) {
        return parties.stream().map(Party::text).collect(Collectors.toList());
    }

    // ---- the records ----

    @Test
    void keepsRecordsInDatasetOrderWhateverTheOrderOfAdding() {
        assertThat(DATA.records().map(DatasetRecord::recordKind).distinct())
                .containsExactly(RecordKind.SOURCE, RecordKind.ORGANIZATION, RecordKind.FIELD_OFFICE,
                        RecordKind.MEETING, RecordKind.MEMBERSHIP);
        assertThat(ids(DATA.organizations()))
                .containsExactly("osce", "osce-fsc", "osce-odihr", "odihr-tnd", "csto", "un", "tj-mfa");
        assertThat(DATA.records().map(DatasetRecord::id).skip(12).limit(2)).containsExactly("fsc-session-2019",
                "bm-conference-2019");
        assertThat(DATA.records().count()).isEqualTo(DATA.size());
        assertThat(DATA.size()).isEqualTo(1 + 7 + 4 + 10 + 13);
    }

    @Test
    void addAllAddsEachRecordByKind() {
        Dataset copy = Dataset.builder().addAll(DATA.records().collect(Collectors.toList())).build();
        assertThat(copy.records()).containsExactlyElementsOf(DATA.records().collect(Collectors.toList()));
        assertThat(copy.memberships()).isEqualTo(DATA.memberships());
    }

    @Test
    void addAllTakesRunsOfOneKindInTheirOrderAndStopsAtANull() {
        List<DatasetRecord> mixed = new ArrayList<>(DATA.memberships().subList(0, 3));
        mixed.addAll(DATA.organizations().subList(0, 2));
        mixed.add(DATA.memberships().get(3));
        Dataset copy = Dataset.builder().addAll(mixed).build();
        assertThat(copy.memberships()).containsExactly(DATA.memberships().get(0), DATA.memberships().get(1),
                DATA.memberships().get(2), DATA.memberships().get(3));
        assertThat(copy.organizations()).containsExactlyElementsOf(DATA.organizations().subList(0, 2));

        List<DatasetRecord> withNull = new ArrayList<>(DATA.memberships().subList(0, 2));
        withNull.add(null);
        withNull.add(DATA.memberships().get(2));
        Dataset.Builder builder = Dataset.builder();
        assertThatThrownBy(() -> builder.addAll(withNull)).isInstanceOf(NullPointerException.class);
        assertThat(builder.build().memberships()).containsExactlyElementsOf(DATA.memberships().subList(0, 2));
    }

    @Test
    void emptyDatasetHasNothing() {
        Dataset empty = Dataset.empty();
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.size()).isZero();
        assertThat(empty.records()).isEmpty();
        assertThat(empty.meetingsByDate()).isEmpty();
        assertThat(empty.meetingsBetween(null, null)).isEmpty();
        assertThatThrownBy(() -> empty.membersOn("osce", day("2019-07-17"))).isInstanceOf(UnknownRecordException.class);
        assertThat(Dataset.builder().build().isEmpty()).isTrue();
        assertThat(DATA.isEmpty()).isFalse();
        assertThat(empty).hasToString("Dataset[0 sources, 0 organizations, 0 field offices, 0 meetings, 0 memberships, 0 persons, 0 posts]");
    }

    @Test
    void anOrganizationIdTheDatasetDoesNotKnowIsAnExceptionNamingTheIdAndCloseIds() {
        assertThatThrownBy(() -> DATA.membersOn("nato", day("2019-07-17")))
                .isInstanceOf(UnknownRecordException.class).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no organization 'nato' in this dataset");
        assertThatThrownBy(() -> DATA.memberPartiesOn("osec", day("2019-07-17")))
                .isInstanceOfSatisfying(UnknownRecordException.class, e -> {
                    assertThat(e.id()).isEqualTo("osec");
                    assertThat(e.kind()).isEqualTo(RecordKind.ORGANIZATION);
                    assertThat(e.closeIds()).startsWith("osce");
                })
                .hasMessageStartingWith("no organization 'osec' in this dataset; did you mean 'osce'");
        assertThatThrownBy(() -> DATA.memberCountriesOn("CSTO", day("2019-07-17")))
                .hasMessageContaining("did you mean 'csto'");
    }

    @Test
    void anOrganizationWhoseIdAnEarlierRecordOfAnotherKindSharesIsKnown() {
        // ids are unique per dataset, but a faulty one may give a source and an organization one id
        Dataset shared = Dataset.builder()
                .add(new Source("sco", "A source", null, null, null, null, null, null))
                .add(Organization.builder("sco", "Shanghai Cooperation Organisation", OrganizationKind.INTERGOVERNMENTAL)
                        .build())
                .build();
        assertThat(shared.membersOn("sco", day("2019-07-17"))).isEmpty();
        assertThat(shared.memberPartiesOn("sco", day("2019-07-17")).possible()).isEmpty();
    }

    @Test
    void anOrganizationOnlyMembershipsNameIsKnownAndAnswered() {
        // an importer of member lists (the example country-list) gives memberships without organization records
        Dataset lists = Dataset.builder().add(Membership.of("m1", "sco", TJ, MembershipStatus.MEMBER, null, null)).build();
        assertThat(lists.membersOn("sco", day("2019-07-17")).possible()).hasSize(1);
        assertThat(DATA.membersOn("csto", day("1990-01-01"))).isEmpty(); // known, no member that day
    }

    @Test
    void builderRefusesNull() {
        assertThatThrownBy(() -> Dataset.builder().add(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aBuiltDatasetDoesNotChangeWhenTheBuilderGoesOn() {
        Dataset.Builder builder = Dataset.builder().add(DATA.organization("osce").orElseThrow());
        Dataset first = builder.build();
        builder.add(DATA.organization("csto").orElseThrow());
        assertThat(ids(first.organizations())).containsExactly("osce");
        assertThat(ids(builder.build().organizations())).containsExactly("osce", "csto");
    }

    @Test
    void listsItGivesOutCannotBeChanged() {
        Membership extra = Membership.of("x", "osce", TJ, MembershipStatus.MEMBER, null, null);
        Meeting anyMeeting = DATA.meetings().get(0);
        assertThatThrownBy(() -> DATA.sources().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> DATA.organizations().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> DATA.fieldOffices().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> DATA.meetings().add(anyMeeting)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> DATA.memberships().add(extra)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> DATA.membershipsIn("osce").add(extra)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> DATA.membersOn("osce", day("2019-07-17")).add(extra))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> DATA.membersOn("osce", day("2019-07-17"), null).clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> DATA.memberPartiesOn("osce", day("2019-07-17")).clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> DATA.memberCountriesOn("osce", day("2019-07-17")).clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> DATA.membershipsOf(UZ).add(extra)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> DATA.fieldOfficesOf("osce").clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> DATA.fieldOfficesOf("osce", day("2019-07-17")).clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> DATA.fieldOfficesIn(CountryCode.parse("TJ")).clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> DATA.fieldOfficesIn(CountryCode.parse("TJ"), day("2019-07-17")).clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> DATA.childrenOf("osce").clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> DATA.sideEventsOf("bm-conference-2019").clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> DATA.meetingsByDate().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> DATA.meetingsBetween(null, null).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> DATA.meetingsInvolving(OSCE).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> DATA.meetingsInvolving().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(ids(DATA.membershipsIn("osce"))).hasSize(9);
    }

    // ---- lookups by id ----

    @Test
    void findsEachRecordByIdAndKind() {
        assertThat(DATA.source("osce-factsheet")).get().extracting(Source::title).isEqualTo("What is the OSCE?");
        assertThat(DATA.organization("csto")).get().extracting(Organization::name)
                .isEqualTo("Collective Security Treaty Organization");
        assertThat(DATA.fieldOffice("unrcca")).get().extracting(FieldOffice::city).isEqualTo("Ashgabat");
        assertThat(DATA.meeting("csto-summit-2019")).get().extracting(Meeting::kind).isEqualTo(MeetingKind.SUMMIT);
        assertThat(DATA.membership("csto-uz")).get().extracting(Membership::member).isEqualTo(UZ);
        assertThat(DATA.record("osce-po-dushanbe")).get().extracting(DatasetRecord::recordKind)
                .isEqualTo(RecordKind.FIELD_OFFICE);
    }

    @Test
    void lookupOfTheWrongKindOrAnUnknownIdIsEmpty() {
        assertThat(DATA.meeting("osce")).isEmpty();
        assertThat(DATA.organization("osce-po-dushanbe")).isEmpty();
        assertThat(DATA.fieldOffice("csto-uz")).isEmpty();
        assertThat(DATA.membership("osce-factsheet")).isEmpty();
        assertThat(DATA.source("csto")).isEmpty();
        assertThat(DATA.record("no-such-id")).isEmpty();
        assertThat(DATA.organization("OSCE")).as("ids are case-sensitive").isEmpty();
    }

    @Test
    void firstOfDuplicateIdsWinsInDatasetOrder() {
        Organization first = Organization.builder("dup", "First", OrganizationKind.OTHER).build();
        Organization second = Organization.builder("dup", "Second", OrganizationKind.OTHER).build();
        Meeting meeting = Meeting.builder("dup", "A meeting", MeetingKind.OTHER).build();
        Source source = new Source("dup", "A source", null, null, null, null, null, null);
        // added meeting first, but organizations and sources come before meetings in dataset order
        Dataset dataset = Dataset.builder().add(meeting).add(first).add(second).add(source).build();
        assertThat(dataset.record("dup")).containsSame(source);
        assertThat(dataset.source("dup")).containsSame(source);
        assertThat(dataset.organization("dup")).as("the source holds the id").isEmpty();
        assertThat(dataset.meeting("dup")).isEmpty();
        Dataset organizationsOnly = Dataset.builder().add(first).add(second).build();
        assertThat(organizationsOnly.organization("dup")).containsSame(first);
        assertThat(organizationsOnly.organizations()).containsExactly(first, second);
    }

    // ---- memberships ----

    @Test
    void membersOnADayAreThoseWhoseMembershipIsActive() {
        assertThat(DATA.membersOn("osce", day("2019-07-17")).stream().map(Membership::member).map(Party::text))
                .containsExactly("country:AT", "country:RU", "country:KZ", "country:TJ", "country:UZ", "country:MN");
    }

    @Test
    void yearPrecisionJoinIsPossibleFromTheFirstOfJanuaryAndCertainFromTheThirtyFirstOfDecember() {
        assertThat(DATA.memberPartiesOn("osce", day("1972-12-31")).isNone()).isTrue();
        assertThat(DATA.memberPartiesOn("osce", day("1973-01-01"))).isEmpty();
        assertThat(DATA.memberPartiesOn("osce", day("1973-01-01")).possible()).containsExactly(AT, SU);
        assertThat(DATA.memberPartiesOn("osce", day("1973-12-31"))).containsExactly(AT, SU);
    }

    @Test
    void yearPrecisionEndIsPossibleThroughTheThirtyFirstOfDecember() {
        assertThat(DATA.memberPartiesOn("osce", day("1991-01-01"))).containsExactly(AT, SU);
        assertThat(DATA.memberPartiesOn("osce", day("1991-12-31"))).containsExactly(AT);
        assertThat(DATA.memberPartiesOn("osce", day("1991-12-31")).possible()).containsExactly(SU);
        assertThat(DATA.memberPartiesOn("osce", day("1992-01-01"))).containsExactly(AT, RU);
    }

    @Test
    void dayPrecisionJoinCountsFromThatDay() {
        assertThat(DATA.memberPartiesOn("osce", day("1992-01-29"))).doesNotContain(TJ);
        assertThat(DATA.memberPartiesOn("osce", day("1992-01-30"))).containsExactly(AT, KZ, RU, TJ, UZ);
        assertThat(DATA.memberPartiesOn("osce", day("2012-11-20"))).doesNotContain(MN);
        assertThat(DATA.memberPartiesOn("osce", day("2012-11-21"))).contains(MN);
    }

    @Test
    void membersOnFiltersByStatus() {
        assertThat(DATA.membersOn("osce", day("2012-11-20"), MembershipStatus.PARTNER))
                .extracting(Membership::id).containsExactly("osce-mn-partner", "osce-af-partner");
        assertThat(DATA.membersOn("osce", day("2012-11-21"), MembershipStatus.PARTNER))
                .extracting(Membership::id).containsExactly("osce-af-partner");
        assertThat(DATA.membersOn("osce", day("2012-11-21"), MembershipStatus.OBSERVER)).isEmpty();
        assertThat(DATA.membersOn("osce", day("2012-11-21"))).isEqualTo(
                DATA.membersOn("osce", day("2012-11-21"), MembershipStatus.MEMBER));
    }

    @Test
    void membersOnWithoutStatusGivesEveryStatusInDatasetOrder() {
        assertThat(DATA.membersOn("osce", day("2010-01-01"), null)).extracting(Membership::id)
                .containsExactly("osce-at", "osce-ru", "osce-kz", "osce-tj", "osce-uz", "osce-mn-partner",
                        "osce-af-partner");
    }

    @Test
    void cstoMembershipOfUzbekistanRanFrom2006To2012() {
        assertThat(DATA.memberPartiesOn("csto", day("2006-06-22"))).containsExactly(KZ, TJ);
        assertThat(DATA.memberPartiesOn("csto", day("2006-06-23"))).containsExactly(KZ, TJ, UZ);
        assertThat(DATA.memberPartiesOn("csto", day("2012-12-19"))).containsExactly(KZ, TJ, UZ);
        assertThat(DATA.memberPartiesOn("csto", day("2012-12-20"))).containsExactly(KZ, TJ);
    }

    @Test
    void unknownStartMeansPossiblyActiveOnEveryDayUntilTheEnd() {
        assertThat(DATA.memberPartiesOn("un", day("1900-01-01"))).isEmpty();
        assertThat(DATA.memberPartiesOn("un", day("1900-01-01")).possible()).containsExactly(UZ);
        assertThat(DATA.memberPartiesOn("un", day("2099-01-01")).possible()).containsExactly(UZ);
    }

    @Test
    void membershipsOfAnUnknownOrganizationAreNoneButItsMembersOnADayAreAnError() {
        assertThatThrownBy(() -> DATA.membersOn("nato", day("2019-07-17"))).isInstanceOf(UnknownRecordException.class);
        assertThat(DATA.membershipsIn("nato")).isEmpty();
        assertThatThrownBy(() -> DATA.membersOn("osce", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void memberPartiesAreSortedAndDistinct() {
        Dataset dataset = Dataset.builder()
                .add(membership("b", "osce", TJ, MembershipStatus.MEMBER, "1992-01-30", null))
                .add(membership("a", "osce", AT, MembershipStatus.MEMBER, "1973", null))
                .add(membership("c", "osce", TJ, MembershipStatus.MEMBER, "1995", null))
                .add(membership("d", "osce", OSCE_FSC, MembershipStatus.MEMBER, "1995", null))
                .build();
        assertThat(texts(dataset.memberPartiesOn("osce", day("2019-07-17"))))
                .containsExactly("country:AT", "country:TJ", "org:osce-fsc");
        assertThat(dataset.memberCountriesOn("osce", day("2019-07-17")))
                .containsExactly(CountryCode.parse("AT"), CountryCode.parse("TJ"));
        assertThat(dataset.membersOn("osce", day("2019-07-17"))).extracting(Membership::id)
                .containsExactly("b", "a", "c", "d");
    }

    @Test
    void memberCountriesOnAreTheFullMembersCountryCodes() {
        assertThat(DATA.memberCountriesOn("osce", day("2012-11-21"))).extracting(CountryCode::alpha2)
                .containsExactly("AT", "KZ", "MN", "RU", "TJ", "UZ");
    }

    @Test
    void membershipsOfAPartyAreOrderedByStartUnknownFirst() {
        assertThat(DATA.membershipsOf(UZ)).extracting(Membership::id).containsExactly("un-uz", "osce-uz", "csto-uz");
        assertThat(DATA.membershipsOf(MN)).extracting(Membership::id).containsExactly("osce-mn-partner", "osce-mn");
        assertThat(DATA.membershipsOf(Party.parse("country:uzb"))).isEqualTo(DATA.membershipsOf(UZ));
        assertThat(DATA.membershipsOf(Party.parse("country:FR"))).isEmpty();
    }

    @Test
    void membershipsOfAnOrganizationParty() {
        Membership csto = membership("csto-observer", "un", CSTO, MembershipStatus.OBSERVER, "2004-12-02", null);
        Dataset dataset = Dataset.builder().add(csto).build();
        assertThat(dataset.membershipsOf(CSTO)).containsExactly(csto);
        assertThat(dataset.membershipsOf(UN)).isEmpty();
    }

    @Test
    void membershipsInAnOrganizationKeepDatasetOrder() {
        assertThat(DATA.membershipsIn("csto")).extracting(Membership::id).containsExactly("csto-kz", "csto-tj", "csto-uz");
    }

    // ---- field offices ----

    @Test
    void fieldOfficesOfAnOrganizationInDatasetOrder() {
        assertThat(ids(DATA.fieldOfficesOf("osce"))).containsExactly("osce-po-dushanbe", "osce-fo-garm",
                "osce-office-minsk");
        assertThat(ids(DATA.fieldOfficesOf("un"))).containsExactly("unrcca");
        assertThat(DATA.fieldOfficesOf("csto")).isEmpty();
    }

    @Test
    void fieldOfficesOfAnOrganizationOpenOnADay() {
        assertThat(ids(eitherWay(DATA.fieldOfficesOf("osce", day("1994-01-31")), DATA.fieldOffices()))).isEmpty();
        assertThat(ids(eitherWay(DATA.fieldOfficesOf("osce", day("1994-02-01")), DATA.fieldOffices()))).containsExactly("osce-po-dushanbe");
        assertThat(ids(eitherWay(DATA.fieldOfficesOf("osce", day("2008-12-31")), DATA.fieldOffices())))
                .containsExactly("osce-po-dushanbe", "osce-fo-garm", "osce-office-minsk");
        assertThat(ids(eitherWay(DATA.fieldOfficesOf("osce", day("2009-01-01")), DATA.fieldOffices())))
                .containsExactly("osce-po-dushanbe", "osce-office-minsk");
        assertThat(ids(eitherWay(DATA.fieldOfficesOf("osce", day("2011-03-31")), DATA.fieldOffices())))
                .containsExactly("osce-po-dushanbe", "osce-office-minsk");
        assertThat(ids(eitherWay(DATA.fieldOfficesOf("osce", day("2011-04-01")), DATA.fieldOffices()))).containsExactly("osce-po-dushanbe");
    }

    @Test
    void anOfficeOpenedInAMonthIsOnlyPossiblyOpenInThatMonth() {
        assertThat(DATA.fieldOfficesOf("osce", day("1994-02-01"))).isEmpty();
        assertThat(ids(DATA.fieldOfficesOf("osce", day("1994-02-01")).possible())).containsExactly("osce-po-dushanbe");
        assertThat(ids(DATA.fieldOfficesOf("osce", day("1994-02-28")))).containsExactly("osce-po-dushanbe");
    }

    @Test
    void fieldOfficesInACountry() {
        CountryCode tajikistan = CountryCode.parse("tjk");
        assertThat(ids(DATA.fieldOfficesIn(tajikistan))).containsExactly("osce-po-dushanbe", "osce-fo-garm");
        assertThat(ids(eitherWay(DATA.fieldOfficesIn(tajikistan, day("1995-01-01")), DATA.fieldOffices())))
                .containsExactly("osce-po-dushanbe", "osce-fo-garm");
        assertThat(ids(eitherWay(DATA.fieldOfficesIn(tajikistan, day("2019-07-17")), DATA.fieldOffices()))).containsExactly("osce-po-dushanbe");
        assertThat(ids(eitherWay(DATA.fieldOfficesIn(CountryCode.parse("TM"), day("2007-12-09")), DATA.fieldOffices()))).isEmpty();
        assertThat(ids(eitherWay(DATA.fieldOfficesIn(CountryCode.parse("TM"), day("2007-12-10")), DATA.fieldOffices()))).containsExactly("unrcca");
        assertThat(DATA.fieldOfficesIn(CountryCode.parse("KG"))).isEmpty();
        assertThatThrownBy(() -> DATA.fieldOfficesIn(tajikistan, null)).isInstanceOf(NullPointerException.class);
    }

    // ---- names ----

    @Test
    void formerNameWithYearPrecisionEndIsOnlyPossiblyTheNameInThatYear() {
        assertThat(DATA.nameOn("osce", day("1980-01-01"))).contains(CSCE_NAME);
        assertThat(DATA.nameOn("osce", day("1994-12-31"))).isEmpty();
        assertThat(DATA.namesOn("osce", day("1994-12-31")).possible()).containsExactly(CSCE_NAME, OSCE_NAME);
        assertThat(DATA.nameOn("osce", day("1995-01-01"))).contains(OSCE_NAME);
        assertThat(DATA.nameOn("osce", day("2005-06-01"))).contains(OSCE_NAME);
        assertThat(DATA.nameOn("osce", LocalDate.now())).contains(OSCE_NAME);
    }

    @Test
    void beforeAFormerNameStartedTheCurrentNameIsGiven() {
        assertThat(DATA.nameOn("osce", day("1960-01-01"))).contains(OSCE_NAME);
    }

    @Test
    void translationsAcronymsAndUndatedFormerNamesAreNeverTheNameOnADay() {
        // "ОБСЕ" (translation, no dates) and "Helsinki process" (former, no dates) are active on every
        // day by their periods, but are not what the organization was called; the acronym "CSCE" is
        // not a name either
        for (String d : List.of("1960-01-01", "1980-01-01", "2005-01-01", "2026-11-28")) {
            assertThat(DATA.nameOn("osce", day(d))).get().isIn(OSCE_NAME, CSCE_NAME);
        }
    }

    @Test
    void fieldOfficeNameHistory() {
        assertThat(DATA.nameOn("osce-po-dushanbe", day("2000-05-01"))).contains("OSCE Mission to Tajikistan");
        assertThat(DATA.nameOn("osce-po-dushanbe", day("2005-01-01"))).contains("OSCE Centre in Dushanbe");
        assertThat(DATA.nameOn("osce-po-dushanbe", day("2012-01-01"))).contains("OSCE Office in Tajikistan");
        assertThat(DATA.nameOn("osce-po-dushanbe", day("2017-07-01"))).contains("OSCE Programme Office in Dushanbe");
        assertThat(DATA.nameOn("osce-fo-garm", day("2000-01-01"))).contains("OSCE Field Office in Garm");
    }

    @Test
    void aNameCertainlyInUseIsTheNameAndOnesPossiblyInUseArePossible() {
        // "Mission" ends 2002 (through 2002-12-31), "Centre" starts 2002-10-31
        assertThat(DATA.nameOn("osce-po-dushanbe", day("2001-12-31"))).contains("OSCE Mission to Tajikistan");
        assertThat(DATA.nameOn("osce-po-dushanbe", day("2002-11-15"))).contains("OSCE Centre in Dushanbe");
        assertThat(DATA.namesOn("osce-po-dushanbe", day("2002-11-15")).possible())
                .containsExactly("OSCE Mission to Tajikistan");
        assertThat(DATA.nameOn("osce-po-dushanbe", day("2003-01-01"))).contains("OSCE Centre in Dushanbe");
        // "Centre" ends 2008-06 (through 2008-06-30), "Office" starts 2008-06 (from 2008-06-01)
        assertThat(DATA.namesOn("osce-po-dushanbe", day("2008-06-15")).possible()).contains("OSCE Office in Tajikistan");
    }

    @Test
    void nameOnIsEmptyForIdsThatAreNotOrganizationsOrFieldOffices() {
        assertThat(DATA.nameOn("fsc-session-2019", day("2019-07-17"))).isEmpty();
        assertThat(DATA.nameOn("osce-tj", day("2019-07-17"))).isEmpty();
        assertThat(DATA.nameOn("no-such-id", day("2019-07-17"))).isEmpty();
    }

    // ---- hierarchy ----

    @Test
    void childrenOfAnOrganizationAreItsBodiesAndProgrammes() {
        assertThat(ids(DATA.childrenOf("osce"))).containsExactly("osce-fsc", "osce-odihr");
        assertThat(ids(DATA.childrenOf("osce-odihr"))).containsExactly("odihr-tnd");
        assertThat(DATA.childrenOf("csto")).isEmpty();
        assertThat(DATA.childrenOf("no-such-id")).isEmpty();
    }

    @Test
    void sideEventsOfAMeeting() {
        assertThat(ids(DATA.sideEventsOf("bm-conference-2019"))).containsExactly("bm-side-event-2019");
        assertThat(DATA.sideEventsOf("bm-side-event-2019")).isEmpty();
        assertThat(DATA.sideEventsOf("csto-summit-2019")).isEmpty();
    }

    @Test
    void organizationAndDescendantsAtAnyDepth() {
        assertThat(DATA.organizationAndDescendants("osce"))
                .containsExactlyInAnyOrder("osce", "osce-fsc", "osce-odihr", "odihr-tnd");
        assertThat(DATA.organizationAndDescendants("osce-odihr")).containsExactlyInAnyOrder("osce-odihr", "odihr-tnd");
        assertThat(DATA.organizationAndDescendants("csto")).containsExactly("csto");
        assertThat(DATA.organizationAndDescendants("no-such-id")).containsExactly("no-such-id");
    }

    @Test
    void organizationAndDescendantsTerminatesOnACycle() {
        Dataset cyclic = Dataset.builder()
                .add(Organization.builder("a", "A", OrganizationKind.BODY).parentId("c").build())
                .add(Organization.builder("b", "B", OrganizationKind.BODY).parentId("a").build())
                .add(Organization.builder("c", "C", OrganizationKind.BODY).parentId("b").build())
                .add(Organization.builder("self", "Self", OrganizationKind.BODY).parentId("self").build())
                .add(Meeting.builder("m", "M", MeetingKind.SESSION).addConvenor(Party.parse("org:b")).build())
                .build();
        assertThat(cyclic.organizationAndDescendants("a")).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(cyclic.organizationAndDescendants("self")).containsExactly("self");
        assertThat(cyclic.meetingsInvolving(Party.parse("org:c"))).extracting(Meeting::id).containsExactly("m");
    }

    // ---- meetings by date ----

    @Test
    void meetingsByDateAreInDateOrderUndatedLast() {
        assertThat(ids(DATA.meetingsByDate())).containsExactly("ghost-hosted", "report-2018", "fsc-session-2019",
                "bm-conference-2019", "bm-side-event-2019", "csto-summit-2019", "tnd-seminar-2020",
                "unrcca-training-2021", "visit-2025-02", "undated-consultation");
    }

    @Test
    void meetingsOnTheSameFirstDayKeepDatasetOrder() {
        Meeting year = Meeting.builder("year", "Y", MeetingKind.OTHER).startDate(date("2019")).build();
        Meeting day = Meeting.builder("day", "D", MeetingKind.OTHER).startDate(date("2019-01-01")).build();
        Meeting month = Meeting.builder("month", "M", MeetingKind.OTHER).startDate(date("2019-01")).build();
        assertThat(ids(Dataset.builder().add(day).add(year).add(month).build().meetingsByDate()))
                .containsExactly("day", "year", "month");
    }

    @Test
    void meetingsBetweenOpenBoundsAreEveryDatedMeeting() {
        List<String> dated = ids(DATA.meetingsByDate()).subList(0, 9);
        assertThat(ids(possiblyBetween(null, null))).containsExactlyElementsOf(dated)
                .doesNotContain("undated-consultation");
    }

    @Test
    void meetingsBetweenIncludesBothBoundDays() {
        assertThat(ids(DATA.meetingsBetween(day("2019-07-17"), day("2019-07-17")))).containsExactly("fsc-session-2019");
        assertThat(ids(DATA.meetingsBetween(day("2019-07-18"), day("2019-09-30")))).isEmpty();
        assertThat(ids(DATA.meetingsBetween(day("2019-10-02"), day("2019-10-02")))).containsExactly("bm-conference-2019");
    }

    /** What is certainly or possibly in the answer, in the order of {@code order}. */
    private static <T> List<T> eitherWay(Answer<T> answer, List<T> order) {
        return order.stream().filter(x -> answer.certain().contains(x) || answer.possible().contains(x)).toList();
    }

    private static List<Meeting> possiblyBetween(LocalDate from, LocalDate to) {
        return eitherWay(DATA.meetingsBetween(from, to), DATA.meetingsByDate());
    }

    @Test
    void meetingsBetweenWithOneOpenBound() {
        assertThat(ids(possiblyBetween(day("2019-10-02"), null))).containsExactly("bm-conference-2019",
                "csto-summit-2019", "tnd-seminar-2020", "unrcca-training-2021", "visit-2025-02");
        assertThat(ids(possiblyBetween(null, day("2019-07-17"))))
                .containsExactly("ghost-hosted", "report-2018", "fsc-session-2019");
    }

    @Test
    void meetingWithoutEndLastsItsStartDay() {
        assertThat(ids(DATA.meetingsBetween(day("2019-10-02"), day("2019-10-31")))).doesNotContain("bm-side-event-2019");
        assertThat(ids(DATA.meetingsBetween(day("2019-10-01"), day("2019-10-01"))))
                .containsExactly("bm-conference-2019", "bm-side-event-2019");
    }

    @Test
    void meetingWithOnlyAnEndDateTakesPlaceOnThatDate() {
        assertThat(ids(possiblyBetween(day("2018-05-20"), day("2018-05-20")))).containsExactly("report-2018");
        assertThat(ids(possiblyBetween(day("2018-05-21"), day("2018-12-31")))).isEmpty();
        assertThat(ids(possiblyBetween(day("2018-01-01"), day("2018-05-19")))).isEmpty();
    }

    @Test
    void reducedPrecisionMeetingIsInEveryRangeItMayHaveTakenPlaceIn() {
        assertThat(ids(possiblyBetween(day("2021-06-01"), day("2021-06-30")))).containsExactly("unrcca-training-2021");
        assertThat(ids(possiblyBetween(day("2021-12-31"), day("2022-01-31")))).containsExactly("unrcca-training-2021");
        assertThat(ids(possiblyBetween(day("2022-01-01"), day("2024-12-31")))).isEmpty();
        assertThat(ids(possiblyBetween(day("2025-02-28"), day("2025-03-10")))).containsExactly("visit-2025-02");
        assertThat(ids(possiblyBetween(day("2025-03-01"), null))).isEmpty();
        assertThat(ids(possiblyBetween(day("2024-12-01"), day("2025-01-31")))).isEmpty();
    }

    @Test
    void meetingsBetweenAFromAfterTheToIsEmpty() {
        assertThat(DATA.meetingsBetween(day("2021-08-01"), day("2021-07-01"))).isEmpty();
    }

    // ---- meetings involving parties ----

    @Test
    void organizationTakesPartAsConvenorThroughItsBodiesProgrammesAndHostOffices() {
        assertThat(ids(DATA.meetingsInvolving(OSCE))).containsExactly(
                "fsc-session-2019",      // convened by its body, the FSC
                "bm-conference-2019",    // convened by the OSCE, hosted by its office
                "tnd-seminar-2020",      // convened by a programme of its body ODIHR
                "visit-2025-02",         // hosted by its office in Dushanbe
                "undated-consultation"); // convened by the OSCE, undated: last
    }

    @Test
    void aBodyDoesNotTakePartThroughItsParent() {
        assertThat(ids(DATA.meetingsInvolving(OSCE_FSC))).containsExactly("fsc-session-2019");
    }

    @Test
    void aSideEventIsNotInvolvedThroughItsParentMeeting() {
        assertThat(ids(DATA.meetingsInvolving(US))).containsExactly("bm-side-event-2019");
        assertThat(ids(DATA.meetingsInvolving(OSCE))).doesNotContain("bm-side-event-2019");
    }

    @Test
    void countryTakesPartAsChairSupporterConvenorOrParticipantAffiliation() {
        assertThat(ids(DATA.meetingsInvolving(TJ))).contains("fsc-session-2019", "undated-consultation");
        assertThat(ids(DATA.meetingsInvolving(DE))).containsExactly("bm-conference-2019");
        assertThat(ids(DATA.meetingsInvolving(KZ))).containsExactly("bm-conference-2019");
        assertThat(ids(DATA.meetingsInvolving(KG))).containsExactly("csto-summit-2019");
        assertThat(ids(DATA.meetingsInvolving(TM))).containsExactly("unrcca-training-2021");
        assertThat(ids(DATA.meetingsInvolving(Party.parse("country:FR")))).isEmpty();
    }

    @Test
    void organizationTakesPartThroughAParticipantsAffiliation() {
        assertThat(ids(DATA.meetingsInvolving(CSTO)))
                .containsExactly("report-2018", "bm-conference-2019", "csto-summit-2019");
    }

    @Test
    void hostOfficesOrganizationTakesPart() {
        assertThat(ids(DATA.meetingsInvolving(UN))).containsExactly("unrcca-training-2021");
        assertThat(ids(DATA.meetingsInvolving(Party.parse("org:tj-mfa")))).containsExactly("visit-2025-02");
    }

    @Test
    void everyGivenPartyMustTakePart() {
        assertThat(ids(DATA.meetingsInvolving(OSCE, CSTO))).containsExactly("bm-conference-2019");
        assertThat(ids(DATA.meetingsInvolving(OSCE, TJ))).containsExactly("fsc-session-2019", "visit-2025-02",
                "undated-consultation");
        assertThat(ids(DATA.meetingsInvolving(OSCE, KZ, DE))).containsExactly("bm-conference-2019");
        assertThat(ids(DATA.meetingsInvolving(CSTO, TM))).isEmpty();
        assertThat(ids(DATA.meetingsInvolving(List.of(OSCE, Party.parse("org:tj-mfa"))))).containsExactly("visit-2025-02");
        assertThat(ids(DATA.meetingsInvolving(OSCE, OSCE))).isEqualTo(ids(DATA.meetingsInvolving(OSCE)));
    }

    @Test
    void withNoPartiesEveryMeetingInDateOrder() {
        assertThat(DATA.meetingsInvolving()).isEqualTo(DATA.meetingsByDate());
        assertThat(DATA.meetingsInvolving(List.of())).isEqualTo(DATA.meetingsByDate());
    }

    @Test
    void nullPartyIsRefused() {
        assertThatThrownBy(() -> DATA.meetingsInvolving(java.util.Arrays.asList(OSCE, null)))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void partiesOfAMeetingIncludeTheHostOfficesOrganizationOnce() {
        Meeting conference = DATA.meeting("bm-conference-2019").orElseThrow();
        assertThat(DATA.partiesOf(conference)).containsExactly(OSCE, DE, KZ, CSTO);
        assertThat(DATA.partiesOf(DATA.meeting("visit-2025-02").orElseThrow()))
                .containsExactly(Party.parse("org:tj-mfa"), OSCE, TJ);
    }

    @Test
    void aGovernmentOrItsAgencyInvolvesItsCountry() {
        // the Tajik foreign ministry convened the visit: Tajikistan takes part through it
        assertThat(ids(DATA.meetingsInvolving(TJ))).containsExactly("fsc-session-2019", "visit-2025-02",
                "undated-consultation");
        assertThat(DATA.partiesOf(DATA.meeting("visit-2025-02").orElseThrow())).contains(TJ);
    }

    @Test
    void unknownHostOfficeAddsNoParty() {
        assertThat(DATA.partiesOf(DATA.meeting("ghost-hosted").orElseThrow())).isEmpty();
    }

    @Test
    void invalidDataStillBuildsADataset() {
        // an office whose organization id has the wrong syntax, hosting a meeting: validation
        // reports the id; the dataset must still answer questions
        FieldOffice office = FieldOffice.builder("office", "OSCE office", "An office", FieldOfficeKind.OFFICE,
                CountryCode.parse("TJ")).build();
        Meeting hosted = Meeting.builder("hosted", "H", MeetingKind.OTHER).hostOfficeId("office").build();
        Dataset dataset = Dataset.builder().add(office).add(hosted).build();
        assertThat(dataset.partiesOf(hosted)).extracting(Party::text).containsExactly("org:OSCE office");
        assertThat(dataset.fieldOfficesOf("OSCE office")).containsExactly(office);
    }

    @Test
    void identicalMeetingRecordsAreKeptApart() {
        Meeting m = Meeting.builder("m", "M", MeetingKind.OTHER).addConvenor(OSCE).build();
        Meeting same = Meeting.builder("m", "M", MeetingKind.OTHER).addConvenor(OSCE).build();
        Dataset dataset = Dataset.builder().add(m).add(same).build();
        assertThat(dataset.meetingsInvolving(OSCE)).hasSize(2);
        assertThat(dataset.meetingsBetween(null, null)).isEmpty();
    }

    @Test
    void buildsItsIndexesWithTheThreadsItIsGivenAndRejectsFewerThanOne() {
        assertThat(Dataset.builder().build().threads()).isEqualTo(Dataset.defaultThreads());
        Dataset one = Dataset.builder().threads(1).add(Membership.of("m", "osce", Party.parse("country:TJ"),
                MembershipStatus.MEMBER, PartialDate.ofYear(1992), null)).build();
        Dataset eight = Dataset.builder().threads(8).addAll(one.records().toList()).build();
        assertThat(one.threads()).isEqualTo(1);
        assertThat(eight.threads()).isEqualTo(8);
        assertThat(eight.membershipsIn("osce")).isEqualTo(one.membershipsIn("osce")).hasSize(1);
        assertThatThrownBy(() -> Dataset.builder().threads(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }

    @Test
    void defaultThreadsAreTheRegsecThreadsPropertyElseEveryCore() {
        String before = System.getProperty("regsec.threads");
        try {
            System.setProperty("regsec.threads", "3");
            assertThat(Dataset.defaultThreads()).isEqualTo(3);
            assertThat(Dataset.builder().build().threads()).isEqualTo(3);
            for (String ignored : List.of("0", "-2", "many", "")) {
                System.setProperty("regsec.threads", ignored);
                assertThat(Dataset.defaultThreads()).as(ignored).isEqualTo(Runtime.getRuntime().availableProcessors());
            }
            System.clearProperty("regsec.threads");
            assertThat(Dataset.defaultThreads()).isEqualTo(Runtime.getRuntime().availableProcessors());
        } finally {
            if (before == null) {
                System.clearProperty("regsec.threads");
            } else {
                System.setProperty("regsec.threads", before);
            }
        }
    }

    @Test
    void findsTheFirstRecordOfAnIdAmongManyWhateverTheThreads() {
        Dataset.Builder builder = Dataset.builder();
        for (int i = 0; i < 5_000; i++) {
            builder.add(Membership.of("m-" + i, "org-" + (i % 7), Party.parse("country:TJ"), MembershipStatus.MEMBER,
                    PartialDate.ofYear(1950 + i % 70), null));
        }
        Membership second = Membership.of("m-42", "other", Party.parse("country:KZ"), MembershipStatus.MEMBER, null, null);
        List<DatasetRecord> records = builder.add(second).build().records().toList();
        for (int threads : List.of(1, 2, 8)) {
            Dataset dataset = Dataset.builder().threads(threads).addAll(records).build();
            for (int i = 0; i < 5_000; i++) {
                assertThat(dataset.membership("m-" + i)).containsSame((Membership) records.get(i));
            }
            assertThat(dataset.record("m-5000")).isEmpty();
            assertThat(dataset.record("")).isEmpty();
            assertThat(dataset.record(null)).isEmpty();
            assertThat(dataset.membershipsIn("other")).containsExactly(second);
            assertThat(dataset.membershipsIn("org-3")).hasSize(714).isSortedAccordingTo(
                    java.util.Comparator.comparing(m -> Integer.parseInt(m.id().substring(2))));
        }
    }
}
