package io.github.regsec.formats.csv.rows;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * regsec's one CSV dialect, for reading and writing: RFC 4180 (comma, double quote, quotes
 * doubled inside quoted values), no comments, no trimming. Reading accepts {@code \n},
 * {@code \r\n} and bare {@code \r} line ends; writing uses {@code \n} and quotes minimally.
 * Users' formats read another separator or quote ({@link CsvReadOptions}) with the same rules.
 */
final class CsvDialect {

    /** For reading: empty lines are kept (and skipped by {@link CsvRows}) so that line numbers stay exact. */
    static final CSVFormat READ = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(false)
            .setTrim(false)
            .get();

    /**
     * For reading with a separator and quote of a user's format: {@link #READ} with those.
     *
     * @param separator the character between values
     * @param quote the quote character, or null for none
     */
    static CSVFormat read(char separator, Character quote) {
        if (separator == ',' && quote != null && quote == '"') {
            return READ;
        }
        return READ.builder().setDelimiter(separator).setQuote(quote).get();
    }

    /** For writing: {@code \n} line ends and quotes only where Commons CSV's minimal mode needs them. */
    static final CSVFormat WRITE = CSVFormat.RFC4180.builder()
            .setRecordSeparator("\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    private CsvDialect() {
    }
}
