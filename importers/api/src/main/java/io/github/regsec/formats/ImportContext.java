package io.github.regsec.formats;

import io.github.regsec.model.Dataset;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import io.github.regsec.problem.Severity;
import io.github.regsec.model.table.RecordTables;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an importer reports to while it reads. It keeps the books (rows read = imported +
 * rejected, every rejected row has an error problem), applies fail-fast mode and the problem
 * cap, and hands each imported record to a {@link RecordSink}.
 *
 * <p>The protocol, for every row an importer reads:
 * <ul>
 *   <li>a good record: {@link #accept(DatasetRecord, Location)}, or
 *       {@link #accept(DatasetRecord, Location, List)} when it holds child rows read from
 *       places of their own (names, participants); each child row counts as a row;</li>
 *   <li>a bad row: {@link #rejected(Location, List)} with at least one error;</li>
 *   <li>a record that no row stands for on its own (made from rows already counted):
 *       {@link #derived(DatasetRecord, Location)};</li>
 *   <li>a problem that rejects no row (an unknown column, a broken file): {@link #report(Problem)}.</li>
 * </ul>
 * Create one with {@link #collecting(ReadOptions)} to build a dataset ({@link #result()}), or
 * {@link #streaming(ReadOptions, RecordSink)} to pass records on without keeping them; a
 * {@link ReadProgress} hears of every row and file as the read goes. Not thread-safe: one per
 * read.
 */
public final class ImportContext {

    private final ReadOptions options;
    private final RecordSink sink;
    private final ReadProgress progress;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> files = new LinkedHashSet<>();
    private long problemsLeftOut;
    private boolean errorsLeftOut;
    private long imported;
    private long rejected;

    private ImportContext(ReadOptions options, RecordSink sink, ReadProgress progress) {
        this.options = Objects.requireNonNull(options, "options");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** A context that builds a {@link Dataset} with the locations of its records: see {@link #result()}. */
    public static ImportContext collecting(ReadOptions options) {
        return collecting(options, ReadProgress.NONE);
    }

    /** A context that builds a {@link Dataset} and tells {@code progress} of each row and file as it goes. */
    public static ImportContext collecting(ReadOptions options, ReadProgress progress) {
        return new ImportContext(options, new DatasetCollector(), progress);
    }

    /** A context that passes each record to {@code sink} and keeps only problems and counts. */
    public static ImportContext streaming(ReadOptions options, RecordSink sink) {
        return new ImportContext(options, sink, ReadProgress.NONE);
    }

    /** The options the read runs with. */
    public ReadOptions options() {
        return options;
    }

    /** Notes that a file is being read: files are listed in the order they were first read. */
    public void reading(String file) {
        files.add(file);
        progress.reading(file);
    }

    /**
     * Imports a record read from one place: counts it, and its child rows, as imported rows
     * located where the record starts.
     */
    public void accept(DatasetRecord record, Location location) {
        accept(record, location, Collections.nCopies(RecordTables.of(record).childRows(record).size(), location));
    }

    /**
     * Imports a record whose child rows were read from places of their own: counts the record
     * and each child row as an imported row.
     *
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
     * Hands on a record that no row of its own stands for: one made from rows already counted
     * (the organization named in a membership list, the source a whole file cites). It is
     * located and passed on but not counted as a row, so the books still match the rows in the
     * file.
     *
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
     * Reports a problem.
     *
     * @throws ImportException in fail-fast mode when the problem is an error
     */
    public void report(Problem problem) throws ImportException {
        Objects.requireNonNull(problem, "problem");
        if (problems.size() < options.maxProblems()) {
            problems.add(problem);
        } else {
            problemsLeftOut++;
            errorsLeftOut |= problem.isError();
        }
        if (options.failFast() && problem.isError()) {
            throw new ImportException(problem);
        }
    }

    /** Rows imported so far. */
    public long rowsImported() {
        return imported;
    }

    /** Rows rejected so far. */
    public long rowsRejected() {
        return rejected;
    }

    /**
     * Problems so far, in the order reported: at most {@link ReadOptions#maxProblems()} of them, then
     * one that says how many more were found.
     */
    public List<Problem> problems() {
        if (problemsLeftOut == 0) {
            return List.copyOf(problems);
        }
        List<Problem> all = new ArrayList<>(problems);
        all.add(new Problem(RuleIds.SYNTAX, errorsLeftOut ? Severity.ERROR : Severity.WARNING, null, null, null, null,
                problemsLeftOut + " more problems were found and not listed: only the first "
                + options.maxProblems() + " are kept (ReadOptions.maxProblems); fix these and read again"));
        return List.copyOf(all);
    }

    /** True when an error has been reported. */
    public boolean hasErrors() {
        return errorsLeftOut || problems.stream().anyMatch(Problem::isError);
    }

    /**
     * The result of a collecting read: the dataset, the problems, the locations and the counts.
     *
     * @throws IllegalStateException for a streaming context
     */
    public ImportResult result() {
        if (!(sink instanceof DatasetCollector collector)) {
            throw new IllegalStateException("a streaming read builds no dataset: use the sink's records");
        }
        return new ImportResult(collector.dataset(), problems(), collector.locations(), List.copyOf(files),
                imported + rejected, imported, rejected);
    }
}
