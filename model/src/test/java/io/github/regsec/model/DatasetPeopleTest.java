package io.github.regsec.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.model.time.Period;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The questions a dataset answers about persons and posts. */
class DatasetPeopleTest {

    private static final Party SCHMID = Party.person("helga-schmid");
    private static final Party GREMINGER = Party.person("thomas-greminger");
    private static final Party MUHRIDDIN = Party.person("sirodjiddin-muhriddin");

    private static PartialDate date(String text) {
        return text == null ? null : PartialDate.parse(text);
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    private static Membership holding(String id, String org, Party person, String post, String start, String end) {
        return Membership.builder().id(id).organizationId(org).member(person).status(MembershipStatus.MEMBER)
                .postId(post).startDate(date(start)).endDate(date(end)).build();
    }

    private static final Dataset DATA = Dataset.builder()
            .add(Organization.builder("osce", "OSCE", OrganizationKind.INTERGOVERNMENTAL).build())
            .add(Organization.builder("osce-secretariat", "OSCE Secretariat", OrganizationKind.BODY).parentId("osce").build())
            .add(Organization.builder("tj-mfa", "MFA of Tajikistan", OrganizationKind.GOVERNMENT_AGENCY).build())
            .add(Person.builder("helga-schmid", "Helga Maria Schmid").birthDate(date("1960-12-08")).build())
            .add(Person.builder("thomas-greminger", "Thomas Greminger").build())
            .add(Person.builder("sirodjiddin-muhriddin", "Sirodjiddin Muhriddin").build())
            .add(Post.builder("osce-sg", "osce-secretariat", "Secretary General").role("secretary-general")
                    .singleHolder(true).build())
            .add(Post.builder("tj-mfa-minister", "tj-mfa", "Minister of Foreign Affairs").singleHolder(true).build())
            .add(holding("h-greminger", "osce-secretariat", GREMINGER, "osce-sg", "2017-07-18", "2020-07-18"))
            .add(holding("h-schmid", "osce-secretariat", SCHMID, "osce-sg", "2020-12-04", "2024-09"))
            .add(holding("h-muhriddin", "tj-mfa", MUHRIDDIN, "tj-mfa-minister", "2013-11", null))
            .add(Membership.of("m-tj-osce", "osce", Party.country("TJ"), MembershipStatus.MEMBER, date("1992-01-30"), null))
            .add(Meeting.builder("visit-2025-02", "Official visit", MeetingKind.OFFICIAL_VISIT)
                    .startDate(date("2025-02-11")).endDate(date("2025-02-12"))
                    .addParticipant(Participant.builder().person("Sirodjiddin Muhriddin")
                            .personId("sirodjiddin-muhriddin").build()).build())
            .add(Meeting.builder("visit-2013", "A visit in November 2013", MeetingKind.OFFICIAL_VISIT)
                    .startDate(date("2013-11"))
                    .addParticipant(Participant.builder().personId("sirodjiddin-muhriddin").build()).build())
            .add(Meeting.builder("visit-2010", "A visit before he was minister", MeetingKind.OFFICIAL_VISIT)
                    .startDate(date("2010-05-01"))
                    .addParticipant(Participant.builder().personId("sirodjiddin-muhriddin").build()).build())
            .add(Meeting.builder("conference", "Conference", MeetingKind.CONFERENCE).startDate(date("2022-10-18"))
                    .chair(SCHMID).build())
            .build();

    @Test
    void keepsPersonsAndPostsAfterTheOtherKinds() {
        assertThat(DATA.persons()).extracting(Person::id)
                .containsExactly("helga-schmid", "thomas-greminger", "sirodjiddin-muhriddin");
        assertThat(DATA.posts()).extracting(Post::id).containsExactly("osce-sg", "tj-mfa-minister");
        assertThat(DATA.records().skip(DATA.size() - 5).map(DatasetRecord::id))
                .containsExactly("helga-schmid", "thomas-greminger", "sirodjiddin-muhriddin", "osce-sg", "tj-mfa-minister");
        assertThat(DATA.person("helga-schmid")).isPresent();
        assertThat(DATA.post("osce-sg")).hasValueSatisfying(p -> assertThat(p.isSingleHolder()).isTrue());
        assertThat(DATA.person("osce-sg")).isEmpty();
        assertThat(DATA.postsOf("osce-secretariat")).extracting(Post::id).containsExactly("osce-sg");
    }

    @Test
    void answersWhoHeldAPostOnADay() {
        assertThat(DATA.holdersOn("osce-sg", day("2022-10-19"))).extracting(Membership::member).containsExactly(SCHMID);
        assertThat(DATA.holdersOn("osce-sg", day("2019-07-17"))).extracting(Membership::member).containsExactly(GREMINGER);
        assertThat(DATA.holdersOn("osce-sg", day("2020-09-01")).isNone()).isTrue(); // the post was vacant
    }

    @Test
    void aHolderWhoseEndIsAMonthPossiblyHeldThePostOnItsDays() {
        Answer<Membership> holders = DATA.holdersOn("osce-sg", day("2024-09-15"));
        assertThat(holders.certain()).isEmpty();
        assertThat(holders.possible()).extracting(Membership::member).containsExactly(SCHMID);
        assertThat(DATA.holdersOn("tj-mfa-minister", day("2013-11-10")).possible()).extracting(Membership::member)
                .containsExactly(MUHRIDDIN);
        assertThat(DATA.holdersOn("tj-mfa-minister", day("2013-12-01")).certain()).extracting(Membership::member)
                .containsExactly(MUHRIDDIN);
    }

    @Test
    void listsTheHoldersOfAPostAndThePostsOfAPersonOverTime() {
        assertThat(DATA.holdersOf("osce-sg")).extracting(Membership::id).containsExactly("h-greminger", "h-schmid");
        assertThat(DATA.postsHeldBy("helga-schmid")).extracting(Post::id).containsExactly("osce-sg");
        assertThat(DATA.membershipsOf(SCHMID)).extracting(Membership::id).containsExactly("h-schmid");
        assertThat(DATA.membershipsOf(SCHMID, day("2021-01-01"))).extracting(Membership::id).containsExactly("h-schmid");
        assertThat(DATA.membershipsOf(SCHMID, day("2019-01-01")).isNone()).isTrue();
        assertThat(DATA.postsHeldBy("nobody")).isEmpty();
    }

    @Test
    void findsTheMeetingsAPersonTookPartIn() {
        assertThat(DATA.meetingsInvolving(MUHRIDDIN)).extracting(Meeting::id)
                .containsExactly("visit-2010", "visit-2013", "visit-2025-02");
        assertThat(DATA.meetingsInvolving(SCHMID)).extracting(Meeting::id).containsExactly("conference");
        assertThat(DATA.partiesOf(DATA.meeting("visit-2025-02").orElseThrow())).containsExactly(MUHRIDDIN);
    }

    @Test
    void findsTheMeetingsAHolderOfAPostAttendedWhileHoldingIt() {
        Answer<Meeting> meetings = DATA.meetingsOfHolders("tj-mfa-minister");
        assertThat(meetings.certain()).extracting(Meeting::id).containsExactly("visit-2025-02");
        // both dates are November 2013: he may have been minister on the visit's day, or not yet
        assertThat(meetings.possible()).extracting(Meeting::id).containsExactly("visit-2013");
        assertThat(DATA.meetingsOfHolders("osce-sg").certain()).extracting(Meeting::id).containsExactly("conference");
    }

    @Test
    void anOpenEndedMeetingRunsFromItsStartOn() {
        Meeting term = Meeting.builder("term-8", "8th Parliament", MeetingKind.OTHER).startDate(date("2013-09-17"))
                .openEnded(true).build();
        assertThat(term.period()).isEqualTo(new Period(date("2013-09-17"), null));
        assertThat(term.period().certainlyActiveOn(day("2015-01-01"))).isTrue();
        Meeting oneDay = term.toBuilder().openEnded(false).build();
        assertThat(oneDay.openEnded()).isNull();
        assertThat(oneDay.period()).isEqualTo(new Period(date("2013-09-17"), date("2013-09-17")));
        Dataset data = Dataset.builder().add(term).build();
        assertThat(data.meetingsBetween(day("2016-01-01"), day("2016-12-31"))).containsExactly(term);
    }

    @Test
    void aPersonsLifeIsTheirPeriod() {
        Person p = Person.builder("p", "P").birthDate(date("1952-10-05")).gender("").build();
        assertThat(p.period()).isEqualTo(new Period(date("1952-10-05"), null));
        assertThat(p.gender()).isNull();
        assertThat(p.recordKind()).isEqualTo(RecordKind.PERSON);
        assertThat(p.toBuilder().build()).isEqualTo(p);
    }

    @Test
    void oldConstructorsLeaveTheNewFieldsAbsent() {
        Membership m = new Membership("m", "osce", Party.country("TJ"), MembershipStatus.MEMBER, null, null, null, null);
        assertThat(m.postId()).isNull();
        assertThat(m.role()).isNull();
        assertThat(m.onBehalfOf()).isNull();
        assertThat(m.toBuilder().build()).isEqualTo(m);
        Participant p = new Participant("A", "Minister", null, null, null);
        assertThat(p.personId()).isNull();
        assertThat(p.toBuilder().personId("a").build().personId()).isEqualTo("a");
    }
}
