package io.github.regsec.formats.csv.rows;

import io.github.regsec.formats.io.DamagedGzipException;
import io.github.regsec.formats.io.Utf8;
import io.github.regsec.formats.io.ValueBytes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads CSV records straight from UTF-8 bytes, for a separator and a quote that are ASCII: a
 * record's values become strings once, from the bytes, with no decoded copy of the text and no
 * parser token in between. It reads a record exactly as {@link CommonsCsvSource} (Commons CSV
 * over {@link io.github.regsec.formats.io.StrictUtf8Reader}) does: a quote opens a quoted value
 * only as a value's first character, a quoted value ends at a quote not doubled, blanks
 * between it and the next separator or line end are skipped and anything else there fails the
 * record; {@code \n}, {@code \r\n} and a bare {@code \r} end lines; a leading UTF-8 byte order
 * mark is dropped and bytes that are not UTF-8 mark their line. Memory holds one record at a
 * time, up to the hard length limit.
 */
final class CsvByteScanner implements CsvRecordSource {

    private static final int READ_BYTES = 1 << 16;

    private final InputStream in;
    private final byte separator;
    private final byte quote;
    private final boolean quoting;
    private final int maxRecordLength;
    private final long hardLimit;

    private byte[] buffer = new byte[READ_BYTES];
    /** The bytes not read yet are {@code buffer[position..end)}. */
    private int position;
    private int end;
    private boolean endOfInput;
    private boolean started;
    private boolean finished;
    /** The line at {@link #position}. */
    private int nextLine = 1;

    // the current record, its bytes at buffer[recordStart..recordEnd)
    private int recordStart;
    private int line;
    private int count;
    /** Each value's start and end, relative to {@link #recordStart}; an end below zero (~end) marks doubled quotes inside. */
    private int[] bounds = new int[64];
    private boolean nonAscii;
    private boolean multiLine;
    /** The record's characters in {@code buffer[recordStart..counted)}, counted only for a record past the hard limit in bytes. */
    private long characters;
    private int counted;
    private String[] values = new String[32];
    private ColumnTexts[] texts = new ColumnTexts[0];
    private List<Integer> badLines = List.of();
    private String failure;

    CsvByteScanner(InputStream in, CsvReadOptions options) {
        if (!reads(options)) {
            throw new IllegalArgumentException("the byte scanner reads ASCII separators and quotes only");
        }
        this.in = in;
        this.separator = (byte) options.separator();
        this.quoting = options.quote() != null;
        this.quote = quoting ? (byte) options.quote().charValue() : 0;
        this.maxRecordLength = options.maxRecordLength();
        this.hardLimit = (long) options.maxRecordLength() + RecordLengthLimit.READ_AHEAD;
    }

    /** True when this scanner can read the dialect: an ASCII separator and an ASCII quote or none. */
    static boolean reads(CsvReadOptions options) {
        return options.separator() <= 0x7F && (options.quote() == null || options.quote() <= 0x7F);
    }

    @Override
    public boolean next() throws IOException {
        if (finished) {
            return false;
        }
        line = nextLine;
        count = 0;
        nonAscii = false;
        multiLine = false;
        failure = null;
        badLines = List.of();
        try {
            if (!started) {
                started = true;
                skipByteOrderMark();
            }
            if (position == end && !fill()) {
                finished = true;
                return false;
            }
            recordStart = position;
            characters = 0;
            counted = position;
            if (!scan()) {
                return failed(failure);
            }
        } catch (DamagedGzipException e) {
            return failed(e.getMessage()); // it says the rest was not read
        } catch (RecordTooLong e) {
            return failed(CsvRecordSource.tooLong(maxRecordLength));
        }
        if (nonAscii) {
            badLines = badLinesOf(recordStart, position);
        }
        decodeValues();
        return true;
    }

    /** Ends the input with a record that cannot be read. */
    private boolean failed(String why) {
        finished = true;
        failure = why;
        count = 0;
        return true;
    }

    /**
     * Finds the record's values and its end, reading more bytes as needed; leaves
     * {@link #position} after its line end. False when the record fails ({@link #failure} says why).
     */
    private boolean scan() throws IOException {
        int p = position;
        while (true) {
            int valueStart = p - recordStart;
            if (quoting && p < end && buffer[p] == quote) {
                p = quotedValue(p + 1);
                if (p < 0) {
                    return false;
                }
            } else {
                // an unquoted value: up to the separator, a line end or the end of the input
                while (true) {
                    if (p == end) {
                        p = more(p);
                        if (p == end) {
                            addValue(valueStart, p - recordStart);
                            position = p;
                            return true;
                        }
                    }
                    byte b = buffer[p];
                    if (b == separator || b == '\n' || b == '\r') {
                        break;
                    }
                    nonAscii |= b < 0;
                    p++;
                }
                addValue(valueStart, p - recordStart);
            }
            // p is at a separator, a line end, or (after a quoted value) the end of the input
            if (p == end) {
                position = p;
                return true;
            }
            byte b = buffer[p++];
            if (b == separator) {
                if (p == end) {
                    p = more(p);
                    if (p == end) { // a separator at the end of the input: one more, empty value
                        addValue(p - recordStart, p - recordStart);
                        position = p;
                        return true;
                    }
                }
                continue;
            }
            nextLine++;
            if (b == '\r') {
                if (p == end) {
                    p = more(p);
                }
                if (p < end && buffer[p] == '\n') {
                    p++;
                }
            }
            position = p;
            return true;
        }
    }

