package io.github.regsec.model.party;

import io.github.regsec.model.country.CountryCode;
import java.util.Objects;

/**
 * A country as a party: {@code country:TJ}. Made with {@link Party#country(String)} or
 * {@link Party#country(CountryCode)}, which give one shared instance per country (the public
 * constructor is there because a record has one; equal parties are equal either way).
 *
 * @param country the country
 */
public record CountryParty(CountryCode country) implements Party {

    static final String PREFIX = "country";

    /**
     * One shared instance per country, by the two letters of its alpha-2 code
     * ({@code (first - 'A') * 26 + second - 'A'}): datasets hold millions of memberships of a few
     * hundred countries, and readers look one up per value.
     */
    private static final CountryParty[] SHARED = new CountryParty[26 * 26];

    static {
        for (CountryCode country : CountryCode.all()) {
            SHARED[letters(country)] = new CountryParty(country);
        }
    }

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
        return SHARED[letters(Objects.requireNonNull(country, "country"))];
    }

    private static int letters(CountryCode country) {
        String alpha2 = country.alpha2(); // two upper-case letters, as the country table checks
        return (alpha2.charAt(0) - 'A') * 26 + alpha2.charAt(1) - 'A';
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
