package io.github.regsec.importers;

import io.github.regsec.model.Dataset;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import io.github.regsec.problem.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a reader reports to while it reads: every row it imports or rejects, every problem, and
 * every finished record. It keeps the books (rows read = imported + rejected, every rejected row
 * has a problem), applies fail-fast mode and remembers where each row came from.
 *
 * <p>A reader calls, for each row (a record, or a child row such as a name or participant):
 * {@link #imported(Object, Location)} or {@link #rejected(Location, List)}; then hands each
 * finished top-level record to {@link #emit(DatasetRecord)} ({@link #accept(DatasetRecord, Location)}
 * does both for a record that is one row). A record that no row stands for on its own (made from
 * rows already counted) goes to {@link #derived(DatasetRecord, Location)}. Problems that reject
 * no row (an unknown column, a broken file) go to {@link #report(Problem)}. Create one with
 * {@link #collecting(ReadOptions)} to build a dataset, or {@link #streaming(ReadOptions,
 * RecordSink)} to pass records on without keeping them. Not thread-safe: one per read.
 */
public final class ImportContext {

    private final ReadOptions options;
    private final Dataset.Builder dataset;
    private final RecordLocations.Builder locations;
    private final RecordSink sink;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> files = new LinkedHashSet<>();
    private final java.util.IdentityHashMap<Object, Location> pending = new java.util.IdentityHashMap<>();
    private long problemsLeftOut;
    private boolean errorsLeftOut;
    private long imported;
    private long rejected;

    private ImportContext(ReadOptions options, RecordSink sink, boolean collect) {
        this.options = Objects.requireNonNull(options, "options");
        this.dataset = collect ? Dataset.builder() : null;
        this.locations = collect ? new RecordLocations.Builder() : null;
        this.sink = sink;
    }

    /** A context that builds a {@link Dataset} with the locations of its records. */
    public static ImportContext collecting(ReadOptions options) {
        return new ImportContext(options, null, true);
    }

    /** A context that passes each record to {@code sink} and keeps only problems and counts. */
    public static ImportContext streaming(ReadOptions options, RecordSink sink) {
        return new ImportContext(options, Objects.requireNonNull(sink, "sink"), false);
    }

    /** The options the read runs with. */
    public ReadOptions options() {
        return options;
    }

    /** Notes that a file is being read: files are listed in the order they were first read. */
    public void reading(String file) {
        files.add(file);
    }

    /**
     * Counts one row as imported and remembers where it came from.
     *
     * @param row the record or child row (name, participant) as it will stand in the dataset
     * @param location where it starts
     */
    public void imported(Object row, Location location) {
        Objects.requireNonNull(row, "row");
        imported++;
        if (locations != null) {
            locations.put(row, location);
        } else if (row instanceof DatasetRecord) {
            pending.put(row, location); // until emitted; child rows' locations are not kept when streaming
        }
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

    /**
     * Hands a finished top-level record on: into the dataset being built, or to the sink. Count it
     * first with {@link #imported(Object, Location)}.
     */
    public void emit(DatasetRecord record) {
        if (dataset != null) {
            dataset.add(record);
        } else {
            sink.accept(record, pending.remove(record));
        }
    }

    /** Counts, locates and emits a finished record in one call. */
    public void accept(DatasetRecord record, Location location) {
        imported(record, location);
        emit(record);
    }

    /**
     * Hands on a record that no row of its own stands for: one made from rows already counted
     * (the organization named in a membership list, the source a whole file cites). It is
     * located and emitted but not counted as a row, so the books still match the rows in the
     * file.
     *
     * @param location where the record was first named
     */
    public void derived(DatasetRecord record, Location location) {
        Objects.requireNonNull(record, "record");
        if (locations != null) {
            locations.put(record, location);
        } else {
            pending.put(record, location);
        }
        emit(record);
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
        if (dataset == null) {
            throw new IllegalStateException("a streaming read builds no dataset: use the sink's records");
        }
        return new ImportResult(dataset.build(), problems(), locations.build(), List.copyOf(files), imported + rejected,
                imported, rejected);
    }
}
