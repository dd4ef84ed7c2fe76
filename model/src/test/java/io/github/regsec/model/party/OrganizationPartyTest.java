package io.github.regsec.model.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrganizationPartyTest {

    @Test
    void isWrittenWithTheOrganizationId() {
        assertThat(new OrganizationParty("csto").text()).isEqualTo("org:csto");
        assertThat(new OrganizationParty("csto").organizationId()).isEqualTo("csto");
    }

    @Test
    void requiresAnId() {
        assertThatThrownBy(() -> new OrganizationParty(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("organizationId");
        assertThatThrownBy(() -> new OrganizationParty(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an organization party needs an organization id");
    }

    @Test
    void acceptsAnIdOfTheWrongSyntaxSoThatInvalidRecordsCanStillBeBuilt() {
        // Party.parse checks the syntax; records read with problems still need their parties
        assertThat(new OrganizationParty("osce fsc").text()).isEqualTo("org:osce fsc");
    }
}
