package io.github.regsec.examples;

import io.github.regsec.sample.SampleData;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.formats.ImportResult;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.Organization;
import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.problem.Problem;
import io.github.regsec.validation.DatasetValidator;
import io.github.regsec.validation.ValidationReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled Central Asia dataset ({@code regsec-sample-data}): the facts users check, and that it
 * validates clean. Where it is read from is tested in the sample-data module.
 */
class BundledDatasetTest {

    private static ImportResult imported;
    private static Dataset dataset;

    @BeforeAll
    static void read() throws IOException {
        imported = SampleData.readCentralAsia();
        dataset = imported.dataset();
    }

    private static List<String> codes(String organizationId, String day) {
        return dataset.memberCountriesOn(organizationId, LocalDate.parse(day)).stream().map(CountryCode::alpha2)
                .collect(Collectors.toList());
    }

    @Test
    void readsWithoutProblemsFromTheBuildDirectory() throws IOException {
        assertThat(SampleData.centralAsiaDirectory()).isDirectory();
        assertThat(imported.problems()).isEmpty();
        assertThat(imported.files()).contains("organizations.csv", "memberships.csv", "names.csv",
                "meeting_participants.csv");
        assertThat(dataset.organizations()).extracting(Organization::id).contains("osce", "osce-fsc",
                "osce-secretariat", "csto", "cis", "sco", "un", "unoct", "unrcca", "eu", "eu-act-2", "tj-gov", "tj-mfa",
                "kz-mfa", "ru-mfa", "isaec");
        assertThat(dataset.fieldOffices()).hasSize(5);
        assertThat(dataset.meetings()).hasSize(6);
    }

    @Test
    void osceHas57ParticipatingStatesOnTheDayOfTheFscSession() {
        assertThat(codes("osce", "2019-07-17")).hasSize(57).contains("TJ", "MN", "RU", "RS", "ME", "MK", "AD")
                .doesNotContain("SU", "YU", "CS", "DD", "AF");
        Organization osce = dataset.organization("osce").orElseThrow();
        assertThat(osce.memberCount()).isEqualTo(57);
    }

    @Test
    void osceHad56StatesTheDayBeforeMongoliaJoined() {
        assertThat(codes("osce", "2012-11-20")).hasSize(56).doesNotContain("MN");
        assertThat(codes("osce", "2012-11-21")).hasSize(57).contains("MN");
    }

    @Test
    void osceSuccessionOfFormerStates() {
        assertThat(codes("osce", "1975-08-01")).hasSize(35).contains("SU", "YU", "CS", "DD", "DE", "VA", "US");
        assertThat(codes("osce", "1990-10-03")).doesNotContain("DD").contains("DE");
        assertThat(codes("osce", "1993-01-01")).contains("CZ", "SK").doesNotContain("CS");
        assertThat(codes("osce", "1995-06-01")).contains("RU").doesNotContain("SU", "YU");
        assertThat(dataset.membersOn("osce", LocalDate.of(1995, 6, 1), MembershipStatus.SUSPENDED))
                .extracting(m -> m.member().text()).containsExactly("country:YU");
        // the Federal Republic of Yugoslavia and Serbia and Montenegro are YU until 2006-06-04, Serbia RS from 2006-06-05
        assertThat(codes("osce", "2000-11-10")).contains("YU").doesNotContain("RS");
        assertThat(dataset.membersOn("osce", LocalDate.of(2000, 11, 10), MembershipStatus.SUSPENDED)).isEmpty();
        assertThat(codes("osce", "2006-06-04")).contains("YU").doesNotContain("RS");
        assertThat(codes("osce", "2006-06-05")).contains("RS").doesNotContain("YU");
        assertThat(dataset.membersOn("osce", LocalDate.of(2019, 7, 17), MembershipStatus.PARTNER))
                .extracting(m -> m.member().text()).containsExactlyInAnyOrder("country:AF", "country:AU", "country:JP",
                        "country:KR", "country:TH", "country:DZ", "country:EG", "country:IL", "country:JO", "country:MA", "country:TN");
        // Mongolia was an Asian Partner until the day before it became a participating State
        assertThat(dataset.membersOn("osce", LocalDate.of(2012, 11, 20), MembershipStatus.PARTNER))
                .extracting(m -> m.member().text()).contains("country:MN");
        assertThat(dataset.membersOn("osce", LocalDate.of(2012, 11, 21), MembershipStatus.PARTNER))
                .extracting(m -> m.member().text()).doesNotContain("country:MN");
    }

