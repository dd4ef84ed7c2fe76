package io.github.regsec.formats.csv.rows;

/**
 * The scheme that keeps spreadsheets from running CSV values as formulas (OWASP's advice on
 * CSV injection) without losing anything.
 *
 * <p>A spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab or a carriage return. When the option is on, the writer {@linkplain #escape escapes} such
 * a value by putting one apostrophe in front ({@code =1+2} is written {@code '=1+2}, which a
 * spreadsheet shows as text). So that this stays reversible, a value that already starts with
 * apostrophes followed by one of those characters ({@code '=x}) gets one more ({@code ''=x}).
 * Every other value is written as it is: {@code 'hello} and {@code O'Brien} are untouched.
 *
 * <p>A reader with the option on {@linkplain #unescape unescapes}: it removes one apostrophe
 * only from a value that is one or more apostrophes followed by a formula character, which is
 * exactly what the writer produces; {@code unescape(escape(v)).equals(v)} for every value. A
 * reader without the option changes nothing, so a file regsec did not write is read exactly as
 * it is; a value with a leading apostrophe that is not followed by a formula character is never
 * changed, with or without the option.
 */
public final class SpreadsheetSafeValues {

    private SpreadsheetSafeValues() {
    }

    /**
     * True for the characters a spreadsheet treats as the start of a formula.
     *
     * @param c a value's first character (after any apostrophes)
     * @return whether it is {@code = + - @}, a tab or a carriage return
     */
    public static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /**
     * The value a spreadsheet shows as text; see the class description. Null stays null.
     *
     * @param value a value to write, or null
     * @return the value with one more apostrophe in front when it would run as a formula, else the value
     */
    public static String escape(String value) {
        return value != null && apostrophesThenFormula(value, 0) ? "'" + value : value;
    }

    /**
     * The value before {@link #escape}; any other value unchanged. Null stays null.
     *
     * @param value a value as read, or null
     * @return the value with one leading apostrophe removed when {@link #escape} put it there, else the value
     */
    public static String unescape(String value) {
        return value != null && !value.isEmpty() && value.charAt(0) == '\'' && apostrophesThenFormula(value, 1)
                ? value.substring(1) : value;
    }

    /** True when {@code value}, from {@code from} on, is apostrophes (any number) then a formula character. */
    private static boolean apostrophesThenFormula(String value, int from) {
        int i = from;
        while (i < value.length() && value.charAt(i) == '\'') {
            i++;
        }
        return i < value.length() && isFormulaStart(value.charAt(i));
    }
}
