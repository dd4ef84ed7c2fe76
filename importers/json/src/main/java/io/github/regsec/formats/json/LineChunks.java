package io.github.regsec.formats.json;

import io.github.regsec.formats.io.DamagedGzipException;
import io.github.regsec.formats.io.StrictUtf8Reader;
import io.github.regsec.formats.io.Utf16Exception;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Cuts JSON Lines bytes into {@link Chunk}s of whole lines, for decoding one chunk at a time or
 * several in parallel: a JSON string holds no raw line break, so every {@code \n} byte ends a
 * line. Each chunk knows the number of its first line. It does at the start of the input what
 * {@link StrictUtf8Reader} does (a UTF-8 byte order mark is dropped, UTF-16 is refused), and it
 * ends the input where gzip data is damaged with the same last line, message and column as
 * {@link LineReader}. A line too long to hold (more bytes than {@code maxRecordLength}
 * characters can take) is read through a {@link LineReader} as it streams by, so memory stays
 * bounded whatever the line. Not thread-safe.
 */
final class LineChunks {

    /** The bytes of a chunk, when no line is longer. */
    static final int CHUNK_BYTES = 1 << 18;

    /**
     * Whole lines.
     *
     * @param bytes the lines' bytes, each ending with {@code \n} but perhaps the input's last
     * @param length how many bytes of {@code bytes} hold lines
     * @param firstLine the number of the first line
     * @param tail a line read already, after the bytes' lines (a line too long to hold, or where
     *     gzip data is damaged), or null
     */
    record Chunk(byte[] bytes, int length, int firstLine, LineReader.Line tail) {
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final byte[] LINE_BREAK = {'\n'};

    /** The most buffers kept for later chunks. */
    private static final int MOST_SPARE = 64;

    /** The bytes {@link StrictUtf8Reader} asks for at a time. */
    private static final int READ_BYTES = 1 << 16;

    private final InputStream in;
    private final byte[] stage = new byte[READ_BYTES];
    private final byte[] recent = new byte[3];
    private int staged;
    private int stagedEnd;
    private long sourceBytes;
    private final int chunkBytes;
    private final int maxRecordLength;
    private final int mostBytes;
    private byte[] carry = new byte[0];
    /** Buffers of chunks handed back once their lines were read, to hold later chunks. */
    private final ArrayDeque<byte[]> spare = new ArrayDeque<>();
    private int carried;
    private int nextLine = 1;
    private boolean started;
    private boolean ended;

    /**
     * @param in the bytes, already decompressed
     * @param chunkBytes the bytes of a chunk when no line is longer: {@link #CHUNK_BYTES}, or
     *     fewer in tests (at least 16)
     * @param maxRecordLength the most characters a line may have
     */
    LineChunks(InputStream in, int chunkBytes, int maxRecordLength) {
        if (chunkBytes < 16) {
            throw new IllegalArgumentException("a chunk holds at least 16 bytes");
        }
        this.in = in;
        this.chunkBytes = chunkBytes;
        this.maxRecordLength = maxRecordLength;
        // a line of maxRecordLength characters, a \r and a \n take at most this many bytes
        this.mostBytes = (int) Math.min(Integer.MAX_VALUE - 16, 3L * maxRecordLength + 2);
    }

