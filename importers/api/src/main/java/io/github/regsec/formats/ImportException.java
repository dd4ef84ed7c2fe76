package io.github.regsec.formats;

import io.github.regsec.problem.Problem;
import java.io.IOException;
import java.util.Objects;

/**
 * Reading stopped at a problem: in fail-fast mode, the first error. Carries the problem, with
 * its file and line.
 */
public class ImportException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    /**
     * An exception for this problem; its message is the problem's one-line form.
     *
     * @param problem the error that stopped reading
     */
    public ImportException(Problem problem) {
        super(Objects.requireNonNull(problem, "problem").toString());
        this.problem = problem;
    }

    /**
     * The problem that stopped reading.
     *
     * @return the error, with its file, line and field where known
     */
    public Problem problem() {
        return problem;
    }
}
