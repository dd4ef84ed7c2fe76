package io.github.regsec.validation.rules;

import static io.github.regsec.validation.TestData.member;
import static io.github.regsec.validation.TestData.membership;
import static io.github.regsec.validation.TestData.org;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.model.MembershipStatus;
import io.github.regsec.problem.Problem;
import io.github.regsec.model.Coverage;
import io.github.regsec.validation.ValidationRuleIds;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemberCountRuleTest {

    private static List<Problem> problems(int declared) {
        // as of 2026-11-28: active are TJ (twice), KZ (from 2026: may have started), not KG (ended), UZ (from 2027), AF (observer)
        return Check.problems(ValidationRuleIds.MEMBER_COUNT, org("o").memberCount(declared).coverage(Coverage.COMPLETE).build(),
                member("tj", "o", "country:TJ", "1992", null),
                member("tj-again", "o", "country:TJ", "1995", null),
                member("kz", "o", "country:KZ", "2026", null),
                member("kg", "o", "country:KG", "1992", "2020"),
                member("uz", "o", "country:UZ", "2027", null),
                membership("af", "o", "country:AF", MembershipStatus.OBSERVER, "2000", null));
    }

    @Test
    void staysSilentWhenTheCountMatchesTheActiveMembers() {
        assertThat(problems(2)).isEmpty();
        assertThat(Check.problems(ValidationRuleIds.MEMBER_COUNT, org("no-count").build(),
                member("tj", "no-count", "country:TJ", "1992", null))).isEmpty();
    }

    @Test
    void staysSilentWhereTheListIsNotSaidToBeComplete() {
        assertThat(Check.problems(ValidationRuleIds.MEMBER_COUNT, org("p").memberCount(193).coverage(Coverage.PARTIAL).build(),
                member("tj", "p", "country:TJ", "1992", null))).isEmpty();
        assertThat(Check.problems(ValidationRuleIds.MEMBER_COUNT, org("u").memberCount(193).build(),
                member("tj", "u", "country:TJ", "1992", null))).isEmpty();
    }

    @Test
    void staysSilentWhenAPossibleMemberCouldMakeTheCountRight() {
        assertThat(problems(1)).isEmpty(); // TJ certainly, KZ (from 2026) possibly
    }

    @Test
    void reportsACountBelowTheCertainMembers() {
        assertThat(problems(0)).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("member_count is 0, but between 1 and 2 parties have"));
    }

    @Test
    void reportsADeclaredCountThatDiffers() {
        assertThat(problems(57)).singleElement().satisfies(p -> {
            assertThat(p.recordId()).isEqualTo("o");
            assertThat(p.field()).isEqualTo("member_count");
            assertThat(p.message()).isEqualTo("member_count is 57, but between 1 and 2 parties have a member membership active on 2026-11-28: "
                    + "correct member_count or the memberships");
        });
    }
}
