package io.github.regsec.validation;

import io.github.regsec.formats.ImportResult;
import io.github.regsec.model.Dataset;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import io.github.regsec.problem.Severity;
import io.github.regsec.problem.TerminalText;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The outcome of validating a dataset: the problems from reading and from validation together, in
 * file then line order (problems without a location last), their counts by severity (every
 * problem found, listed or not), and a text and a JSON rendering. Immutable.
 */
public final class ValidationReport {

    private final List<Problem> problems;
    private final Dataset dataset;
    private final LocalDate asOf;
    private final ImportResult imported;
    private final long errors;
    private final long warnings;

    ValidationReport(List<Problem> problems, Dataset dataset, LocalDate asOf, ImportResult imported) {
        this.problems = List.copyOf(problems);
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.imported = imported;
        // every problem found counts, also those reading found past ReadOptions.maxProblems and left out of the list
        this.errors = listed(this.problems, Severity.ERROR) + leftOut(imported, Severity.ERROR);
        this.warnings = listed(this.problems, Severity.WARNING) + leftOut(imported, Severity.WARNING);
    }

    /** The problems of a severity in a list, the one that says how many were left out not counted. */
    private static long listed(List<Problem> problems, Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity && !p.rule().equals(RuleIds.PROBLEMS_LEFT_OUT))
                .count();
    }

    /** The problems of a severity reading found and left out of its list. */
    private static long leftOut(ImportResult imported, Severity severity) {
        return imported == null ? 0 : Math.max(0, imported.count(severity) - listed(imported.problems(), severity));
    }

    /**
     * Every problem, in report order.
     *
     * @return reading and validation problems in the order of docs/FORMATS.md#problem-order, unmodifiable
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * The problems of one rule, in report order.
     *
     * @param ruleId a rule id ({@code date-order})
     * @return its problems; empty when it found none
     */
    public List<Problem> problems(String ruleId) {
        return problems.stream().filter(p -> p.rule().equals(ruleId)).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The number of errors: every one found, also those reading found past
     * {@code ReadOptions.maxProblems} and left out of {@link #problems()}.
     *
     * @return how many errors reading and validation found
     */
    public long errors() {
        return errors;
    }

    /**
     * The number of warnings, counted likewise (the {@link RuleIds#PROBLEMS_LEFT_OUT} warning that
     * says how many were left out is not one of them).
     *
     * @return how many warnings reading and validation found
     */
    public long warnings() {
        return warnings;
    }

    /**
     * True when there is at least one error (reading or validation).
     *
     * @return whether {@link #errors()} is not zero
     */
    public boolean hasErrors() {
        return errors > 0;
    }

    /**
     * The number of problems of a severity.
     *
     * @param severity error or warning
     * @return how many problems have that severity
     */
    public long count(Severity severity) {
        return severity == Severity.ERROR ? errors() : warnings();
    }

    /**
     * The dataset that was validated (for an import, the rows that could be read).
     *
     * @return the dataset
     */
    public Dataset dataset() {
        return dataset;
    }

    /**
     * The as-of date validation ran with.
     *
     * @return the day taken as today
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * The import that was validated, or null for a dataset built in code.
     *
     * @return the read's result, or null
     */
    public ImportResult imported() {
        return imported;
    }

    /**
     * One line per problem, {@code file:line: severity rule record-id: message} ({@code -} where
     * there is no location, {@code file:} where the line is unknown; the column is left to the JSON
     * rendering), each line ending with {@code \n}; in file names, record ids and messages, line
     * breaks become spaces and control characters visible escapes ({@link TerminalText#oneLine}),
     * so neither a value from a data file nor a file's name can break the line or drive the
     * terminal.
     * The empty string when there are no problems.
     *
     * @return the problems as text, one line each
     */
    public String toText() {
        StringBuilder out = new StringBuilder();
        for (Problem p : problems) {
            Location l = p.location();
            out.append(l == null ? "-" : TerminalText.oneLine(l.hasLine() ? l.file() + ":" + l.line() : l.file()))
                    .append(": ").append(p.severity().formatName()).append(' ').append(p.rule());
            if (p.recordId() != null) {
                out.append(' ').append(TerminalText.oneLine(p.recordId()));
            }
            out.append(": ").append(TerminalText.oneLine(p.message())).append('\n');
        }
        return out.toString();
    }

    /**
     * The JSON rendering of docs/FORMATS.md#report-json: {@code dataset}, {@code as_of}, {@code records}
     * (counts of sources, organizations, field offices, meetings and memberships), {@code errors},
     * {@code warnings} and {@code problems}, pretty printed with {@code \n} line ends and no line
     * break after the closing brace.
     *
     * @param datasetAsGiven the dataset path as the user gave it, or null
     * @return the report as a JSON object
     */
    public String toJson(String datasetAsGiven) {
        return ReportJson.render(this, datasetAsGiven);
    }

    @Override
    public String toString() {
        return "ValidationReport[" + errors() + " errors, " + warnings() + " warnings]";
    }
}
