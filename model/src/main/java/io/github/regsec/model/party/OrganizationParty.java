package io.github.regsec.model.party;

import java.util.Objects;

/** An organization as a party, by its id in the dataset: {@code org:osce}. */
public record OrganizationParty(String organizationId) implements Party {

    static final String PREFIX = "org";

    public OrganizationParty {
        Objects.requireNonNull(organizationId, "organizationId");
        if (organizationId.isBlank()) {
            throw new IllegalArgumentException("an organization party needs an organization id");
        }
    }

    @Override
    public String text() {
        return PREFIX + ":" + organizationId;
    }

    @Override
    public String toString() {
        return text();
    }
}
