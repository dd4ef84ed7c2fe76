package io.github.regsec.formats.csv;

import io.github.regsec.formats.DatasetImporter;
import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.ImportException;
import io.github.regsec.formats.InputFiles;
import io.github.regsec.formats.csv.rows.CsvReadOptions;
import io.github.regsec.formats.csv.rows.CsvRows;
import io.github.regsec.formats.csv.rows.SpreadsheetSafeValues;
import io.github.regsec.formats.io.ReadingThreads;
import io.github.regsec.model.table.RecordTable;
import io.github.regsec.model.table.RecordTables;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a regsec dataset from a CSV directory (docs/FORMATS.md#csv-directory), or one of its files.
 *
 * <p>A directory holds up to nine files with fixed names ({@code sources.csv},
 * {@code organizations.csv}, {@code names.csv}, {@code field_offices.csv}, {@code meetings.csv},
 * {@code meeting_participants.csv}, {@code memberships.csv}, {@code persons.csv},
 * {@code posts.csv}), each also accepted gzipped
 * ({@code organizations.csv.gz}). Only {@code organizations.csv} is required: without it the
 * read reports a {@code syntax} error on that file name and reads the other files. A missing
 * other file means no records of its kind. Both {@code X.csv} and {@code X.csv.gz} present is a
 * {@code syntax} error on the {@code .gz} file, which is not read. Other {@code .csv} files in the
 * directory get an {@code unknown-field} warning and are not read.
 *
 * <p>A single file ({@code memberships.csv}, or a stream with that name) is read as the kind its
 * name says; names and participants read that way have no parent to belong to and are rejected
 * with {@code unknown-reference}. A file name the format does not know is a {@code syntax} error.
 *
 * <p>Each file: UTF-8 (a byte order mark is ignored), RFC 4180 quoting, any line ends, a header
 * row; columns in any order, matched by name; values as they are (never trimmed), an empty
 * cell is absent; unknown columns get an {@code unknown-field} warning on the header line. An
 * empty file (no header) is a {@code syntax} error: regsec always writes a header, so an empty
 * file is most likely cut short. A file with only a header has no records and no problem. Every
 * row is imported or rejected with its problems; each problem carries the file and the line on
 * which its row starts. See {@link CsvRows} for what makes a row or file unreadable.
 *
 * <p>Names ({@code record_id}) attach to the organization or field office with that id, and
 * participants ({@code meeting_id}) to that meeting, in file order; a child row whose parent is
 * not in the dataset is rejected with {@code unknown-reference}. Records reach the context in
 * dataset order: sources, organizations, field offices, meetings, memberships, each in file order.
 *
 * <p>Immutable and safe to share between threads. The instance {@link java.util.ServiceLoader}
 * creates reads values as they are, except in a directory that the CSV writer wrote
 * spreadsheet-safe: it leaves a marker file there ({@link CsvDatasetWriter#SPREADSHEET_SAFE_MARKER}),
 * and the {@link SpreadsheetSafeValues} escaping of such a directory is undone. For single files
 * and streams, {@link #withSpreadsheetSafeValues(boolean)} (or
 * {@link io.github.regsec.formats.ReadOptions#spreadsheetSafeValues()}) says so instead. A value
 * in a file regsec did not write is never changed.
 */
public final class CsvDatasetImporter implements DatasetImporter {

    private static final String GZ = ".gz";

    private final boolean spreadsheetSafeValues;

    /** An importer that reads values as they are (for {@link java.util.ServiceLoader}). */
    public CsvDatasetImporter() {
        this(false);
    }

    private CsvDatasetImporter(boolean spreadsheetSafeValues) {
        this.spreadsheetSafeValues = spreadsheetSafeValues;
    }

    /**
     * An importer that, when {@code on}, reads files written with
     * {@link io.github.regsec.formats.WriteOptions#spreadsheetSafeValues()}, restoring the
     * original values (see {@link SpreadsheetSafeValues}).
     *
     * @param on whether to undo spreadsheet-safe escaping on reading
     * @return a new importer; this one is unchanged
     */
    public CsvDatasetImporter withSpreadsheetSafeValues(boolean on) {
        return new CsvDatasetImporter(on);
    }

    /**
     * True when this importer undoes spreadsheet-safe escaping.
     *
     * @return whether values are unescaped on reading
     */
    public boolean spreadsheetSafeValues() {
        return spreadsheetSafeValues;
    }

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public List<String> extensions() {
        return List.of("csv");
    }

    @Override
    public String description() {
        return "a directory of CSV files (organizations.csv, memberships.csv, ...) or one of those files";
    }

    @Override
    public boolean readsDirectories() {
        return true;
    }

    @Override
    public void read(Path path, ImportContext context) throws IOException {
        DatasetAssembler assembler = new DatasetAssembler(context);
        if (Files.isDirectory(path)) {
            readDirectory(path, context, assembler);
        } else {
            String fileName = InputFiles.fileName(path);
            Optional<RecordTable<?>> schema = schemaOf(fileName, context);
            if (schema.isPresent()) {
                try (CsvRows rows = CsvRows.open(path, csvOptions(context))) {
                    readFile(rows, assembler.file(schema.get(), context), context);
                }
            }
        }
        assembler.finish();
    }

    @Override
    public void read(InputStream in, String fileName, ImportContext context) throws IOException {
        DatasetAssembler assembler = new DatasetAssembler(context);
        Optional<RecordTable<?>> schema = schemaOf(fileName, context);
        if (schema.isPresent()) {
            try (CsvRows rows = CsvRows.open(in, fileName, csvOptions(context))) {
                readFile(rows, assembler.file(schema.get(), context), context);
            }
        }
        assembler.finish();
    }

    /**
     * Reads the files of a directory, in parallel up to {@link io.github.regsec.formats.ReadOptions#threads()}:
     * each file with a part of the context, the parts merged in file order, so that records and
     * problems come out as from a read of one file after the other.
     */
    private void readDirectory(Path directory, ImportContext context, DatasetAssembler assembler) throws IOException {
        // a directory regsec wrote spreadsheet-safe says so in a marker file: its values are read back unescaped
        CsvReadOptions options = Files.isRegularFile(directory.resolve(CsvDatasetWriter.SPREADSHEET_SAFE_MARKER))
                ? csvOptions(context).withSpreadsheetSafeValues(true) : csvOptions(context);
        List<FileRead> reads = new ArrayList<>();
        for (RecordTable<?> schema : RecordTables.all()) {
            Path plain = directory.resolve(schema.csvFile());
            Path gzipped = directory.resolve(schema.csvFile() + GZ);
            boolean hasPlain = Files.isRegularFile(plain);
            boolean hasGzipped = Files.isRegularFile(gzipped);
            if (hasPlain && hasGzipped) {
                reads.add(FileRead.problem(Problem.error(RuleIds.SYNTAX, "both " + schema.csvFile() + " and " + schema.csvFile()
                        + GZ + " exist: " + schema.csvFile() + " was read and this file was not; remove one of them")
                        .withLocation(Location.of(schema.csvFile() + GZ))));
            }
            if (!hasPlain && !hasGzipped) {
                if (schema == RecordTables.ORGANIZATION) {
                    reads.add(FileRead.problem(Problem.error(RuleIds.SYNTAX, "the directory has no " + schema.csvFile()
                            + ": a CSV dataset needs one, even if it has only a header row").withLocation(Location.of(schema.csvFile()))));
                }
                continue;
            }
            reads.add(new FileRead(schema, hasPlain ? plain : gzipped, null));
        }
        long files = reads.stream().filter(r -> r.file() != null).count();
        int threads = (int) Math.min(context.options().threadCount(), files);
        if (context.options().threads() == 0 && !worthReadingAtOnce(reads)) {
            threads = 1; // left to the importer: one large file gains nothing from the others beside it
        }
        if (threads <= 1) {
            for (FileRead read : reads) {
                if (read.problem() != null) {
                    context.report(read.problem());
                } else {
                    readFile(read.file(), options, assembler.file(read.schema(), context), context);
                }
            }
        } else {
            readInParallel(reads, threads, options, context, assembler);
        }
        reportUnknownFiles(directory, context);
    }

    /**
     * Whether reading the files at once can pay: only when no file holds more than half of the
     * bytes (a directory with one large {@code memberships.csv} reads faster on one thread, as
     * measured in the benchmarks).
     */
    private static boolean worthReadingAtOnce(List<FileRead> reads) {
        long total = 0;
        long largest = 0;
        for (FileRead read : reads) {
            if (read.file() != null) {
                long size;
                try {
                    size = Files.size(read.file());
                } catch (IOException e) {
                    size = 0; // reading the file reports the problem
                }
                total += size;
                largest = Math.max(largest, size);
            }
        }
        return largest * 2 <= total;
    }

    /** A file of a directory to read, or a problem to report in its place in the order. */
    private record FileRead(RecordTable<?> schema, Path file, Problem problem) {
        static FileRead problem(Problem problem) {
            return new FileRead(null, null, problem);
        }
    }

    private static void readInParallel(List<FileRead> reads, int threads, CsvReadOptions options, ImportContext context,
                                       DatasetAssembler assembler) throws IOException {
        ExecutorService pool = ReadingThreads.pool(threads, "regsec-csv-read");
        try {
            List<ImportContext> parts = new ArrayList<>();
            List<Future<IOException>> done = new ArrayList<>();
            for (FileRead read : reads) {
                if (read.problem() != null) {
                    parts.add(null);
                    done.add(null);
                    continue;
                }
                ImportContext part = context.part();
                DatasetAssembler.FileRecords records = assembler.file(read.schema(), part);
                parts.add(part);
                done.add(pool.submit(() -> {
                    try {
                        readFile(read.file(), options, records, part);
                        return null;
                    } catch (ImportException e) {
                        return null; // fail-fast: the part has the error, and the merge throws it in file order
                    } catch (IOException e) {
                        return e;
                    }
                }));
            }
            for (int i = 0; i < reads.size(); i++) {
                if (reads.get(i).problem() != null) {
                    context.report(reads.get(i).problem());
                    continue;
                }
                IOException failure = await(done.get(i));
                context.merge(parts.get(i));
                if (failure != null) {
                    throw failure;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static IOException await(Future<IOException> done) throws IOException {
        try {
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("the read was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IOException(e.getCause());
        }
    }

    private static void readFile(Path file, CsvReadOptions options, DatasetAssembler.FileRecords records,
                                 ImportContext context) throws IOException {
        try (CsvRows rows = CsvRows.open(file, options)) {
            readFile(rows, records, context);
        }
    }

    private static void readFile(CsvRows rows, DatasetAssembler.FileRecords records, ImportContext context)
            throws IOException {
        RecordTable<?> schema = records.table();
        context.reading(rows.file());
        for (Problem problem : rows.problems()) {
            context.report(problem.withRecord(schema.kind(), null));
        }
        if (rows.hasErrors()) {
            return;
        }
        for (Problem problem : rows.header().unknownColumns(schema.csvColumns())) {
            context.report(problem.withRecord(schema.kind(), null));
        }
        records.start(rows.file(), rows.header());
        rows.read(records);
    }

    /** Warns about CSV files in the directory that the format does not know: they are not read. */
    private static void reportUnknownFiles(Path directory, ImportContext context) throws IOException {
        List<String> unknown;
        try (Stream<Path> files = Files.list(directory)) {
            unknown = files.map(InputFiles::fileName)
                    .filter(name -> {
                        String lower = name.toLowerCase(Locale.ROOT);
                        return lower.endsWith(".csv") || lower.endsWith(".csv" + GZ);
                    })
                    .filter(name -> RecordTables.forCsvFile(stripGz(name)).isEmpty())
                    .sorted()
                    .collect(Collectors.toList());
        }
        for (String name : unknown) {
            context.report(Problem.warning(RuleIds.UNKNOWN_FIELD, "the format has no file named " + name
                    + ": it was not read; the files of a CSV dataset are " + knownFiles()).withLocation(Location.of(name)));
        }
    }

    /** The schema a file name stands for; reports a syntax error when there is none. */
    private static Optional<RecordTable<?>> schemaOf(String fileName, ImportContext context) throws IOException {
        Optional<RecordTable<?>> schema = RecordTables.forCsvFile(stripGz(fileName));
        if (schema.isEmpty()) {
            context.reading(fileName);
            context.report(Problem.error(RuleIds.SYNTAX, "cannot tell what " + fileName
                    + " holds: the files of a CSV dataset are " + knownFiles()).withLocation(Location.of(fileName)));
        }
        return schema;
    }

    private CsvReadOptions csvOptions(ImportContext context) {
        CsvReadOptions options = CsvReadOptions.from(context.options());
        return options.withSpreadsheetSafeValues(options.spreadsheetSafeValues() || spreadsheetSafeValues);
    }

    private static String knownFiles() {
        return RecordTables.all().stream().map(RecordTable::csvFile).collect(Collectors.joining(", "));
    }

    private static String stripGz(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(GZ) ? fileName.substring(0, fileName.length() - GZ.length()) : fileName;
    }
}
