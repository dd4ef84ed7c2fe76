package io.github.regsec.model.party;

import io.github.regsec.model.country.CountryCode;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A country as a party: {@code country:TJ}.
 *
 * @param country the country
 */
public record CountryParty(CountryCode country) implements Party {

    static final String PREFIX = "country";

    /** One shared instance per country: datasets hold millions of memberships of a few hundred countries. */
    private static final Map<CountryCode, CountryParty> SHARED = CountryCode.all().stream()
            .collect(Collectors.toUnmodifiableMap(Function.identity(), CountryParty::new));

    /**
     * Checks that the country is given.
     *
     * @param country the country
     * @throws NullPointerException when the country is null
     */
    public CountryParty {
        Objects.requireNonNull(country, "country");
    }

    /**
     * The country as a party (a shared instance).
     *
     * @param country the country; not null
     * @return the one party instance of that country
     */
    public static CountryParty of(CountryCode country) {
        return SHARED.get(Objects.requireNonNull(country, "country"));
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
