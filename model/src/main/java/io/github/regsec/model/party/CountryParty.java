package io.github.regsec.model.party;

import io.github.regsec.model.country.CountryCode;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A country as a party: {@code country:TJ}. Made with {@link Party#country(String)} or
 * {@link Party#country(CountryCode)}, which give one shared instance per country (the public
 * constructor is there because a record has one; equal parties are equal either way).
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

    /** The one party instance of a country, for {@link Party#country(CountryCode)}. */
    static CountryParty shared(CountryCode country) {
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
