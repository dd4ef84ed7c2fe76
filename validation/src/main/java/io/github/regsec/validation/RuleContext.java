package io.github.regsec.validation;

import io.github.regsec.model.Dataset;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.Row;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.Severity;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link ConsistencyRule} sees while it runs: the dataset, the as-of date and where records
 * came from; and where it reports. Each report becomes a {@link Problem} with the rule's id and
 * (possibly user-set) severity, the record kind and id, the field and the row's location. Not
 * thread-safe: a context belongs to one rule in one run (the rules of a run may run at the same
 * time, each with its own context).
 */
public final class RuleContext {

    private final ValidationRun run;
    private final ValidationRun.Findings findings;
    private final String ruleId;
    private final Severity severity;

    RuleContext(ValidationRun.Findings findings, String ruleId, Severity severity) {
        this.run = findings.run();
        this.findings = findings;
        this.ruleId = ruleId;
        this.severity = severity;
    }

    /**
     * The dataset being validated.
     *
     * @return the dataset
     */
    public Dataset dataset() {
        return run.dataset();
    }

    /**
     * The day validation runs as of: "today" for {@code future-date} and {@code member-count}.
     *
     * @return the as-of day
     */
    public LocalDate asOf() {
        return run.asOf();
    }

    /**
     * The id of the rule this context reports for.
     *
     * @return the rule id the reported problems carry
     */
    public String ruleId() {
        return ruleId;
    }

    /**
     * The severity this context's problems get.
     *
     * @return the rule's severity as the user set it, else its default
     */
    public Severity severity() {
        return severity;
    }

    /**
     * Where a record or child row (name, participant) was read from; empty for data built in code.
     *
     * @param recordOrChildRow a record or child row of the dataset
     * @return where it starts, or empty
     */
    public Optional<Location> locationOf(Row recordOrChildRow) {
        return run.locationOf(recordOrChildRow);
    }

    /**
     * Reports a problem of this rule about a record or child row: rule id and severity filled in,
     * record kind and id (a child row's record's id) and location looked up.
     *
     * @param recordOrChildRow a record of the dataset, or one of its names or participants
     * @param field the format name of the field ({@code end_date}), or null for the whole record
     * @param message what is wrong, in the user's terms: name the values and say what is expected
     */
    public void report(Row recordOrChildRow, String field, String message) {
        Objects.requireNonNull(recordOrChildRow, "recordOrChildRow");
        Objects.requireNonNull(message, "message");
        Problem problem = new Problem(ruleId, severity, recordOrChildRow.recordKind(), run.idOf(recordOrChildRow),
                field, run.locationOf(recordOrChildRow).orElse(null), message);
        findings.add(problem, recordOrChildRow);
    }

    /**
     * Reports a problem of this rule about a child row (a name or participant) of a record, or
     * about the record itself: like {@link #report(Row, String, String)}, but with the record
     * named, so that a row instance that several records share (one {@code Name} put into two
     * organizations built in code) is reported with the id of the record it was found in. Rules
     * that walk a record's names or participants should report through this method.
     *
     * @param record the record whose row it is
     * @param row one of the record's names or participants, or the record itself
     * @param field the format name of the field, or null for the whole row
     * @param message what is wrong, in the user's terms
     */
    public void report(DatasetRecord record, Row row, String field, String message) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(message, "message");
        Problem problem = new Problem(ruleId, severity, row.recordKind(), record.id(), field,
                run.locationOf(row).orElse(null), message);
        findings.add(problem, record, row);
    }

    /**
     * A short description of a record or child row for messages that point at another record:
     * {@code organization 'osce' (organizations.csv:3)} or {@code name of 'osce' (names.csv:4)}, or without the location when unknown.
     *
     * @param recordOrChildRow a record or child row of the dataset
     * @return the description, for the message of a problem about another record
     */
    public String describe(Row recordOrChildRow) {
        String id = run.idOf(recordOrChildRow);
        String of = recordOrChildRow.recordKind().isChildRow() ? " of '" : " '";
        String text = recordOrChildRow.recordKind().formatName() + (id == null ? "" : of + id + "'");
        return run.locationOf(recordOrChildRow).map(l -> text + " (" + l + ")").orElse(text);
    }
}
