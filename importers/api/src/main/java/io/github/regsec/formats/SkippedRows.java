package io.github.regsec.formats;

import io.github.regsec.problem.Location;
import java.util.Objects;

/**
 * Rows an importer read and deliberately did not import, for one reason that is no error: the
 * rows of a state without a country code, the later phases of a membership that were merged
 * into it.
 *
 * @param reason why, in the user's terms: the same text for every row skipped for it
 * @param rows how many rows, at least 1
 * @param first where the first of them is, or null when unknown
 */
public record SkippedRows(String reason, long rows, Location first) {

    /**
     * Checks that the reason is given and not blank and that at least one row was skipped.
     *
     * @param reason why, in the user's terms: the same text for every row skipped for it
     * @param rows how many rows, at least 1
     * @param first where the first of them is, or null when unknown
     * @throws NullPointerException when the reason is null
     * @throws IllegalArgumentException when the reason is blank or {@code rows} is less than 1
     */
    public SkippedRows {
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a skipped row needs a reason");
        }
        if (rows < 1) {
            throw new IllegalArgumentException("rows must be at least 1, not " + rows);
        }
    }

    /** {@code 46 rows: the COW state has no ISO 3166 code (first at members.csv:4)}. */
    @Override
    public String toString() {
        return rows + (rows == 1 ? " row: " : " rows: ") + reason + (first == null ? "" : " (first at " + first + ")");
    }
}
