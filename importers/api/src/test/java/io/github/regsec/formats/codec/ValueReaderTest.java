package io.github.regsec.formats.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.RecordKind;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueReaderTest {

    /** A row of texts at line 7 of memberships.csv; each field at its own column. */
    private static ValueReader row(Map<String, String> values) {
        FieldValues fields = new FieldValues() {
            @Override
            public String text(String field) {
                String value = values.get(field);
                return value == null || value.isEmpty() ? null : value;
            }

            @Override
            public Location location(String field) {
                return Location.of("memberships.csv", 7, 1 + field.length());
            }
        };
        return new ValueReader(fields, RecordKind.MEMBERSHIP, "m1");
    }

    @Test
    void parsesTypedValues() {
        ValueReader r = row(Map.of("start_date", "2019-07", "member", "country:tjk", "status", "observer",
                "sources", " a ; b;;", "attendance", " 40 "));
        assertThat(r.date("start_date")).isEqualTo(PartialDate.ofMonth(2019, 7));
        assertThat(r.party("member")).isEqualTo(Party.country("TJ"));
        assertThat(r.enumValue("status", MembershipStatus::parse)).isEqualTo(MembershipStatus.OBSERVER);
        assertThat(r.texts("sources")).containsExactly("a", "b");
        assertThat(r.integer("attendance")).isEqualTo(40);
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void turnsBadValuesIntoSyntaxProblemsWithFieldAndLocation() {
        ValueReader r = row(Map.of("start_date", "2019-02-30", "attendance", "forty"));
        assertThat(r.date("start_date")).isNull();
        assertThat(r.integer("attendance")).isNull();

        assertThat(r.hasErrors()).isTrue();
        assertThat(r.problems()).extracting(Problem::toString).containsExactly(
                "memberships.csv:7: error syntax m1: start_date: '2019-02-30' is not a date: February 2019 has 28 days",
                "memberships.csv:7: error syntax m1: attendance: 'forty' is not a whole number");
        assertThat(r.problems().get(0).field()).isEqualTo("start_date");
        assertThat(r.problems().get(0).location().column()).isEqualTo(11);
        assertThat(r.problems().get(0).recordKind()).isEqualTo(RecordKind.MEMBERSHIP);
    }

    @Test
    void readsWholeNumbersWrittenWithAsciiDigitsOnly() {
        assertThat(ValueReader.wholeNumber(" 57 ")).isEqualTo(57);
        assertThat(ValueReader.wholeNumber("-3")).isEqualTo(-3);
        assertThat(ValueReader.wholeNumber("+12")).isEqualTo(12);
        assertThat(ValueReader.wholeNumber("007")).isEqualTo(7);
        // Arabic-Indic, fullwidth and Devanagari digits are digits to Java, but not to the format
        for (String other : new String[] {"\u0661\u0662", "\uff15\uff17", "\u0967", "5\u0667"}) {
            assertThatThrownBy(() -> ValueReader.wholeNumber(other)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("'" + other + "' is not a whole number: write it with the digits 0-9");
        }
        assertThatThrownBy(() -> ValueReader.wholeNumber("-")).hasMessage("'-' is not a whole number");
        assertThatThrownBy(() -> ValueReader.wholeNumber("3000000000"))
                .hasMessage("'3000000000' is not a whole number: it is out of range (-2147483648 to 2147483647)");

        ValueReader r = row(Map.of("attendance", "\u0661\u0662"));
        assertThat(r.integer("attendance")).isNull();
        assertThat(r.problems()).extracting(Problem::toString).containsExactly(
                "memberships.csv:7: error syntax m1: attendance: '\u0661\u0662' is not a whole number: write it with the digits 0-9");
    }

    @Test
    void reportsMissingRequiredValues() {
        ValueReader r = row(Map.of("organization_id", "  "));
        assertThat(r.require("organization_id")).isFalse();
        assertThat(r.problems()).singleElement()
                .satisfies(p -> assertThat(p.rule()).isEqualTo("required"))
                .satisfies(p -> assertThat(p.message()).isEqualTo("organization_id is required: give a value"));
    }

    @Test
    void refusesAListItemHoldingTheCsvSeparator() {
        FieldValues json = new FieldValues() {
            @Override
            public String text(String field) {
                return null;
            }

            @Override
            public java.util.List<String> list(String field) {
                return java.util.List.of("a;b");
            }

            @Override
            public Location location(String field) {
                return Location.of("data.json", 3, 14);
            }
        };
        ValueReader r = new ValueReader(json, RecordKind.MEETING, "m1");
        assertThat(r.texts("topics")).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("holds a ';'"));
    }

    @Test
    void sharesTheTextsRowsRepeat() {
        String first = row(Map.of("organization_id", new String("osce"))).reference("organization_id");
        String second = row(Map.of("organization_id", new String("osce"))).reference("organization_id");
        assertThat(second).isSameAs(first);
    }
}
