package io.github.regsec.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.formats.generators.ImportChecks;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.RecordKind;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import io.github.regsec.problem.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A JSON document loses only what is broken: after broken JSON or bytes that are not UTF-8,
 * reading goes on at the next record of a document laid out as regsec writes it (the fixture
 * {@code json/dataset.json} is), and otherwise the problem says that the rest of the file was not
 * read and how many records were read before it. Also: records under a misspelt array name are an
 * error that names the array meant.
 */
class JsonDocumentRecoveryTest {

    /** The ids of the fixture's records, in file order. */
    private static final List<String> ALL = List.of("osce-handbook", "press-2019", "osce", "osce-fsc", "tj-mfa",
            "osce-dushanbe", "fsc-2019-07", "fsc-2019-07-side", "osce-tj", "osce-fsc-in-osce");

    private static String dataset() throws IOException {
        return Files.readString(Fixtures.path("json/dataset.json"), StandardCharsets.UTF_8);
    }

    private static ImportResult read(byte[] bytes) throws IOException {
        ImportContext context = ImportContext.collecting(ReadOptions.defaults());
        new JsonDatasetImporter().read(new ByteArrayInputStream(bytes), "broken.json", context);
        ImportResult result = context.result();
        ImportChecks.assertBooksBalance(result);
        return result;
    }

    private static ImportResult read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The text with the first {@code target} replaced, failing when there is none. */
    private static String replace(String text, String target, String replacement) {
        assertThat(text).contains(target);
        return text.replaceFirst(java.util.regex.Pattern.quote(target), java.util.regex.Matcher.quoteReplacement(replacement));
    }

    private static List<String> ids(ImportResult result) {
        return result.dataset().records().map(DatasetRecord::id).collect(Collectors.toList());
    }

    private static List<String> except(String... left) {
        List<String> out = new java.util.ArrayList<>(ALL);
        out.removeAll(List.of(left));
        return out;
    }

