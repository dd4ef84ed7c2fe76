package io.github.regsec.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.model.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingTest {

    private static final Party OSCE = Party.parse("org:osce");
    private static final Party TJ = Party.parse("country:TJ");
    private static final Participant MINISTER = new Participant(null, "Minister of Foreign Affairs", TJ, null, null);

    private static Meeting conference() {
        return Meeting.builder("bm-conf-2019", "Border management conference", MeetingKind.CONFERENCE)
                .startDate(PartialDate.parse("2019-07-17"))
                .endDate(PartialDate.parse("2019-07-18"))
                .country(CountryCode.parse("TJ"))
                .city("Dushanbe")
                .venue("Hyatt Regency")
                .addConvenor(OSCE)
                .hostOfficeId("osce-po-dushanbe")
                .chair(TJ)
                .addSupporter(Party.parse("country:DE"))
                .addTopic("border-management")
                .attendance(120)
                .summary("Regional cooperation on border security")
                .addSource("s1")
                .note("second day closed to the press")
                .addParticipant(MINISTER)
                .build();
    }

    @Test
    void builderSetsEveryValue() {
        Meeting m = conference();
        assertThat(m.id()).isEqualTo("bm-conf-2019");
        assertThat(m.title()).isEqualTo("Border management conference");
        assertThat(m.kind()).isEqualTo(MeetingKind.CONFERENCE);
        assertThat(m.country()).isEqualTo(CountryCode.parse("TJ"));
        assertThat(m.city()).isEqualTo("Dushanbe");
        assertThat(m.venue()).isEqualTo("Hyatt Regency");
        assertThat(m.parentId()).isNull();
        assertThat(m.convenors()).containsExactly(OSCE);
        assertThat(m.hostOfficeId()).isEqualTo("osce-po-dushanbe");
        assertThat(m.chair()).isEqualTo(TJ);
        assertThat(m.supporters()).containsExactly(Party.parse("country:DE"));
        assertThat(m.topics()).containsExactly("border-management");
        assertThat(m.attendance()).isEqualTo(120);
        assertThat(m.summary()).isEqualTo("Regional cooperation on border security");
        assertThat(m.sources()).containsExactly("s1");
        assertThat(m.participants()).containsExactly(MINISTER);
        assertThat(m.recordKind()).isEqualTo(RecordKind.MEETING);
    }

    @Test
    void toBuilderRoundTrips() {
        Meeting m = conference();
        assertThat(m.toBuilder().build()).isEqualTo(m);
        Meeting side = m.toBuilder().parentId("bm-conf-2019").build();
        assertThat(side.parentId()).isEqualTo("bm-conf-2019");
        assertThat(side.toBuilder().parentId(null).build()).isEqualTo(m);
    }

    @Test
    void listSettersReplaceAndAddersAppend() {
        Meeting m = conference().toBuilder()
                .convenors(List.of(Party.parse("org:csto")))
                .addConvenor(OSCE)
                .topics(null)
                .addTopic("terrorism")
                .participants(List.of())
                .supporters(null)
                .sources(List.of("s2"))
                .build();
        assertThat(m.convenors()).containsExactly(Party.parse("org:csto"), OSCE);
        assertThat(m.topics()).containsExactly("terrorism");
        assertThat(m.participants()).isEmpty();
        assertThat(m.supporters()).isEmpty();
        assertThat(m.sources()).containsExactly("s2");
    }

    @Test
    void requiredValuesNameTheirField() {
        assertThatThrownBy(() -> Meeting.builder(null, "t", MeetingKind.SESSION).build())
                .isInstanceOf(NullPointerException.class).hasMessage("id is required");
        assertThatThrownBy(() -> Meeting.builder("m", null, MeetingKind.SESSION).build())
                .isInstanceOf(NullPointerException.class).hasMessage("title is required");
        assertThatThrownBy(() -> Meeting.builder("m", "t", null).build())
                .isInstanceOf(NullPointerException.class).hasMessage("kind is required");
    }

    @Test
    void emptyOptionalTextIsAbsent() {
        Meeting m = Meeting.builder("m", "t", MeetingKind.SESSION)
                .city("").venue("").parentId("").hostOfficeId("").summary("").note("").build();
        assertThat(m.city()).isNull();
        assertThat(m.venue()).isNull();
        assertThat(m.parentId()).isNull();
        assertThat(m.hostOfficeId()).isNull();
        assertThat(m.summary()).isNull();
        assertThat(m.note()).isNull();
    }

    @Test
    void copiesListsAndRefusesToChangeThem() {
        List<Party> convenors = new ArrayList<>(List.of(OSCE));
        List<Party> supporters = new ArrayList<>(List.of(TJ));
        List<String> topics = new ArrayList<>(List.of("drugs"));
        List<String> sources = new ArrayList<>(List.of("s1"));
        List<Participant> participants = new ArrayList<>(List.of(MINISTER));
        Meeting m = new Meeting("m", "t", MeetingKind.WORKSHOP, null, null, null, null, null, null, convenors, null,
                null, supporters, topics, null, null, sources, null, participants);
        convenors.clear();
        supporters.clear();
        topics.add("youth");
        sources.clear();
        participants.clear();
        assertThat(m.convenors()).containsExactly(OSCE);
        assertThat(m.supporters()).containsExactly(TJ);
        assertThat(m.topics()).containsExactly("drugs");
        assertThat(m.sources()).containsExactly("s1");
        assertThat(m.participants()).containsExactly(MINISTER);
        assertThatThrownBy(() -> m.convenors().add(TJ)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.supporters().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.topics().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.sources().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.participants().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullListsAreEmptyAndNullElementsAreRefused() {
        Meeting m = new Meeting("m", "t", MeetingKind.OTHER, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
        assertThat(m.convenors()).isEmpty();
        assertThat(m.supporters()).isEmpty();
        assertThat(m.topics()).isEmpty();
        assertThat(m.sources()).isEmpty();
        assertThat(m.participants()).isEmpty();
        assertThatThrownBy(() -> Meeting.builder("m", "t", MeetingKind.OTHER).convenors(Arrays.asList(OSCE, null)).build())
                .isInstanceOf(NullPointerException.class).hasMessage("convenors must not contain null");
        assertThatThrownBy(() -> Meeting.builder("m", "t", MeetingKind.OTHER).addParticipant(null).build())
                .isInstanceOf(NullPointerException.class).hasMessage("participants must not contain null");
    }

    @Test
    void periodIsTheDatesAsGiven() {
        Meeting m = Meeting.builder("m", "t", MeetingKind.SESSION).startDate(PartialDate.parse("2019-07-17")).build();
        assertThat(m.period()).isEqualTo(Period.of(PartialDate.parse("2019-07-17"), PartialDate.parse("2019-07-17")));
        assertThat(m.startField()).isEqualTo("start_date");
        assertThat(m.endField()).isEqualTo("end_date");
    }

    @Test
    void aMeetingWithoutEndEndsWithinItsStartDate() {
        PartialDate day = PartialDate.parse("2019-07-17");
        Meeting oneDay = Meeting.builder("m", "t", MeetingKind.OFFICIAL_VISIT).startDate(day).build();
        assertThat(oneDay.period()).isEqualTo(Period.of(day, day));
        assertThat(oneDay.period().possiblyActiveOn(day.latest().plusDays(1))).isFalse();
    }

    @Test
    void aMeetingWithOnlyAnEndTookPlaceWithinItAndWithoutDatesIsUnknown() {
        PartialDate end = PartialDate.parse("2019-07");
        assertThat(Meeting.builder("m", "t", MeetingKind.SESSION).endDate(end).build().period())
                .isEqualTo(Period.of(end, end));
        assertThat(Meeting.builder("m", "t", MeetingKind.SESSION).build().period()).isSameAs(Period.UNKNOWN);
    }
}
