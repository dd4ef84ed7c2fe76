package io.github.regsec.validation.rules;

import static io.github.regsec.validation.TestData.org;
import static io.github.regsec.validation.rules.PeopleRules.holding;
import static io.github.regsec.validation.rules.PeopleRules.person;
import static io.github.regsec.validation.rules.PeopleRules.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.model.DatasetRecord;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.Severity;
import io.github.regsec.validation.ValidationRuleIds;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostHoldersOverlapRuleTest {

    private static final DatasetRecord CSTO = org("csto").build();
    private static final DatasetRecord ZAS = person("zas", "Stanislav Zas", null, null);
    private static final DatasetRecord TASMAGAMBETOV = person("tasmagambetov", "Imangali Tasmagambetov", null, null);

    private static List<Problem> problems(Boolean singleHolder, DatasetRecord... holdings) {
        List<DatasetRecord> records = new java.util.ArrayList<>(List.of(CSTO, ZAS, TASMAGAMBETOV,
                post("csto-sg", "csto", singleHolder)));
        records.addAll(List.of(holdings));
        return Check.problems(ValidationRuleIds.POST_HOLDERS_OVERLAP, records.toArray(DatasetRecord[]::new));
    }

    @Test
    void reportsTheLaterOfTwoHoldersOfASingleHolderPostAtTheSameTime() {
        List<Problem> problems = problems(true,
                holding("h-tasmagambetov", "csto", "tasmagambetov", "csto-sg", "2022-06", null),
                holding("h-zas", "csto", "zas", "csto-sg", "2020-01-01", "2022-12-31"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.recordId()).isEqualTo("h-tasmagambetov");
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
            assertThat(p.field()).isEqualTo("start_date");
            assertThat(p.message()).isEqualTo("person:tasmagambetov holds 'csto-sg' 2022-06.. while person:zas holds it"
                    + " 2020-01-01..2022-12-31 (membership 'h-zas'), but the post has one holder at a time"
                    + " (single_holder true): correct the dates, or set single_holder to false");
        });
    }

    @Test
    void saysNothingWhenTheOverlapIsOnlyPossible() {
        // Zas until some day of 2022, Tasmagambetov from some day of 2022: maybe one after the other
        assertThat(problems(true,
                holding("h-zas", "csto", "zas", "csto-sg", "2020-01-01", "2022"),
                holding("h-tasmagambetov", "csto", "tasmagambetov", "csto-sg", "2022", null))).isEmpty();
        // an unknown start proves nothing
        assertThat(problems(true,
                holding("h-zas", "csto", "zas", "csto-sg", "2020-01-01", null),
                holding("h-tasmagambetov", "csto", "tasmagambetov", "csto-sg", null, "2023"))).isEmpty();
    }

    @Test
    void saysNothingForAPostWithSeveralHoldersOrAnUnknownNumber() {
        DatasetRecord[] overlapping = {
                holding("h-zas", "csto", "zas", "csto-sg", "2020-01-01", null),
                holding("h-tasmagambetov", "csto", "tasmagambetov", "csto-sg", "2021", null)};
        assertThat(problems(false, overlapping)).isEmpty();
        assertThat(problems(null, overlapping)).isEmpty();
        assertThat(problems(true, overlapping)).hasSize(1);
    }

    @Test
    void leavesTwoHoldingsOfOnePersonToMembershipOverlap() {
        assertThat(problems(true,
                holding("h-zas", "csto", "zas", "csto-sg", "2020-01-01", null),
                holding("h-zas-2", "csto", "zas", "csto-sg", "2021", null))).isEmpty();
    }
}
