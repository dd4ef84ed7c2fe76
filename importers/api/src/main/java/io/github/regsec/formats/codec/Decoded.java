package io.github.regsec.formats.codec;

import io.github.regsec.problem.Problem;
import java.util.List;

/**
 * A decoded row: the value, or null when the row has errors, and the problems found (warnings
 * may come with a value).
 *
 * @param value the decoded record or child row, or null when rejected
 * @param problems the problems found in the row
 */
public record Decoded<T>(T value, List<Problem> problems) {

    /**
     * Copies the problems.
     *
     * @param value the decoded record or child row, or null when rejected
     * @param problems the problems found in the row; not null
     */
    public Decoded {
        problems = List.copyOf(problems);
    }

    /**
     * True when the row is rejected.
     *
     * @return whether there is no value, the problems holding at least one error
     */
    public boolean isRejected() {
        return value == null;
    }
}