    /**
     * Reads a quoted value from just after its opening quote; returns the position of what ends
     * it (a separator, a line end or the end of the input) with the value added, or -1 when the
     * record fails.
     */
    private int quotedValue(int from) throws IOException {
        int p = from;
        int contentStart = p - recordStart;
        boolean doubled = false;
        while (true) {
            if (p == end) {
                p = more(p);
                if (p == end) {
                    failure = CsvRecordSource.unclosedQuote((char) quote);
                    return -1;
                }
            }
            byte b = buffer[p];
            if (b == quote) {
                if (p + 1 == end) {
                    p = more(p);
                }
                if (p + 1 < end && buffer[p + 1] == quote) {
                    doubled = true;
                    p += 2;
                    continue;
                }
                addValue(contentStart, doubled ? ~(p - recordStart) : p - recordStart);
                return afterClosingQuote(p + 1);
            }
            if (b == '\n' || b == '\r') {
                multiLine = true;
                if (b == '\r' || buffer[p - 1] != '\r') {
                    nextLine++;
                }
            } else {
                nonAscii |= b < 0;
            }
            p++;
        }
    }

    /** Skips blanks after a closing quote; the position of the separator or line end after them, or -1. */
    private int afterClosingQuote(int from) throws IOException {
        int p = from;
        while (true) {
            if (p == end) {
                p = more(p);
                if (p == end) {
                    return p;
                }
            }
            byte b = buffer[p];
            if (b == separator || b == '\n' || b == '\r') {
                return p;
            }
            if (b < 0) {
                while (end - p < 3 && !endOfInput) {
                    p = more(p);
                }
            }
            int blank = blankLength(p);
            if (blank == 0) {
                failure = CsvRecordSource.textAfterQuote((char) separator, (char) quote);
                return -1;
            }
            nonAscii |= b < 0;
            p += blank;
        }
    }

    /**
     * The bytes of a blank character ({@link Character#isWhitespace}) at {@code p}, or 0 when it
     * is none; a character past ASCII is looked at with the bytes the buffer holds.
     */
    private int blankLength(int p) {
        int b = buffer[p] & 0xFF;
        if (b < 0x80) {
            return Character.isWhitespace((char) b) ? 1 : 0;
        }
        int length = b >= 0xE0 && b < 0xF0 ? 3 : 2; // the blanks past ASCII take two or three bytes
        if (p + length > end || !Utf8.isValid(buffer, p, p + length)) {
            return 0;
        }
        String character = new String(buffer, p, length, StandardCharsets.UTF_8);
        return character.length() == 1 && Character.isWhitespace(character.charAt(0)) ? length : 0;
    }

    private void addValue(int start, int endOrMarked) {
        if (count * 2 == bounds.length) {
            bounds = Arrays.copyOf(bounds, bounds.length * 2);
        }
        bounds[count * 2] = start;
        bounds[count * 2 + 1] = endOrMarked;
        count++;
    }

    /** Makes the values' strings from the record's bytes. */
    private void decodeValues() {
        if (values.length < count) {
            values = new String[Math.max(count, values.length * 2)];
        }
        if (texts.length < count) {
            int known = texts.length;
            texts = Arrays.copyOf(texts, count);
            for (int i = known; i < count; i++) {
                texts[i] = new ColumnTexts();
            }
        }
        for (int i = 0; i < count; i++) {
            int start = recordStart + bounds[i * 2];
            int stop = bounds[i * 2 + 1];
            if (stop < 0) { // a quoted value with doubled quotes in it
                String value = decode(start, recordStart + ~stop);
                String doubledQuote = new String(new char[] {(char) quote, (char) quote});
                values[i] = value.replace(doubledQuote, doubledQuote.substring(1));
            } else {
                values[i] = texts[i].text(this, start, recordStart + stop);
            }
        }
    }

    /** The text of {@code buffer[start..stop)}. */
    private String decode(int start, int stop) {
        return nonAscii
                ? new String(buffer, start, stop - start, StandardCharsets.UTF_8)
                : new String(buffer, start, stop - start, StandardCharsets.ISO_8859_1);
    }

