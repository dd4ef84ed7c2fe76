package io.github.regsec.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regsec.formats.ImportException;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.model.Organization;
import io.github.regsec.model.RecordKind;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import io.github.regsec.problem.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonDatasetImporterTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", textBlock = """
            # file                     | rule          | sev     | line | col  | field          | kind         | message                                                          | read | imp | rej
            top-level-array.json       | syntax        | error   | 1    | 1    | -              | -            | expected the document to be a JSON object                        | 0    | 0   | 0
            record-is-string.json      | syntax        | error   | 4    | 5    | organizations  | organization | expected an organization object {...}, found the text "osce"    | 2    | 1   | 1
            array-is-string.json       | syntax        | error   | 3    | 20   | organizations  | -            | expected an array of organization objects, found the text "osce" | 1    | 1   | 0
            names-not-array.json       | syntax        | error   | 4    | 15   | names          | organization | names: expected an array of name objects, found the text "CSCE"  | 1    | 0   | 1
            name-is-string.json        | syntax        | error   | 6    | 9    | names          | name         | names: expected a name object {...}, found the text "CSCE"       | 3    | 2   | 1
            number-for-text.json       | syntax        | error   | 3    | 28   | name           | organization | name: expected a text (a JSON string), found the number 5        | 1    | 0   | 1
            text-for-integer.json      | syntax        | error   | 3    | 81   | member_count   | organization | member_count: expected a whole number                            | 1    | 0   | 1
            fraction-for-integer.json  | syntax        | error   | 4    | 20   | attendance     | meeting      | found the number 12.5                                            | 1    | 0   | 1
            text-for-list.json         | syntax        | error   | 3    | 76   | sources        | organization | sources: expected a list (an array of texts), found the text     | 1    | 0   | 1
            number-in-list.json        | syntax        | error   | 3    | 77   | topics         | meeting      | topics: expected a text (a JSON string) in the list, found the number 7 | 1 | 0 | 1
            object-for-text.json       | syntax        | error   | 3    | 27   | title          | source       | title: expected a text (a JSON string), found an object          | 1    | 0   | 1
            nested-too-deep.json       | syntax        | error   | 4    | 26   | name           | name         | name: expected a text (a JSON string), found an array            | 2    | 1   | 1
            duplicate-property.json    | syntax        | error   | 4    | 6    | id             | organization | id: the property is given twice (first on line 3)                | 2    | 1   | 1
            broken-syntax.json         | syntax        | error   | 5    | 19   | -              | organization | broken JSON: unexpected character ('"'): was expecting comma to separate Object entries; the record was left out and reading went on at line 6 | 3 | 2 | 1
            unterminated.json          | syntax        | error   | 4    | 33   | -              | organization | broken JSON: illegal unquoted character (a line break)           | 2    | 1   | 1
            truncated.json             | syntax        | error   | 4    | 1    | -              | -            | broken JSON: unexpected end-of-input: an array is not closed     | 1    | 1   | 0
            trailing-content.json      | syntax        | error   | 4    | 1    | -              | -            | unexpected content after the end of the document                 | 0    | 0   | 0
            deep-nesting.json          | syntax        | error   | 4    | 75   | -              | organization | the JSON nests deeper than the limit of 64 levels                | 1    | 0   | 1
            invalid-utf8.json          | syntax        | error   | 4    | 37   | -              | organization | not valid UTF-8 text here: save it as UTF-8; no record was found after it in the layout regsec writes, so the rest of the file was not read (1 record was read before it) | 2 | 1 | 1
            format-version.json        | syntax        | error   | 2    | 13   | format         | -            | format: expected "regsec-dataset/1", found the text "regsec-dataset/2" | 0 | 0 | 0
            empty.json                 | syntax        | error   | 0    | 0    | -              | -            | the file is empty                                                | 0    | 0   | 0
            bad-date-day.json          | syntax        | error   | 3    | 82   | founding_date  | organization | '2019-02-30' is not a date: February 2019 has 28 days            | 1    | 0   | 1
            bad-date-month.json        | syntax        | error   | 4    | 20   | start_date     | membership   | '2019-13' is not a date                                          | 1    | 0   | 1
            bad-enum.json              | syntax        | error   | 3    | 44   | kind           | organization | 'alliance' is not one of intergovernmental, body                 | 1    | 0   | 1
            bad-country.json           | syntax        | error   | 3    | 93   | country        | field_office | 'ZZZ' is not a country code                                      | 1    | 0   | 1
            bad-party.json             | syntax        | error   | 3    | 55   | member         | membership   | 'TJ' is not a party                                              | 1    | 0   | 1
            missing-required.json      | required      | error   | 3    | 5    | kind           | organization | kind is required                                                 | 1    | 0   | 1
            bad-name-date.json         | syntax        | error   | 6    | 53   | start_date     | name         | '2019-13' is not a date                                          | 4    | 3   | 1
            """)
    void reportsBadInputWithRuleFileLineAndColumn(String file, String rule, String severity, int line, int column,
                                                  String field, String kind, String message, long read, long imported,
                                                  long rejected) throws IOException {
        ImportResult result = Fixtures.readJson("json/bad/" + file);

        BadInput.check(result, file, rule, severity, line, column, field, kind, message, read, imported, rejected);
    }

    @Test
    void aBadNameIsRejectedAloneAndItsOrganizationKeepsTheOtherNames() throws IOException {
        ImportResult result = Fixtures.readJson("json/bad/bad-name-date.json");

        Organization osce = result.dataset().organization("osce").orElseThrow();
        assertThat(osce.names()).extracting(n -> n.name()).containsExactly("CSCE", "ОБСЕ");
        assertThat(result.problems().get(0).recordId()).isEqualTo("osce");
        assertThat(result.locations().of(osce.names().get(1))).hasValueSatisfying(at -> assertThat(at.line()).isEqualTo(7));
    }

    @Test
    void theRowsOfARejectedRecordAreRejectedWithIt() throws IOException {
        ImportResult result = Fixtures.readJson("json/bad/rejected-parent.json");

        assertThat(result.rowsRead()).isEqualTo(3);
        assertThat(result.rowsRejected()).isEqualTo(3);
        assertThat(result.problems()).extracting(p -> p.rule() + "@" + p.location().line() + ":" + p.location().column())
                .containsExactly("syntax@3:46", "unknown-reference@4:23", "required@4:48");
        assertThat(result.problems().get(1).recordKind()).isEqualTo(RecordKind.PARTICIPANT);
        assertThat(result.problems().get(1).message()).contains("the meeting 'm1' it nests in (line 3) was rejected");
    }

    @Test
    void warnsOfUnknownPropertiesWhereTheyAreAndImportsTheRecord() throws IOException {
        ImportResult result = Fixtures.readJson("json/bad/unknown-property.json");

        assertThat(result.problems()).allSatisfy(p -> {
            assertThat(p.rule()).isEqualTo(RuleIds.UNKNOWN_FIELD);
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(result.problems()).extracting(p -> p.field() + "@" + p.location().line() + ":" + p.location().column())
                .containsExactly("generator@3:3", "colour@5:65", "record_id@6:33");
        assertThat(result.dataset().organization("osce").orElseThrow().names()).hasSize(1);
        assertThat(result.rowsImported()).isEqualTo(2);
        assertThat(result.hasErrors()).isFalse();
    }

    @Test
    void survivesNestingFarBeyondTheStackWhenTheLimitIsRaised() throws IOException {
        int depth = 200_000;
        Path deep = dir.resolve("deep.json");
        Files.writeString(deep, "{\"sources\": [{\"id\": \"s1\", \"title\": \"T\", \"note\": " + "[".repeat(depth)
                + "]".repeat(depth) + "}]}");

        ImportResult result = new JsonDatasetImporter().read(deep,
                ReadOptions.builder().maxNestingDepth(depth + 10).build());

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("note");
            assertThat(p.message()).isEqualTo("note: expected a text (a JSON string), found an array");
            assertThat(p.location().column()).isEqualTo(49);
        });
    }

    @Test
    void aValueOverTheLimitRejectsOnlyItsRecordAndTheRecordsAfterItImport() throws IOException {
        ImportResult result = new JsonDatasetImporter().read(Fixtures.path("json/dataset.json"),
                ReadOptions.builder().maxValueLength(40).build());

        assertThat(result.problems()).first().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(RuleIds.SYNTAX);
            assertThat(p.field()).isEqualTo("note");
            assertThat(p.message()).isEqualTo("note: the text is longer than the limit of 40 characters "
                    + "(ReadOptions.maxValueLength): it is not read");
            assertThat(p.location().line()).isEqualTo(12);
            assertThat(p.location().column()).isEqualTo(15);
        });
        // the three records with a long value are rejected (with osce's names); the other seven import
        assertThat(result.problems()).filteredOn(p -> p.rule().equals(RuleIds.SYNTAX))
                .extracting(Problem::recordId).containsExactly("osce-handbook", "osce", "osce", "tj-mfa");
        assertThat(result.dataset().records().map(r -> r.id())).containsExactly("press-2019", "osce-fsc",
                "osce-dushanbe", "fsc-2019-07", "fsc-2019-07-side", "osce-tj", "osce-fsc-in-osce");
    }

    @Test
    void failFastStopsAtTheFirstErrorWithTheSameProblem() {
        assertThatThrownBy(() -> new JsonDatasetImporter().read(Fixtures.path("json/bad/duplicate-property.json"),
                ReadOptions.failingFast()))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    Problem p = e.problem();
                    assertThat(p.rule()).isEqualTo(RuleIds.SYNTAX);
                    assertThat(p.location().toString()).isEqualTo("duplicate-property.json:4:6");
                });
    }

    @Test
    void everyRejectedRowHasAnErrorAndTheBooksBalance() throws IOException {
        for (String file : new String[] {"name-is-string.json", "rejected-parent.json", "bad-name-date.json",
                "record-is-string.json", "duplicate-property.json"}) {
            ImportResult result = Fixtures.readJson("json/bad/" + file);
            assertThat(result.rowsRead()).isEqualTo(result.rowsImported() + result.rowsRejected());
            assertThat(result.count(Severity.ERROR)).isGreaterThanOrEqualTo(result.rowsRejected());
            result.problems().forEach(BadInput::assertUserWords);
        }
    }
}
