package io.github.regsec.validation.rules;

import static io.github.regsec.validation.TestData.member;
import static io.github.regsec.validation.TestData.membership;
import static io.github.regsec.validation.TestData.office;
import static io.github.regsec.validation.TestData.org;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.Organization;
import io.github.regsec.model.OrganizationKind;
import io.github.regsec.problem.Problem;
import io.github.regsec.validation.ValidationRuleIds;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HostNotMemberRuleTest {

    private static List<String> reported(io.github.regsec.model.DatasetRecord... records) {
        return Check.problems(ValidationRuleIds.HOST_NOT_MEMBER, records).stream().map(Problem::recordId).collect(Collectors.toList());
    }

    @Test
    void reportsAnOfficeInACountryThatIsNeverAMember() {
        List<Problem> problems = Check.problems(ValidationRuleIds.HOST_NOT_MEMBER, org("osce").build(),
                member("tj", "osce", "country:TJ", "1992-01-30", null),
                membership("af", "osce", "country:AF", MembershipStatus.PARTNER, "2003", null),
                office("kabul", "osce", "AF", "2005", null));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.recordId()).isEqualTo("kabul");
            assertThat(p.field()).isEqualTo("country");
            assertThat(p.message()).isEqualTo("country:AF is not a member of 'osce' in any membership record: "
                    + "add the membership, or correct the office's country or dates");
        });
    }

    @Test
    void reportsAnOfficeOpenOnlyWhileTheCountryWasNotAMember() {
        List<Problem> problems = Check.problems(ValidationRuleIds.HOST_NOT_MEMBER, org("o").build(),
                member("kz", "o", "country:KZ", "2010", null),
                office("almaty", "o", "KZ", "1999", "2005"));
        assertThat(problems).singleElement().extracting(Problem::message).isEqualTo("country:KZ is not a member of 'o' "
                + "at any time while the office is open (1999..2005): add the membership, or correct the office's country or dates");
    }

    @Test
    void staysSilentWhenTheCountryMayBeAMemberWhileOpen() {
        assertThat(reported(org("o").build(),
                member("tj", "o", "country:TJ", "1992-01-30", null),
                member("kz", "o", "country:KZ", "2005", null),
                member("kg", "o", "country:KG", "1990", "1995"),
                office("dushanbe", "o", "TJ", "2002", null),
                office("almaty", "o", "KZ", "1999", "2005-06"),     // membership from 2005 may start by June 2005
                office("bishkek", "o", "KG", null, null))).isEmpty(); // unknown opening: may be open in 1995
    }

    @Test
    void usesTheMembersOfTheOrganizationABodyBelongsTo() {
        Organization programme = Organization.builder("prog", "Programme", OrganizationKind.PROGRAMME).parentId("o").build();
        assertThat(reported(org("o").build(), programme,
                member("tj", "o", "country:TJ", "1992", null),
                office("dushanbe", "prog", "TJ", "2002", null),
                office("kabul", "prog", "AF", "2002", null))).containsExactly("kabul");
    }

    @Test
    void staysSilentWhenTheDatasetRecordsNoMembersOfTheOrganization() {
        assertThat(reported(org("o").build(), office("kabul", "o", "AF", "2002", null))).isEmpty();
    }
}
