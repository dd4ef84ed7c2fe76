package io.github.regsec.formats.io;

import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import java.util.zip.ZipException;

/**
 * Gzip data that cannot be read, or not to its end: its message, written for users, says what is
 * wrong and what was not read. Thrown by the streams of {@link GzipInput}: when they are opened,
 * if the data does not start with a readable gzip header; while reading, if a member is damaged
 * or breaks off, or if the data goes on after a member with bytes that are not another member.
 * Real input failures (a disk error) are never this exception.
 */
public final class DamagedGzipException extends ZipException {

    private static final long serialVersionUID = 1L;

    /** The message when the data cannot be decompressed at all. */
    static final String UNREADABLE = "the file cannot be decompressed: it is not gzip data, or the gzip data is damaged";

    /** The message when a member's compressed data or trailer is damaged, or the data breaks off. */
    static final String DAMAGED = "the gzip data is damaged or ends early; the rest of the file was not read";

    private DamagedGzipException(String message) {
        super(message);
    }

    /** The data does not start with a gzip header that can be read. */
    static DamagedGzipException unreadable() {
        return new DamagedGzipException(UNREADABLE);
    }

    /** A member's compressed data or trailer is damaged, or the data ends within a member. */
    static DamagedGzipException damaged() {
        return new DamagedGzipException(DAMAGED);
    }

    /** After member {@code member} (1-based), the bytes are not another gzip member. */
    static DamagedGzipException notAMemberAfter(int member) {
        return new DamagedGzipException("the file goes on after gzip member " + member + " with data that is not a"
                + " gzip member (a damaged member, or other data appended); the rest of the file was not read");
    }

    /**
     * This damage as a {@code syntax} error: on the file when it cannot be decompressed at all,
     * otherwise where reading got to in the decompressed text.
     *
     * @param location where reading got to: the file, and the line and column reached when known
     * @return a {@code syntax} error that says the file is damaged gzip
     */
    public Problem problemAt(Location location) {
        return Problem.error(RuleIds.SYNTAX, getMessage()).withLocation(location);
    }
}
