package io.github.regsec.formats.csv.rows;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Where {@link CsvRows} takes its records from, one at a time in file order, blank lines
 * included: {@link CsvByteScanner} for dialects whose separator and quote are ASCII (all
 * common ones), {@link CommonsCsvSource} for any other. Both read a record the same way, down
 * to its values, lines and failures; a property test holds them to it.
 */
interface CsvRecordSource extends Closeable {

    /**
     * Moves to the next record. Bad data never throws: bytes that are not UTF-8 are lines in
     * {@link #badLines()}, and a record that cannot be read at all (broken quoting, over the hard
     * length limit, damaged gzip data) has a {@link #failure()} and is the last.
     *
     * @return false at the end of the input
     * @throws IOException when the bytes cannot be read
     */
    boolean next() throws IOException;

    /** The line the record starts on (the first line of the input is 1). */
    int line();

    /** How many values the record has (a blank line has one, empty). */
    int size();

    /** The value at a 0-based position, as it is: quotes removed, doubled quotes undoubled. */
    String value(int index);

    /** The lines of the record that hold bytes that are not UTF-8 (read as U+FFFD), ascending; usually empty. */
    List<Integer> badLines();

    /** Why the record cannot be read, ending the input; null for a record read. */
    String failure();

    /** Failure text: the input ended inside a quoted value. */
    static String unclosedQuote(char quote) {
        return "a quoted value that starts in this record is never closed (a '" + quote + "' is missing)" + REST;
    }

    /** Failure text: something other than blanks between a closing quote and the separator or line end. */
    static String textAfterQuote(char separator, char quote) {
        return "text follows the closing quote of a quoted value: a quoted value must end at a "
                + separatorName(separator) + " or the end of the line (inside quotes, write a quote as "
                + quote + quote + ")" + REST;
    }

    /** Failure text: a record went on far past the record length limit. */
    static String tooLong(int maxRecordLength) {
        return "a record starting on this line is longer than the limit of " + maxRecordLength + " characters" + REST;
    }

    /** What every failure adds: the file was read up to this record. */
    String REST = "; the rest of the file was not read";

    /** The separator as messages name it: {@code ','}, {@code tab}. */
    static String separatorName(char separator) {
        return separator == '\t' ? "tab" : "'" + separator + "'";
    }
}
