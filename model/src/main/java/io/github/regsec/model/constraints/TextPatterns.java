package io.github.regsec.model.constraints;

/**
 * Hand-written matchers for the model's text patterns: the same languages as the regular
 * expressions the annotations publish ({@link RecordId#PATTERN}, {@link Topic#PATTERN},
 * {@link LanguageTag#PATTERN}), checked without building a matcher per value, since validation
 * runs them on millions of values.
 */
final class TextPatterns {

    private TextPatterns() {
    }

    /** {@code [A-Za-z0-9][A-Za-z0-9._:-]{0,127}} */
    static boolean isRecordId(CharSequence s) {
        int n = s.length();
        if (n < 1 || n > 128 || !isAsciiLetterOrDigit(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** {@code [a-z0-9]+(-[a-z0-9]+)*} */
    static boolean isTopic(CharSequence s) {
        int n = s.length();
        if (n == 0 || s.charAt(0) == '-' || s.charAt(n - 1) == '-') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean lowerOrDigit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!lowerOrDigit && !(c == '-' && s.charAt(i - 1) != '-')) {
                return false;
            }
        }
        return true;
    }

    /** {@code [A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*} */
    static boolean isLanguageTag(CharSequence s) {
        int n = s.length();
        int i = 0;
        while (i < n && isAsciiLetter(s.charAt(i))) {
            i++;
        }
        if (i < 2 || i > 3) {
            return false;
        }
        while (i < n) {
            if (s.charAt(i) != '-') {
                return false;
            }
            int start = ++i;
            while (i < n && isAsciiLetterOrDigit(s.charAt(i))) {
                i++;
            }
            if (i - start < 1 || i - start > 8) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }
}
