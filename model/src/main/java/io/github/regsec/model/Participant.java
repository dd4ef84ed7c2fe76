package io.github.regsec.model;

import io.github.regsec.model.constraints.RequiresOneOf;
import io.github.regsec.model.party.Party;

/**
 * Someone who took part in a meeting: a named person, a role ("Secretary General of the CSTO"),
 * the party they represented, or any of these. At least one of person, role and affiliation is
 * needed.
 *
 * @param person the person's name, or null
 * @param role the person's role or title, or null
 * @param affiliation the country or organization they represented, or null
 * @param mode how they took part; {@link ParticipationMode#IN_PERSON} when not given
 * @param note free-text remarks, or null
 */
@RequiresOneOf({"person", "role", "affiliation"})
public record Participant(String person, String role, Party affiliation, ParticipationMode mode, String note) {

    public Participant {
        person = Checks.optional(person);
        role = Checks.optional(role);
        mode = mode == null ? ParticipationMode.IN_PERSON : mode;
        note = Checks.optional(note);
    }
}
