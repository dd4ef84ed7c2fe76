package io.github.regsec.model.party;

import java.util.Objects;

/**
 * A person as a party, by the id of a person record in the dataset: {@code person:emomali-rahmon}.
 * A person is a member of an organization in a post (a membership with {@code post_id}), chairs a
 * meeting, or is named by a participant ({@code person_id}).
 *
 * @param personId the person's record id
 */
public record PersonParty(String personId) implements Party {

    static final String PREFIX = "person";

    /**
     * A person party. Only a blank id is refused here, as for {@link OrganizationParty}; {@link
     * Party#parse(String)} checks the id syntax.
     *
     * @param personId the person's record id
     * @throws NullPointerException when the id is null
     * @throws IllegalArgumentException when the id is blank
     */
    public PersonParty {
        Objects.requireNonNull(personId, "personId");
        if (personId.isBlank()) {
            throw new IllegalArgumentException("a person party needs a person id");
        }
    }

    @Override
    public String text() {
        return PREFIX + ":" + personId;
    }

    @Override
    public String toString() {
        return text();
    }
}
