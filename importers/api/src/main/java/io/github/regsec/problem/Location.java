package io.github.regsec.problem;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where data came from: a file name (relative to the dataset path, e.g. {@code meetings.csv}),
 * a 1-based line and a 1-based column. Line and column are 0 when unknown.
 *
 * @param file the file name; never null
 * @param line the 1-based line, or 0 when unknown
 * @param column the 1-based column, or 0 when unknown
 */
public record Location(String file, int line, int column) implements Comparable<Location> {

    private static final Comparator<Location> ORDER = Comparator.comparing(Location::file)
            .thenComparingInt(Location::line).thenComparingInt(Location::column);

    public Location {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, or 0 when unknown: " + line + ":" + column);
        }
    }

    /** A whole file. */
    public static Location of(String file) {
        return new Location(file, 0, 0);
    }

    /** A line of a file. */
    public static Location of(String file, int line) {
        return new Location(file, line, 0);
    }

    /** A line and column of a file. */
    public static Location of(String file, int line, int column) {
        return new Location(file, line, column);
    }

    /** True when the line is known. */
    public boolean hasLine() {
        return line > 0;
    }

    /** True when the column is known. */
    public boolean hasColumn() {
        return column > 0;
    }

    /** Orders by file name, then line, then column. */
    @Override
    public int compareTo(Location other) {
        return ORDER.compare(this, other);
    }

    /** {@code file}, {@code file:line} or {@code file:line:column}. */
    @Override
    public String toString() {
        return !hasLine() ? file : !hasColumn() ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
