package io.github.regsec.validation.rules;

import static io.github.regsec.validation.TestData.org;
import static io.github.regsec.validation.rules.PeopleRules.holding;
import static io.github.regsec.validation.rules.PeopleRules.person;
import static io.github.regsec.validation.rules.PeopleRules.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.model.FieldOffice;
import io.github.regsec.model.FieldOfficeKind;
import io.github.regsec.model.OrganizationKind;
import io.github.regsec.model.country.CountryCode;
import io.github.regsec.problem.RuleIds;
import io.github.regsec.problem.Severity;
import io.github.regsec.validation.ValidationRuleIds;
import org.junit.jupiter.api.Test;

class PostOrganizationRuleTest {

    @Test
    void reportsAMembershipInAnotherOrganizationThanItsPosts() {
        assertThat(Check.problems(ValidationRuleIds.POST_ORGANIZATION, org("osce").build(),
                org("osce-secretariat").kind(OrganizationKind.BODY).parentId("osce").build(),
                person("schmid", "Helga Maria Schmid", null, null), post("osce-sg", "osce-secretariat", true),
                holding("h-schmid", "osce", "schmid", "osce-sg", "2020-12-04", null))).singleElement().satisfies(p -> {
                    assertThat(p.recordId()).isEqualTo("h-schmid");
                    assertThat(p.severity()).isEqualTo(Severity.ERROR);
                    assertThat(p.field()).isEqualTo("post_id");
                    assertThat(p.message()).isEqualTo("post_id 'osce-sg' is a post of 'osce-secretariat', but the membership"
                            + " is in 'osce': give the membership the post's organization_id, or the post of 'osce' it fills");
                });
    }

    @Test
    void acceptsAPostOfAFieldOfficeFilledInThatOffice() {
        assertThat(Check.problems(ValidationRuleIds.POST_ORGANIZATION, org("osce").build(),
                FieldOffice.builder("osce-po-dushanbe", "osce", "OSCE Programme Office in Dushanbe",
                        FieldOfficeKind.PROGRAMME_OFFICE, CountryCode.of("TJ")).build(),
                person("jaliashvili", "Tea Jaliashvili", null, null), post("head", "osce-po-dushanbe", true),
                holding("h", "osce-po-dushanbe", "jaliashvili", "head", null, "2023"))).isEmpty();
    }

    @Test
    void leavesAPostThatDoesNotExistToUnknownReference() {
        assertThat(Check.problems(ValidationRuleIds.POST_ORGANIZATION, org("osce").build(),
                holding("h", "osce", "nobody", "no-post", null, null))).isEmpty();
        assertThat(Check.problems(RuleIds.UNKNOWN_REFERENCE, org("osce").build(),
                holding("h", "osce", "nobody", "no-post", null, null))).extracting(p -> p.field() + ": " + p.message())
                .containsExactly("member: member 'person:nobody' names no person in the dataset: add it or correct the id",
                        "post_id: post_id 'no-post' names no post in the dataset: add it or correct the id");
    }
}