    /**
     * The next chunk, or null at the end of the input.
     *
     * @throws Utf16Exception when the input starts with a UTF-16 byte order mark
     */
    Chunk next() throws IOException {
        if (ended) {
            return null;
        }
        byte[] buffer = carried <= chunkBytes && !spare.isEmpty() ? spare.pop() : new byte[Math.max(chunkBytes, carried)];
        System.arraycopy(carry, 0, buffer, 0, carried);
        int length = carried;
        carried = 0;
        if (!started) {
            started = true;
            try {
                while (length < 3) {
                    int n = readSource(buffer, length, buffer.length - length);
                    if (n < 0) {
                        break;
                    }
                    length += n;
                }
            } catch (DamagedGzipException e) {
                ended = true;
                return new Chunk(buffer, 0, 1, new LineReader.Line(1, null, e.getMessage(),
                        length < 2 ? 1 : charsOf(buffer, 0, length) + 1));
            }
            if (length >= 2 && ((buffer[0] & 0xFF) == 0xFF && (buffer[1] & 0xFF) == 0xFE
                    || (buffer[0] & 0xFF) == 0xFE && (buffer[1] & 0xFF) == 0xFF)) {
                ended = true;
                throw new Utf16Exception();
            }
            if (length >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
                length -= 3; // a byte order mark: read as if absent
                System.arraycopy(buffer, 3, buffer, 0, length);
            }
        }
        while (true) {
            if (length == buffer.length) {
                int end = lastLineBreak(buffer, length);
                if (end >= 0) {
                    return cut(buffer, length, end + 1, null);
                }
                if (buffer.length >= mostBytes) {
                    return tooLong(buffer, length);
                }
                buffer = Arrays.copyOf(buffer, (int) Math.min(mostBytes, 2L * buffer.length));
            }
            int n;
            try {
                n = readSource(buffer, length, buffer.length - length);
            } catch (DamagedGzipException e) {
                ended = true;
                int end = lastLineBreak(buffer, length) + 1;
                LineReader.Line damage = new LineReader.Line(nextLine + lineBreaks(buffer, end), null, e.getMessage(),
                        charsOf(buffer, end, length) + 1);
                return cut(buffer, length, end, damage);
            }
            if (n < 0) {
                ended = true;
                return length == 0 ? null : cut(buffer, length, length, null);
            }
            length += n;
        }
    }

    /**
     * Takes back a chunk this reader made once nothing needs its bytes any more (its lines are
     * decoded and handed on), to hold a later chunk's bytes: reading then allocates a few
     * buffers rather than one per chunk.
     */
    void recycle(Chunk chunk) {
        if (chunk.bytes().length == chunkBytes && spare.size() < MOST_SPARE) {
            spare.push(chunk.bytes());
        }
    }

    /** A chunk of the first {@code end} bytes; the bytes after them are carried to the next chunk. */
    private Chunk cut(byte[] buffer, int length, int end, LineReader.Line tail) {
        carried = length - end;
        if (carry.length < carried) {
            carry = new byte[Math.max(carried, chunkBytes)];
        }
        System.arraycopy(buffer, end, carry, 0, carried);
        Chunk chunk = new Chunk(buffer, end, nextLine, tail);
        nextLine += lineBreaks(buffer, end) + (tail == null ? 0 : 1);
        if (ended && tail == null && end > 0 && buffer[end - 1] != '\n') {
            nextLine++; // the last line, without a line break
        }
        return chunk;
    }

    /**
     * A line longer than can be held, read through a {@link LineReader} from the bytes held and
     * the rest of the line as it streams by: it holds too many characters, or bytes that are not
     * UTF-8 before that, or gzip data is damaged in it.
     */
    private Chunk tooLong(byte[] buffer, int length) throws IOException {
        InputStream rest = new InputStream() {
            private boolean lineEnded;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (lineEnded || len == 0) {
                    return lineEnded ? -1 : 0;
                }
                int n;
                try {
                    n = readSource(b, off, len);
                } catch (DamagedGzipException e) {
                    ended = true;
                    throw e;
                }
                if (n < 0) {
                    ended = true;
                    lineEnded = true;
                    return -1;
                }
                for (int i = off; i < off + n; i++) {
                    if (b[i] == '\n') {
                        lineEnded = true;
                        carried = off + n - i - 1;
                        carry = Arrays.copyOfRange(b, i + 1, Math.max(i + 1 + carried, i + 1 + chunkBytes));
                        return i - off;
                    }
                }
                return n;
            }
        };
        LineReader reader = new LineReader(StrictUtf8Reader.stoppingAtBadBytes(new SequenceInputStream(
                new SequenceInputStream(new ByteArrayInputStream(LINE_BREAK), new ByteArrayInputStream(buffer, 0, length)),
                rest)), maxRecordLength);
        reader.next(); // the line break put first, so that nothing is read as the start of the input
        LineReader.Line line = reader.next();
        Chunk chunk = new Chunk(buffer, 0, nextLine, new LineReader.Line(nextLine, line.text(), line.error(),
                line.errorColumn()));
        nextLine++;
        return chunk;
    }

