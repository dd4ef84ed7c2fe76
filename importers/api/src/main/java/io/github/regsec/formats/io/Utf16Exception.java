package io.github.regsec.formats.io;

import java.io.IOException;

/**
 * The input starts with a UTF-16 byte order mark: it is UTF-16 text, not UTF-8, and was not read.
 * Thrown by a {@link StrictUtf8Reader} made with {@link StrictUtf8Reader#stoppingAtBadBytes};
 * its message is written for users.
 */
public final class Utf16Exception extends IOException {

    private static final long serialVersionUID = 1L;

    /** The message for users. */
    public static final String MESSAGE = "the file is UTF-16 text (it starts with a UTF-16 byte order mark), not UTF-8:"
            + " save it as UTF-8; the file was not read";

    /** An exception with {@link #MESSAGE}. */
    public Utf16Exception() {
        super(MESSAGE);
    }
}
