package io.github.regsec.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.formats.DatasetImporter;
import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.formats.generators.ImportChecks;
import io.github.regsec.model.Source;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile inputs under {@code hostile/} (and, for the big ones, made by the test), each with the
 * problem it must give: rule, file, line and column, and the books of the read. Cases covered
 * elsewhere are not repeated: {@link JsonDatasetImporterTest} and
 * {@link JsonLinesDatasetImporterTest} have invalid UTF-8 inside the text, a byte order mark,
 * broken, truncated and unterminated JSON, deep nesting (and nesting far beyond the stack), an
 * empty document and values over the limits; {@link JsonLimitsTest} has the limits at their edges.
 */
class JsonHostileInputTest {

    private static final String NOT_A_MEMBER_AFTER_1 = "the file goes on after gzip member 1 with data that is not a"
            + " gzip member (a damaged member, or other data appended); the rest of the file was not read";

    @TempDir
    Path temp;

    private static ImportResult read(String file) throws IOException {
        DatasetImporter importer = file.contains(".jsonl") ? new JsonLinesDatasetImporter() : new JsonDatasetImporter();
        return importer.read(Fixtures.path("hostile/" + file), ReadOptions.defaults());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", textBlock = """
            # file                 | rule     | sev   | line | col | field        | kind         | message                                                   | read | imp | rej
            utf16-bom.json         | syntax   | error | 1    | 1   | -            | -            | the file is UTF-16 text (it starts with a UTF-16 byte order mark), not UTF-8: save it as UTF-8; the file was not read | 0 | 0 | 0
            utf16-bom.jsonl        | syntax   | error | 1    | 1   | -            | -            | the file is UTF-16 text (it starts with a UTF-16 byte order mark), not UTF-8: save it as UTF-8; the file was not read | 0 | 0 | 0
            latin1.json            | syntax   | error | 5    | 48  | -            | organization | the file is not valid UTF-8 text here: save it as UTF-8; the record was left out and reading went on at line 6 | 3 | 2 | 1
            latin1.jsonl           | syntax   | error | 2    | 68  | -            | -            | the line is not valid UTF-8 text here: save the file as UTF-8 | 3 | 2   | 1
            truncated-utf8.json    | syntax   | error | 6    | 32  | -            | organization | the file is not valid UTF-8 text here: save it as UTF-8    | 3    | 2   | 1
            truncated-utf8.jsonl   | syntax   | error | 3    | 52  | -            | -            | the line is not valid UTF-8 text here: save the file as UTF-8 | 3 | 2   | 1
            binary.json            | syntax   | error | 1    | 1   | -            | -            | the file is not valid UTF-8 text here: save it as UTF-8    | 0    | 0   | 0
            not-gzip.json.gz       | syntax   | error | 0    | 0   | -            | -            | the file cannot be decompressed: it is not gzip data, or the gzip data is damaged | 0 | 0 | 0
            not-gzip.jsonl.gz      | syntax   | error | 0    | 0   | -            | -            | the file cannot be decompressed: it is not gzip data, or the gzip data is damaged | 0 | 0 | 0
            huge-number.jsonl      | syntax   | error | 2    | 87  | -            | -            | a number has more digits than the limit of 1000           | 3    | 2   | 1
            lone-surrogate.jsonl   | syntax   | error | 2    | 41  | title        | source       | title: the text holds \\ud83d (at character 8), half of a UTF-16 surrogate pair without its other half | 3 | 2 | 1
            cr-inside-line.jsonl   | syntax   | error | 2    | 60  | published    | source       | published: '2019-13' is not a date                         | 3    | 2   | 1
            """)
    void reportsEachHostileInputWithRuleFileLineAndColumn(String file, String rule, String severity, int line, int column,
                                                          String field, String kind, String message, long read,
                                                          long imported, long rejected) throws IOException {
        ImportResult result = read(file);

        BadInput.check(result, file, rule, severity, line, column, field, kind, message, read, imported, rejected);
        ImportChecks.assertBooksBalance(result);
    }

    @Test
    void aUtf16JsonLinesFileWithoutAByteOrderMarkRejectsEachLineOnAnyThreads() throws IOException {
        // {\0"\0t\0...: a parser left to guess the encoding from a line's first bytes would read UTF-16
        byte[] utf16 = Files.readAllBytes(Fixtures.path("hostile/utf16-bom.jsonl"));
        Path file = temp.resolve("utf16-no-bom.jsonl");
        Files.write(file, Arrays.copyOfRange(utf16, 2, utf16.length));

        for (int threads : new int[] {1, 2}) {
            ImportResult result = new JsonLinesDatasetImporter().read(file, ReadOptions.builder().threads(threads).build());

            assertThat(result.dataset().isEmpty()).isTrue();
            assertThat(result.rowsRejected()).isEqualTo(result.rowsRead()).isPositive();
            assertThat(result.problems()).allSatisfy(problem -> {
                assertThat(problem.rule()).isEqualTo("syntax");
                assertThat(problem.location().file()).isEqualTo("utf16-no-bom.jsonl");
            });
            ImportChecks.assertBooksBalance(result);
        }
    }

    @Test
    void anEmptyJsonLinesFileIsAnEmptyDatasetWithoutAProblem() throws IOException {
        // what the JSON Lines writer writes for an empty dataset
        ImportResult result = read("empty.jsonl");

        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset().isEmpty()).isTrue();
        assertThat(result.files()).containsExactly("empty.jsonl");
        assertThat(result.rowsRead()).isZero();
    }

    @Test
    void aBareCarriageReturnInsideAJsonLinesLineKeepsTheLineOfEveryValue() throws IOException {
        ImportResult result = read("cr-inside-line.jsonl");

        assertThat(result.dataset().organizations()).hasSize(2);
        assertThat(result.locations().of(result.dataset().organizations().get(1)))
                .hasValueSatisfying(at -> assertThat(at.line()).isEqualTo(3));
    }

    @Test
    void aGiganticValueInADocumentRejectsItsRecordAndTheNextRecordsImport() throws IOException {
        // 5,000,000 characters: over the default value limit of 1,000,000 and the record limit of 4,000,000
        Path file = temp.resolve("gigantic.json");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\n  \"format\": \"regsec-dataset/1\",\n  \"sources\": [\n    {\"id\": \"s1\", \"title\": \"One\"},\n"
                    + "    {\"id\": \"s2\", \"title\": \"");
            for (int i = 0; i < 500_000; i++) {
                out.write("Ҷ,\\\"ӯ\\nғ;😀");
            }
            out.write("\"},\n    {\"id\": \"s3\", \"title\": \"Three\"}\n  ]\n}\n");
        }

        ImportResult result = new JsonDatasetImporter().read(file, ReadOptions.defaults());

        BadInput.check(result, "gigantic.json", "syntax", "error", 5, 27, null, "source",
                "a value is longer than the limit of 4000000 characters; the record was left out and reading went on "
                        + "at line 6", 3, 2, 1);
        assertThat(result.dataset().sources()).extracting(Source::id).containsExactly("s1", "s3");
    }

    @Test
    void aGiganticValueInADocumentOnOneLineStopsTheFileAndSaysHowManyRecordsWereRead() throws IOException {
        Path file = temp.resolve("gigantic.json");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"format\": \"regsec-dataset/1\", \"sources\": [{\"id\": \"s1\", \"title\": \"One\"}, "
                    + "{\"id\": \"s2\", \"title\": \"");
            for (int i = 0; i < 500_000; i++) {
                out.write("Ҷ,\\\"ӯ\\nғ;😀");
            }
            out.write("\"}, {\"id\": \"s3\", \"title\": \"Three\"}]}\n");
        }

        ImportResult result = new JsonDatasetImporter().read(file, ReadOptions.defaults());

        BadInput.check(result, "gigantic.json", "syntax", "error", 1, 96, null, "source",
                "a value is longer than the limit of 4000000 characters; the rest of the file was not read "
                        + "(1 record was read before it)", 2, 1, 1);
        assertThat(result.dataset().sources()).extracting(Source::id).containsExactly("s1");
    }

    @Test
    void aGiganticLineInJsonLinesIsRejectedAtItsLineAndTheNextLinesImport() throws IOException {
        // 5,000,000 characters: over the default line limit of 4,000,000
        Path file = temp.resolve("gigantic.jsonl");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"type\": \"source\", \"id\": \"s1\", \"title\": \"One\"}\n{\"type\": \"source\", \"id\": \"s2\", \"title\": \"");
            for (int i = 0; i < 500_000; i++) {
                out.write("Ҷ,\\\"ӯ\\nғ;😀");
            }
            out.write("\"}\n{\"type\": \"source\", \"id\": \"s3\", \"title\": \"Three\"}\n");
        }

        ImportResult result = new JsonLinesDatasetImporter().read(file, ReadOptions.defaults());

        BadInput.check(result, "gigantic.jsonl", "syntax", "error", 2, 4_000_001, null, null,
                "the line is longer than the limit of 4000000 characters", 3, 2, 1);
        assertThat(result.dataset().sources()).extracting(Source::id).containsExactly("s1", "s3");
    }

    @Test
    void truncatedGzipDataEndsJsonLinesWithAProblemAfterTheLinesBefore() throws IOException {
        Path file = temp.resolve("cut.jsonl.gz");
        Files.write(file, truncatedGzip(jsonLines(3000)));

        ImportResult result = new JsonLinesDatasetImporter().read(file, ReadOptions.defaults());

        int imported = result.dataset().sources().size();
        assertThat(imported).isBetween(1, 2999);
        // the damage rejects the line it cut
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("syntax");
            assertThat(p.location().file()).isEqualTo("cut.jsonl.gz");
            assertThat(p.location().line()).isEqualTo(imported + 1);
            assertThat(p.message()).isEqualTo("the gzip data is damaged or ends early; the rest of the file was not read");
        });
        assertThat(result.rowsRejected()).isEqualTo(1);
        ImportChecks.assertBooksBalance(result);
        assertThat(result.dataset().sources()).extracting(Source::id).startsWith("s0", "s1");
    }

    @Test
    void truncatedGzipDataEndsADocumentWithAProblemAfterTheRecordsBefore() throws IOException {
        StringBuilder doc = new StringBuilder("{\"format\": \"regsec-dataset/1\", \"sources\": [\n");
        for (int i = 0; i < 3000; i++) {
            doc.append(i == 0 ? "" : ",\n").append("{\"id\": \"s").append(i).append("\", \"title\": \"Title ").append(i)
                    .append(" Ҷумҳурии Тоҷикистон\"}");
        }
        Path file = temp.resolve("cut.json.gz");
        Files.write(file, truncatedGzip(doc.append("]}\n").toString()));

        ImportResult result = new JsonDatasetImporter().read(file, ReadOptions.defaults());

        int imported = result.dataset().sources().size();
        assertThat(imported).isBetween(1, 2999);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("the gzip data is damaged or ends early; the rest of the file was not read");
            assertThat(p.location().file()).isEqualTo("cut.json.gz");
            // the record being read when the data broke off starts on the line after the last one imported
            assertThat(p.location().line()).isBetween(imported + 1, imported + 2);
        });
        ImportChecks.assertBooksBalance(result);
    }

    @Test
    void readsEveryGzipMemberOfJsonLines() throws IOException {
        Path file = Files.write(temp.resolve("members.jsonl.gz"), concat(gzip(source(1)), gzip(source(2))));

        ImportResult result = new JsonLinesDatasetImporter().read(file, ReadOptions.defaults());

        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset().sources()).extracting(Source::id).containsExactly("s1", "s2");
    }

    @Test
    void reportsDamagedSecondGzipMemberInJsonLines() throws IOException {
        Path file = Files.write(temp.resolve("members.jsonl.gz"), concat(gzip(source(1)), damaged(gzip(source(2)))));

        ImportResult result = new JsonLinesDatasetImporter().read(file, ReadOptions.defaults());

        BadInput.check(result, "members.jsonl.gz", "syntax", "error", 2, 1, null, null, NOT_A_MEMBER_AFTER_1, 2, 1, 1);
        assertThat(result.dataset().sources()).extracting(Source::id).containsExactly("s1");
        ImportChecks.assertBooksBalance(result);
    }

    @Test
    void reportsGarbageAfterTheLastGzipMemberInJsonLines() throws IOException {
        byte[] bytes = concat(gzip(source(1) + source(2)), "garbage".getBytes(StandardCharsets.UTF_8));

        ImportResult result = readStream(new JsonLinesDatasetImporter(), bytes, "garbage.jsonl");

        BadInput.check(result, "garbage.jsonl", "syntax", "error", 3, 1, null, null, NOT_A_MEMBER_AFTER_1, 3, 2, 1);
        assertThat(result.dataset().sources()).extracting(Source::id).containsExactly("s1", "s2");
    }

    @Test
    void reportsDamagedSecondGzipMemberInADocument() throws IOException {
        String first = "{\"format\": \"regsec-dataset/1\", \"sources\": [\n{\"id\": \"s1\", \"title\": \"One\"},\n";
        String second = "{\"id\": \"s2\", \"title\": \"Two\"}]}\n";
        Path file = Files.write(temp.resolve("members.json.gz"), concat(gzip(first), damaged(gzip(second))));

        ImportResult result = new JsonDatasetImporter().read(file, ReadOptions.defaults());

        BadInput.check(result, "members.json.gz", "syntax", "error", 3, 1, null, null, NOT_A_MEMBER_AFTER_1, 1, 1, 0);
        assertThat(result.dataset().sources()).extracting(Source::id).containsExactly("s1");
    }

    @Test
    void reportsGarbageAfterTheLastGzipMemberOfADocument() throws IOException {
        String document = "{\"format\": \"regsec-dataset/1\", \"sources\": [\n{\"id\": \"s1\", \"title\": \"One\"}\n]}\n";
        byte[] bytes = concat(gzip(document), "garbage".getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(temp.resolve("garbage.json.gz"), bytes);

        for (ImportResult result : new ImportResult[] {new JsonDatasetImporter().read(file, ReadOptions.defaults()),
                readStream(new JsonDatasetImporter(), bytes, "garbage.json.gz")}) {
            BadInput.check(result, "garbage.json.gz", "syntax", "error", 4, 1, null, null, NOT_A_MEMBER_AFTER_1, 1, 1, 0);
            assertThat(result.dataset().sources()).extracting(Source::id).containsExactly("s1");
        }
    }

    private static ImportResult readStream(DatasetImporter importer, byte[] bytes, String name) throws IOException {
        ImportContext context = ImportContext.collecting(ReadOptions.defaults());
        importer.read(new ByteArrayInputStream(bytes), name, context);
        return context.result();
    }

    private static String source(int n) {
        return "{\"type\": \"source\", \"id\": \"s" + n + "\", \"title\": \"Title " + n + "\"}\n";
    }

    /** A gzip member with its first byte changed: no longer a member. */
    private static byte[] damaged(byte[] member) {
        member[0] = 'x';
        return member;
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static String jsonLines(int lines) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            text.append("{\"type\": \"source\", \"id\": \"s").append(i).append("\", \"title\": \"Title ").append(i)
                    .append(" Ҷумҳурии Тоҷикистон\"}\n");
        }
        return text.toString();
    }

    /** Gzips a text and keeps the first half of the compressed bytes. */
    private static byte[] truncatedGzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2);
    }
}
