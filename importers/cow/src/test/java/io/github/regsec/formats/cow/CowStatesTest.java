package io.github.regsec.formats.cow;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.model.country.CountryCode;
import org.junit.jupiter.api.Test;

/** The bundled COW state to ISO 3166 table. */
class CowStatesTest {

    private final CowStates states = CowStates.bundled();

    @Test
    void mapsRussiaToTheCodeOfTheStateOfEachYear() {
        assertThat(states.countryOn(365, 1900)).contains(CountryCode.of("RU"));
        assertThat(states.countryOn(365, 1922)).contains(CountryCode.of("RU"));
        assertThat(states.countryOn(365, 1923)).contains(CountryCode.of("SU"));
        assertThat(states.countryOn(365, 1991)).contains(CountryCode.of("SU"));
        assertThat(states.countryOn(365, 1992)).contains(CountryCode.of("RU"));
    }

    @Test
    void mapsSerbiaAndYugoslavia() {
        assertThat(states.countryOn(345, 1918)).contains(CountryCode.of("RS"));
        assertThat(states.countryOn(345, 1919)).contains(CountryCode.of("YU"));
        assertThat(states.countryOn(345, 2005)).contains(CountryCode.of("YU"));
        assertThat(states.countryOn(345, 2006)).contains(CountryCode.of("RS"));
    }

    @Test
    void givesEachCountryToOneStateAtATime() {
        assertThat(states.countryOn(260, 1989)).contains(CountryCode.of("DE"));
        assertThat(states.countryOn(255, 1989)).isEmpty();
        assertThat(states.countryOn(255, 1990)).contains(CountryCode.of("DE"));
        assertThat(states.countryOn(678, 1989)).contains(CountryCode.of("YE"));
        assertThat(states.countryOn(679, 1990)).contains(CountryCode.of("YE"));
        assertThat(states.countryOn(265, 1980)).contains(CountryCode.of("DD"));
        assertThat(states.countryOn(315, 1980)).contains(CountryCode.of("CS"));
    }

    @Test
    void knowsStatesWithoutIsoCode() {
        assertThat(states.isKnown(245)).isTrue();
        assertThat(states.countryOn(245, 1850)).isEmpty();
        assertThat(states.hasAnyCountry(245)).isFalse();
        assertThat(states.name(245)).contains("Bavaria");
        assertThat(states.abbreviation(245)).contains("BAV");
        assertThat(states.countryOn(300, 1900)).as("Austria-Hungary").isEmpty();
        assertThat(states.countryOn(817, 1970)).as("Republic of Vietnam").isEmpty();
    }

    @Test
    void knowsTheCentralAsianStates() {
        assertThat(states.countryOn(701, 2000)).contains(CountryCode.of("TM"));
        assertThat(states.countryOn(702, 2000)).contains(CountryCode.of("TJ"));
        assertThat(states.countryOn(703, 2000)).contains(CountryCode.of("KG"));
        assertThat(states.countryOn(704, 2000)).contains(CountryCode.of("UZ"));
        assertThat(states.countryOn(705, 2000)).contains(CountryCode.of("KZ"));
    }

    @Test
    void doesNotKnowACodeThatIsNoCowState() {
        assertThat(states.isKnown(999)).isFalse();
        assertThat(states.countryOn(999, 2000)).isEmpty();
        assertThat(states.name(999)).isEmpty();
    }
}
