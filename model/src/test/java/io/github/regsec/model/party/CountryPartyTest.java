package io.github.regsec.model.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regsec.model.country.CountryCode;
import org.junit.jupiter.api.Test;

class CountryPartyTest {

    @Test
    void isWrittenWithTheAlpha2Code() {
        assertThat(new CountryParty(CountryCode.parse("tjk")).text()).isEqualTo("country:TJ");
    }

    @Test
    void equalsTheSameCountryParsedFromAlpha3() {
        assertThat(new CountryParty(CountryCode.parse("KZ")))
                .isEqualTo(new CountryParty(CountryCode.parse("KAZ")))
                .hasSameHashCodeAs(new CountryParty(CountryCode.parse("kaz")));
    }

    @Test
    void requiresACountry() {
        assertThatThrownBy(() -> new CountryParty(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("country");
    }
}