    @Test
    void scoMembersBeforeAndAfterIndiaAndPakistanJoined() {
        assertThat(codes("sco", "2017-06-08")).containsExactly("CN", "KG", "KZ", "RU", "TJ", "UZ");
        assertThat(codes("sco", "2017-06-09")).containsExactly("CN", "IN", "KG", "KZ", "PK", "RU", "TJ", "UZ");
        assertThat(codes("sco", "2024-07-04")).contains("IR", "BY").hasSize(10);
        assertThat(dataset.membersOn("sco", LocalDate.of(2019, 1, 1), MembershipStatus.OBSERVER))
                .extracting(m -> m.member().text()).containsExactlyInAnyOrder("country:AF", "country:BY", "country:IR", "country:MN");
        // India and Pakistan were observers from July 2005 until they joined
        assertThat(dataset.membersOn("sco", LocalDate.of(2017, 6, 8), MembershipStatus.OBSERVER))
                .extracting(m -> m.member().text()).contains("country:IN", "country:PK");
        assertThat(dataset.membersOn("sco", LocalDate.of(2017, 6, 9), MembershipStatus.OBSERVER))
                .extracting(m -> m.member().text()).doesNotContain("country:IN", "country:PK");
    }

    @Test
    void uzbekistanCstoHistory() {
        // the Collective Security Treaty's nine parties (ATOP v4.01)
        assertThat(codes("cst", "1995-01-01")).containsExactly("AM", "AZ", "BY", "GE", "KG", "KZ", "RU", "TJ", "UZ");
        assertThat(codes("cst", "2000-01-01")).containsExactly("AM", "BY", "KG", "KZ", "RU", "TJ");
        // the CSTO exists from the signature of its Charter on 2002-10-07
        assertThat(codes("csto", "2002-03-01")).isEmpty();
        assertThat(codes("csto", "2002-10-06")).isEmpty();
        assertThat(codes("csto", "2002-10-07")).containsExactly("AM", "BY", "KG", "KZ", "RU", "TJ");
        assertThat(codes("csto", "2003-01-01")).containsExactly("AM", "BY", "KG", "KZ", "RU", "TJ");
        assertThat(codes("csto", "2008-01-01")).contains("UZ").hasSize(7);
        assertThat(codes("csto", "2013-01-01")).doesNotContain("UZ");
        assertThat(dataset.membershipsOf(Party.country("UZ")).stream()
                .filter(m -> m.organizationId().startsWith("cst"))
                .map(m -> m.organizationId() + " " + m.period()))
                .containsExactlyInAnyOrder("cst 1992-05-15/1999-04-20", "cst 2006-08-17/2012-06-28", "csto 2006-08-17/2012-06-28");
        assertThat(codes("csto", "2012-06-28")).contains("UZ");
        assertThat(codes("csto", "2012-06-29")).doesNotContain("UZ");
        // Armenia froze its participation in February 2024
        assertThat(codes("csto", "2024-01-31")).contains("AM");
        assertThat(codes("csto", "2024-03-01")).doesNotContain("AM");
        assertThat(codes("csto", "2025-06-01")).doesNotContain("AM").containsExactly("BY", "KG", "KZ", "RU", "TJ");
        assertThat(dataset.membersOn("csto", LocalDate.of(2025, 6, 1), MembershipStatus.SUSPENDED))
                .extracting(m -> m.member().text()).containsExactly("country:AM");
    }

