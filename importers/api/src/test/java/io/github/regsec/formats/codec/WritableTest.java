package io.github.regsec.formats.codec;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regsec.model.Meeting;
import io.github.regsec.model.MeetingKind;
import io.github.regsec.model.Organization;
import io.github.regsec.model.OrganizationKind;
import io.github.regsec.model.Participant;
import io.github.regsec.model.Source;
import io.github.regsec.model.party.OrganizationParty;
import io.github.regsec.model.party.Party;
import java.util.List;
import org.junit.jupiter.api.Test;

class WritableTest {

    @Test
    void acceptsOrdinaryRecords() {
        Meeting meeting = Meeting.builder("m1", "Session; \"quoted\"\nsecond line", MeetingKind.SESSION)
                .addConvenor(Party.organization("osce")).addTopic("border-management")
                .addParticipant(new Participant("Nasir Nazarzoda", null, Party.country("TJ"), null, null)).build();
        assertThatCode(() -> WritabilityCheck.check(meeting)).doesNotThrowAnyException();
    }

    @Test
    void refusesListItemsNoFormatCanCarry() {
        Organization spaced = Organization.builder("osce", "OSCE", OrganizationKind.INTERGOVERNMENTAL)
                .sources(List.of(" src")).build();
        assertThatThrownBy(() -> WritabilityCheck.check(spaced)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("organization osce: sources item ' src' cannot be written");
        Meeting separator = Meeting.builder("m1", "S", MeetingKind.SESSION).addTopic("a;b").build();
        assertThatThrownBy(() -> WritabilityCheck.check(separator)).hasMessageContaining("topics item 'a;b'");
    }

    @Test
    void refusesAPartyThatReadsBackAsAnother() {
        Meeting meeting = Meeting.builder("m1", "S", MeetingKind.SESSION).chair(new OrganizationParty("os ce")).build();
        assertThatThrownBy(() -> WritabilityCheck.check(meeting)).hasMessageContaining("chair 'org:os ce' cannot be written");
    }

    @Test
    void refusesHalfASurrogatePairInAChildRow() {
        Meeting meeting = Meeting.builder("m1", "S", MeetingKind.SESSION)
                .addParticipant(new Participant("broken \uD83D", null, null, null, null)).build();
        assertThatThrownBy(() -> WritabilityCheck.check(meeting))
                .hasMessageStartingWith("meeting m1, participant 1: person holds half of a UTF-16 surrogate pair");
        assertThatCode(() -> WritabilityCheck.check(new Source("s", "emoji \uD83D\uDE00 ok", null, null, null, null, null, null)))
                .doesNotThrowAnyException();
    }
}
