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
 */
public record ImportResult(Dataset dataset, List<Problem> problems, RecordLocations locations, List<String> files,
                           long rowsRead, long rowsImported, long rowsRejected, long rowsSkipped,
                           List<SkippedRows> skipped) {

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
    }

    /** True when reading found an error. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** The number of problems of a severity. */
    public long count(Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }
}
