package io.github.regsec.model.party;

import io.github.regsec.model.country.CountryCode;
import java.util.Objects;

/** A country as a party: {@code country:TJ}. */
public record CountryParty(CountryCode country) implements Party {

    static final String PREFIX = "country";

    public CountryParty {
        Objects.requireNonNull(country, "country");
    }

    @Override
    public String text() {
        return PREFIX + ":" + country.alpha2();
    }

    @Override
    public String toString() {
        return text();
    }
}
