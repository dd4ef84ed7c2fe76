package io.github.regsec.formats.csv.rows;

import io.github.regsec.formats.InputFiles;
import io.github.regsec.formats.io.DamagedGzipException;
import io.github.regsec.formats.io.GzipInput;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A CSV file opened for reading row by row: the reusable part of the CSV importer for anyone
 * who reads a CSV-like format of their own.
 *
 * <pre>{@code
 * try (CsvRows rows = CsvRows.open(path, CsvReadOptions.from(context.options()))) {
 *     context.reading(rows.file());
 *     rows.problems().forEach(context::report);            // an empty file, a duplicated column...
 *     for (CsvRow row : rows) {                             // none when the file has an error
 *         if (row.hasErrors()) {                            // wrong value count, bad bytes, broken quoting
 *             context.rejected(row.location(), row.problems());
 *             continue;
 *         }
 *         ValueReader values = row.reader(RecordKind.MEMBERSHIP, row.text("id"));
 *         PartialDate start = values.date("start_date");   // problems carry file and line
 *         ...
 *     }
 * }
 * }</pre>
 *
 * <p>Other dialects are a {@link CsvReadOptions} away: another separator
 * ({@code withSeparator('\t')}), another quote or none ({@code withoutQuotes()}), and a file
 * without a header row ({@code withColumns("country", "organization")}: the first line is data,
 * line 1). Everything below holds for each of them.
 *
 * <p>What it guarantees: UTF-8 only, a byte order mark read as if absent, gzip read
 * transparently, {@code \n}, {@code \r\n} and bare {@code \r} line ends, RFC 4180 quoting
 * (values may span lines), blank lines skipped, values never trimmed, and each row's line is
 * the physical line it starts on (the header is line 1). Bad data never throws: it becomes a
 * {@code syntax} {@link Problem} with file and line, on the file ({@link #problems()}: an empty
 * file, a column named twice, a header that is not UTF-8 or not CSV; then no rows are read) or
 * on the row ({@link CsvRow#problems()}: bytes that are not UTF-8 on a line of the row, more or
 * fewer values than the header has columns, a value or record over the limits). Broken quoting
 * (a quote never closed, text after a closing quote) and damaged gzip data (in any member of a
 * multi-member file, or data after the last member that is not gzip) end the file: the rows
 * before come normally, then one last row with the problem at the line where the broken record
 * starts.
 *
 * <p>An {@link IOException} is thrown only when the file cannot be read at all; one met while
 * iterating comes as an {@link UncheckedIOException}. Iterate once; not thread-safe.
 */
public final class CsvRows implements Iterable<CsvRow>, Closeable {

    private final String file;
    private final CsvReadOptions options;
    private final CsvRecordSource source;
    private final List<Problem> problems = new ArrayList<>();
    private final CsvHeader header;
    private boolean finished;
    private boolean iterated;

    private CsvRows(InputStream in, String file, CsvReadOptions options) throws IOException {
        this(in, file, options, null);
    }

    /** Opens a stream; or, with {@code unreadable}, a file that cannot be read for that problem. */
    private CsvRows(InputStream in, String file, CsvReadOptions options, Problem unreadable) throws IOException {
        this.file = file;
        this.options = options;
        this.source = CsvByteScanner.reads(options) ? new CsvByteScanner(in, options) : new CommonsCsvSource(in, options);
        CsvHeader read;
        if (unreadable == null) {
            try {
                read = options.hasHeaderRow() ? readHeader() : new CsvHeader(file, 0, options.columns());
            } catch (UncheckedIOException e) {
                source.close();
                throw e.getCause();
            }
        } else {
            this.finished = true;
            this.problems.add(unreadable);
            read = new CsvHeader(file, 0, List.of());
        }
        this.header = read;
    }

    /**
     * Opens a file with the default limits; see {@link #open(Path, CsvReadOptions)}.
     *
     * @param file the CSV file, plain or gzipped
     * @return the rows, to iterate and close
     * @throws IOException when the file cannot be opened
     */
    public static CsvRows open(Path file) throws IOException {
        return open(file, CsvReadOptions.defaults());
    }

    /**
     * Opens a file (gzipped by its {@code .gz} name or its first bytes) and reads its header.
     * Problems name the file by its name ({@code memberships.csv.gz}).
     *
     * @param file the CSV file, plain or gzipped
     * @param options the limits and the spreadsheet-safe setting
     * @return the rows, to iterate and close
     * @throws IOException when the file cannot be opened
     */
    public static CsvRows open(Path file, CsvReadOptions options) throws IOException {
        String name = InputFiles.fileName(file);
        InputStream in;
        try {
            in = GzipInput.open(file);
        } catch (DamagedGzipException e) {
            return unreadable(name, options, e);
        }
        return new CsvRows(in, name, options);
    }

    /**
     * Reads a stream (gunzipped when it starts with the gzip magic bytes) and its header. The
     * stream is closed with this object.
     *
     * @param in the file's bytes, plain or gzipped
     * @param fileName the file's name, for problems
     * @param options the limits and the spreadsheet-safe setting
     * @return the rows, to iterate and close
     * @throws IOException when the stream cannot be read
     */
    public static CsvRows open(InputStream in, String fileName, CsvReadOptions options) throws IOException {
        InputStream stream;
        try {
            stream = GzipInput.decompressIfGzip(in);
        } catch (DamagedGzipException e) {
            in.close();
            return unreadable(fileName, options, e);
        }
        return new CsvRows(stream, fileName, options);
    }

    private static CsvRows unreadable(String file, CsvReadOptions options, DamagedGzipException damage) throws IOException {
        return new CsvRows(InputStream.nullInputStream(), file, options, damage.problemAt(Location.of(file)));
    }

    /**
     * The file's name, as problems show it.
     *
     * @return the file's name ({@code memberships.csv.gz})
     */
    public String file() {
        return file;
    }

    /**
     * The header row; with no columns when the file has none.
     *
     * @return the header
     */
    public CsvHeader header() {
        return header;
    }

    /**
     * Problems of the file as a whole, found when it was opened. When one is an error the file
     * cannot be read and iteration gives no rows.
     *
     * @return the file's problems, each with the file and, where known, the line
     */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /**
     * True when the file cannot be read: see {@link #problems()}.
     *
     * @return whether one of the file's problems is an error
     */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /**
     * The rows after the header, in file order.
     *
     * @throws IllegalStateException when called a second time
     */
    @Override
    public Iterator<CsvRow> iterator() {
        if (iterated) {
            throw new IllegalStateException("the rows of " + file + " can be iterated once");
        }
        iterated = true;
        return new Iterator<>() {
            private CsvRow next;
            private boolean fetched;

            @Override
            public boolean hasNext() {
                if (!fetched) {
                    RawRecord raw = nextRecord();
                    next = raw == null ? null : toRow(raw);
                    fetched = true;
                }
                return next != null;
            }

            @Override
            public CsvRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                fetched = false;
                return next;
            }
        };
    }

    /**
     * Reads the rows after the header, in file order, handing each to {@code handler}: a row
     * read cleanly as its line and values, straight from the parser (no row object is made), and
     * a row that cannot be read cleanly as a {@link CsvRow} with its problems. The same rows and
     * problems as {@link #iterator()}, for readers that decode millions of rows. Call it or
     * iterate, once.
     *
     * @param handler takes each row as it is read
     * @throws IOException when the file cannot be read, or as the handler throws
     * @throws IllegalStateException when the rows were read before
     */
    public void read(CsvRowHandler handler) throws IOException {
        if (iterated) {
            throw new IllegalStateException("the rows of " + file + " can be iterated once");
        }
        iterated = true;
        String[] values = new String[header.size()];
        while (!finished && source.next()) {
            if (source.failure() != null) {
                finished = true;
                handler.badRow(toRow(current()));
                return;
            }
            int size = source.size();
            List<Integer> badLines = source.badLines();
            if (size == 1 && badLines.isEmpty() && source.value(0).isEmpty()) {
                continue; // a blank line
            }
            if (!badLines.isEmpty() || size != values.length || !withinLimits()) {
                handler.badRow(toRow(current()));
                continue;
            }
            for (int i = 0; i < values.length; i++) {
                values[i] = options.spreadsheetSafeValues() ? SpreadsheetSafeValues.unescape(source.value(i)) : source.value(i);
            }
            handler.row(source.line(), values);
        }
    }

    /** Closes the file. */
    @Override
    public void close() throws IOException {
        source.close();
    }

    // ---- reading ----

    /** What the parser gave for one record, or why it could not go on. */
    private record RawRecord(int line, List<String> values, List<Integer> badLines, String failure) {
    }

    private CsvHeader readHeader() {
        RawRecord raw = nextRecord();
        if (raw == null) {
            problems.add(syntax(1, "the file is empty: a CSV file needs a header row that names its columns"));
            return new CsvHeader(file, 0, List.of());
        }
        if (raw.failure() != null) {
            finished = true;
            problems.add(syntax(raw.line(), "the header cannot be read: " + raw.failure()));
            return new CsvHeader(file, raw.line(), List.of());
        }
        CsvHeader found = new CsvHeader(file, raw.line(), raw.values());
        if (!raw.badLines().isEmpty()) {
            finished = true;
            problems.add(syntax(raw.badLines().get(0), "the header holds bytes that are not UTF-8: save the file as UTF-8; the file was not read"));
        } else if (found.firstDuplicate() != null) {
            int[] at = found.firstDuplicate();
            String name = found.columns().get(at[0]);
            finished = true;
            problems.add(syntax(raw.line(), "the header names column '" + name + "' twice (columns " + (at[0] + 1)
                    + " and " + (at[1] + 1) + "): rename or remove one; the file was not read").withField(name));
        }
        return found;
    }

    /** The next non-blank record, a failed record that ends the file, or null at the end. */
    private RawRecord nextRecord() {
        try {
            while (!finished && source.next()) {
                if (source.failure() != null) {
                    finished = true;
                    return current();
                }
                if (source.size() != 1 || !source.badLines().isEmpty() || !source.value(0).isEmpty()) {
                    return current();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finished = true;
        return null;
    }

    /** The source's current record, its values copied. */
    private RawRecord current() {
        List<String> values = new ArrayList<>(source.size());
        for (int i = 0; i < source.size(); i++) {
            values.add(source.value(i));
        }
        return new RawRecord(source.line(), values, source.badLines(), source.failure());
    }

    /** True when no value and not the whole record is over the length limits. */
    private boolean withinLimits() {
        long recordLength = 0;
        for (int i = 0; i < source.size(); i++) {
            int length = source.value(i).length();
            if (length > options.maxValueLength()) {
                return false;
            }
            recordLength += length;
        }
        return recordLength <= options.maxRecordLength();
    }

    private CsvRow toRow(RawRecord raw) {
        if (raw.failure() != null) {
            return new CsvRow(header, raw.line(), List.of(), List.of(syntax(raw.line(), raw.failure())));
        }
        List<Problem> rowProblems = new ArrayList<>();
        for (int badLine : raw.badLines()) {
            rowProblems.add(syntax(badLine, "line " + badLine + " holds bytes that are not UTF-8: save the file as UTF-8"));
        }
        List<String> values = raw.values();
        if (values.size() != header.size()) {
            rowProblems.add(syntax(raw.line(), "the row has " + values.size() + (values.size() == 1 ? " value" : " values")
                    + (options.hasHeaderRow() ? " but the header names " : " but the file has ") + header.size()
                    + " columns" + (options.hasHeaderRow() ? "" : " (" + String.join(", ", header.columns()) + ")")
                    + ": every row needs one value per column" + (options.quote() == null
                            ? " (a value cannot hold a " + separatorName() + ")"
                            : " (quote a value that holds a " + separatorName() + ")")));
        }
        long recordLength = 0;
        for (int i = 0; i < values.size(); i++) {
            int length = values.get(i).length();
            recordLength += length;
            if (length > options.maxValueLength()) {
                String column = i < header.size() ? header.columns().get(i) : null;
                rowProblems.add(syntax(raw.line(), (column == null ? "value " + (i + 1) : column) + ": the value has "
                        + length + " characters, more than the limit of " + options.maxValueLength()).withField(column));
            }
        }
        if (recordLength > options.maxRecordLength()) {
            rowProblems.add(syntax(raw.line(), "the row has " + recordLength + " characters, more than the limit of "
                    + options.maxRecordLength()));
        }
        if (options.spreadsheetSafeValues()) {
            values = values.stream().map(SpreadsheetSafeValues::unescape).toList();
        }
        return new CsvRow(header, raw.line(), values, rowProblems);
    }

    private String separatorName() {
        return CsvRecordSource.separatorName(options.separator());
    }

    private Problem syntax(int line, String message) {
        return Problem.error(RuleIds.SYNTAX, message).withLocation(Location.of(file, line));
    }
}
