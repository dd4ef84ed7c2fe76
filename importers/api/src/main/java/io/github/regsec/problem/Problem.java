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

    /**
     * Checks that the rule, the severity and the message are given.
     *
     * @param rule the rule id, e.g. {@code date-order}
     * @param severity error or warning
     * @param recordKind the kind of record, or null when not about one record
     * @param recordId the record's id, or null when unknown
     * @param field the format name of the field, e.g. {@code end_date}, or null
     * @param location where the data came from, or null when it was not read from a file
     * @param message what is wrong, in the user's terms
     * @throws NullPointerException when the rule, the severity or the message is null
     */
    public Problem {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /**
     * An error of a rule with a message.
     *
     * @param rule the rule id ({@code syntax}, {@code date-order}); see {@link RuleIds}
     * @param message what is wrong, in the user's terms, naming the value and what is expected
     * @return an error about no record, field or location yet
     */
    public static Problem error(String rule, String message) {
        return new Problem(rule, Severity.ERROR, null, null, null, null, message);
    }

    /**
     * A warning of a rule with a message.
     *
     * @param rule the rule id; see {@link RuleIds}
     * @param message what is doubtful, in the user's terms
     * @return a warning about no record, field or location yet
     */
    public static Problem warning(String rule, String message) {
        return new Problem(rule, Severity.WARNING, null, null, null, null, message);
    }

    /**
     * This problem about a record.
     *
     * @param kind the kind of record, or null when not about one record
     * @param id the record's id (for a child row, its parent's), or null when unknown
     * @return a copy with the record set
     */
    public Problem withRecord(RecordKind kind, String id) {
        return new Problem(rule, severity, kind, id, field, location, message);
    }

    /**
     * This problem about a field (its format name).
     *
     * @param field the field's format name ({@code end_date}), or null
     * @return a copy with the field set
     */
    public Problem withField(String field) {
        return new Problem(rule, severity, recordKind, recordId, field, location, message);
    }

    /**
     * This problem at a location.
     *
     * @param location where the data came from, or null when it was not read from a file
     * @return a copy with the location set
     */
    public Problem withLocation(Location location) {
        return new Problem(rule, severity, recordKind, recordId, field, location, message);
    }

    /**
     * This problem with another severity.
     *
     * @param severity the new severity; not null
     * @return a copy with the severity set
     */
    public Problem withSeverity(Severity severity) {
        return new Problem(rule, severity, recordKind, recordId, field, location, message);
    }

    /**
     * True for errors.
     *
     * @return whether the severity is {@link Severity#ERROR}
     */
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
