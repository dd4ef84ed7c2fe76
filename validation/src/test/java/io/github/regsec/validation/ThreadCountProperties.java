package io.github.regsec.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.problem.Problem;
import io.github.regsec.validation.generators.FaultyDatasets;
import io.github.regsec.validation.generators.FaultyDatasets.Sample;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The number of threads changes nothing but the time: a {@link Dataset} built with 1, 2, 4 or 8
 * threads gives the same answer to every question, and a validator with 1, 2, 4 or 8 threads the
 * same report (the same problems, in the same order, the same text and JSON), on generated
 * datasets with planted faults, on a big generated dataset whose record constraints are checked
 * in many parts, and on the planted fixtures read from CSV, JSON and JSON Lines.
 */
class ThreadCountProperties {

    private static final List<Integer> THREADS = List.of(2, 4, 8);

    /** Datasets with faults of every kind, half of them with crowded memberships. */
    @Provide
    Arbitrary<Sample> faultyOrCrowded() {
        return Arbitraries.oneOf(FaultyDatasets.faulty(), FaultyDatasets.crowded());
    }

    private static Dataset dataset(List<DatasetRecord> records, int threads) {
        return Dataset.builder().threads(threads).addAll(records).build();
    }

    private static DatasetValidator validator(int threads) {
        return DatasetValidator.builder().asOf(TestData.AS_OF).threads(threads).build();
    }

    /** What a report says: its problems in order, its text and its JSON. */
    private record Outcome(List<Problem> problems, String text, String json) {
        static Outcome of(ValidationReport report) {
            return new Outcome(report.problems(), report.toText(), report.toJson("data"));
        }
    }

    private static void sameWhateverTheThreads(List<DatasetRecord> records) {
        List<String> answers = DatasetAnswers.of(dataset(records, 1));
        Outcome report = Outcome.of(validator(1).validate(dataset(records, 1)));
        for (int threads : THREADS) {
            assertThat(DatasetAnswers.of(dataset(records, threads))).as("answers on %d threads", threads)
                    .containsExactlyElementsOf(answers);
            assertThat(Outcome.of(validator(threads).validate(dataset(records, threads))))
                    .as("report on %d threads", threads).isEqualTo(report);
        }
    }

    @Property(tries = 50)
    void aDatasetWithFaultsGivesTheSameAnswersAndReportOnAnyNumberOfThreads(@ForAll("faultyOrCrowded") Sample sample) {
        sameWhateverTheThreads(sample.records());
    }

    @Example
    void aBigDatasetWithPlantedErrorsGivesTheSameReportOnAnyNumberOfThreads() {
        List<DatasetRecord> big = ConcurrentValidationTest.big(); // 24,000 memberships: many parts per thread
        Outcome one = Outcome.of(validator(1).validate(dataset(big, 1)));
        assertThat(one.problems()).hasSizeGreaterThan(100);
        for (int threads : THREADS) {
            assertThat(Outcome.of(validator(threads).validate(dataset(big, threads)))).as("%d threads", threads)
                    .isEqualTo(one);
        }
    }

    @Example
    void aBigDatasetGivesTheSameAnswersOnAnyNumberOfThreads() {
        List<DatasetRecord> big = ConcurrentValidationTest.big().subList(0, 3_000);
        List<String> one = DatasetAnswers.of(dataset(big, 1));
        assertThat(DatasetAnswers.of(dataset(big, 8))).containsExactlyElementsOf(one);
    }

    @Example
    void thePlantedFixturesGiveTheSameReportAndAnswersOnAnyNumberOfThreads() throws Exception {
        for (String fixture : List.of("csv", "planted.json", "planted.jsonl")) {
            ImportResult imported = Formats.discover().read(
                    Path.of(getClass().getResource("/planted/" + fixture).toURI()), ReadOptions.defaults());
            Outcome one = Outcome.of(validator(1).validate(imported));
            assertThat(one.problems()).as(fixture).hasSize(21);
            List<DatasetRecord> records = imported.dataset().records().toList();
            List<String> answers = DatasetAnswers.of(dataset(records, 1));
            for (int threads : THREADS) {
                assertThat(Outcome.of(validator(threads).validate(imported))).as("%s on %d threads", fixture, threads)
                        .isEqualTo(one);
                assertThat(DatasetAnswers.of(dataset(records, threads))).as("%s answers on %d threads", fixture, threads)
                        .containsExactlyElementsOf(answers);
            }
        }
    }
}
