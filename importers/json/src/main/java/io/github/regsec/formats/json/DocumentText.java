package io.github.regsec.formats.json;

import io.github.regsec.formats.io.InvalidUtf8Exception;
import java.io.IOException;
import java.io.Reader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters of a JSON document, for a parser that may have to start again further on: after
 * broken JSON or bytes that are not UTF-8, {@link #findResumePoint} looks for the next line where
 * a record or an array of records starts in the layout regsec writes, and {@link #resume} gives a
 * parser the text from there, behind a few characters that put it back in the document's
 * structure. Jackson reads ahead, so the characters it was given are kept for a while (from the
 * start of the record being read, at most about {@code maxKept} of them). Not thread-safe.
 */
final class DocumentText {

    /**
     * A record object's first line in regsec's layout: four spaces and the opening brace, alone or
     * followed by the record (a record a line).
     */
    private static final Pattern RECORD_START = Pattern.compile(" {4}\\{.*");
    /** A property of the document holding an array, in regsec's layout: {@code   "meetings": [}. */
    private static final Pattern ARRAY_START = Pattern.compile(" {2}\"([^\"\\\\]+)\": ?\\[");
    /** The longest line worth looking at as a resume point. */
    private static final int LONGEST_LINE = 200;
    private static final int CHUNK = 1 << 13;

    /**
     * Where reading can go on.
     *
     * @param offset where the line starts, in characters from the start of the document
     * @param line the line's number in the file
     * @param arrayName for a line that starts an array ({@code "meetings": [}), its property name;
     *     null for a line that starts a record in the array being read
     */
    record ResumePoint(long offset, int line, String arrayName) {
    }

    private final Reader source;
    private final int maxKept;
    private final char[] chunk = new char[CHUNK];
    private final StringBuilder kept = new StringBuilder();
    private long keptStart;
    private long keepFrom;
    private long badBytesAt = -1;
    private boolean ended;
    private Segment segment;

    /**
     * @param source the decoded text, stopping at bad bytes
     * @param maxKept about the most characters kept for a parser that starts again
     */
    DocumentText(Reader source, int maxKept) {
        this.source = source;
        this.maxKept = maxKept;
    }

    /** A reader of the document from its start, for the first parser. */
    Reader start() {
        segment = new Segment("", 0);
        return segment;
    }

    /**
     * A reader of the document from a resume point, behind {@code prefix}: the characters that
     * put a parser where the document's structure has it at that line.
     */
    Reader resume(String prefix, long offset) {
        segment = new Segment(prefix, offset);
        return segment;
    }

    /** The offset in the document of a character offset of the current parser. */
    long offset(long parserOffset) {
        return segment.start + parserOffset - segment.prefix.length();
    }

    /** Where the last bytes that are not UTF-8 were, in characters from the start of the document. */
    long badBytesAt() {
        return badBytesAt;
    }

    /** Lets go of the characters before {@code offset}: a parser will not start again before it. */
    void forgetBefore(long offset) {
        keepFrom = Math.max(keepFrom, offset);
    }

    /**
     * The first line at or after the one holding {@code errorOffset} that starts a record (in the
     * array being read, when {@code inArray}) or an array, in regsec's layout, and whose first
     * character is not before {@code errorOffset}: the first place where reading can go on
     * without reading the broken part again. Null when none is found before the end.
     *
     * @param errorLine the line of {@code errorOffset} in the file
     * @param inArray true when the error is inside an array of records, whose kind a record line
     *     continues
     * @param after only a point after this offset (the last resume point, or -1) will do
     */
    ResumePoint findResumePoint(long errorOffset, int errorLine, boolean inArray, long after) throws IOException {
        segment = null; // the parser that broke reads no more
        long position = lineStartBefore(errorOffset);
        int line = errorLine;
        if (position < 0) { // the line's start is no longer kept: look from the next line on
            position = skipLine(Math.max(errorOffset, keptStart));
            line++;
            if (position < 0) {
                return null;
            }
        }
        boolean arrayKnown = inArray;
        StringBuilder text = new StringBuilder();
        while (true) {
            text.setLength(0);
            long at = position;
            int c;
            while ((c = charAt(at)) >= 0 && c != '\n' && c != '\r') {
                if (text.length() <= LONGEST_LINE) {
                    text.append((char) c);
                }
                at++;
            }
            String content = text.toString();
            int indent = 0;
            while (indent < content.length() && content.charAt(indent) == ' ') {
                indent++;
            }
            boolean usable = position > after && position + indent >= errorOffset;
            Matcher array = ARRAY_START.matcher(content);
            if (array.matches()) {
                if (usable) {
                    return new ResumePoint(position, line, array.group(1));
                }
                arrayKnown = false; // an array whose start was part of the break: which array is not known
            } else if (RECORD_START.matcher(content).matches()) {
                if (usable && arrayKnown) {
                    return new ResumePoint(position, line, null);
                }
            } else if (indent <= 2 && !content.isBlank()) {
                arrayKnown = false; // the end of an array, or a broken property: which array follows is not known
            }
            if (c < 0) {
                return null;
            }
            position = at + 1;
            if (c == '\r' && charAt(position) == '\n') {
                position++;
            }
            line++;
            forgetBefore(position - LONGEST_LINE);
        }
    }

    /** The start of the line holding {@code offset}, or -1 when it is no longer kept. */
    private long lineStartBefore(long offset) throws IOException {
        long at = Math.min(offset, keptStart + kept.length());
        while (at > keptStart) {
            int c = charAt(at - 1);
            if (c == '\n' || c == '\r') {
                return at;
            }
            at--;
        }
        return at == 0 ? 0 : -1;
    }

    /** The start of the line after the one holding {@code offset}, or -1 at the end. */
    private long skipLine(long offset) throws IOException {
        long at = offset;
        int c;
        while ((c = charAt(at)) >= 0 && c != '\n' && c != '\r') {
            at++;
            forgetBefore(at - LONGEST_LINE);
        }
        if (c < 0) {
            return -1;
        }
        return c == '\r' && charAt(at + 1) == '\n' ? at + 2 : at + 1;
    }

    /**
     * The character at an offset, reading on as needed; -1 at the end. Bytes that are not UTF-8
     * met while looking for a resume point are part of what is skipped.
     */
    private int charAt(long offset) throws IOException {
        while (offset >= keptStart + kept.length()) {
            try {
                if (readMore() < 0) {
                    return -1;
                }
            } catch (InvalidUtf8Exception e) {
                badBytesAt = keptStart + kept.length(); // skipped over: the reader goes on after them
            }
        }
        return kept.charAt((int) (offset - keptStart));
    }

    /** Reads a chunk from the source into what is kept; -1 at the end. */
    private int readMore() throws IOException {
        if (ended) {
            return -1;
        }
        int n;
        try {
            n = source.read(chunk, 0, chunk.length);
        } catch (InvalidUtf8Exception e) {
            badBytesAt = keptStart + kept.length();
            throw e;
        }
        if (n < 0) {
            ended = true;
            return -1;
        }
        compact();
        kept.append(chunk, 0, n);
        return n;
    }

    /** Drops what need not be kept, a large piece at a time: never what the parser has not had yet. */
    private void compact() {
        long keepAt = Math.max(keepFrom, keptStart + kept.length() - maxKept);
        if (segment != null) {
            keepAt = Math.min(keepAt, segment.position);
        }
        long drop = keepAt - keptStart;
        if (drop > Math.max(CHUNK * 8L, kept.length() / 2)) {
            kept.delete(0, (int) drop);
            keptStart += drop;
        }
    }

    /** The characters a parser reads: a prefix, then the document from an offset on. */
    private final class Segment extends Reader {
        private final String prefix;
        private final long start;
        private int prefixRead;
        private long position;

        Segment(String prefix, long start) {
            this.prefix = prefix;
            this.start = start;
            this.position = start;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (prefixRead < prefix.length()) {
                int n = Math.min(length, prefix.length() - prefixRead);
                prefix.getChars(prefixRead, prefixRead + n, buffer, offset);
                prefixRead += n;
                return n;
            }
            while (position >= keptStart + kept.length()) {
                if (readMore() < 0) {
                    return -1;
                }
            }
            int from = (int) (position - keptStart);
            int n = Math.min(length, kept.length() - from);
            kept.getChars(from, from + n, buffer, offset);
            position += n;
            return n;
        }

        @Override
        public void close() {
            // the source is closed by the importer
        }
    }
}
