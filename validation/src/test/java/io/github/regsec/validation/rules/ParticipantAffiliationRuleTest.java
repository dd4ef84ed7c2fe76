package io.github.regsec.validation.rules;

import static io.github.regsec.validation.TestData.org;
import static io.github.regsec.validation.rules.PeopleRules.date;
import static io.github.regsec.validation.rules.PeopleRules.holding;
import static io.github.regsec.validation.rules.PeopleRules.person;
import static io.github.regsec.validation.rules.PeopleRules.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.FieldOffice;
import io.github.regsec.model.FieldOfficeKind;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.MeetingKind;
import io.github.regsec.model.Membership;
import io.github.regsec.model.OrganizationKind;
import io.github.regsec.model.Participant;
import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.party.Party;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.Severity;
import io.github.regsec.validation.ValidationRuleIds;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParticipantAffiliationRuleTest {

    /** The bundled dataset's people, in small. */
    private static final List<DatasetRecord> BASE = List.of(
            org("osce").build(),
            org("osce-secretariat").kind(OrganizationKind.BODY).parentId("osce").build(),
            org("tj-gov").kind(OrganizationKind.GOVERNMENT).country(CountryCode.of("TJ")).build(),
            org("tj-mfa").kind(OrganizationKind.GOVERNMENT_AGENCY).country(CountryCode.of("TJ")).parentId("tj-gov").build(),
            FieldOffice.builder("osce-po-dushanbe", "osce", "OSCE Programme Office in Dushanbe",
                    FieldOfficeKind.PROGRAMME_OFFICE, CountryCode.of("TJ")).build(),
            person("schmid", "Helga Maria Schmid", null, null),
            person("muhriddin", "Sirodjiddin Muhriddin", null, null),
            person("jaliashvili", "Tea Jaliashvili", null, null),
            post("osce-sg", "osce-secretariat", true), post("tj-mfa-minister", "tj-mfa", true),
            post("po-head", "osce-po-dushanbe", true),
            holding("h-schmid", "osce-secretariat", "schmid", "osce-sg", "2020-12-04", "2024-09"),
            holding("h-muhriddin", "tj-mfa", "muhriddin", "tj-mfa-minister", "2013-11", null),
            holding("h-jaliashvili", "osce-po-dushanbe", "jaliashvili", "po-head", null, "2023"));

    private static List<Problem> problems(String start, String end, Participant... participants) {
        List<DatasetRecord> records = new ArrayList<>(BASE);
        records.add(Meeting.builder("conf", "Conference", MeetingKind.CONFERENCE).startDate(date(start)).endDate(date(end))
                .participants(List.of(participants)).build());
        return Check.problems(ValidationRuleIds.PARTICIPANT_AFFILIATION, records.toArray(DatasetRecord[]::new));
    }

    private static Participant as(String personId, String affiliation) {
        return Participant.builder().personId(personId).affiliation(Party.parse(affiliation)).build();
    }

    @Test
    void acceptsAPostInTheOrganizationItsBodiesAndFieldOfficesOrTheCountrysGovernment() {
        assertThat(problems("2022-10-18", "2022-10-19", as("schmid", "org:osce"), as("schmid", "org:osce-secretariat"),
                as("jaliashvili", "org:osce"), as("muhriddin", "org:tj-mfa"), as("muhriddin", "country:TJ"))).isEmpty();
    }

    @Test
    void reportsAParticipantWhosePersonHoldsNothingMatchingOnTheDay() {
        List<Problem> problems = problems("2019-07-17", null, as("schmid", "org:osce"), as("muhriddin", "org:osce"),
                as("jaliashvili", "country:TJ"));
        assertThat(problems).extracting(Problem::recordId).containsOnly("conf");
        assertThat(problems).hasSize(3).allSatisfy(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.field()).isEqualTo("affiliation");
        });
        assertThat(problems.get(0).message()).isEqualTo("'schmid' holds no post or membership in org:osce (or its bodies"
                + " and field offices) on the meeting's days 2019-07-17..2019-07-17: add the membership that makes them a"
                + " representative of org:osce, or correct the affiliation or the person_id");
    }

    @Test
    void aHolderWhoseDatesMayCoverTheMeetingIsNotReported() {
        // Schmid's end is a month: on 2024-09-20 she possibly still held the post
        assertThat(problems("2024-09-20", null, as("schmid", "org:osce"))).isEmpty();
        assertThat(problems("2024-10-20", null, as("schmid", "org:osce"))).hasSize(1);
    }

    @Test
    void aMembershipOnBehalfOfTheAffiliationMatches() {
        List<DatasetRecord> records = new ArrayList<>(BASE);
        records.add(Membership.builder().id("m").organizationId("osce-secretariat").member(Party.person("muhriddin"))
                .status(io.github.regsec.model.MembershipStatus.MEMBER).onBehalfOf(Party.country("KZ"))
                .startDate(date("2000")).build());
        records.add(Meeting.builder("conf", "Conference", MeetingKind.CONFERENCE).startDate(date("2022-10-18"))
                .addParticipant(as("muhriddin", "country:KZ")).build());
        assertThat(Check.problems(ValidationRuleIds.PARTICIPANT_AFFILIATION, records.toArray(DatasetRecord[]::new))).isEmpty();
    }

    @Test
    void saysNothingForUndatedMeetingsUnknownPersonsAndParticipantsWithoutAnAffiliation() {
        assertThat(problems(null, null, as("schmid", "org:tj-mfa"))).isEmpty();
        assertThat(problems("2022-10-18", null, as("nobody", "org:osce"),
                Participant.builder().personId("schmid").role("Secretary General").build())).isEmpty();
    }
}
