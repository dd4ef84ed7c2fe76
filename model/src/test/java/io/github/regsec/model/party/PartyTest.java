package io.github.regsec.model.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regsec.model.country.CountryCode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartyTest {

    @Test
    void parsesAndPrintsACountry() {
        Party party = Party.parse("country:TJ");
        assertThat(party).isEqualTo(new CountryParty(CountryCode.parse("TJ")));
        assertThat(party.text()).isEqualTo("country:TJ");
        assertThat(party).hasToString("country:TJ");
    }

    @Test
    void countryFactoriesGiveTheOneSharedPartyOfACountry() {
        assertThat(Party.country("TJ")).isSameAs(Party.country("tjk")).isSameAs(Party.country(CountryCode.parse("TJ")))
                .isSameAs(Party.parse("country:TJ"));
        assertThatThrownBy(() -> Party.country("XX1")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"country:tjk", "country:TJK", "country:tj", " country:TJ ", "country: tj"})
    void storesAnyCountryFormAsUpperCaseAlpha2(String text) {
        assertThat(Party.parse(text).text()).isEqualTo("country:TJ");
    }

    @Test
    void parsesFormerAndUserAssignedCountries() {
        assertThat(Party.parse("country:SUN").text()).isEqualTo("country:SU");
        assertThat(Party.parse("country:xk").text()).isEqualTo("country:XK");
    }

    @Test
    void parsesAndPrintsAnOrganization() {
        Party party = Party.parse("org:osce");
        assertThat(party).isEqualTo(new OrganizationParty("osce"));
        assertThat(party.text()).isEqualTo("org:osce");
        assertThat(party).hasToString("org:osce");
    }

    @Test
    void keepsTheCaseOfOrganizationIds() {
        assertThat(Party.parse("org:OSCE-FSC")).isEqualTo(new OrganizationParty("OSCE-FSC"))
                .isNotEqualTo(Party.parse("org:osce-fsc"));
    }

    @Test
    void anOrganizationIdMayHoldColonsDotsAndUnderscores() {
        assertThat(Party.parse("org:un:unodc.rc_ca")).isEqualTo(new OrganizationParty("un:unodc.rc_ca"));
    }

    @Test
    void factoriesBuildTheSamePartiesAsParsing() {
        assertThat(Party.country("tjk")).isEqualTo(Party.parse("country:TJ"));
        assertThat(Party.organization("csto")).isEqualTo(Party.parse("org:csto"));
        assertThat(Party.person("emomali-rahmon")).isEqualTo(Party.parse("person:emomali-rahmon"));
    }

    @Test
    void parsesAndPrintsAPerson() {
        Party party = Party.parse(" person: helga-schmid ");
        assertThat(party).isEqualTo(new PersonParty("helga-schmid")).isNotEqualTo(new OrganizationParty("helga-schmid"));
        assertThat(party.text()).isEqualTo("person:helga-schmid");
        assertThat(party).hasToString("person:helga-schmid");
    }

    @Test
    void rejectsAPersonIdOfTheWrongForm() {
        assertThatThrownBy(() -> Party.parse("person:-x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'-x' is not a person id");
        assertThatThrownBy(() -> new PersonParty(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void personsSortAfterCountriesAndOrganizations() {
        assertThat(java.util.stream.Stream.of(Party.parse("person:a"), Party.parse("org:z"), Party.parse("country:TJ"))
                .sorted().map(Party::text)).containsExactly("country:TJ", "org:z", "person:a");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TJ", "osce", "", " ", "country:", "org:", "org: ", "person:", "Country:TJ", "ORG:osce",
        ":TJ", "country TJ"})
    void rejectsTextWithoutAKnownPrefixAndValue(String text) {
        assertThatThrownBy(() -> Party.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + text + "' is not a party: expected country:CODE (country:TJ), org:ID (org:osce)"
                        + " or person:ID (person:emomali-rahmon)");
    }

    @Test
    void rejectsAnUnknownCountryNamingTheText() {
        assertThatThrownBy(() -> Party.parse("country:QQ"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'country:QQ' is not a party: 'QQ' is not a country code: expected ISO 3166-1 alpha-2 (TJ) or alpha-3 (TJK)");
    }

    @Test
    void rejectsAnOrganizationIdThatIsNotAnId() {
        assertThatThrownBy(() -> Party.parse("org:OSCE Secretariat"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'org:OSCE Secretariat' is not a party: 'OSCE Secretariat' is not an organization id:"
                        + " expected 1-128 letters, digits and . _ : -, starting with a letter or digit");
        assertThatThrownBy(() -> Party.parse("org:-osce")).hasMessageStartingWith("'org:-osce' is not a party");
        assertThatThrownBy(() -> Party.parse("org:" + "a".repeat(129))).hasMessageContaining("is not an organization id");
        assertThat(Party.parse("org:" + "a".repeat(128)).text()).hasSize(132);
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> Party.parse(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void ordersByWrittenFormCountriesFirst() {
        List<Party> parties = new ArrayList<>(List.of(Party.parse("org:osce"), Party.parse("country:UZ"),
                Party.parse("org:csto"), Party.parse("country:KZ"), Party.parse("country:tj")));
        parties.sort(null);
        assertThat(parties).extracting(Party::text)
                .containsExactly("country:KZ", "country:TJ", "country:UZ", "org:csto", "org:osce");
    }

    @Test
    void parsedPartiesRoundTripThroughTheirText() {
        for (String text : List.of("country:TJ", "country:XK", "org:osce", "org:osce-fsc")) {
            assertThat(Party.parse(Party.parse(text).text()).text()).isEqualTo(text);
        }
    }
}