    @Test
    void brokenJsonInARecordRejectsThatRecordAndTheRestImports() throws IOException {
        // a missing comma inside tj-mfa, the last organization: reading goes on with the field offices
        String broken = replace(dataset(), "\"id\": \"tj-mfa\",", "\"id\": \"tj-mfa\"");

        ImportResult result = read(broken);

        assertThat(ids(result)).isEqualTo(except("tj-mfa"));
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(RuleIds.SYNTAX);
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
            assertThat(p.recordKind()).isEqualTo(RecordKind.ORGANIZATION);
            assertThat(p.location().line()).isEqualTo(63);
            assertThat(p.message()).startsWith("broken JSON: unexpected character")
                    .endsWith("; the record was left out and reading went on at line 69");
        });
        assertThat(result.rowsRejected()).isEqualTo(1);
        // the records after the break keep their own lines
        assertThat(result.locations().of(result.dataset().record("osce-dushanbe").orElseThrow()))
                .hasValueSatisfying(at -> assertThat(at.line()).isEqualTo(70));
    }

    @Test
    void brokenJsonInANestedNameRejectsItsOrganizationOnly() throws IOException {
        String broken = replace(dataset(), "\"kind\": \"former\",", "\"kind\": former,");

        ImportResult result = read(broken);

        assertThat(ids(result)).isEqualTo(except("osce"));
        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("the record was left out and reading went on at line 54"));
    }

    @Test
    void brokenJsonInTheLastRecordOfAnArrayGoesOnWithTheNextArray() throws IOException {
        String broken = replace(dataset(), "\"url\": \"https://example.org/press/2019/07\"",
                "\"url\": \"https://example.org/press/2019/07\" \"x\"");

        ImportResult result = read(broken);

        assertThat(ids(result)).isEqualTo(except("press-2019"));
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.recordKind()).isEqualTo(RecordKind.SOURCE);
            assertThat(p.message()).endsWith("the record was left out and reading went on at line 19");
        });
    }

    @Test
    void aMissingCommaBetweenRecordsLosesNothing() throws IOException {
        String broken = replace(dataset(), "    },\n    {\n      \"id\": \"tj-mfa\"", "    }\n    {\n      \"id\": \"tj-mfa\"");

        ImportResult result = read(broken);

        assertThat(ids(result)).isEqualTo(ALL);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.location().line()).isEqualTo(61);
            assertThat(p.message()).contains("was expecting comma").endsWith("; reading went on at line 61");
        });
        assertThat(result.rowsRejected()).isZero();
    }

    @Test
    void aMissingCommaBetweenArraysLosesNothing() throws IOException {
        String broken = replace(dataset(), "  ],\n  \"organizations\": [", "  ]\n  \"organizations\": [");

        ImportResult result = read(broken);

        assertThat(ids(result)).isEqualTo(ALL);
        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).endsWith("reading went on at line 19"));
    }

    @Test
    void bytesThatAreNotUtf8RejectTheirRecordAndTheRestImports() throws IOException {
        byte[] text = replace(dataset(), "Forum for Security", "Forum for S\u0000curity").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < text.length; i++) {
            if (text[i] == 0) {
                text[i] = (byte) 0xE9; // é in Latin-1: not UTF-8
            }
        }

        ImportResult result = read(text);

        assertThat(ids(result)).isEqualTo(except("osce-fsc"));
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("the file is not valid UTF-8 text here: save it as UTF-8; the record was "
                    + "left out and reading went on at line 61");
            assertThat(p.location().toString()).isEqualTo("broken.json:56:27");
        });
    }

    @Test
    void everyBrokenRecordIsRejectedOnItsOwn() throws IOException {
        String broken = replace(replace(replace(dataset(), "\"id\": \"osce-fsc\",", "\"id\": \"osce-fsc\""),
                "\"id\": \"tj-mfa\",", "\"id\": \"tj-mfa\""), "\"id\": \"osce-tj\",", "\"id\": osce-tj,");

        ImportResult result = read(broken);

        assertThat(ids(result)).isEqualTo(except("osce-fsc", "tj-mfa", "osce-tj"));
        assertThat(result.problems()).extracting(Problem::rule).containsOnly(RuleIds.SYNTAX).hasSize(3);
        assertThat(result.rowsRejected()).isEqualTo(3);
    }

    @Test
    void eachRecordBrokenInTurnCostsOnlyItself() throws IOException {
        String text = dataset();
        for (String id : ALL) {
            // a stray # after the record's id: broken JSON inside that record and nowhere else
            String broken = replace(text, "\"id\": \"" + id + "\"", "\"id\": \"" + id + "\" #");

            ImportResult result = read(broken);

            assertThat(ids(result)).as("broken %s", id).isEqualTo(except(id));
            // after the last record there is none to go on with: nothing more is lost
            assertThat(result.problems()).as("broken %s", id).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains(id.equals("osce-fsc-in-osce")
                            ? "no record was found after it in the layout regsec writes, so the rest of the file was not "
                                    + "read (9 records were read before it)"
                            : "the record was left out and reading went on"));
        }
    }

    @Test
    void aDocumentInAnotherLayoutStopsAtBrokenJsonAndSaysHowManyRecordsWereRead() throws IOException {
        String compact = "{\"format\": \"regsec-dataset/1\", \"sources\": [{\"id\": \"s1\", \"title\": \"One\"}, "
                + "{\"id\": \"s2\" \"title\": \"Two\"}, {\"id\": \"s3\", \"title\": \"Three\"}]}";

        ImportResult result = read(compact);

        assertThat(ids(result)).containsExactly("s1");
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("; the rest of the file was not read (1 record was read before it): reading goes on after "
                        + "broken JSON only in a document laid out as regsec writes it"));
        assertThat(result.rowsRejected()).isEqualTo(1);
    }

    @Test
    void aDocumentWrittenByTheWriterIsReadOnAfterABreak() throws IOException {
        ImportResult original = Fixtures.readJson("json/dataset.json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonDatasetWriter().write(original.dataset(), out, io.github.regsec.formats.WriteOptions.defaults());
        String written = out.toString(StandardCharsets.UTF_8);
        String broken = replace(written, "\"id\": \"fsc-2019-07\",", "\"id\": \"fsc-2019-07\",,");

        ImportResult result = read(broken);

        assertThat(ids(result)).isEqualTo(except("fsc-2019-07"));
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.recordKind()).isEqualTo(RecordKind.MEETING));
    }

    @Test
    void recordsUnderAMisspeltArrayNameAreAnErrorNamingTheArrayMeant() throws IOException {
        String misspelt = replace(dataset(), "\"organizations\": [", "\"organisations\": [");

        ImportResult result = read(misspelt);

        assertThat(result.dataset().organizations()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(RuleIds.SYNTAX);
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
            assertThat(p.field()).isEqualTo("organisations");
            assertThat(p.location().line()).isEqualTo(19);
            assertThat(p.message()).isEqualTo("'organisations' is not part of a regsec document, so its 3 items "
                    + "were not read: did you mean 'organizations'?");
        });
        assertThat(result.hasErrors()).isTrue();
    }

    @Test
    void anArrayUnderANameFarFromAnyIsAnErrorListingTheNames() throws IOException {
        ImportResult result = read("{\"format\": \"regsec-dataset/1\", \"people\": [{\"id\": \"p1\"}]}");

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
            assertThat(p.message()).isEqualTo("'people' is not part of a regsec document, so its 1 item was not "
                    + "read: records belong in sources, organizations, field_offices, meetings, memberships, persons, posts");
        });
    }

    @Test
    void aMisspeltPropertyWithoutRecordsIsAWarningThatSuggestsTheName() throws IOException {
        ImportResult result = read("{\"Format\": \"regsec-dataset/1\", \"sources\": []}");

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(RuleIds.UNKNOWN_FIELD);
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.message()).contains("did you mean 'format'?");
        });
    }

    @Test
    void suggestsTheClosestPropertyOnlyWhenItIsClose() {
        assertThat(JsonDatasetImporter.closestProperty("organisations")).contains("organizations");
        assertThat(JsonDatasetImporter.closestProperty("field-offices")).contains("field_offices");
        assertThat(JsonDatasetImporter.closestProperty("Memberships")).contains("memberships");
        assertThat(JsonDatasetImporter.closestProperty("meeting")).contains("meetings");
        assertThat(JsonDatasetImporter.closestProperty("people")).isEmpty();
        assertThat(JsonDatasetImporter.closestProperty("generator")).isEmpty();
    }
}