    @Test
    void cisAndUnMemberships() {
        assertThat(codes("cis", "1992-06-01")).contains("AZ", "TM");
        // Ukraine's membership is stored as ending in 1992 (a year): possibly, not certainly, a member mid-1992
        assertThat(dataset.membersOn("cis", LocalDate.of(1992, 6, 1)).possible())
                .extracting(m -> m.member().text()).contains("country:UA");
        assertThat(codes("cis", "2004-06-01")).contains("GE", "TM").doesNotContain("UA");
        // Ukraine never ratified the Charter: a participant (stored as associate) from 1993 to May 2018
        assertThat(dataset.membersOn("cis", LocalDate.of(2004, 6, 1), MembershipStatus.ASSOCIATE))
                .extracting(m -> m.member().text()).containsExactly("country:UA");
        assertThat(codes("cis", "2005-08-25")).contains("TM");
        assertThat(codes("cis", "2006-06-01")).contains("GE").doesNotContain("TM", "UA");
        assertThat(dataset.membersOn("cis", LocalDate.of(2006, 6, 1), MembershipStatus.ASSOCIATE))
                .extracting(m -> m.member().text()).containsExactlyInAnyOrder("country:TM", "country:UA");
        // Azerbaijan: signed in 1991, refused ratification in October 1992, joined again on 1993-09-24
        assertThat(codes("cis", "1993-06-01")).doesNotContain("AZ");
        assertThat(dataset.membersOn("cis", LocalDate.of(1993, 6, 1), MembershipStatus.OBSERVER))
                .extracting(m -> m.member().text()).containsExactly("country:AZ");
        assertThat(codes("cis", "1993-09-24")).contains("AZ");
        assertThat(codes("cis", "2009-08-19")).doesNotContain("GE");
        assertThat(codes("cis", "2019-01-01")).doesNotContain("UA");
        assertThat(dataset.membersOn("cis", LocalDate.of(2018, 6, 1), MembershipStatus.ASSOCIATE))
                .extracting(m -> m.member().text()).containsExactly("country:TM");
        assertThat(codes("un", "1992-03-02")).containsExactly("AF", "KG", "KZ", "TJ", "TM", "UZ");
    }

    @Test
    void dushanbeOfficeNamesOverTime() {
        assertThat(dataset.nameOn("osce-po-dushanbe", LocalDate.of(1996, 1, 1))).hasValue("OSCE Mission to Tajikistan");
        assertThat(dataset.nameOn("osce-po-dushanbe", LocalDate.of(2002, 10, 31))).hasValue("OSCE Mission to Tajikistan");
        assertThat(dataset.nameOn("osce-po-dushanbe", LocalDate.of(2002, 11, 1))).hasValue("OSCE Centre in Dushanbe");
        assertThat(dataset.nameOn("osce-po-dushanbe", LocalDate.of(2005, 6, 1))).hasValue("OSCE Centre in Dushanbe");
        assertThat(dataset.nameOn("osce-po-dushanbe", LocalDate.of(2010, 1, 1))).hasValue("OSCE Office in Tajikistan");
        assertThat(dataset.nameOn("osce-po-dushanbe", LocalDate.now())).hasValue("OSCE Programme Office in Dushanbe");
        assertThat(dataset.nameOn("osce-po-astana", LocalDate.of(2003, 1, 1))).hasValue("OSCE Centre in Almaty");
        assertThat(dataset.nameOn("osce-po-astana", LocalDate.of(2007, 6, 20))).hasValue("OSCE Centre in Almaty");
        assertThat(dataset.nameOn("osce-po-astana", LocalDate.of(2007, 6, 21))).hasValue("OSCE Centre in Astana");
        assertThat(dataset.nameOn("osce-po-astana", LocalDate.of(2016, 1, 1))).hasValue("OSCE Programme Office in Astana");
        assertThat(dataset.nameOn("osce-po-astana", LocalDate.of(2020, 1, 1))).hasValue("OSCE Programme Office in Nur-Sultan");
        assertThat(dataset.nameOn("osce-po-astana", LocalDate.of(2022, 9, 22))).hasValue("OSCE Programme Office in Nur-Sultan");
        assertThat(dataset.nameOn("osce-po-astana", LocalDate.of(2022, 12, 1))).hasValue("OSCE Programme Office in Astana");
        assertThat(dataset.nameOn("osce-pcu", LocalDate.of(1996, 1, 1))).hasValue("OSCE Liaison Office in Central Asia");
        assertThat(dataset.nameOn("osce-pcu", LocalDate.of(2006, 6, 30))).hasValue("OSCE Centre in Tashkent");
        assertThat(dataset.nameOn("osce-pcu", LocalDate.of(2006, 7, 1))).hasValue("OSCE Project Co-ordinator in Uzbekistan");
        assertThat(dataset.nameOn("osce-po-bishkek", LocalDate.of(2017, 4, 30))).hasValue("OSCE Centre in Bishkek");
        assertThat(dataset.nameOn("osce-po-bishkek", LocalDate.of(2017, 5, 1))).hasValue("OSCE Programme Office in Bishkek");
        assertThat(dataset.nameOn("osce", LocalDate.of(1990, 1, 1))).hasValue("Conference on Security and Co-operation in Europe");
        assertThat(dataset.nameOn("osce", LocalDate.of(1995, 1, 1))).hasValue("Organization for Security and Co-operation in Europe");
    }

