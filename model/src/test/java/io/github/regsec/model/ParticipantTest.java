package io.github.regsec.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.model.party.Party;
import org.junit.jupiter.api.Test;

class ParticipantTest {

    @Test
    void modeDefaultsToInPerson() {
        assertThat(new Participant("Feridun Sinirlioğlu", null, null, null, null).mode())
                .isEqualTo(ParticipationMode.IN_PERSON);
    }

    @Test
    void keepsAGivenMode() {
        Participant participant = new Participant(null, "Minister of Foreign Affairs", Party.parse("country:TJ"),
                ParticipationMode.VIDEO, "joined for the opening session");
        assertThat(participant.mode()).isEqualTo(ParticipationMode.VIDEO);
        assertThat(participant.affiliation()).isEqualTo(Party.parse("country:TJ"));
        assertThat(participant.role()).isEqualTo("Minister of Foreign Affairs");
        assertThat(participant.note()).isEqualTo("joined for the opening session");
    }

    @Test
    void emptyOptionalTextIsAbsent() {
        Participant participant = new Participant("", "", Party.parse("org:osce"), null, "");
        assertThat(participant.person()).isNull();
        assertThat(participant.role()).isNull();
        assertThat(participant.note()).isNull();
    }

    @Test
    void participantsWithTheSameValuesAreEqual() {
        assertThat(new Participant("A", null, null, null, null))
                .isEqualTo(new Participant("A", "", null, ParticipationMode.IN_PERSON, null));
    }
}
