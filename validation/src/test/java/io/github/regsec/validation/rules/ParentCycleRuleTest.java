package io.github.regsec.validation.rules;

import static io.github.regsec.validation.TestData.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.model.Dataset;
import io.github.regsec.model.Organization;
import io.github.regsec.model.OrganizationKind;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import io.github.regsec.validation.DatasetValidator;
import io.github.regsec.validation.ValidationRuleIds;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ParentCycleRuleTest {

    private static Organization body(String id, String parent) {
        return Organization.builder(id, "Body " + id, OrganizationKind.BODY).parentId(parent).build();
    }

    @Test
    void reportsEachRecordOnTheCycleButNotThoseLeadingIntoIt() {
        List<Problem> problems = Check.problems(ValidationRuleIds.PARENT_CYCLE,
                body("a", "b"), body("b", "c"), body("c", "a"), body("leaf", "a"),
                meeting("m1", "2019", null).parentId("m1").build(),
                meeting("m2", "2019", null).parentId("m1").build());
        assertThat(problems).extracting(Problem::recordId).containsExactly("a", "b", "c", "m1");
        assertThat(problems.get(1).field()).isEqualTo("parent_id");
        assertThat(problems.get(1).message()).isEqualTo("parent_id 'c' makes a cycle: a -> b -> c -> a; "
                + "an organization cannot be its own ancestor: correct one parent_id");
    }

    @Test
    void staysSilentOnTreesAndDanglingParents() {
        assertThat(Check.problems(ValidationRuleIds.PARENT_CYCLE,
                Organization.builder("osce", "OSCE", OrganizationKind.INTERGOVERNMENTAL).build(),
                body("fsc", "osce"), body("pc", "osce"), body("sub", "fsc"), body("lost", "nowhere"))).isEmpty();
    }

    /** The rule's problems, with the record constraints switched off (they are not what this test is about). */
    private static List<Problem> rulesOnly(Dataset dataset) {
        return DatasetValidator.builder().discoverRules(false).disable(RuleIds.REQUIRED).disable(RuleIds.SYNTAX).build()
                .validate(dataset).problems(ValidationRuleIds.PARENT_CYCLE);
    }

    @Test
    void walksAHundredThousandDeepChainWithoutRecursion() {
        int n = 100_000;
        List<Organization> chain = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            chain.add(body("o" + i, i + 1 < n ? "o" + (i + 1) : "o" + (n - 3))); // the last three form a cycle
        }
        Dataset dataset = Dataset.builder().addAll(chain).build();
        List<Problem> problems = rulesOnly(dataset);
        assertThat(problems).extracting(Problem::recordId).containsExactly("o99997", "o99998", "o99999");

        List<Organization> ring = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ring.add(body("r" + i, "r" + ((i + 1) % n)));
        }
        List<Problem> all = rulesOnly(Dataset.builder().addAll(ring).build());
        assertThat(all).hasSize(n);
        assertThat(all.get(0).message()).startsWith("parent_id 'r1' makes a cycle: r0 -> r1 -> r2 -> r3 -> r4 -> r5 -> ... (100000 records) -> r0;");
        assertThat(all.stream().map(Problem::message).collect(Collectors.toSet())).hasSizeGreaterThan(1);
    }
}
