package io.github.regsec.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FormatNameTest {

    @Test
    void formatNameIsTheConstantInLowerCase() {
        assertThat(OrganizationKind.GOVERNMENT_AGENCY.formatName()).isEqualTo("government_agency");
        assertThat(MeetingKind.OFFICIAL_VISIT.formatName()).isEqualTo("official_visit");
        assertThat(FieldOfficeKind.PROGRAMME_OFFICE.formatName()).isEqualTo("programme_office");
        assertThat(MembershipStatus.DIALOGUE_PARTNER.formatName()).isEqualTo("dialogue_partner");
        assertThat(ParticipationMode.IN_PERSON.formatName()).isEqualTo("in_person");
        assertThat(NameKind.FORMER.formatName()).isEqualTo("former");
        assertThat(RecordKind.FIELD_OFFICE.formatName()).isEqualTo("field_office");
    }

    @Test
    void enumerationsHoldExactlyTheFormatsValues() {
        assertThat(names(OrganizationKind.values())).containsExactly("intergovernmental", "body", "programme",
                "government", "government_agency", "nongovernmental", "academic", "other");
        assertThat(names(FieldOfficeKind.values())).containsExactly("mission", "centre", "programme_office",
                "project_coordinator", "liaison_office", "regional_centre", "office");
        assertThat(names(MeetingKind.values())).containsExactly("session", "conference", "workshop", "seminar",
                "training", "forum", "summit", "official_visit", "negotiation", "other");
        assertThat(names(MembershipStatus.values())).containsExactly("member", "associate", "observer", "partner",
                "dialogue_partner", "suspended");
        assertThat(names(ParticipationMode.values())).containsExactly("in_person", "video", "written");
        assertThat(names(NameKind.values())).containsExactly("alias", "former", "translation", "acronym");
        assertThat(names(RecordKind.values())).containsExactly("source", "organization", "name", "field_office",
                "meeting", "participant", "membership", "person", "post");
    }

    @Test
    void everyEnumerationParsesEachOfItsFormatNames() {
        assertRoundTrip(OrganizationKind.values(), OrganizationKind::parse);
        assertRoundTrip(FieldOfficeKind.values(), FieldOfficeKind::parse);
        assertRoundTrip(MeetingKind.values(), MeetingKind::parse);
        assertRoundTrip(MembershipStatus.values(), MembershipStatus::parse);
        assertRoundTrip(ParticipationMode.values(), ParticipationMode::parse);
        assertRoundTrip(NameKind.values(), NameKind::parse);
        assertRoundTrip(RecordKind.values(), RecordKind::parse);
    }

    @Test
    void parseIgnoresSurroundingSpaces() {
        assertThat(MembershipStatus.parse(" observer ")).isEqualTo(MembershipStatus.OBSERVER);
    }

    @Test
    void parseRejectsOtherTextListingTheAcceptedValues() {
        assertThatThrownBy(() -> ParticipationMode.parse("in-person"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'in-person' is not one of in_person, video, written");
        assertThatThrownBy(() -> MembershipStatus.parse("Member"))
                .hasMessage("'Member' is not one of member, associate, observer, partner, dialogue_partner, suspended");
        assertThatThrownBy(() -> NameKind.parse("")).hasMessage("'' is not one of alias, former, translation, acronym");
        assertThatThrownBy(() -> NameKind.parse("ALIAS")).hasMessageStartingWith("'ALIAS' is not one of");
    }

    @Test
    void recordKindKnowsTheChildRows() {
        assertThat(Arrays.stream(RecordKind.values()).filter(RecordKind::isChildRow))
                .containsExactly(RecordKind.NAME, RecordKind.PARTICIPANT);
    }

    private static List<String> names(FormatName[] values) {
        return Arrays.stream(values).map(FormatName::formatName).collect(Collectors.toList());
    }

    private static <E extends Enum<E> & FormatName> void assertRoundTrip(E[] values, Function<String, E> parse) {
        for (E value : values) {
            assertThat(parse.apply(value.formatName())).isSameAs(value);
        }
    }
}
