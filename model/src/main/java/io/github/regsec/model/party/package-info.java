/**
 * Parties: who is a member, convenes, chairs or takes part. A
 * {@link io.github.regsec.model.party.Party} is a country
 * ({@link io.github.regsec.model.party.CountryParty}, written {@code country:TJ}), an
 * organization of the dataset ({@link io.github.regsec.model.party.OrganizationParty}, written
 * {@code org:osce}) or a person of the dataset
 * ({@link io.github.regsec.model.party.PersonParty}, written {@code person:emomali-rahmon}). See
 * docs/FORMATS.md#parties.
 */
package io.github.regsec.model.party;
