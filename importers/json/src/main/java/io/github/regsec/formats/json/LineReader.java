package io.github.regsec.formats.json;

import io.github.regsec.formats.io.DamagedGzipException;
import io.github.regsec.formats.io.InvalidUtf8Exception;
import io.github.regsec.formats.io.StrictUtf8Reader;
import java.io.IOException;

/**
 * Cuts decoded text into lines for JSON Lines, one at a time (memory stays flat whatever the
 * file's size). A line ends at {@code \n}; a {@code \r} before it is dropped. A line longer than
 * the limit, or holding bytes that are not UTF-8, comes back with an error instead of its text,
 * and the next line is read as usual. Gzip data that is damaged, breaks off or goes on with data
 * that is not gzip ends the input with one last line that has the damage's message as its error.
 */
final class LineReader {

    /**
     * One line.
     *
     * @param number the 1-based line number
     * @param text the line without its line end, or null when the line has an error
     * @param error what is wrong with the line, or null
     * @param errorColumn the 1-based column of the error, or 0
     */
    record Line(int number, String text, String error, int errorColumn) {
    }

    private final StrictUtf8Reader in;
    private final int maxLength;
    private final char[] buffer = new char[8192];
    private final StringBuilder text = new StringBuilder();
    private int pos;
    private int limit;
    private int number;
    private boolean ended;

    /**
     * @param in the decoded text, stopping at bad bytes
     * @param maxLength the most characters a line may have
     */
    LineReader(StrictUtf8Reader in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        if (ended) {
            return null;
        }
        text.setLength(0);
        long length = 0;
        String error = null;
        int errorColumn = 0;
        boolean any = false;
        number++;
        while (true) {
            if (pos == limit) {
                try {
                    limit = in.read(buffer, 0, buffer.length);
                    pos = 0;
                } catch (InvalidUtf8Exception e) {
                    if (error == null) {
                        error = "the line is not valid UTF-8 text here: save the file as UTF-8";
                        errorColumn = (int) Math.min(Integer.MAX_VALUE, length + 1);
                    }
                    pos = 0;
                    limit = 0;
                    any = true;
                    continue;
                } catch (DamagedGzipException e) {
                    ended = true;
                    limit = 0;
                    pos = 0;
                    return new Line(number, null, e.getMessage(), (int) Math.min(Integer.MAX_VALUE, length + 1));
                }
                if (limit < 0) {
                    ended = true;
                    limit = 0;
                    return any ? finish(error, errorColumn) : null;
                }
            }
            any = true;
            int start = pos;
            while (pos < limit && buffer[pos] != '\n') {
                pos++;
            }
            int n = pos - start;
            if (length + n <= maxLength + 1L) { // one more: a \r before the \n is the line end, not text
                text.append(buffer, start, n);
            } else if (error == null) {
                error = tooLong();
                errorColumn = maxLength + 1;
                text.setLength(0);
            }
            length += n;
            if (pos < limit) {
                pos++; // the \n
                return finish(error, errorColumn);
            }
        }
    }

    private Line finish(String error, int errorColumn) {
        if (error != null) {
            return new Line(number, null, error, errorColumn);
        }
        return line(number, text.toString(), maxLength);
    }

    /**
     * A line from its decoded text, as {@link #next()} gives it: without a {@code \r} at its end,
     * or with an error when it is longer than the limit.
     *
     * @param number the line's number
     * @param text the line's text, without its {@code \n}
     * @param maxLength the most characters a line may have
     */
    static Line line(int number, String text, int maxLength) {
        int end = text.length();
        if (end > 0 && text.charAt(end - 1) == '\r') {
            end--;
        }
        if (end > maxLength) {
            return new Line(number, null, tooLong(maxLength), maxLength + 1);
        }
        return new Line(number, end == text.length() ? text : text.substring(0, end), null, 0);
    }

    private String tooLong() {
        return tooLong(maxLength);
    }

    private static String tooLong(int maxLength) {
        return "the line is longer than the limit of " + maxLength + " characters";
    }
}
