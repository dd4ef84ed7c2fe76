package io.github.regsec.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.problem.Problem;
import io.github.regsec.sample.SampleData;
import io.github.regsec.validation.DatasetValidator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class SparkValidatorTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
    private static final Path PLANTED = Path.of("../validation/src/test/resources/planted");
    private static final Path COUNTRY_LIFETIME = Path.of("../validation/src/test/resources/country-lifetime");

    @Test
    void bundledDatasetGivesTheProblemsOfOneMachine() throws Exception {
        ImportResult imported = SampleData.readCentralAsia();
        assertSameProblems(imported, SparkDataset.of(LocalSpark.session(), imported));
    }

    @Test
    void plantedJsonLinesReadInPartsGivesTheProblemsOfOneMachine() throws Exception {
        Path file = PLANTED.resolve("planted.jsonl");
        List<Problem> spark = assertSameProblems(Formats.discover().read(file),
                SparkDataset.read(LocalSpark.session(), file.toString()));
        assertThat(spark).hasSizeGreaterThan(20);
    }

    @Test
    void plantedCsvDirectoryGivesTheProblemsOfOneMachine() throws Exception {
        Path dir = PLANTED.resolve("csv");
        assertSameProblems(Formats.discover().read(dir), SparkDataset.read(LocalSpark.session(), dir.toString()));
    }

    @Test
    void countryLifetimesGiveTheProblemsOfOneMachine() throws Exception {
        Path file = COUNTRY_LIFETIME.resolve("country-lifetime.jsonl");
        assertSameProblems(Formats.discover().read(file), SparkDataset.read(LocalSpark.session(), file.toString()));
    }

    static List<Problem> assertSameProblems(ImportResult imported, SparkDataset data) {
        return assertSameProblems(singleMachine(imported), data);
    }

    /** The problems the single-machine validator finds, sorted. */
    static List<Problem> singleMachine(ImportResult imported) {
        return sorted(DatasetValidator.builder().asOf(AS_OF).build().validate(imported).problems());
    }

    static List<Problem> assertSameProblems(List<Problem> expected, SparkDataset data) {
        List<Problem> actual = sorted(SparkValidator.builder().asOf(AS_OF).build().validate(data).collectAsList()
                .stream().map(SparkDataset::problem).toList());
        assertThat(actual).containsExactlyElementsOf(expected);
        return actual;
    }

    private static List<Problem> sorted(List<Problem> problems) {
        return problems.stream().sorted(Comparator.comparing(Problem::toString)).toList();
    }
}
