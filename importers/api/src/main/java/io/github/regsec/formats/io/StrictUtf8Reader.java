package io.github.regsec.formats.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * Decodes UTF-8 and never hides bytes that are not UTF-8: the one decoder of regsec's importers.
 * It knows where each bad byte sequence is, and does one of two things with it:
 *
 * <ul>
 *   <li>{@linkplain #stoppingAtBadBytes(InputStream) stopping at bad bytes} (for parsers that can
 *       stop and go on): it first hands out every character before them, then throws
 *       {@link InvalidUtf8Exception} with their line and column; read on and it goes on after
 *       them. A leading UTF-16 byte order mark throws {@link Utf16Exception} and ends the input
 *       (such a file is not UTF-8 anywhere).</li>
 *   <li>{@linkplain #markingBadLines(InputStream) marking bad lines} (for parsers that cannot go
 *       on after an exception): each bad byte sequence becomes one U+FFFD and the line it is on is
 *       remembered, so that the reader can reject the row holding it
 *       ({@link #takeBadLines(int)}). A UTF-16 byte order mark is bad bytes on line 1.</li>
 * </ul>
 *
 * <p>Either way a leading UTF-8 byte order mark is dropped (and takes no column), and lines are
 * counted the way Jackson and Commons CSV count them: {@code \n}, {@code \r\n} and a bare
 * {@code \r} each end a line. Not thread-safe.
 */
public final class StrictUtf8Reader extends Reader {

    private static final int BUFFER_SIZE = 1 << 16;

    private final InputStream in;
    private final boolean stopping;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER_SIZE).flip();
    private final Deque<Integer> badLines = new ArrayDeque<>();
    private InvalidUtf8Exception pending;
    private boolean endOfBytes;
    private boolean flushed;
    private boolean checkedUtf16;
    private boolean firstCharSeen;
    private boolean skipByteOrderMark;
    private int line = 1;
    private int column = 1;
    private boolean afterCr;

    private StrictUtf8Reader(InputStream in, boolean stopping) {
        this.in = Objects.requireNonNull(in, "in");
        this.stopping = stopping;
    }

    /**
     * A reader that stops at bad bytes with an {@link InvalidUtf8Exception} (after handing out
     * the characters before them) and goes on after them when read again, and that refuses UTF-16
     * text with a {@link Utf16Exception}.
     *
     * @param in the bytes, already decompressed; closed with the reader
     * @return a reader of the text; the caller closes it
     */
    public static StrictUtf8Reader stoppingAtBadBytes(InputStream in) {
        return new StrictUtf8Reader(in, true);
    }

    /**
     * A reader that reads bad bytes as U+FFFD and remembers their lines for
     * {@link #takeBadLines(int)}; it never throws for bad bytes.
     *
     * @param in the bytes, already decompressed; closed with the reader
     * @return a reader of the text; the caller closes it
     */
    public static StrictUtf8Reader markingBadLines(InputStream in) {
        return new StrictUtf8Reader(in, false);
    }

    /**
     * Reads decoded characters.
     *
     * @throws InvalidUtf8Exception at bad bytes, when stopping at them (read again to go on)
     * @throws Utf16Exception at the start of UTF-16 text, when stopping at bad bytes
     * @throws IOException when the bytes cannot be read (for gzip data: {@link DamagedGzipException})
     */
    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (pending != null) {
                InvalidUtf8Exception bad = pending;
                pending = null;
                throw bad;
            }
            if (flushed) {
                return -1;
            }
            decodeMore();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    /**
     * Takes the lines that hold bad bytes, up to and including {@code lastLine}: each line once,
     * ascending. Only a reader {@linkplain #markingBadLines marking bad lines} finds any; lines
     * are known as far as decoding has gone, which may be ahead of what was read.
     *
     * @param lastLine the last 1-based line to take bad lines up to
     * @return the 1-based lines not taken before, ascending; empty when there are none
     */
    public List<Integer> takeBadLines(int lastLine) {
        if (badLines.isEmpty() || badLines.peekFirst() > lastLine) {
            return List.of();
        }
        List<Integer> lines = new ArrayList<>();
        while (!badLines.isEmpty() && badLines.peekFirst() <= lastLine) {
            lines.add(badLines.pollFirst());
        }
        return lines;
    }

    /** Closes the byte stream. */
    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Decodes until some characters are ready, bad bytes stop decoding, or the input ends. */
    private void decodeMore() throws IOException {
        if (stopping && !checkedUtf16) {
            checkNotUtf16();
        }
        chars.clear();
        int counted = 0;
        while (!flushed && pending == null) {
            CoderResult result = decoder.decode(bytes, chars, endOfBytes);
            if (result.isError()) {
                if (!stopping && !chars.hasRemaining()) {
                    break; // no room for the replacement: handle the bad bytes on the next call
                }
                counted = count(counted);
                firstCharSeen = true; // a byte order mark after bad bytes is not a leading one
                bytes.position(bytes.position() + result.length()); // go on after the bad bytes
                if (stopping) {
                    pending = new InvalidUtf8Exception(line, column);
                } else {
                    if (badLines.isEmpty() || badLines.peekLast() != line) {
                        badLines.addLast(line);
                    }
                    chars.put('\uFFFD');
                }
            } else if (result.isOverflow()) {
                break;
            } else if (endOfBytes) {
                decoder.flush(chars);
                flushed = true;
            } else if (chars.position() > 0) {
                break;
            } else {
                readBytes(); // only when no character waits: a failure here loses none
            }
        }
        count(counted);
        chars.flip();
        if (skipByteOrderMark) {
            skipByteOrderMark = false;
            chars.get();
        }
    }

    /** Throws {@link Utf16Exception}, and ends the input, when the bytes start with a UTF-16 byte order mark. */
    private void checkNotUtf16() throws IOException {
        checkedUtf16 = true;
        while (bytes.remaining() < 2 && !endOfBytes) {
            readBytes();
        }
        if (bytes.remaining() >= 2) {
            int first = bytes.get(bytes.position()) & 0xFF;
            int second = bytes.get(bytes.position() + 1) & 0xFF;
            if (first == 0xFF && second == 0xFE || first == 0xFE && second == 0xFF) {
                endOfBytes = true;
                flushed = true;
                throw new Utf16Exception();
            }
        }
    }

    private void readBytes() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfBytes = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    /**
     * Moves the line and column past the characters decoded from index {@code from} to the
     * buffer's position; returns that position.
     */
    private int count(int from) {
        int to = chars.position();
        char[] array = chars.array();
        int start = from;
        if (!firstCharSeen && start < to) {
            firstCharSeen = true;
            if (array[start] == '\uFEFF') {
                skipByteOrderMark = true; // a byte order mark: read as if absent, taking no column
                start++;
            }
        }
        int lineStart = -1; // where the characters after the last line end seen here start
        for (int i = start; i < to; i++) {
            char c = array[i];
            if (c <= '\r') {
                if (c == '\r' || c == '\n' && !(i > start ? array[i - 1] == '\r' : afterCr)) { // \r\n is one line end
                    line++;
                    lineStart = i + 1;
                } else if (c == '\n') {
                    lineStart = i + 1;
                }
            }
        }
        if (to > start) {
            afterCr = array[to - 1] == '\r';
            column = lineStart < 0 ? column + (to - start) : to - lineStart + 1;
        }
        return to;
    }
}
