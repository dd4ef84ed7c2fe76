package io.github.regsec.formats.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.regsec.formats.ImportException;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.model.Dataset;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.Severity;
import java.util.function.Predicate;

/**
 * What every read must give, whatever its input, for the properties of the CSV and JSON modules:
 * balanced books, problems with a place and words for users, and fail-fast mode stopping at the
 * first error that collecting mode reports.
 */
public final class ImportChecks {

    private ImportChecks() {
    }

    /** A read that may throw anything: the property decides what is allowed. */
    @FunctionalInterface
    public interface Read {
        /** Reads and returns the result. */
        ImportResult read() throws Exception;
    }

    /**
     * The books balance: rows read = imported + rejected; every rejected row has an error among
     * the problems; every imported row is in the dataset (records, names, participants) with a
     * location, and nothing else is.
     */
    public static void assertBooksBalance(ImportResult result) {
        assertThat(result.rowsRead()).as("rows read").isEqualTo(result.rowsImported() + result.rowsRejected());
        assertThat(result.count(Severity.ERROR)).as("errors, at least one a rejected row")
                .isGreaterThanOrEqualTo(result.rowsRejected());
        assertThat(rowsIn(result.dataset())).as("rows in the dataset").isEqualTo(result.rowsImported());
        assertThat((long) result.locations().size()).as("rows with a location").isEqualTo(result.rowsImported());
    }

    /** The records and child rows of a dataset. */
    public static long rowsIn(Dataset dataset) {
        return dataset.records().count()
                + dataset.organizations().stream().mapToLong(o -> o.names().size()).sum()
                + dataset.fieldOffices().stream().mapToLong(f -> f.names().size()).sum()
                + dataset.meetings().stream().mapToLong(m -> m.participants().size()).sum();
    }

    /**
     * Every problem names a file that was read and (unless {@code mayLackLine} allows it, for
     * problems about a whole file that could not be read) a line, and speaks the user's language:
     * no exception or class names.
     */
    public static void assertProblemsPlaced(ImportResult result, Predicate<Problem> mayLackLine) {
        for (Problem problem : result.problems()) {
            assertThat(problem.location()).as("location of %s", problem).isNotNull();
            assertThat(result.files()).as("file of %s", problem).contains(problem.location().file());
            if (!mayLackLine.test(problem)) {
                assertThat(problem.location().line()).as("line of %s", problem).isPositive();
            }
            assertThat(problem.message()).as("message of %s", problem)
                    .doesNotContain("Exception", "java.", "tools.jackson", "org.apache", "Source:");
        }
    }

    /**
     * Fail-fast mode stops with an {@link ImportException} carrying the first error that
     * collecting mode reports, and throws nothing else; without errors it reads the same.
     */
    public static void assertFailFastAgrees(ImportResult collected, Read failFast) {
        Problem firstError = collected.problems().stream().filter(Problem::isError).findFirst().orElse(null);
        Object[] outcome = new Object[1];
        Throwable thrown = catchThrowable(() -> outcome[0] = failFast.read());
        if (firstError == null) {
            assertThat(thrown).as("fail-fast read of input without errors").isNull();
            assertThat(((ImportResult) outcome[0]).problems()).isEqualTo(collected.problems());
        } else {
            assertThat(thrown).as("fail-fast read of input with errors").isInstanceOf(ImportException.class);
            assertThat(((ImportException) thrown).problem()).isEqualTo(firstError);
        }
    }
}