    @Test
    void fillsTheArticlesGapsOnlyFromCitedSources() {
        // the article gives no year for the workshop "on October 2 and 3": the year and place come from cited sources
        Meeting workshop = dataset.meeting("workshop-drugs-youth").orElseThrow();
        assertThat(workshop.startDate()).isEqualTo(PartialDate.parse("2024-10-02"));
        assertThat(workshop.endDate()).isEqualTo(PartialDate.parse("2024-10-03"));
        assertThat(workshop.sources()).contains("src-article", "src-caricc-2024");
        assertThat(workshop.note()).contains("October 2 and 3", "NSAIDs");
        // the article gives only the conference's last day; the organizers' press release gives both
        Meeting conference = dataset.meeting("conf-dushanbe-2022").orElseThrow();
        assertThat(conference.startDate()).isEqualTo(PartialDate.parse("2022-10-18"));
        assertThat(conference.endDate()).isEqualTo(PartialDate.parse("2022-10-19"));
        assertThat(conference.sources()).contains("src-article", "src-dushanbe-conf-2022");
        Meeting fieldEvent = dataset.meeting("conf-dushanbe-2022-field-event").orElseThrow();
        assertThat(fieldEvent.parentId()).isEqualTo("conf-dushanbe-2022");
        assertThat(fieldEvent.startDate()).isEqualTo(conference.startDate());
        assertThat(fieldEvent.endDate()).isEqualTo(conference.endDate());
        // the youth forums stay undated
        Meeting forums = dataset.meeting("youth-forums-dushanbe").orElseThrow();
        assertThat(forums.startDate()).isNull();
        assertThat(forums.endDate()).isNull();
        Meeting session = dataset.meeting("fsc-2019-07-17").orElseThrow();
        assertThat(session.chair()).isEqualTo(Party.country("TJ"));
        assertThat(session.convenors()).containsExactly(Party.organization("osce-fsc"));
    }

    @Test
    void storesCorrectedFactsWithANoteOnWhatTheArticleHad() {
        Meeting visit = dataset.meeting("visit-2025-02").orElseThrow();
        assertThat(visit.topics()).containsOnlyOnce("cis");
        assertThat(visit.note()).contains("CIS twice");
        assertThat(dataset.meeting("conf-dushanbe-2022").orElseThrow().participants())
                .anySatisfy(p -> {
                    assertThat(p.person()).isEqualTo("António Guterres");
                    assertThat(p.note()).contains("Antonio Rahmon");
                });
    }

    @Test
    void theArticleIsOneSourceCitedByTheRecordsItSupports() {
        assertThat(dataset.source("src-article").orElseThrow().author()).isEqualTo("Mahmedov Muhammadjon");
        assertThat(dataset.meetings()).allSatisfy(m -> assertThat(m.sources()).contains("src-article"));
        assertThat(dataset.organization("isaec").orElseThrow().sources()).contains("src-article");
        assertThat(dataset.records().filter(r -> !r.sources().isEmpty()).flatMap(r -> r.sources().stream()))
                .allMatch(id -> dataset.source(id).isPresent());
    }

    @Test
    void meetingsInvolvingTheOsceAndTheCsto() {
        assertThat(dataset.meetingsInvolving(Party.organization("osce"), Party.organization("csto")))
                .extracting(Meeting::id).containsExactly("fsc-2019-07-17");
        assertThat(dataset.meetingsInvolving(Party.organization("osce"))).extracting(Meeting::id)
                .containsExactly("fsc-2019-07-17", "conf-dushanbe-2022", "conf-dushanbe-2022-field-event", "workshop-drugs-youth",
                        "youth-forums-dushanbe");
    }

