package io.github.regsec.problem;

import java.util.Locale;

/**
 * Text from a data file, or any text (a value, a message, a file name), made safe to print as
 * part of one line on a terminal: the one sanitiser of the validation report and the
 * {@code regsec} tool.
 */
public final class TerminalText {

    private TerminalText() {
    }

    /**
     * The text as part of one line that is safe to show on a terminal: line breaks (CR LF, LF, CR,
     * NEL, U+2028, U+2029) and tabs become spaces; other control characters (which could move the
     * cursor, clear the screen or retitle the window: ESC, BEL, C1 controls) and the bidirectional
     * override and isolate characters U+202A to U+202E and U+2066 to U+2069 (which could make a
     * line show something other than it holds) become visible escapes: ESC is written as a
     * backslash and {@code u001B}. Everything else, every script and emoji and the backslash
     * itself, is kept as it is.
     *
     * @param text any text, or null
     * @return the safe text (the same string when nothing needed escaping), or null for null
     */
    public static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = null;
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                replacement = ""; // CR LF is one line break: the LF that follows gives the space
            } else if (c == '\n' || c == '\r' || c == '\t' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                replacement = " ";
            } else if (Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                replacement = String.format(Locale.ROOT, "\\u%04X", (int) c);
            }
            if (replacement != null && b == null) {
                b = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (b != null) {
                if (replacement != null) {
                    b.append(replacement);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? text : b.toString();
    }
}
