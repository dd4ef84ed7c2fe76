package io.github.regsec.problem;

import io.github.regsec.model.RecordKind;
import java.util.Objects;

/**
 * Something wrong or doubtful in a dataset, from reading or from validation: which rule found
 * it, how bad it is, which record and field it is about, where that came from, and a message in
 * the user's terms.
 *
 * <p>Start with {@link #error(String, String)} or {@link #warning(String, String)} and add what is
 * known with the {@code with...} methods:
 * {@code Problem.error(RuleIds.SYNTAX, "'2019-13' is not a date").withRecord(MEMBERSHIP, "m1").withField("start_date").withLocation(where)}.
 *
 * @param rule the rule id, e.g. {@code date-order}
 * @param severity error or warning
 * @param recordKind the kind of record, or null when not about one record
 * @param recordId the record's id, or null when unknown
 * @param field the format name of the field, e.g. {@code end_date}, or null
 * @param location where the data came from, or null when it was not read from a file
 * @param message what is wrong, in the user's terms
 */
public record Problem(String rule, Severity severity, RecordKind recordKind, String recordId, String field,
                      Location location, String message) {

    public Problem {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /** An error of a rule with a message. */
    public static Problem error(String rule, String message) {
        return new Problem(rule, Severity.ERROR, null, null, null, null, message);
    }

    /** A warning of a rule with a message. */
    public static Problem warning(String rule, String message) {
        return new Problem(rule, Severity.WARNING, null, null, null, null, message);
    }

    /** This problem about a record. */
    public Problem withRecord(RecordKind kind, String id) {
        return new Problem(rule, severity, kind, id, field, location, message);
    }

    /** This problem about a field (its format name). */
    public Problem withField(String field) {
        return new Problem(rule, severity, recordKind, recordId, field, location, message);
    }

    /** This problem at a location. */
    public Problem withLocation(Location location) {
        return new Problem(rule, severity, recordKind, recordId, field, location, message);
    }

    /** This problem with another severity. */
    public Problem withSeverity(Severity severity) {
        return new Problem(rule, severity, recordKind, recordId, field, location, message);
    }

    /** True for errors. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line: {@code file:line: severity rule record-id: message}. */
    @Override
    public String toString() {
        String where = location == null ? "-" : location.hasLine() ? location.file() + ":" + location.line() : location.file();
        return where + ": " + severity.formatName() + " " + rule
                + (recordId == null ? "" : " " + recordId) + ": " + message;
    }
}
