package io.github.regsec.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.model.time.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MembershipTest {

    private static final Party UZBEKISTAN = Party.parse("country:UZ");

    @Test
    void ofBuildsAMembershipWithoutSourcesOrNote() {
        Membership m = Membership.of("csto-uz-2006", "csto", UZBEKISTAN, MembershipStatus.MEMBER,
                PartialDate.parse("2006-06-23"), PartialDate.parse("2012-12-19"));
        assertThat(m.sources()).isEmpty();
        assertThat(m.note()).isNull();
        assertThat(m.recordKind()).isEqualTo(RecordKind.MEMBERSHIP);
        assertThat(m.period()).isEqualTo(Period.of(PartialDate.parse("2006-06-23"), PartialDate.parse("2012-12-19")));
        assertThat(m.period().possiblyActiveOn(LocalDate.of(2012, 12, 20))).isFalse();
        assertThat(m.startField()).isEqualTo("start_date");
        assertThat(m.endField()).isEqualTo("end_date");
    }

    @Test
    void builderWithTheRequiredValuesIsTheCommonCaseWithMore() {
        Membership m = Membership.builder("osce-sg-schmid", "osce", Party.person("helga-maria-schmid"), MembershipStatus.MEMBER)
                .postId("osce-sg").startDate(PartialDate.parse("2020-12-04")).note("from the OSCE").build();
        assertThat(m.organizationId()).isEqualTo("osce");
        assertThat(m.member()).isEqualTo(Party.person("helga-maria-schmid"));
        assertThat(m.postId()).isEqualTo("osce-sg");
        assertThat(m.endDate()).isNull();
        assertThat(Membership.builder("m", "sco", UZBEKISTAN, MembershipStatus.OBSERVER).build())
                .isEqualTo(Membership.of("m", "sco", UZBEKISTAN, MembershipStatus.OBSERVER, null, null));
    }

    @Test
    void requiredValuesNameTheirField() {
        PartialDate start = PartialDate.parse("1992");
        assertThatThrownBy(() -> Membership.of(null, "osce", UZBEKISTAN, MembershipStatus.MEMBER, start, null))
                .isInstanceOf(NullPointerException.class).hasMessage("id is required");
        assertThatThrownBy(() -> Membership.of("m", null, UZBEKISTAN, MembershipStatus.MEMBER, start, null))
                .isInstanceOf(NullPointerException.class).hasMessage("organization_id is required");
        assertThatThrownBy(() -> Membership.of("m", "osce", null, MembershipStatus.MEMBER, start, null))
                .isInstanceOf(NullPointerException.class).hasMessage("member is required");
        assertThatThrownBy(() -> Membership.of("m", "osce", UZBEKISTAN, null, start, null))
                .isInstanceOf(NullPointerException.class).hasMessage("status is required");
    }

    @Test
    void copiesSourcesAndRefusesToChangeThem() {
        List<String> sources = new ArrayList<>(List.of("csto-charter"));
        Membership m = new Membership("m", "csto", UZBEKISTAN, MembershipStatus.MEMBER, null, null, sources, "");
        sources.add("other");
        assertThat(m.sources()).containsExactly("csto-charter");
        assertThatThrownBy(() -> m.sources().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(m.note()).isNull();
    }

    @Test
    void nullSourcesAreEmptyAndNullElementsAreRefused() {
        assertThat(new Membership("m", "csto", UZBEKISTAN, MembershipStatus.MEMBER, null, null, null, null).sources())
                .isEmpty();
        assertThatThrownBy(() -> new Membership("m", "csto", UZBEKISTAN, MembershipStatus.MEMBER, null, null,
                Arrays.asList("a", null), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("sources must not contain null");
    }
}
