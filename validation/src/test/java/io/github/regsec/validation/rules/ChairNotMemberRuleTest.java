package io.github.regsec.validation.rules;

import static io.github.regsec.validation.TestData.meeting;
import static io.github.regsec.validation.TestData.member;
import static io.github.regsec.validation.TestData.org;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.model.Dataset;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.Organization;
import io.github.regsec.model.OrganizationKind;
import io.github.regsec.model.party.Party;
import io.github.regsec.problem.Problem;
import io.github.regsec.validation.ValidationRuleIds;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChairNotMemberRuleTest {

    private static List<Problem> problems(Meeting meeting) {
        Dataset dataset = Dataset.builder()
                .add(org("osce").build())
                .add(Organization.builder("fsc", "Forum for Security Co-operation", OrganizationKind.BODY).parentId("osce").build())
                .add(org("csto").build())
                .add(member("tj", "osce", "country:TJ", "1992-01-30", null))
                .add(member("kz", "osce", "country:KZ", "1992", "2000"))
                .add(member("uz", "osce", "country:UZ", "2019", null))
                .add(member("am", "csto", "country:AM", "2002", null))
                .add(meeting)
                .build();
        return Check.problems(ValidationRuleIds.CHAIR_NOT_MEMBER, dataset);
    }

    private static Meeting session(String chair, String start, String... convenors) {
        return meeting("s", start, null).chair(Party.parse(chair))
                .convenors(java.util.Arrays.stream(convenors).map(Party::parse).collect(java.util.stream.Collectors.toList()))
                .build();
    }

    @Test
    void reportsAChairThatIsNotAMemberOfTheOrganizationTheConvenorBelongsTo() {
        assertThat(problems(session("country:AF", "2019-07-17", "org:fsc"))).singleElement().satisfies(p -> {
            assertThat(p.recordId()).isEqualTo("s");
            assertThat(p.field()).isEqualTo("chair");
            assertThat(p.message()).isEqualTo("the chair country:AF is not a member of 'osce' on 2019-07-17: "
                    + "correct the chair, the convenors or the membership records");
        });
    }

    @Test
    void reportsAChairWhoseMembershipHadEnded() {
        assertThat(problems(meeting("s", "2019-07-17", "2019-07-18").chair(Party.parse("country:KZ"))
                .convenors(List.of(Party.parse("org:osce"))).build())).singleElement().extracting(Problem::message)
                .isEqualTo("the chair country:KZ is not a member of 'osce' on the meeting's dates (2019-07-17..2019-07-18): "
                        + "correct the chair, the convenors or the membership records");
    }

    @Test
    void staysSilentWhenTheChairMayBeAMember() {
        assertThat(problems(session("country:TJ", "2019-07-17", "org:fsc"))).isEmpty();
        assertThat(problems(session("country:UZ", "2019-07-17", "org:osce"))).isEmpty();   // member from 2019: maybe by July
        assertThat(problems(session("country:KZ", "2000-05", "org:osce"))).isEmpty();      // until 2000: maybe in May
        assertThat(problems(session("country:AM", "2019-07-17", "org:osce", "org:csto"))).isEmpty(); // member of one convenor
        assertThat(problems(session("country:AF", "2019-07-17", "country:TJ"))).isEmpty(); // no organization convenes
        assertThat(problems(meeting("s", "2019", null).chair(Party.parse("org:csto"))
                .convenors(List.of(Party.parse("org:osce"))).build())).isEmpty();
    }

    @Test
    void reportsAnUndatedMeetingOnlyWhenTheChairIsNeverAMember() {
        assertThat(problems(session("country:AF", null, "org:osce"))).singleElement().extracting(Problem::message)
                .isEqualTo("the chair country:AF is not a member of 'osce' at any time: correct the chair, the convenors "
                        + "or the membership records");
        assertThat(problems(session("country:KZ", null, "org:osce"))).isEmpty();
    }
}
