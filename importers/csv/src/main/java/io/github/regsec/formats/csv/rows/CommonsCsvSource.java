package io.github.regsec.formats.csv.rows;

import io.github.regsec.formats.io.DamagedGzipException;
import io.github.regsec.formats.io.StrictUtf8Reader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Records read by Commons CSV from text decoded by {@link StrictUtf8Reader} (bad bytes marked
 * by line) through a {@link RecordLengthLimit}: the source for dialects whose separator or
 * quote is not ASCII, and the reference {@link CsvByteScanner} is tested against.
 */
final class CommonsCsvSource implements CsvRecordSource {

    private final CsvReadOptions options;
    private final StrictUtf8Reader text;
    private final RecordLengthLimit limit;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private int lastLine;
    private boolean finished;
    private int line;
    private CSVRecord record;
    private List<Integer> badLines = List.of();
    private String failure;

    CommonsCsvSource(InputStream in, CsvReadOptions options) throws IOException {
        this.options = options;
        this.text = StrictUtf8Reader.markingBadLines(in);
        this.limit = new RecordLengthLimit(text, options.maxRecordLength());
        this.parser = CSVParser.builder().setReader(limit).setFormat(CsvDialect.read(options.separator(), options.quote()))
                .get();
        this.records = parser.iterator();
    }

    @Override
    public boolean next() throws IOException {
        if (finished) {
            return false;
        }
        line = lastLine + 1;
        try {
            if (!records.hasNext()) {
                finished = true;
                return false;
            }
            record = records.next();
        } catch (UncheckedIOException e) {
            return failed(failure(e));
        } catch (IllegalStateException e) {
            return failed("this record is not valid CSV" + REST);
        }
        lastLine = (int) parser.getCurrentLineNumber();
        limit.recordEnded();
        badLines = text.takeBadLines(lastLine);
        return true;
    }

    private boolean failed(String why) {
        finished = true;
        failure = why;
        record = null;
        badLines = List.of();
        return true;
    }

    @Override
    public int line() {
        return line;
    }

    @Override
    public int size() {
        return record == null ? 0 : record.size();
    }

    @Override
    public String value(int index) {
        return record.get(index);
    }

    @Override
    public List<Integer> badLines() {
        return badLines;
    }

    @Override
    public String failure() {
        return failure;
    }

    /** The message for a record the parser could not read; rethrows real I/O failures. */
    private String failure(UncheckedIOException e) throws IOException {
        IOException cause = e.getCause();
        if (cause instanceof RecordLengthLimit.RecordTooLongException) {
            return CsvRecordSource.tooLong(options.maxRecordLength());
        }
        if (cause instanceof DamagedGzipException) {
            return cause.getMessage(); // it says the rest was not read
        }
        if (cause instanceof CSVException) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("EOF reached before encapsulated token finished")) {
                return CsvRecordSource.unclosedQuote(options.quote());
            }
            if (message.contains("Invalid character between encapsulated token and delimiter")) {
                return CsvRecordSource.textAfterQuote(options.separator(), options.quote());
            }
            return "this record is not valid CSV (broken quoting)" + REST;
        }
        throw cause;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
