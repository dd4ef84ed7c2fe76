package io.github.regsec.model.party;

import io.github.regsec.model.constraints.RecordId;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An organization as a party, by its id in the dataset: {@code org:osce}.
 *
 * @param organizationId the organization's record id
 */
public record OrganizationParty(String organizationId) implements Party {

    static final String PREFIX = "org";

    /** The syntax {@link Party#parse(String)} requires of the id. */
    static final Pattern ID_SYNTAX = Pattern.compile(RecordId.PATTERN);

    /**
     * An organization party. Only a blank id is refused here: records that hold an id of the
     * wrong syntax can still be built (the validation module reports them), and so can their
     * parties. {@link Party#parse(String)} is stricter and checks the id syntax.
     *
     * @param organizationId the organization's record id
     * @throws IllegalArgumentException when the id is blank
     */
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
