package io.github.regsec.validation.rules;

import static io.github.regsec.validation.TestData.member;
import static io.github.regsec.validation.TestData.membership;
import static io.github.regsec.validation.TestData.org;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.model.Dataset;
import io.github.regsec.model.Membership;
import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.Severity;
import io.github.regsec.validation.ValidationRuleIds;
import io.github.regsec.problem.RuleIds;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MembershipOverlapRuleTest {

    private static List<String> reported(Membership... memberships) {
        return Check.problems(ValidationRuleIds.MEMBERSHIP_OVERLAP, memberships).stream().map(Problem::recordId)
                .collect(Collectors.toList());
    }

    @Test
    void reportsTheMembershipThatStartsLater() {
        List<Problem> problems = Check.problems(ValidationRuleIds.MEMBERSHIP_OVERLAP,
                member("m1", "osce", "country:TJ", "1992-01-30", null),
                member("m2", "osce", "country:TJ", "1995", "2000"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.recordId()).isEqualTo("m2");
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
            assertThat(p.field()).isEqualTo("start_date");
            assertThat(p.message()).isEqualTo("overlaps membership 'm1': country:TJ in 'osce' 1995..2000 and 1992-01-30..; "
                    + "a member holds one membership at a time: merge them or correct the dates");
        });
    }

    @Test
    void reportsByStartNotByFileOrder() {
        assertThat(reported(
                member("late", "osce", "country:TJ", "2000", null),
                member("early", "osce", "country:TJ", "1990", "2010"))).containsExactly("late");
    }

    @Test
    void reportsTheLaterInFileOnATie() {
        assertThat(reported(
                member("first", "osce", "country:TJ", "1995", null),
                member("second", "osce", "country:TJ", "1995", "1996"))).containsExactly("second");
    }

    @Test
    void staysSilentWhenTheOverlapIsNotCertain() {
        // an end of 2019 may be before 2019-07-17
        assertThat(reported(member("a", "o", "country:TJ", "1990", "2019"),
                member("b", "o", "country:TJ", "2019-07-17", null))).isEmpty();
        assertThat(reported(member("a", "o", "country:TJ", "1990", "2019-07"),
                member("b", "o", "country:TJ", "2019-07-17", null))).isEmpty();
        // the end year 1995 and the start year 1995 may not share a day
        assertThat(reported(member("a", "o", "country:TJ", "1990", "1995"),
                member("b", "o", "country:TJ", "1995", null))).isEmpty();
        // an unknown start never overlaps for certain
        assertThat(reported(member("a", "o", "country:TJ", null, null),
                member("b", "o", "country:TJ", "1995", null))).isEmpty();
    }

    @Test
    void reportsWhenEveryReadingOverlaps() {
        assertThat(reported(member("a", "o", "country:TJ", "1990", "2019-08"),
                member("b", "o", "country:TJ", "2019-07-17", null))).containsExactly("b");
        assertThat(reported(member("a", "o", "country:TJ", "1990", null),
                member("b", "o", "country:TJ", "2000", null))).containsExactly("b");
    }

    @Test
    void staysSilentForConsecutiveOrUnrelatedMemberships() {
        assertThat(reported(
                member("a", "o", "country:TJ", "1990", "1994"),
                member("b", "o", "country:TJ", "1995", null),
                member("c", "o", "country:KZ", "1990", null),
                member("d", "other", "country:TJ", "1990", null))).isEmpty();
    }

    @Test
    void findsOverlapsWithAnyEarlierMembershipNotOnlyTheNeighbour() {
        assertThat(reported(
                member("long", "o", "country:TJ", "1990", "2020"),
                member("short", "o", "country:TJ", "1995-01", "1995-02"),
                member("later", "o", "country:TJ", "2005", "2006"))).containsExactly("short", "later");
    }

    @Test
    void findsTheEarlierMembershipThatCertainlyOverlapsEvenWhenAnotherEndsLater() {
        // a1 ends last but may start after b ends; a2 certainly overlaps b
        assertThat(reported(
                member("a1", "o", "country:TJ", "2019", null),
                member("a2", "o", "country:TJ", "2019-01-05", "2019-01-20"),
                member("b", "o", "country:TJ", "2019-01-10", "2019-01-12"))).containsExactly("b");
    }

    @Test
    void comparesAnyStatus() {
        assertThat(reported(
                membership("obs", "o", "country:TJ", MembershipStatus.OBSERVER, "1990", null),
                member("full", "o", "country:TJ", "1995", null))).containsExactly("full");
    }

    @Test
    void agreesWithComparingEveryPair() {
        Random random = new Random(42);
        List<Membership> memberships = new ArrayList<>();
        String[] parties = {"country:TJ", "country:KZ", "org:cis"};
        for (int i = 0; i < 600; i++) {
            PartialDate start = random.nextInt(8) == 0 ? null : randomDate(random);
            PartialDate end = random.nextInt(4) == 0 ? null : randomDate(random);
            if (start != null && end != null && end.isCertainlyBefore(start)) {
                PartialDate t = start;
                start = end;
                end = t;
            }
            memberships.add(Membership.of("m" + i, "o" + random.nextInt(3), Party.parse(parties[random.nextInt(3)]),
                    MembershipStatus.MEMBER, start, end));
        }
        Set<String> expected = new TreeSet<>();
        Comparator<Integer> byStart = Comparator.comparing((Integer i) -> memberships.get(i).startDate().earliest())
                .thenComparing(i -> i);
        for (int i = 0; i < memberships.size(); i++) {
            for (int j = 0; j < memberships.size(); j++) {
                Membership a = memberships.get(i);
                Membership b = memberships.get(j);
                if (i != j && a.startDate() != null && b.startDate() != null && a.organizationId().equals(b.organizationId())
                        && a.member().equals(b.member()) && byStart.compare(i, j) < 0 && a.period().certainlyOverlaps(b.period())) {
                    expected.add(b.id());
                }
            }
        }
        Dataset dataset = Dataset.builder().addAll(memberships).add(org("o0").build()).build();
        Set<String> actual = Check.problems(ValidationRuleIds.MEMBERSHIP_OVERLAP, dataset).stream().map(Problem::recordId)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(expected).isNotEmpty();
        assertThat(actual).isEqualTo(expected);
    }

    private static PartialDate randomDate(Random random) {
        int year = 1990 + random.nextInt(30);
        switch (random.nextInt(3)) {
            case 0:
                return PartialDate.ofYear(year);
            case 1:
                return PartialDate.ofMonth(year, 1 + random.nextInt(12));
            default:
                return PartialDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        }
    }

    @Test
    void aMembershipWhoseEndIsCertainlyBeforeItsStartOverlapsNothing() {
        // it covers no day (a date-order error), as Period.certainlyOverlaps has it, whichever starts first
        Membership reversed = member("reversed", "osce", "country:TJ", "2001", "2000-02-01");
        Membership ongoing = member("ongoing", "osce", "country:TJ", "2000-01", null);
        Membership later = member("later", "osce", "country:TJ", "2002-03", null);

        assertThat(reported(ongoing, reversed, later)).containsExactly("later");
        assertThat(Check.problems(RuleIds.DATE_ORDER, ongoing, reversed, later)).extracting(Problem::recordId)
                .containsExactly("reversed");
    }
}
