package io.github.regsec.validation.rules;

import static io.github.regsec.validation.TestData.member;
import static io.github.regsec.validation.TestData.org;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.model.RecordKind;
import io.github.regsec.model.Source;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import io.github.regsec.problem.Severity;
import io.github.regsec.validation.Imports;
import io.github.regsec.validation.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateIdRuleTest {

    @Test
    void reportsTheLaterRecordAcrossKinds() {
        var source = new Source("osce", "OSCE web site", null, null, null, null, null, null);
        var imported = new Imports()
                .record(source, "sources.csv", 2)
                .record(org("osce").build(), "organizations.csv", 2)
                .record(org("cis").build(), "organizations.csv", 3)
                .result();
        List<Problem> problems = TestData.validator().validate(imported).problems(RuleIds.DUPLICATE_ID);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
            assertThat(p.recordKind()).isEqualTo(RecordKind.ORGANIZATION);
            assertThat(p.recordId()).isEqualTo("osce");
            assertThat(p.field()).isEqualTo("id");
            assertThat(p.location()).isEqualTo(Location.of("organizations.csv", 2));
            assertThat(p.message()).isEqualTo("id 'osce' is already used by source 'osce' (sources.csv:2): give each record an id of its own");
        });
    }

    @Test
    void reportsEveryLaterUse() {
        assertThat(Check.problems(RuleIds.DUPLICATE_ID, org("a").build(), org("a").build(),
                member("a", "a", "country:TJ", null, null))).hasSize(2);
    }

    @Test
    void staysSilentOnDistinctIds() {
        assertThat(Check.problems(RuleIds.DUPLICATE_ID, org("a").build(), org("A").build(),
                member("m1", "a", "country:TJ", null, null))).isEmpty();
    }
}
