package io.github.regsec.importers.csv.rows;

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

/**
 * Decodes UTF-8 for the CSV parser and never hides bad bytes: each run of bytes that is not
 * UTF-8 becomes one U+FFFD and the physical line it is on is remembered, so the row holding it
 * can be rejected with a problem on that line. Also drops a leading byte order mark and guards
 * memory: a record longer than a limit stops reading with {@link RecordTooLongException}.
 *
 * <p>Lines are counted the way the CSV parser counts them: {@code \n}, {@code \r\n} and a bare
 * {@code \r} each end a line.
 */
final class StrictUtf8Reader extends Reader {

    /** Characters the parser may read ahead of the record it is parsing (its buffer is 8 KiB). */
    static final int READ_AHEAD = 64 * 1024;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();
    private final CharBuffer chars = CharBuffer.allocate(16 * 1024).flip();
    private final Deque<Integer> badLines = new ArrayDeque<>();
    private final long maxRecordChars;
    private boolean endOfBytes;
    private boolean done;
    private boolean started;
    private int line = 1;
    private boolean afterCr;
    private long delivered;
    private long recordStart;

    /**
     * @param in the bytes, already decompressed
     * @param maxRecordLength the most characters one record may have; reading past it (plus the
     *     parser's read-ahead) throws
     */
    StrictUtf8Reader(InputStream in, int maxRecordLength) {
        this.in = in;
        this.maxRecordChars = (long) maxRecordLength + READ_AHEAD;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        delivered += n;
        if (delivered - recordStart > maxRecordChars) {
            throw new RecordTooLongException();
        }
        return n;
    }

    /** Notes that the parser finished a record: the next record starts after what was read so far. */
    void recordEnded() {
        recordStart = delivered;
    }

    /** Takes the lines with bad bytes up to and including {@code lastLine}, ascending. */
    List<Integer> takeBadLines(int lastLine) {
        List<Integer> lines = new ArrayList<>();
        while (!badLines.isEmpty() && badLines.peekFirst() <= lastLine) {
            lines.add(badLines.pollFirst());
        }
        return lines;
    }

    /** Decodes more characters; false at the end of the input. */
    private boolean fill() throws IOException {
        chars.clear();
        int counted = 0;
        while (!done) {
            CoderResult result = decoder.decode(bytes, chars, endOfBytes);
            if (result.isError()) {
                if (!chars.hasRemaining()) {
                    break; // no room for the replacement: handle the bad bytes on the next fill
                }
                counted = countLines(counted);
                if (badLines.isEmpty() || badLines.peekLast() != line) {
                    badLines.addLast(line);
                }
                bytes.position(bytes.position() + result.length());
                chars.put('\uFFFD');
                counted++;
            } else if (result.isOverflow()) {
                break;
            } else if (endOfBytes) {
                decoder.flush(chars);
                done = true;
            } else if (chars.position() > 0) {
                break;
            } else {
                readBytes();
            }
        }
        countLines(counted);
        chars.flip();
        if (!started && chars.hasRemaining()) {
            started = true;
            if (chars.get(0) == '\uFEFF') {
                chars.position(1); // a byte order mark: read as if absent
            }
        }
        return chars.hasRemaining();
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

    /** Counts the line ends among the characters decoded from {@code from} to the buffer's position. */
    private int countLines(int from) {
        int to = chars.position();
        char[] array = chars.array();
        for (int i = from; i < to; i++) {
            char c = array[i];
            if (c == '\r') {
                line++;
                afterCr = true;
            } else {
                if (c == '\n' && !afterCr) {
                    line++;
                }
                afterCr = false;
            }
        }
        return to;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** A record went past the length limit; the parser wraps it, {@link CsvRows} reports it. */
    static final class RecordTooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        RecordTooLongException() {
            super("record too long");
        }
    }
}