    /**
     * The texts one column had lately, by their bytes: a value whose bytes come again (an
     * organization id on row after row, a country, a status) is the same {@code String}, made
     * once. A column whose values rarely repeat (ids, notes) stops being looked up after a while.
     */
    private static final class ColumnTexts {
        private static final int SLOT_BITS = 8;
        private static final int SLOTS = 1 << SLOT_BITS;
        private static final int LONGEST = 64;
        /** Values after which a column that finds fewer than one in four again stops looking. */
        private static final int TRIAL = 4096;

        private final byte[][] keys = new byte[SLOTS][];
        private final String[] texts = new String[SLOTS];
        private int looked;
        private int found;
        private boolean off;

        String text(CsvByteScanner scanner, int start, int stop) {
            int length = stop - start;
            if (length == 0) {
                return "";
            }
            if (off || length > LONGEST) {
                return scanner.decode(start, stop);
            }
            byte[] buffer = scanner.buffer;
            int slot = ValueBytes.slot(buffer, start, stop, SLOT_BITS);
            looked++;
            if (ValueBytes.equal(keys[slot], buffer, start, stop)) {
                found++;
                return texts[slot];
            }
            if (looked >= TRIAL && found * 4 < looked) {
                off = true;
            }
            String text = scanner.decode(start, stop);
            keys[slot] = Arrays.copyOfRange(buffer, start, stop);
            texts[slot] = text;
            return text;
        }
    }

    /** The lines of {@code buffer[from..to)} (starting on {@link #line}) that are not well-formed UTF-8. */
    private List<Integer> badLinesOf(int from, int to) {
        if (!multiLine) {
            return Utf8.isValid(buffer, from, lineContentEnd(from, to)) ? List.of() : List.of(line);
        }
        List<Integer> bad = new ArrayList<>(1);
        int lineNumber = line;
        int lineStart = from;
        for (int p = from; p < to; p++) {
            byte b = buffer[p];
            if (b == '\n' || b == '\r') {
                if (!Utf8.isValid(buffer, lineStart, p)) {
                    bad.add(lineNumber);
                }
                if (b == '\r' && p + 1 < to && buffer[p + 1] == '\n') {
                    p++;
                }
                lineNumber++;
                lineStart = p + 1;
            }
        }
        if (lineStart < to && !Utf8.isValid(buffer, lineStart, to)) {
            bad.add(lineNumber);
        }
        return bad;
    }

    /** Where a one-line record's text ends: before its line end. */
    private int lineContentEnd(int from, int to) {
        int stop = to;
        while (stop > from && (buffer[stop - 1] == '\n' || buffer[stop - 1] == '\r')) {
            stop--;
        }
        return stop;
    }

    /**
     * Reads more bytes for the record being scanned, moving it to the buffer's start (or into a
     * larger buffer) first; returns where {@code p} is after the move. At the end of the input
     * nothing is read and {@code p} stays at {@link #end}.
     *
     * @throws DamagedGzipException where gzip data is damaged
     */
    private int more(int p) throws IOException {
        if (endOfInput) {
            return p;
        }
        int shift = recordStart;
        if (shift > 0) {
            System.arraycopy(buffer, shift, buffer, 0, end - shift);
            end -= shift;
            recordStart = 0;
            position -= shift;
            counted -= shift;
        } else if (end == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        read();
        if (end - recordStart > hardLimit) {
            checkHardLimit();
        }
        return p - shift;
    }

    /** Reads bytes into the free end of the buffer; false at the end of the input. */
    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        position = 0;
        end = 0;
        read();
        return end > 0;
    }

    private void read() throws IOException {
        while (true) {
            int n = in.read(buffer, end, buffer.length - end);
            if (n < 0) {
                endOfInput = true;
                return;
            }
            if (n > 0) {
                end += n;
                return;
            }
        }
    }

    /**
     * Fails the record when its characters so far are past the hard limit (the record limit and
     * the read-ahead the Commons CSV source allows); counts the bytes not counted before.
     */
    private void checkHardLimit() throws RecordTooLong {
        for (int p = counted; p < end; p++) {
            int b = buffer[p] & 0xFF;
            characters += (b & 0xC0) == 0x80 ? 0 : b >= 0xF0 ? 2 : 1;
        }
        counted = end;
        if (characters > hardLimit) {
            throw new RecordTooLong();
        }
    }

    private void skipByteOrderMark() throws IOException {
        while (end < 3 && !endOfInput) {
            read();
        }
        if (end >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
            position = 3;
        }
    }

    @Override
    public int line() {
        return line;
    }

    @Override
    public int size() {
        return count;
    }

    @Override
    public String value(int index) {
        return values[index];
    }

    @Override
    public List<Integer> badLines() {
        return badLines;
    }

    @Override
    public String failure() {
        return failure;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The record went past the hard length limit; caught in {@link #next()}. */
    private static final class RecordTooLong extends IOException {
        private static final long serialVersionUID = 1L;
    }
}
