package io.github.regsec.formats.csv.rows;

import static io.github.regsec.formats.csv.rows.SpreadsheetSafeValues.escape;
import static io.github.regsec.formats.csv.rows.SpreadsheetSafeValues.isFormulaStart;
import static io.github.regsec.formats.csv.rows.SpreadsheetSafeValues.unescape;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetSafeValuesTest {

    /** Every string of up to four characters from an alphabet of the characters that matter. */
    private static List<String> allShortValues() {
        String alphabet = "'=+-@\t\rax";
        List<String> values = new ArrayList<>(List.of(""));
        List<String> previous = List.of("");
        for (int length = 1; length <= 4; length++) {
            List<String> next = new ArrayList<>();
            for (String prefix : previous) {
                for (char c : alphabet.toCharArray()) {
                    next.add(prefix + c);
                }
            }
            values.addAll(next);
            previous = next;
        }
        return values;
    }

    @Test
    void formulaValuesGetOneApostrophe() {
        assertThat(escape("=SUM(A1:A3)")).isEqualTo("'=SUM(A1:A3)");
        assertThat(escape("+7 999")).isEqualTo("'+7 999");
        assertThat(escape("-dissolved")).isEqualTo("'-dissolved");
        assertThat(escape("@chair")).isEqualTo("'@chair");
        assertThat(escape("\tindent")).isEqualTo("'\tindent");
        assertThat(escape("\rcr")).isEqualTo("'\rcr");
        assertThat(escape("'=x")).isEqualTo("''=x");
    }

    @Test
    void otherValuesAreLeftAlone() {
        for (String value : List.of("", "osce", "'hello", "O'Brien", "''", "a=b", " =x")) {
            assertThat(escape(value)).isEqualTo(value);
            assertThat(unescape(value)).isEqualTo(value);
        }
    }

    @Test
    void unescapeUndoesEscapeForEveryValue() {
        for (String value : allShortValues()) {
            assertThat(unescape(escape(value))).as("'%s'", value).isEqualTo(value);
        }
    }

    @Test
    void noEscapedValueStartsWithAFormulaCharacter() {
        for (String value : allShortValues()) {
            String escaped = escape(value);
            assertThat(escaped.isEmpty() || !isFormulaStart(escaped.charAt(0))).as("'%s'", value).isTrue();
        }
    }

    @Test
    void unescapeChangesOnlyWhatEscapeCanProduce() {
        for (String value : allShortValues()) {
            if (!unescape(value).equals(value)) {
                assertThat(escape(unescape(value))).as("'%s'", value).isEqualTo(value);
            }
        }
    }
}
