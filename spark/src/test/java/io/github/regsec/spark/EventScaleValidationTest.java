package io.github.regsec.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.problem.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated dataset of a million records, with problems of every rule planted, validated both ways. */
class EventScaleValidationTest {

    private static List<Problem> singleMachine(Path file) throws Exception {
        ImportResult imported = Formats.discover().read(file);
        assertThat(imported.rowsRead()).isGreaterThanOrEqualTo(1_000_000);
        return SparkValidatorTest.singleMachine(imported);
    }

    @Test
    void millionRecordsGiveTheProblemsOfOneMachine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("events.jsonl");
        long lines = EventScaleDataset.write(file, 1_000_000, 7);
        assertThat(lines).isGreaterThanOrEqualTo(1_000_000);
        List<Problem> expected = singleMachine(file); // the dataset itself is let go before Spark runs
        SparkDataset data = SparkDataset.read(LocalSpark.session(), file.toString());
        List<Problem> problems = SparkValidatorTest.assertSameProblems(expected, data);
        data.unpersist();
        Map<String, Long> byRule = new TreeMap<>(problems.stream()
                .collect(Collectors.groupingBy(Problem::rule, Collectors.counting())));
        System.out.println("problems by rule: " + byRule);
        assertThat(byRule).containsKeys("duplicate-id", "unknown-reference", "date-order", "parent-cycle",
                "possible-duplicate", "chair-not-member", "participant-affiliation", "future-date", "missing-date",
                "country-lifetime", "outside-lifetime", "office-not-open", "duplicate-value", "person-lifetime");
    }
}
