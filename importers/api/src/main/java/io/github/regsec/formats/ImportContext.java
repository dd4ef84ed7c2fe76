package io.github.regsec.formats;

import io.github.regsec.model.Dataset;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import io.github.regsec.problem.Severity;
import io.github.regsec.model.table.RecordTables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an importer reports to while it reads. It keeps the books (rows read = imported +
 * rejected + skipped, every rejected row has an error problem, every skipped row a reason),
 * applies fail-fast mode and the problem cap, and hands each imported record to a
 * {@link RecordSink}.
 *
 * <p>The protocol, for every row an importer reads:
 * <ul>
 *   <li>a good record: {@link #accept(DatasetRecord, Location)} (or, without making a
 *       {@link Location}, {@link #accept(DatasetRecord, String, int, int)}, and a file's records
 *       at once, {@link #acceptAll(List, String, int[], int[])}), or
 *       {@link #accept(DatasetRecord, Location, List)} when it holds child rows read from
 *       places of their own (names, participants); each child row counts as a row;</li>
 *   <li>a bad row: {@link #rejected(Location, List)} with at least one error;</li>
 *   <li>a row read and deliberately not imported, for a reason that is no error (a state
 *       without a country code, a phase merged into a membership already imported):
 *       {@link #skipped(Location, String)};</li>
 *   <li>a record that no row stands for on its own (made from rows already counted):
 *       {@link #derived(DatasetRecord, Location)};</li>
 *   <li>a problem that rejects no row (an unknown column, a broken file): {@link #report(Problem)}.</li>
 * </ul>
 * Create one with {@link #collecting(ReadOptions)} to build a dataset ({@link #result()}), or
 * {@link #streaming(ReadOptions, RecordSink)} to pass records on without keeping them; a
 * {@link ReadProgress} hears of every row and file as the read goes. Not thread-safe: one per
 * read.
 *
 * <p>An importer that reads parts of its input on several threads (the files of a CSV
 * directory) gives each part a {@link #part()} of its own and, once the parts are read,
 * {@link #merge(ImportContext) merges} them in input order: records, problems, counts and
 * fail-fast stops come out exactly as from one thread reading the parts in that order.
 */
public final class ImportContext {

    private final ReadOptions options;
    private final RecordSink sink;
    private final ReadProgress progress;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> files = new LinkedHashSet<>();
    private final Set<String> filesLeftOut = new LinkedHashSet<>();
    private long problemsLeftOut;
    private long errors;
    private long warnings;
    private long imported;
    private long rejected;
    private long skipped;
    private final Map<String, long[]> skippedCounts = new LinkedHashMap<>();
    private final Map<String, Location> skippedFirst = new LinkedHashMap<>();
    /** For a part: the context it merges into, else null. */
    private final ImportContext parent;
    /** For a part: how many records it had accepted when each kept problem came. */
    private int[] acceptedBeforeProblem;
    /** For a part: its first error, kept even when past the problem cap (for a fail-fast merge). */
    private Problem firstError;
    private boolean merged;

    private ImportContext(ReadOptions options, RecordSink sink, ReadProgress progress, ImportContext parent) {
        this.options = Objects.requireNonNull(options, "options");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.parent = parent;
        this.acceptedBeforeProblem = parent == null ? null : new int[8];
    }

    /**
     * A context that builds a {@link Dataset} with the locations of its records: see {@link #result()}.
     *
     * @param options fail-fast or collect, and the problem cap
     * @return a new context for one read
     */
    public static ImportContext collecting(ReadOptions options) {
        return collecting(options, ReadProgress.NONE);
    }

    /**
     * A context that builds a {@link Dataset} and tells {@code progress} of each row and file as it goes.
     *
     * @param options the options the read runs with
     * @param progress told of every row read and every file started, on the reading thread
     * @return a new context for one read
     */
    public static ImportContext collecting(ReadOptions options, ReadProgress progress) {
        return new ImportContext(options, new DatasetCollector(), progress, null);
    }

    /**
     * A context that passes each record to {@code sink} and keeps only problems and counts.
     *
     * @param options fail-fast or collect, and the problem cap
     * @param sink takes each imported or derived record as it comes
     * @return a new context for one read; it has no {@link #result()}
     */
    public static ImportContext streaming(ReadOptions options, RecordSink sink) {
        return new ImportContext(options, sink, ReadProgress.NONE, null);
    }

    /**
     * The options the read runs with.
     *
     * @return the options, for readers to apply their limits
     */
    public ReadOptions options() {
        return options;
    }

    /**
     * Notes that a file is being read: files are listed in the order they were first read.
     *
     * @param file the file's name, relative to the dataset path, as problems name it
     */
    public void reading(String file) {
        files.add(file);
        progress.reading(file);
    }

    /**
     * Imports a record read from one place: counts it, and its child rows, as imported rows
     * located where the record starts.
     *
     * @param record the record, complete with its child rows
     * @param location where the record starts
     */
    public void accept(DatasetRecord record, Location location) {
        accept(record, location, Collections.nCopies(RecordTables.of(record).childRows(record).size(), location));
    }

    /**
     * Imports a record whose child rows were read from places of their own: counts the record
     * and each child row as an imported row.
     *
     * @param record the record, complete with its child rows
     * @param location where the record starts
     * @param childRowLocations where each child row starts, in the record's order
     * @throws IllegalArgumentException when there is not one location per child row
     */
    public void accept(DatasetRecord record, Location location, List<Location> childRowLocations) {
        Objects.requireNonNull(record, "record");
        int children = RecordTables.of(record).childRows(record).size();
        if (childRowLocations.size() != children) {
            throw new IllegalArgumentException(record.id() + " has " + children + " child rows but "
                    + childRowLocations.size() + " locations");
        }
        imported += 1 + children;
        sink.accept(record, location, childRowLocations);
        progress.rowsRead(imported + rejected);
    }

    /**
     * Imports a record read from one place, located by its file, line and column: like
     * {@link #accept(DatasetRecord, Location)}, without making a {@link Location} (a collecting
     * read keeps the line in a compact table and makes the location when one is asked for).
     *
     * @param record the record, complete with its child rows (located where the record starts)
     * @param file the file it was read from, relative to the dataset path, as problems name it
     * @param line the 1-based line it starts on, or 0 when unknown
     * @param column the 1-based column it starts at, or 0 when unknown
     * @throws IllegalArgumentException when the line or the column is negative
     */
    public void accept(DatasetRecord record, String file, int line, int column) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, or 0 when unknown: " + line + ":" + column);
        }
        imported += 1 + RecordTables.of(record).childRows(record).size();
        sink.accept(record, file, line, column);
        progress.rowsRead(imported + rejected);
    }

    /**
     * Imports records read one after another from one file, each located by its line and column:
     * as {@link #accept(DatasetRecord, String, int, int)} for each in turn, in one call, for a
     * reader that keeps records until a file or a part of it is read (a collecting read then
     * adds them to the dataset and the line table at once).
     *
     * @param records the records in file order, each complete with its child rows (located where it starts)
     * @param file the file they were read from, relative to the dataset path, as problems name it
     * @param lines {@code lines[i]} is the 1-based line record {@code i} starts on, or 0 when unknown
     * @param columns {@code columns[i]} is the 1-based column record {@code i} starts at, or 0 when
     *     unknown; null when no column is known
     * @throws IllegalArgumentException when there are fewer lines or columns than records, or one is negative
     */
    public void acceptAll(List<? extends DatasetRecord> records, String file, int[] lines, int[] columns) {
        Objects.requireNonNull(file, "file");
        if (lines.length < records.size() || columns != null && columns.length < records.size()) {
            throw new IllegalArgumentException(records.size() + " records but " + lines.length + " lines"
                    + (columns == null ? "" : " and " + columns.length + " columns"));
        }
        long rows = 0;
        for (int i = 0; i < records.size(); i++) {
            DatasetRecord record = Objects.requireNonNull(records.get(i), "record");
            if (lines[i] < 0 || columns != null && columns[i] < 0) {
                throw new IllegalArgumentException("line and column are 1-based, or 0 when unknown: " + lines[i] + ":"
                        + (columns == null ? 0 : columns[i]));
            }
            rows += 1 + RecordTables.of(record).childRows(record).size();
        }
        imported += rows;
        sink.acceptAll(records, file, lines, columns);
        progress.rowsRead(imported + rejected);
    }

    /**
     * Hands on a record that no row of its own stands for: one made from rows already counted
     * (the organization named in a membership list, the source a whole file cites). It is
     * located and passed on but not counted as a row, so the books still match the rows in the
     * file.
     *
     * @param record the record made from rows already counted
     * @param location where the record was first named
     */
    public void derived(DatasetRecord record, Location location) {
        Objects.requireNonNull(record, "record");
        sink.accept(record, location, Collections.nCopies(RecordTables.of(record).childRows(record).size(), location));
    }

    /**
     * Counts one row as rejected (not imported) and reports why.
     *
     * @param location where the row starts
     * @param why the problems, at least one of them an error
     * @throws ImportException in fail-fast mode, with the first error
     * @throws IllegalArgumentException when {@code why} holds no error: a row is only rejected for an error
     */
    public void rejected(Location location, List<Problem> why) throws ImportException {
        if (why.stream().noneMatch(Problem::isError)) {
            throw new IllegalArgumentException("a rejected row needs at least one error problem");
        }
        rejected++;
        progress.rowsRead(imported + rejected);
        for (Problem problem : why) {
            report(problem);
        }
    }

    /**
     * Counts one row as read and deliberately not imported, for a reason that is no error: the
     * row of a state without a country code, a later phase merged into a membership already
     * imported. Rows skipped for the same reason are counted together
     * ({@link ImportResult#skipped()}), with the first one's location. Reports no problem: an
     * importer that wants the user to see it reports a warning too.
     *
     * @param location where the row starts, or null when unknown
     * @param reason why, in the user's terms; give every row skipped for one reason the same text
     * @throws IllegalArgumentException when the reason is blank: a row is only skipped for a reason
     */
    public void skipped(Location location, String reason) {
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a skipped row needs a reason");
        }
        skipped++;
        skippedCounts.computeIfAbsent(reason, r -> new long[1])[0]++;
        if (location != null) {
            skippedFirst.putIfAbsent(reason, location);
        }
    }

    /**
     * Reports a problem.
     *
     * @param problem a problem not tied to a rejected row (a warning, a file-level error)
     * @throws ImportException in fail-fast mode when the problem is an error
     */
    public void report(Problem problem) throws ImportException {
        Objects.requireNonNull(problem, "problem");
        if (problem.isError()) {
            errors++;
        } else {
            warnings++;
        }
        if (firstError == null && problem.isError()) {
            firstError = problem;
        }
        if (problems.size() < options.maxProblems()) {
            if (parent != null) {
                if (problems.size() == acceptedBeforeProblem.length) {
                    acceptedBeforeProblem = Arrays.copyOf(acceptedBeforeProblem, problems.size() * 2);
                }
                acceptedBeforeProblem[problems.size()] = ((PartSink) sink).size();
            }
            problems.add(problem);
        } else {
            problemsLeftOut++;
            if (problem.location() != null) {
                filesLeftOut.add(problem.location().file());
            }
        }
        if (options.failFast() && problem.isError()) {
            throw new ImportException(problem);
        }
    }

    /**
     * A context for one part of this read, to be read on another thread: it has this context's
     * options, keeps what the part's reader reports (records, rejected and skipped rows, problems,
     * files) and hands it on when {@link #merge(ImportContext) merged}. In fail-fast mode the
     * part throws at its first error as this context would, and the merge throws it again. Like
     * every context, one part is used by one thread at a time.
     *
     * @return a new part; merge it into this context once, after its reader is done
     */
    public ImportContext part() {
        return new ImportContext(options, new PartSink(), ReadProgress.NONE, this);
    }

    /**
     * Hands on what a part of this read found, as if its reader had reported it here: the files
     * it read, its records (to this context's sink, in order), its counts, its skipped rows and
     * its problems, in the order reported (problems past the cap are counted as left out). Merge
     * parts in input order to get exactly the result of reading them one after the other.
     *
     * @param part a context made by this context's {@link #part()}, its reader done
     * @throws ImportException in fail-fast mode, at the part's first error
     * @throws IllegalArgumentException when {@code part} is not a part of this context, or was merged before
     */
    public void merge(ImportContext part) throws ImportException {
        if (part.parent != this || part.merged) {
            throw new IllegalArgumentException("not an unmerged part of this context");
        }
        part.merged = true;
        for (String file : part.files) {
            reading(file);
        }
        PartSink records = (PartSink) part.sink;
        int replayed = 0;
        try {
            for (int i = 0; i < part.problems.size(); i++) {
                replayed = records.replay(replayed, part.acceptedBeforeProblem[i], sink);
                report(part.problems.get(i));
            }
            records.replay(replayed, records.size(), sink);
        } finally {
            imported += part.imported;
            rejected += part.rejected;
            skipped += part.skipped;
            progress.rowsRead(imported + rejected);
        }
        part.skippedCounts.forEach((reason, count) -> skippedCounts.computeIfAbsent(reason, r -> new long[1])[0] += count[0]);
        part.skippedFirst.forEach(skippedFirst::putIfAbsent);
        long errorsKept = part.problems.stream().filter(Problem::isError).count();
        long errorsLeftOut = part.errors - errorsKept;
        errors += errorsLeftOut;
        warnings += part.warnings - (part.problems.size() - errorsKept);
        problemsLeftOut += part.problemsLeftOut;
        filesLeftOut.addAll(part.filesLeftOut);
        if (options.failFast() && errorsLeftOut > 0) {
            throw new ImportException(part.firstError);
        }
    }

    /** The records a part accepted, kept in order until it is merged. */
    private static final class PartSink implements RecordSink {
        private final List<DatasetRecord> records = new ArrayList<>();
        private final List<Object> places = new ArrayList<>();

        /** A place given as file, line and column. */
        private record At(String file, int line, int column) {
        }

        /** A place given as locations. */
        private record Located(Location location, List<Location> childRowLocations) {
        }

        @Override
        public void accept(DatasetRecord record, Location location, List<Location> childRowLocations) {
            records.add(record);
            places.add(new Located(location, List.copyOf(childRowLocations)));
        }

        @Override
        public void accept(DatasetRecord record, String file, int line, int column) {
            records.add(record);
            places.add(new At(file, line, column));
        }

        int size() {
            return records.size();
        }

        /** Hands records {@code from} (inclusive) to {@code to} (exclusive) to {@code sink}; returns {@code to}. */
        int replay(int from, int to, RecordSink sink) {
            for (int i = from; i < to; i++) {
                if (places.get(i) instanceof At at) {
                    sink.accept(records.get(i), at.file(), at.line(), at.column());
                } else {
                    Located located = (Located) places.get(i);
                    sink.accept(records.get(i), located.location(), located.childRowLocations());
                }
            }
            return to;
        }
    }

    /**
     * Rows imported so far.
     *
     * @return the count of records and child rows accepted
     */
    public long rowsImported() {
        return imported;
    }

    /**
     * Rows rejected so far.
     *
     * @return the count of rows rejected with at least one error
     */
    public long rowsRejected() {
        return rejected;
    }

    /**
     * Rows skipped so far.
     *
     * @return the count of rows read and deliberately not imported
     */
    public long rowsSkipped() {
        return skipped;
    }

    /**
     * The rows skipped so far, by reason, in the order the reasons first came.
     *
     * @return each reason with its count and the first row's location, unmodifiable
     */
    public List<SkippedRows> skippedRows() {
        List<SkippedRows> list = new ArrayList<>();
        skippedCounts.forEach((reason, count) -> list.add(new SkippedRows(reason, count[0], skippedFirst.get(reason))));
        return List.copyOf(list);
    }

    /**
     * Problems so far, in the order reported: at most {@link ReadOptions#maxProblems()} of them, then
     * (when more were found) one {@link RuleIds#PROBLEMS_LEFT_OUT} warning that says how many more
     * there were and in which file. That warning is not a problem in the data: it is not counted by
     * {@link #problemCount(Severity)}, which counts every problem found, listed or not.
     *
     * @return a copy of the problems kept, with the warning about those left out last
     */
    public List<Problem> problems() {
        if (problemsLeftOut == 0) {
            return List.copyOf(problems);
        }
        List<Problem> all = new ArrayList<>(problems);
        long errorsLeftOut = errors - problems.stream().filter(Problem::isError).count();
        String where = filesLeftOut.isEmpty() ? "" : " in " + String.join(", ", filesLeftOut);
        Problem leftOut = Problem.warning(RuleIds.PROBLEMS_LEFT_OUT, count(problemsLeftOut, "more problem", "more problems")
                + " (" + count(errorsLeftOut, "error", "errors") + ", "
                + count(problemsLeftOut - errorsLeftOut, "warning", "warnings") + ") "
                + (problemsLeftOut == 1 ? "was" : "were") + " found" + where
                + " and not listed: only the first " + options.maxProblems()
                + " are kept (ReadOptions.maxProblems); fix these and read again");
        all.add(filesLeftOut.isEmpty() ? leftOut : leftOut.withLocation(Location.of(filesLeftOut.iterator().next())));
        return List.copyOf(all);
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /**
     * The number of problems of a severity found so far, listed or left out of {@link #problems()}.
     *
     * @param severity error or warning
     * @return how many problems of that severity were reported
     */
    public long problemCount(Severity severity) {
        return severity == Severity.ERROR ? errors : warnings;
    }

    /**
     * True when an error has been reported.
     *
     * @return whether an error was reported, among the problems kept or those left out past the cap
     */
    public boolean hasErrors() {
        return errors > 0;
    }

    /**
     * The result of a collecting read: the dataset, the problems, the locations and the counts.
     *
     * @return the result of the read so far
     * @throws IllegalStateException for a streaming context
     */
    public ImportResult result() {
        if (!(sink instanceof DatasetCollector collector)) {
            throw new IllegalStateException("a streaming read builds no dataset: use the sink's records");
        }
        return new ImportResult(collector.dataset(), problems(), collector.locations(), List.copyOf(files),
                imported + rejected + skipped, imported, rejected, skipped, skippedRows(), errors, warnings);
    }
}
