package io.github.regsec.formats;

import io.github.regsec.model.Dataset;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.Severity;
import java.util.List;
import java.util.Objects;

/**
 * What a read gives: the dataset of every good row, every problem found, where each record came
 * from, the files read (in order) and the books: {@code rowsRead == rowsImported + rowsRejected +
 * rowsSkipped}.
 *
 * @param dataset the records imported
 * @param problems the problems, in the order found
 * @param locations where each record and child row came from
 * @param files the files read, relative to the dataset path, in the order read
 * @param rowsRead rows (records and child rows) read
 * @param rowsImported rows imported
 * @param rowsRejected rows not imported, each with at least one error among the problems
 * @param rowsSkipped rows read and deliberately not imported, for a reason that is no error
 * @param skipped the skipped rows by reason: their counts add up to {@code rowsSkipped}
 * @param errors the errors found, including those left out of {@code problems} past
 *     {@link ReadOptions#maxProblems()}
 * @param warnings the warnings found, likewise (the {@link io.github.regsec.problem.RuleIds#PROBLEMS_LEFT_OUT}
 *     warning that says how many were left out is not one of them)
 */
public record ImportResult(Dataset dataset, List<Problem> problems, RecordLocations locations, List<String> files,
                           long rowsRead, long rowsImported, long rowsRejected, long rowsSkipped,
                           List<SkippedRows> skipped, long errors, long warnings) {

    /**
     * Checks that the dataset and locations are given, that the books balance (rows read are
     * rows imported, rejected and skipped; the skipped rows by reason add up to rows skipped) and
     * that the problem counts are not negative; copies the problems, files and skipped rows.
     *
     * @param dataset the records imported
     * @param problems the problems, in the order found
     * @param locations where each record and child row came from
     * @param files the files read, relative to the dataset path, in the order read
     * @param rowsRead rows (records and child rows) read
     * @param rowsImported rows imported
     * @param rowsRejected rows not imported, each with at least one error among the problems
     * @param rowsSkipped rows read and deliberately not imported, for a reason that is no error
     * @param skipped the skipped rows by reason: their counts add up to {@code rowsSkipped}
     * @param errors the errors found, including those left out of {@code problems} past
     *     {@link ReadOptions#maxProblems()}
     * @param warnings the warnings found, likewise (the {@link io.github.regsec.problem.RuleIds#PROBLEMS_LEFT_OUT}
     *     warning that says how many were left out is not one of them)
     * @throws NullPointerException when the dataset, locations, problems, files or skipped rows are null
     * @throws IllegalArgumentException when the books do not balance or a problem count is negative
     */
    public ImportResult {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(locations, "locations");
        problems = List.copyOf(problems);
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
        if (rowsRead != rowsImported + rowsRejected + rowsSkipped) {
            throw new IllegalArgumentException("rows read (" + rowsRead + ") must equal imported (" + rowsImported
                    + ") plus rejected (" + rowsRejected + ") plus skipped (" + rowsSkipped + ")");
        }
        if (skipped.stream().mapToLong(SkippedRows::rows).sum() != rowsSkipped) {
            throw new IllegalArgumentException("the skipped rows by reason must add up to rows skipped (" + rowsSkipped + ")");
        }
        if (errors < 0 || warnings < 0) {
            throw new IllegalArgumentException("problem counts cannot be negative: " + errors + ", " + warnings);
        }
    }

    /**
     * True when reading found an error.
     *
     * @return whether an error was found, among the problems listed or those left out past the cap
     */
    public boolean hasErrors() {
        return errors > 0;
    }

    /**
     * The number of problems of a severity found, including those left out of {@link #problems()}.
     *
     * @param severity error or warning
     * @return {@link #errors()} or {@link #warnings()}
     */
    public long count(Severity severity) {
        return severity == Severity.ERROR ? errors : warnings;
    }
}
