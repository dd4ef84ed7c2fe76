package io.github.regsec.model.party;

import io.github.regsec.model.country.CountryCode;
import java.util.Objects;

/**
 * Who takes part in a meeting or is a member of an organization: a country, an organization or
 * a person. Written {@code country:TJ}, {@code org:osce} or {@code person:emomali-rahmon}.
 *
 * <p>Make one with the factories here, the one way: {@link #country(String) Party.country("TJ")}
 * (or {@link #country(CountryCode)}), {@link #organization(String) Party.organization("osce")},
 * {@link #person(String) Party.person("emomali-rahmon")}, or {@link #parse(String)} for the
 * written form.
 */
public sealed interface Party extends Comparable<Party> permits CountryParty, OrganizationParty, PersonParty {

    /**
     * Parses {@code country:CODE} (alpha-2 or alpha-3, any case: {@code country:tjk} gives
     * {@code country:TJ}), {@code org:ID} or {@code person:ID} (ID a record id: 1-128 letters,
     * digits and {@code . _ : -}, starting with a letter or digit). Spaces around the text and
     * around the value are ignored; the prefixes are lower case.
     *
     * @param text the party as written in a file ({@code country:TJ}, {@code org:osce},
     *     {@code person:emomali-rahmon})
     * @return a {@link CountryParty}, an {@link OrganizationParty} or a {@link PersonParty}
     * @throws IllegalArgumentException naming the text and the accepted forms
     */
    static Party parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() == 10 && text.startsWith("country:")) { // the common case, without copies
            CountryCode code = CountryCode.alpha2OrNull(text.charAt(8), text.charAt(9));
            if (code != null) {
                return CountryParty.shared(code);
            }
        }
        String s = text.strip();
        int colon = s.indexOf(':');
        String prefix = colon < 0 ? "" : s.substring(0, colon);
        String value = colon < 0 ? "" : s.substring(colon + 1).strip();
        if (prefix.equals(CountryParty.PREFIX) && !value.isEmpty()) {
            try {
                return CountryParty.shared(CountryCode.parse(value));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + text + "' is not a party: " + e.getMessage());
            }
        }
        if (prefix.equals(OrganizationParty.PREFIX) && !value.isEmpty()) {
            if (!OrganizationParty.ID_SYNTAX.matcher(value).matches()) {
                throw new IllegalArgumentException("'" + text + "' is not a party: '" + value
                        + "' is not an organization id: expected 1-128 letters, digits and . _ : -, starting with a letter or digit");
            }
            return new OrganizationParty(value);
        }
        if (prefix.equals(PersonParty.PREFIX) && !value.isEmpty()) {
            if (!OrganizationParty.ID_SYNTAX.matcher(value).matches()) {
                throw new IllegalArgumentException("'" + text + "' is not a party: '" + value
                        + "' is not a person id: expected 1-128 letters, digits and . _ : -, starting with a letter or digit");
            }
            return new PersonParty(value);
        }
        throw new IllegalArgumentException("'" + text + "' is not a party: expected country:CODE (country:TJ), org:ID (org:osce)"
                + " or person:ID (person:emomali-rahmon)");
    }

    /**
     * A country party.
     *
     * @param code the country's ISO 3166-1 alpha-2 or alpha-3 code
     * @return the party {@code country:CODE}
     * @throws IllegalArgumentException when the code is not a known country
     */
    static CountryParty country(String code) {
        return CountryParty.shared(CountryCode.parse(code));
    }

    /**
     * A country party (one shared instance per country: datasets hold millions of memberships of a
     * few hundred countries).
     *
     * @param country the country; not null
     * @return the party {@code country:CODE}
     */
    static CountryParty country(CountryCode country) {
        return CountryParty.shared(country);
    }

    /**
     * An organization party.
     *
     * @param organizationId the organization's record id
     * @return the party {@code org:ID}
     */
    static OrganizationParty organization(String organizationId) {
        return new OrganizationParty(organizationId);
    }

    /**
     * A person party.
     *
     * @param personId the person's record id
     * @return the party {@code person:ID}
     */
    static PersonParty person(String personId) {
        return new PersonParty(personId);
    }

    /**
     * The written form, {@code country:TJ}, {@code org:osce} or {@code person:emomali-rahmon}.
     *
     * @return the text a writer writes and {@link #parse(String)} reads back
     */
    String text();

    /** Orders by the written form. */
    @Override
    default int compareTo(Party other) {
        return text().compareTo(other.text());
    }
}
