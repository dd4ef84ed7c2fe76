package io.github.regsec.formats.csv.rows;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Guards memory for the CSV parser, which holds a whole record: reading more than a limit of
 * characters since the last record ended throws {@link RecordTooLongException}, so a record that
 * never ends (a quote that never closes in a huge file) stops reading instead of filling the heap.
 */
final class RecordLengthLimit extends FilterReader {

    /** Characters the parser may read ahead of the record it is parsing (its buffer is 8 KiB). */
    static final int READ_AHEAD = 64 * 1024;

    private final long maxRecordChars;
    private long delivered;
    private long recordStart;

    /**
     * @param in the decoded text
     * @param maxRecordLength the most characters one record may have; reading past it (plus the
     *     parser's read-ahead) throws
     */
    RecordLengthLimit(Reader in, int maxRecordLength) {
        super(in);
        this.maxRecordChars = (long) maxRecordLength + READ_AHEAD;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            counted(1);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    /** Notes that the parser finished a record: the next record starts after what was read so far. */
    void recordEnded() {
        recordStart = delivered;
    }

    private void counted(int n) throws RecordTooLongException {
        delivered += n;
        if (delivered - recordStart > maxRecordChars) {
            throw new RecordTooLongException();
        }
    }

    /** A record went past the length limit; the parser wraps it, {@link CsvRows} reports it. */
    static final class RecordTooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        RecordTooLongException() {
            super("record too long");
        }
    }
}
