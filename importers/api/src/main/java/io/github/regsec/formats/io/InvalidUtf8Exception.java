package io.github.regsec.formats.io;

import java.io.IOException;

/**
 * Bytes that are not UTF-8, at a 1-based line and column of the decoded text (the column counted
 * in characters, UTF-16 code units, from the start of the line). Thrown by a
 * {@link StrictUtf8Reader} made with {@link StrictUtf8Reader#stoppingAtBadBytes}; reading on
 * goes on after the bad bytes.
 */
public final class InvalidUtf8Exception extends IOException {

    private static final long serialVersionUID = 1L;

    /** The 1-based line of the bad bytes. */
    private final int line;
    /** The 1-based column of the bad bytes, in characters from the start of the line. */
    private final int column;

    /**
     * @param line the 1-based line of the bad bytes
     * @param column the 1-based column of the bad bytes
     */
    public InvalidUtf8Exception(int line, int column) {
        super("invalid UTF-8 at line " + line + ", column " + column);
        this.line = line;
        this.column = column;
    }

    /**
     * The 1-based line of the bad bytes.
     *
     * @return the line, counted from 1
     */
    public int line() {
        return line;
    }

    /**
     * The 1-based column of the bad bytes, in characters from the start of the line.
     *
     * @return the column in UTF-16 code units, counted from 1
     */
    public int column() {
        return column;
    }
}
