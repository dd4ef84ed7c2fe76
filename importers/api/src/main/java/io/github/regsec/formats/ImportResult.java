package io.github.regsec.formats;

import io.github.regsec.model.Dataset;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.Severity;
import java.util.List;
import java.util.Objects;

/**
 * What a read gives: the dataset of every good row, every problem found, where each record came
 * from, the files read (in order) and the books: {@code rowsRead == rowsImported + rowsRejected}.
 *
 * @param dataset the records imported
 * @param problems the problems, in the order found
 * @param locations where each record and child row came from
 * @param files the files read, relative to the dataset path, in the order read
 * @param rowsRead rows (records and child rows) read
 * @param rowsImported rows imported
 * @param rowsRejected rows not imported, each with at least one error among the problems
 */
public record ImportResult(Dataset dataset, List<Problem> problems, RecordLocations locations, List<String> files,
                           long rowsRead, long rowsImported, long rowsRejected) {

    /**
     * Checks that the dataset and locations are given and that the books balance; copies the
     * problems and files.
     *
     * @param dataset the records imported
     * @param problems the problems, in the order found
     * @param locations where each record and child row came from
     * @param files the files read, relative to the dataset path, in the order read
     * @param rowsRead rows (records and child rows) read
     * @param rowsImported rows imported
     * @param rowsRejected rows not imported, each with at least one error among the problems
     * @throws NullPointerException when the dataset, locations, problems or files are null
     * @throws IllegalArgumentException when rows read are not rows imported plus rows rejected
     */
    public ImportResult {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(locations, "locations");
        problems = List.copyOf(problems);
        files = List.copyOf(files);
        if (rowsRead != rowsImported + rowsRejected) {
            throw new IllegalArgumentException("rows read (" + rowsRead + ") must equal imported (" + rowsImported
                    + ") plus rejected (" + rowsRejected + ")");
        }
    }

    /**
     * True when reading found an error.
     *
     * @return whether a problem is an error
     */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /**
     * The number of problems of a severity.
     *
     * @param severity error or warning
     * @return how many of the problems have that severity
     */
    public long count(Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }
}
