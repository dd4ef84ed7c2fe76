package io.github.regsec.importers.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decodes UTF-8 bytes strictly, never replacing bad bytes with U+FFFD. At bad bytes it first
 * hands out every character before them, then throws {@link InvalidUtf8Exception} with the line
 * and column of the bad bytes; read on and it goes on after them (so that JSON Lines can reject
 * one line and read the next). A leading byte order mark is dropped; a leading UTF-16 byte order
 * mark throws {@link Utf16Exception} and ends the input (such a file is not UTF-8 anywhere). Lines
 * are counted the way Jackson counts them: {@code \n}, {@code \r\n} and a bare {@code \r} each
 * end a line.
 */
final class Utf8Reader extends Reader {

    private static final int BUFFER_SIZE = 1 << 16;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER_SIZE).flip();
    private boolean endOfInput;
    private boolean flushed;
    private boolean started;
    private boolean checkedUtf16;
    private boolean malformed;
    private int line = 1;
    private int column = 1;
    private boolean afterCr;

    Utf8Reader(InputStream in) {
        this.in = Objects.requireNonNull(in, "in");
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, buf.length);
        if (len == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (malformed) {
                malformed = false;
                throw new InvalidUtf8Exception(line, column);
            }
            if (flushed) {
                return -1;
            }
            decodeMore();
        }
        int n = Math.min(len, chars.remaining());
        chars.get(buf, off, n);
        count(buf, off, n);
        return n;
    }

    /** Decodes until some characters are ready, bad bytes are met, or the input ends. */
    private void decodeMore() throws IOException {
        if (!checkedUtf16) {
            checkNotUtf16();
        }
        chars.clear();
        while (chars.position() == 0 && !malformed && !flushed) {
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                bytes.position(bytes.position() + result.length()); // go on after the bad bytes next time
                malformed = true;
            } else if (result.isUnderflow()) {
                if (endOfInput) {
                    decoder.flush(chars);
                    flushed = true;
                } else {
                    fillBytes();
                }
            }
        }
        chars.flip();
        if (!started) {
            started = true;
            if (chars.hasRemaining() && chars.get(chars.position()) == '\uFEFF') {
                chars.get();
            }
        }
    }

    /** Throws {@link Utf16Exception}, and ends the input, when the bytes start with a UTF-16 byte order mark. */
    private void checkNotUtf16() throws IOException {
        checkedUtf16 = true;
        while (bytes.remaining() < 2 && !endOfInput) {
            fillBytes();
        }
        if (bytes.remaining() >= 2) {
            int first = bytes.get(bytes.position()) & 0xFF;
            int second = bytes.get(bytes.position() + 1) & 0xFF;
            if (first == 0xFF && second == 0xFE || first == 0xFE && second == 0xFF) {
                endOfInput = true;
                flushed = true;
                throw new Utf16Exception();
            }
        }
    }

    private void fillBytes() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private void count(char[] buf, int off, int n) {
        for (int i = off; i < off + n; i++) {
            char c = buf[i];
            if (c == '\n' || c == '\r') {
                if (!(c == '\n' && afterCr)) {
                    line++;
                }
                column = 1;
            } else {
                column++;
            }
            afterCr = c == '\r';
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Bytes that are not UTF-8, at a 1-based line and column (counted in characters). */
    static final class InvalidUtf8Exception extends IOException {

        private static final long serialVersionUID = 1L;

        private final int line;
        private final int column;

        InvalidUtf8Exception(int line, int column) {
            super("invalid UTF-8 at line " + line + ", column " + column);
            this.line = line;
            this.column = column;
        }

        int line() {
            return line;
        }

        int column() {
            return column;
        }
    }

    /** The input starts with a UTF-16 byte order mark: it is UTF-16 text, not UTF-8. */
    static final class Utf16Exception extends IOException {

        private static final long serialVersionUID = 1L;

        /** The message for users. */
        static final String MESSAGE = "the file is UTF-16 text (it starts with a UTF-16 byte order mark), not UTF-8:"
                + " save it as UTF-8; the file was not read";

        Utf16Exception() {
            super(MESSAGE);
        }
    }
}
