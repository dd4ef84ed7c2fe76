package io.github.regsec.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerminalTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            line breaks          | a\\r\\nb\\nc\\rd\\u0085e\\u2028f\\u2029g\\th | a b c d e f g h
            escape sequences     | \\u001B[2J\\u001B]0;owned\\u0007           | \\\\u001B[2J\\\\u001B]0;owned\\\\u0007
            C1 controls and NUL  | x\\u009B2J\\u0000\\u007F                    | x\\\\u009B2J\\\\u0000\\\\u007F
            bidi overrides       | \\u202Aa\\u202Bb\\u202Cc\\u202Dd\\u202Ee      | \\\\u202Aa\\\\u202Bb\\\\u202Cc\\\\u202Dd\\\\u202Ee
            bidi isolates        | \\u2066a\\u2067b\\u2068c\\u2069              | \\\\u2066a\\\\u2067b\\\\u2068c\\\\u2069
            """)
    void escapesWhatCouldBreakTheLineOrDriveTheTerminal(String what, String escapedInput, String escapedExpected) {
        assertThat(TerminalText.oneLine(unescape(escapedInput))).isEqualTo(unescape(escapedExpected));
    }

    @Test
    void keepsEveryScriptEmojiAndBackslashesAsTheyAre() {
        String text = "Ҷумҳурии Тоҷикистон, منظمة, 上海合作组织 😀 C:\\data\\u001B";

        assertThat(TerminalText.oneLine(text)).isSameAs(text);
    }

    @Test
    void escapesAFileNameWithAnEscapeALineBreakAndARightToLeftOverride() {
        assertThat(TerminalText.oneLine("e\u001B[2Jvil\nname\u202E.jsonl")).isEqualTo("e\\u001B[2Jvil name\\u202E.jsonl");
    }

    @Test
    void leavesNullNull() {
        assertThat(TerminalText.oneLine(null)).isNull();
    }

    /** Java escapes in test data: {@code \\uXXXX}, {@code \\r}, {@code \\n}, {@code \\t} and {@code \\\\}. */
    private static String unescape(String text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'u' -> {
                    b.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 'r' -> b.append('\r');
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                default -> b.append(next);
            }
        }
        return b.toString();
    }
}
