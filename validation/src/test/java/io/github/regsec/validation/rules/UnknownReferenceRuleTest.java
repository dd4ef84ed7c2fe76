package io.github.regsec.validation.rules;

import static io.github.regsec.validation.TestData.meeting;
import static io.github.regsec.validation.TestData.member;
import static io.github.regsec.validation.TestData.office;
import static io.github.regsec.validation.TestData.org;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.regsec.model.OrganizationKind;
import io.github.regsec.model.Participant;
import io.github.regsec.model.RecordKind;
import io.github.regsec.model.Source;
import io.github.regsec.model.party.Party;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownReferenceRuleTest {

    @Test
    void reportsEveryKindOfReferenceThatNamesNothing() {
        var body = io.github.regsec.model.Organization.builder("fsc", "Forum", OrganizationKind.BODY).parentId("nowhere").build();
        var meeting = meeting("m1", "2019", null).parentId("no-meeting").hostOfficeId("no-office")
                .convenors(List.of(Party.parse("org:osce"), Party.parse("org:ghost"), Party.parse("country:TJ")))
                .chair(Party.parse("org:chair-org")).supporters(List.of(Party.parse("org:helper")))
                .participants(List.of(new Participant("A. Person", null, Party.parse("org:employer"), null, null)))
                .sources(List.of("src", "missing-src", "missing-src")).build();
        List<Problem> problems = Check.problems(RuleIds.UNKNOWN_REFERENCE,
                new Source("src", "A source", null, null, null, null, null, null),
                org("osce").build(), body,
                office("o1", "no-org", "TJ", null, null),
                meeting,
                member("m2", "no-org-2", "org:no-member-org", null, null));
        assertThat(problems).extracting(Problem::recordKind, Problem::recordId, Problem::field).containsExactly(
                tuple(RecordKind.ORGANIZATION, "fsc", "parent_id"),
                tuple(RecordKind.FIELD_OFFICE, "o1", "organization_id"),
                tuple(RecordKind.MEETING, "m1", "parent_id"),
                tuple(RecordKind.MEETING, "m1", "convenors"),
                tuple(RecordKind.MEETING, "m1", "host_office_id"),
                tuple(RecordKind.MEETING, "m1", "chair"),
                tuple(RecordKind.MEETING, "m1", "supporters"),
                tuple(RecordKind.MEETING, "m1", "sources"),
                tuple(RecordKind.PARTICIPANT, "m1", "affiliation"), // a child row comes after its record
                tuple(RecordKind.MEMBERSHIP, "m2", "organization_id"),
                tuple(RecordKind.MEMBERSHIP, "m2", "member"));
        assertThat(problems.get(0).message()).isEqualTo("parent_id 'nowhere' names no organization in the dataset: add it or correct the id");
        assertThat(problems.get(3).message()).isEqualTo("convenors 'org:ghost' names no organization in the dataset: add it or correct the id");
    }

    @Test
    void reportsAReferenceToARecordOfAnotherKind() {
        List<Problem> problems = Check.problems(RuleIds.UNKNOWN_REFERENCE,
                org("osce").build(), meeting("m1", "2019", null).build(),
                member("m2", "m1", "country:TJ", null, null));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("organization_id");
            assertThat(p.message()).isEqualTo("organization_id 'm1' names a meeting, not an organization: correct the id");
        });
    }

    @Test
    void staysSilentWhenEveryReferenceResolves() {
        var meeting = meeting("m1", "2019", null).hostOfficeId("o1").convenors(List.of(Party.parse("org:osce")))
                .chair(Party.parse("country:TJ")).sources(List.of("src")).build();
        assertThat(Check.problems(RuleIds.UNKNOWN_REFERENCE,
                new Source("src", "A source", null, null, null, null, null, null),
                org("osce").build(), office("o1", "osce", "TJ", null, null), meeting,
                member("m2", "osce", "org:osce", null, null))).isEmpty();
    }

    @Test
    void aParticipantSharedByTwoMeetingsBuiltInCodeIsReportedOnEachWithItsOwnId() {
        Participant shared = new Participant("A. Person", null, Party.parse("org:nowhere"), null, null);
        List<Problem> problems = Check.problems(RuleIds.UNKNOWN_REFERENCE,
                meeting("m1", "2019", null).participants(List.of(shared)).build(),
                meeting("m2", "2020", null).participants(List.of(shared)).build());
        assertThat(problems).extracting(Problem::recordKind, Problem::recordId, Problem::field).containsExactly(
                tuple(RecordKind.PARTICIPANT, "m1", "affiliation"),
                tuple(RecordKind.PARTICIPANT, "m2", "affiliation"));
    }
}