    @Test
    void validatesWithNoErrorsAndOnlyTheArticlesGapsAsWarnings() {
        // as of the day the cited sources were accessed (sources.csv, accessed)
        ValidationReport report = DatasetValidator.builder().asOf(LocalDate.of(2026, 12, 1)).build().validate(imported);
        assertThat(report.errors()).as(report.toText()).isZero();
        assertThat(report.problems()).as(report.toText()).extracting(p -> p.rule() + " " + p.recordId())
                .containsExactly("missing-date youth-forums-dushanbe");
        assertThat(report.problems()).extracting(Problem::location).allSatisfy(l -> assertThat(l.file()).isEqualTo("meetings.csv"));
    }

    @Test
    void thePeopleOfTheArticleHoldTheirPostsForThePeriodsTheSourcesSupport() {
        assertThat(dataset.persons()).extracting(io.github.regsec.model.Person::id).containsExactly("emomali-rahmon",
                "sirodjiddin-muhriddin", "murat-nurtleu", "antonio-guterres", "helga-maria-schmid", "tea-jaliashvili",
                "valery-semerikov", "nasir-nazarzoda");
        LocalDate conferenceEnd = LocalDate.of(2022, 10, 19);
        assertThat(dataset.holdersOn("osce-sg", conferenceEnd)).extracting(m -> m.member().text())
                .containsExactly("person:helga-maria-schmid");
        assertThat(dataset.holdersOn("un-sg", conferenceEnd)).extracting(m -> m.member().text())
                .containsExactly("person:antonio-guterres");
        assertThat(dataset.holdersOn("tj-president", conferenceEnd)).extracting(m -> m.member().text())
                .containsExactly("person:emomali-rahmon");
        // when Tea Jaliashvili began to act as head is not known: only possibly the holder
        assertThat(dataset.holdersOn("osce-po-dushanbe-head", conferenceEnd).possible()).extracting(m -> m.member().text())
                .containsExactly("person:tea-jaliashvili");
        // in July 2019 the CSTO's post was held ad interim
        assertThat(dataset.holdersOn("csto-sg", LocalDate.of(2019, 7, 17))).singleElement()
                .satisfies(m -> assertThat(m.role()).isEqualTo("Acting Secretary General"));
        LocalDate visit = LocalDate.of(2025, 2, 11);
        assertThat(dataset.holdersOn("tj-mfa-minister", visit)).extracting(m -> m.member().text())
                .containsExactly("person:sirodjiddin-muhriddin");
        assertThat(dataset.holdersOn("kz-mfa-minister", visit)).extracting(m -> m.member().text())
                .containsExactly("person:murat-nurtleu");
        assertThat(dataset.holdersOn("kz-mfa-minister", LocalDate.of(2025, 10, 1))).isEmpty();
    }

    @Test
    void everyNamedParticipantIsAPersonRecordAndKeepsTheNameAsTheArticleWroteIt() {
        for (Meeting m : dataset.meetings()) {
            for (io.github.regsec.model.Participant p : m.participants()) {
                if (p.person() != null) {
                    assertThat(p.personId()).as(p.person()).isNotNull();
                    assertThat(dataset.person(p.personId())).as(p.personId()).isPresent();
                }
            }
        }
        assertThat(dataset.meetingsInvolving(Party.person("tea-jaliashvili"))).extracting(Meeting::id)
                .containsExactly("conf-dushanbe-2022", "conf-dushanbe-2022-field-event");
        assertThat(dataset.meetingsOfHolders("tj-mfa-minister")).extracting(Meeting::id).containsExactly("visit-2025-02");
    }

    @Test
    void everySourceOfAPersonOrPostHasAUrlReadOnTheSameDay() {
        java.util.Set<String> cited = new java.util.TreeSet<>();
        dataset.persons().forEach(p -> cited.addAll(p.sources()));
        dataset.posts().forEach(p -> cited.addAll(p.sources()));
        dataset.memberships().stream().filter(m -> m.postId() != null).forEach(m -> cited.addAll(m.sources()));
        cited.remove("src-article"); // the article itself has no url
        assertThat(cited).isNotEmpty().allSatisfy(id -> {
            io.github.regsec.model.Source source = dataset.source(id).orElseThrow();
            assertThat(source.url()).as(id).startsWith("http");
            assertThat(source.accessed()).as(id).hasToString("2026-12-01");
        });
    }
}