    /**
     * Reads bytes of the input as {@link StrictUtf8Reader} reads them, so that where damaged gzip
     * data breaks off does not depend on the chunks: the input is read in requests of
     * {@link #READ_BYTES} less the bytes of a character not yet complete, and those reads are
     * handed out in pieces of any size.
     */
    private int readSource(byte[] into, int offset, int length) throws IOException {
        if (staged == stagedEnd) {
            int request = READ_BYTES - (sourceBytes < 2 ? (int) sourceBytes : incompleteTail());
            boolean direct = length >= request; // read straight into the chunk: no copy
            byte[] target = direct ? into : stage;
            int at = direct ? offset : 0;
            int n = in.read(target, at, request);
            if (n < 0) {
                return -1;
            }
            for (int i = Math.max(0, n - recent.length); i < n; i++) {
                System.arraycopy(recent, 1, recent, 0, recent.length - 1);
                recent[recent.length - 1] = target[at + i];
            }
            sourceBytes += n;
            if (direct) {
                return n;
            }
            staged = 0;
            stagedEnd = n;
        }
        int n = Math.min(length, stagedEnd - staged);
        System.arraycopy(stage, staged, into, offset, n);
        staged += n;
        return n;
    }

    /**
     * How many of the last bytes read are the start of a character not yet complete, which a
     * UTF-8 decoder keeps back until the next read (the JDK's decoder's rules for a sequence that
     * breaks off).
     */
    private int incompleteTail() {
        int known = (int) Math.min(recent.length, sourceBytes);
        for (int k = 1; k <= known; k++) {
            int first = recent[recent.length - k] & 0xFF;
            int need = first >= 0xC2 && first <= 0xDF ? 2 : first >= 0xE0 && first <= 0xEF ? 3
                    : first >= 0xF0 && first <= 0xF4 ? 4 : 0;
            if (need == 0) {
                if ((first & 0xC0) == 0x80) {
                    continue; // a continuation byte: look further back
                }
                return 0;
            }
            if (k >= need) {
                return 0;
            }
            int second = k > 1 ? recent[recent.length - k + 1] & 0xFF : -1;
            if (need == 3 && second >= 0 && (first == 0xE0 && (second & 0xE0) == 0x80 || (second & 0xC0) != 0x80)) {
                return 0;
            }
            if (need == 4 && second >= 0 && (first == 0xF0 && (second < 0x90 || second > 0xBF)
                    || first == 0xF4 && (second & 0xF0) != 0x80 || (second & 0xC0) != 0x80)) {
                return 0;
            }
            if (need == 4 && k == 3 && (recent[recent.length - 1] & 0xC0) != 0x80) {
                return 0;
            }
            return k;
        }
        return 0;
    }

    /** The index of the last {@code \n} in the first {@code length} bytes, or -1. */
    private static int lastLineBreak(byte[] bytes, int length) {
        for (int i = length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** How many {@code \n} the first {@code length} bytes hold, eight bytes at a time. */
    static int lineBreaks(byte[] bytes, int length) {
        int count = 0;
        int i = 0;
        for (; i + Long.BYTES <= length; i += Long.BYTES) {
            long x = (long) LONGS.get(bytes, i) ^ 0x0A0A0A0A0A0A0A0AL;
            long zeros = ~(((x & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL) | x | 0x7F7F7F7F7F7F7F7FL);
            count += Long.bitCount(zeros);
        }
        for (; i < length; i++) {
            if (bytes[i] == '\n') {
                count++;
            }
        }
        return count;
    }

    /** The characters the bytes decode to, bytes that are not UTF-8 (or break off) counting none. */
    private static int charsOf(byte[] bytes, int from, int to) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.IGNORE)
                    .onUnmappableCharacter(CodingErrorAction.IGNORE).decode(ByteBuffer.wrap(bytes, from, to - from))
                    .length();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException("cannot happen: bad bytes are ignored", e);
        }
    }
}
