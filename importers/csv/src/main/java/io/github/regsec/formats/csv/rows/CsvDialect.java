package io.github.regsec.formats.csv.rows;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * regsec's one CSV dialect, for reading and writing: RFC 4180 (comma, double quote, quotes
 * doubled inside quoted values), no comments, no trimming. Reading accepts {@code \n},
 * {@code \r\n} and bare {@code \r} line ends; writing uses {@code \n} and quotes minimally.
 */
final class CsvDialect {

    /** For reading: empty lines are kept (and skipped by {@link CsvRows}) so that line numbers stay exact. */
    static final CSVFormat READ = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(false)
            .setTrim(false)
            .get();

    /** For writing: {@code \n} line ends and quotes only where Commons CSV's minimal mode needs them. */
    static final CSVFormat WRITE = CSVFormat.RFC4180.builder()
            .setRecordSeparator("\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    private CsvDialect() {
    }
}
