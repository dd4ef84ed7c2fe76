package io.github.regsec.formats.codec;

import io.github.regsec.model.Identifier;
import io.github.regsec.model.RecordKind;
import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Typed getters over one row's {@link FieldValues}: each getter parses a field and, when the
 * value does not parse, records a {@code syntax} problem that names the field and the value and
 * carries the field's location, then returns null. After reading a row, {@link #hasErrors()} says
 * whether to import it or reject it with {@link #problems()}. For users' own importers of
 * CSV-like formats as much as for regsec's.
 */
public final class ValueReader {

    private final FieldValues values;
    private final RecordKind kind;
    private final List<Problem> problems = new ArrayList<>(0);
    private boolean hasErrors;
    private String recordId;

    /**
     * A reader of one row.
     *
     * @param values the row's raw values
     * @param kind the kind of record the row holds, for problems
     * @param recordId the record's id (a child row's parent id), for problems; may be null
     */
    public ValueReader(FieldValues values, RecordKind kind, String recordId) {
        this.values = values;
        this.kind = kind;
        this.recordId = recordId;
    }

    /**
     * The problems found so far.
     *
     * @return the problems in the order found, errors and warnings
     */
    public List<Problem> problems() {
        return problems.isEmpty() ? List.of() : List.copyOf(problems);
    }

    /**
     * True when an error was found: the row should be rejected.
     *
     * @return whether a problem of severity error was recorded
     */
    public boolean hasErrors() {
        return hasErrors;
    }

    /**
     * Records a problem on a field of this row (at the field's location).
     *
     * @param problem the problem; it is given this row's kind and record id, the field and the
     *     field's location
     * @param field the format name of the field the problem is about
     */
    public void report(Problem problem, String field) {
        problems.add(problem.withRecord(kind, recordId).withField(field).withLocation(values.location(field)));
        hasErrors |= problem.isError();
    }

    /**
     * Records a {@code syntax} error on a field.
     *
     * @param field the format name of the field whose value does not parse
     * @param message what is wrong and what is expected, naming the value
     */
    public void syntaxError(String field, String message) {
        report(Problem.error(RuleIds.SYNTAX, field + ": " + message), field);
    }

    /**
     * The raw text of a field, or null when absent or empty.
     *
     * @param field the field's format name
     * @return the text, or null
     */
    public String text(String field) {
        return values.text(field);
    }

    /**
     * The text of a field that refers to another record ({@code organization_id}, {@code parent_id}):
     * like {@link #text(String)}, but rows that name the same record share one string.
     *
     * @param field the reference field's format name
     * @return the referenced id, or null when absent or empty
     */
    public String reference(String field) {
        return SharedStrings.share(values.text(field));
    }

    /**
     * The text of a required field; records a {@code required} error when absent or blank.
     *
     * @param field the field's format name
     * @return the text, or null when absent or blank
     */
    public String requiredText(String field) {
        String text = values.text(field);
        if (text == null || text.isBlank()) {
            report(Problem.error(RuleIds.REQUIRED, field + " is required: give a value"), field);
            return null;
        }
        return text;
    }

    /**
     * True when the field has a value; records a {@code required} error when it has none.
     *
     * @param field the field's format name
     * @return whether the field has a non-empty value
     */
    public boolean require(String field) {
        return requiredText(field) != null;
    }

    /**
     * A reduced-precision date, or null.
     *
     * @param field the date field's format name
     * @return the date, or null when absent or not a date (then a {@code syntax} error is recorded)
     */
    public PartialDate date(String field) {
        return parse(field, PartialDate::parse);
    }

    /**
     * A country code (alpha-2 or alpha-3, any case), or null.
     *
     * @param field the country field's format name
     * @return the country, or null when absent or not a known code (then a {@code syntax} error is recorded)
     */
    public CountryCode country(String field) {
        return parse(field, CountryCode::parse);
    }

    /**
     * A party ({@code country:TJ}, {@code org:osce}, {@code person:emomali-rahmon}), or null.
     *
     * @param field the party field's format name
     * @return the party, or null when absent or not a party (then a {@code syntax} error is recorded)
     */
    public Party party(String field) {
        return parse(field, Party::parse);
    }

    /**
     * An enumeration value by its format name, or null.
     *
     * @param field the enumeration field's format name
     * @param parser the enumeration's {@code parse}, throwing {@link IllegalArgumentException} with a message
     *     for the user
     * @param <E> the enumeration
     * @return the constant, or null when absent or unknown (then a {@code syntax} error is recorded)
     */
    public <E> E enumValue(String field, Function<String, E> parser) {
        return parse(field, parser);
    }

    /**
     * A whole number written with the ASCII digits 0-9 ({@link #wholeNumber(String)}), or null.
     *
     * @param field the number field's format name
     * @return the number, or null when absent or not a whole number (then a {@code syntax} error is recorded)
     */
    public Integer integer(String field) {
        return parse(field, ValueReader::wholeNumber);
    }

    /**
     * Reads a whole number the way every format writes one: the ASCII digits {@code 0}-{@code 9},
     * with an optional leading {@code -} or {@code +}, white space around it ignored. Digits of
     * other scripts ({@code ١٢}, {@code ５７}) are refused rather than read as numbers: a data file
     * that holds them was not written as the format says, and the number may not be what it seems.
     *
     * @param text the text of a number, as a file holds it
     * @return the number
     * @throws IllegalArgumentException naming the text and what is wrong with it
     */
    public static int wholeNumber(String text) {
        String s = text.strip();
        int start = !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
        if (s.length() == start) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number");
        }
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("'" + text + "' is not a whole number"
                        + (Character.isDigit(c) ? ": write it with the digits 0-9" : ""));
            }
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number: it is out of range ("
                    + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ")");
        }
    }

    /**
     * A yes or no: {@code true} or {@code false} (spaces around ignored, lower case only), or
     * null.
     *
     * @param field the boolean field's format name
     * @return the value, or null when absent or neither {@code true} nor {@code false} (then a
     *     {@code syntax} error is recorded)
     */
    public Boolean bool(String field) {
        return parse(field, FieldParsers::bool);
    }

    /**
     * A list of texts (items trimmed, empty items skipped; repeated texts shared between rows), or
     * an empty list.
     *
     * @param field the list field's format name
     * @return the items in order, or an empty list when the field is absent
     */
    public List<String> texts(String field) {
        return parseList(field, SharedStrings::share);
    }

    /**
     * A list of parties, or an empty list.
     *
     * @param field the list field's format name
     * @return the parties that parse, in order; each item that does not records a {@code syntax} error
     */
    public List<Party> parties(String field) {
        return parseList(field, Party::parse);
    }

    /**
     * A list of {@code scheme:value} identifiers, or an empty list.
     *
     * @param field the list field's format name
     * @return the identifiers that parse, in order; each item that does not records a {@code syntax} error
     */
    public List<Identifier> identifiers(String field) {
        return parseList(field, Identifier::parse);
    }

    /**
     * Parses a field with a parser that throws {@link IllegalArgumentException} or
     * {@link DateTimeException} with a message for the user.
     *
     * @param field the field's format name
     * @param parser turns the field's text into a value
     * @param <T> the value's type
     * @return the value, or null when the field is absent or the parser fails (then a {@code syntax} error
     *     with the parser's message is recorded)
     */
    public <T> T parse(String field, Function<String, T> parser) {
        String text = values.text(field);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException | DateTimeException e) {
            syntaxError(field, e.getMessage());
            return null;
        }
    }

    private <T> List<T> parseList(String field, Function<String, T> parser) {
        List<String> items = values.list(field);
        if (items == null) {
            return List.of();
        }
        List<T> result = new ArrayList<>(items.size());
        for (String raw : items) {
            String item = raw == null ? "" : raw.strip();
            if (item.isEmpty()) {
                continue;
            }
            if (item.indexOf(';') >= 0) {
                syntaxError(field, "'" + item + "' holds a ';', which separates list values in CSV: split it into two values");
                continue;
            }
            try {
                result.add(parser.apply(item));
            } catch (IllegalArgumentException | DateTimeException e) {
                syntaxError(field, e.getMessage());
            }
        }
        return result;
    }
}
