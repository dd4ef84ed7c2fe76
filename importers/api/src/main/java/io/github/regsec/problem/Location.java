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

    /**
     * Checks that the file is given and that the line and column are not negative.
     *
     * @param file the file name; never null
     * @param line the 1-based line, or 0 when unknown
     * @param column the 1-based column, or 0 when unknown
     * @throws NullPointerException when the file is null
     * @throws IllegalArgumentException when the line or the column is negative
     */
    public Location {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, or 0 when unknown: " + line + ":" + column);
        }
    }

    /**
     * A whole file.
     *
     * @param file the file name, relative to the dataset path
     * @return the location, line and column unknown
     */
    public static Location of(String file) {
        return new Location(file, 0, 0);
    }

    /**
     * A line of a file.
     *
     * @param file the file name, relative to the dataset path
     * @param line the 1-based line, or 0 when unknown
     * @return the location, column unknown
     */
    public static Location of(String file, int line) {
        return new Location(file, line, 0);
    }

    /**
     * A line and column of a file.
     *
     * @param file the file name, relative to the dataset path
     * @param line the 1-based line, or 0 when unknown
     * @param column the 1-based column, or 0 when unknown
     * @return the location
     */
    public static Location of(String file, int line, int column) {
        return new Location(file, line, column);
    }

    /**
     * True when the line is known.
     *
     * @return whether the line is not 0
     */
    public boolean hasLine() {
        return line > 0;
    }

    /**
     * True when the column is known.
     *
     * @return whether the column is not 0
     */
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
