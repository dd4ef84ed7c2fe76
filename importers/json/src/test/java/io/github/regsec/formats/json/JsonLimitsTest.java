package io.github.regsec.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.formats.DatasetImporter;
import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.formats.generators.ImportChecks;
import io.github.regsec.model.Source;
import io.github.regsec.problem.RuleIds;
import io.github.regsec.problem.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The read limits of {@link ReadOptions} in JSON and JSON Lines, at their edges: a value, a
 * property name, a line or a nesting over its limit is a {@code syntax} problem at its line (and
 * column); a value over the limit rejects its record (in a document too), and in JSON Lines the
 * other lines still import.
 * Values over the limit in a document, a line over the limit and nesting over the default limit
 * are also in {@link JsonDatasetImporterTest} and {@link JsonLinesDatasetImporterTest}. Also:
 * reading a long line takes time in proportion to its length, not its square.
 */
class JsonLimitsTest {

    private static ImportResult read(DatasetImporter importer, String text, String name, ReadOptions options)
            throws IOException {
        ImportContext context = ImportContext.collecting(options);
        importer.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name, context);
        ImportResult result = context.result();
        ImportChecks.assertBooksBalance(result);
        return result;
    }

    private static ImportResult readLines(String text, ReadOptions options) throws IOException {
        return read(new JsonLinesDatasetImporter(), text, "limits.jsonl", options);
    }

    private static ImportResult readDocument(String text, ReadOptions options) throws IOException {
        return read(new JsonDatasetImporter(), text, "limits.json", options);
    }

    private static String source(String id, String property, String json) {
        return "{\"type\": \"source\", \"id\": \"" + id + "\", \"" + property + "\": " + json + "}\n";
    }

    @Test
    void aValueAtTheLimitImportsAndOneCharacterMoreRejectsItsLine() throws IOException {
        // escapes count as the one character they stand for
        String ten = "\"Ҷ\\n\\\"ӯ😀abcd\"";
        String eleven = "\"Ҷ\\n\\\"ӯ😀abcde\"";
        ImportResult result = readLines(source("s1", "title", ten) + source("s2", "title", eleven)
                + source("s3", "title", "\"x\""), ReadOptions.builder().maxValueLength(10).build());

        assertThat(result.dataset().sources()).extracting(Source::id).containsExactly("s1", "s3");
        assertThat(result.dataset().sources().get(0).title()).hasSize(10);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(RuleIds.SYNTAX);
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
            assertThat(p.location().toString()).isEqualTo("limits.jsonl:2:41");
            assertThat(p.field()).isEqualTo("title");
            assertThat(p.message()).isEqualTo("title: the text is longer than the limit of 10 characters "
                    + "(ReadOptions.maxValueLength): it is not read");
        });
    }

    @Test
    void aValueAtTheLimitImportsInADocumentAndOneCharacterMoreRejectsOnlyItsRecord() throws IOException {
        // (the limit must leave room for the document's "format" value, 16 characters); any layout
        String document = "{\"format\": \"regsec-dataset/1\", \"sources\": [\n"
                + "{\"id\": \"s1\", \"title\": \"01234567890123456789\"},\n"
                + "{\"id\": \"s2\", \"title\": \"01234567890123456789A\"},\n"
                + "{\"id\": \"s3\", \"title\": \"x\"}]}\n";

        ImportResult result = readDocument(document, ReadOptions.builder().maxValueLength(20).build());

        assertThat(result.dataset().sources()).extracting(Source::id).containsExactly("s1", "s3");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(RuleIds.SYNTAX);
            assertThat(p.recordId()).isEqualTo("s2");
            assertThat(p.location().toString()).isEqualTo("limits.json:3:23");
            assertThat(p.message()).isEqualTo("title: the text is longer than the limit of 20 characters "
                    + "(ReadOptions.maxValueLength): it is not read");
        });
    }

    @Test
    void aPropertyNameOverTheValueLimitRejectsItsLine() throws IOException {
        ImportResult result = readLines(source("s1", "title", "\"T\"") + source("s2", "a_very_long_name", "\"T\"")
                + source("s3", "title", "\"T\""), ReadOptions.builder().maxValueLength(12).build());

        assertThat(result.dataset().sources()).extracting(Source::id).containsExactly("s1", "s3");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(RuleIds.SYNTAX);
            assertThat(p.location().line()).isEqualTo(2);
            assertThat(p.message()).isEqualTo("a property name is longer than the limit of 12 characters");
        });
    }

    @Test
    void aLineAtTheLimitImportsWhateverItsLineEndAndOneCharacterMoreIsRejected() throws IOException {
        String line = "{\"type\": \"source\", \"id\": \"s1\", \"title\": \"T\"}"; // 44 characters
        ReadOptions options = ReadOptions.builder().maxRecordLength(line.length()).build();

        ImportResult lf = readLines(line + "\n" + line.replace("s1", "s2") + "\n", options);
        ImportResult crlf = readLines(line + "\r\n" + line.replace("s1", "s2") + "\r\n", options);
        ImportResult longer = readLines(line.replace("\"T\"", "\"TT\"") + "\r\n" + line.replace("s1", "s2") + "\r\n", options);

        assertThat(lf.problems()).isEmpty();
        assertThat(crlf.problems()).isEmpty();
        assertThat(crlf.dataset().sources()).hasSize(2);
        assertThat(longer.dataset().sources()).extracting(Source::id).containsExactly("s2");
        assertThat(longer.problems()).singleElement().satisfies(p -> {
            assertThat(p.location().toString()).isEqualTo("limits.jsonl:1:45");
            assertThat(p.message()).isEqualTo("the line is longer than the limit of 44 characters");
        });
    }

    @Test
    void nestingAtTheLimitImportsAndOneLevelMoreRejectsItsLine() throws IOException {
        // the record object is level 1; an unknown property holds the arrays
        String atLimit = "[".repeat(9) + "]".repeat(9);
        String deeper = "[".repeat(10) + "]".repeat(10);
        ImportResult result = readLines(source("s1", "x", atLimit) + source("s2", "x", deeper)
                + source("s3", "title", "\"T\""), ReadOptions.builder().maxNestingDepth(10).build());

        assertThat(result.dataset().sources()).extracting(Source::id).containsExactly("s1", "s3");
        assertThat(result.problems()).extracting(p -> p.rule() + "@" + p.location())
                .containsExactly(RuleIds.UNKNOWN_FIELD + "@limits.jsonl:1:32", RuleIds.SYNTAX + "@limits.jsonl:2:46");
        assertThat(result.problems().get(1).message()).isEqualTo("the JSON nests deeper than the limit of 10 levels");
    }

    @Test
    void nestingAtTheLimitImportsInADocumentAndOneLevelMoreStopsItThere() throws IOException {
        // the document is level 1, the array of sources 2, a source 3
        String document = "{\"format\": \"regsec-dataset/1\", \"sources\": [\n"
                + "{\"id\": \"s1\", \"title\": \"T\", \"x\": " + "[".repeat(7) + "]".repeat(7) + "},\n"
                + "{\"id\": \"s2\", \"title\": \"T\", \"x\": " + "[".repeat(8) + "]".repeat(8) + "},\n"
                + "{\"id\": \"s3\", \"title\": \"T\"}]}\n";

        ImportResult result = readDocument(document, ReadOptions.builder().maxNestingDepth(10).build());

        assertThat(result.dataset().sources()).extracting(Source::id).containsExactly("s1");
        assertThat(result.problems()).extracting(p -> p.rule() + "@" + p.location())
                .containsExactly(RuleIds.UNKNOWN_FIELD + "@limits.json:2:28", RuleIds.SYNTAX + "@limits.json:3:40");
    }

    @Test
    void readingALongLineTakesTimeInProportionToItsLength() throws IOException {
        ReadOptions options = ReadOptions.builder().maxValueLength(2_000_000).build();
        time(1_000_000, options); // warm up
        long[] oneMillion = {Long.MAX_VALUE, Long.MAX_VALUE};
        long[] twoMillion = {Long.MAX_VALUE, Long.MAX_VALUE};
        for (int run = 0; run < 3; run++) { // the best of three: garbage collection makes single runs noisy
            long[] one = time(1_000_000, options);
            long[] two = time(2_000_000, options);
            for (int i = 0; i < 2; i++) {
                oneMillion[i] = Math.min(oneMillion[i], one[i]);
                twoMillion[i] = Math.min(twoMillion[i], two[i]);
            }
        }

        // timings are printed, never asserted: a slow machine must not fail the build
        System.out.printf(Locale.ROOT, "JSON Lines line of 1,000,000 characters: %d ms; 2,000,000: %d ms (ratio %.2f)%n",
                oneMillion[0] / 1_000_000, twoMillion[0] / 1_000_000, (double) twoMillion[0] / Math.max(1, oneMillion[0]));
        System.out.printf(Locale.ROOT, "JSON document value of 1,000,000 characters: %d ms; 2,000,000: %d ms (ratio %.2f)%n",
                oneMillion[1] / 1_000_000, twoMillion[1] / 1_000_000, (double) twoMillion[1] / Math.max(1, oneMillion[1]));
    }

    /** Reads a JSON Lines line and a document, each with a title of {@code length} characters; the nanoseconds each took. */
    private static long[] time(int length, ReadOptions options) throws IOException {
        StringBuilder title = new StringBuilder(length + 16).append('"');
        for (int i = 0; i < length / 10; i++) {
            title.append("Ҳ,\\\"\\n;ӣ 😀a"); // 10 characters once read
        }
        String value = title.append('"').toString();
        String lines = source("s1", "title", value) + source("s2", "title", "\"T\"");
        String document = "{\"format\": \"regsec-dataset/1\", \"sources\": [{\"id\": \"s1\", \"title\": " + value + "}]}";

        long start = System.nanoTime();
        ImportResult fromLines = readLines(lines, options);
        long middle = System.nanoTime();
        ImportResult fromDocument = readDocument(document, options);
        long end = System.nanoTime();

        assertThat(fromLines.problems()).isEmpty();
        assertThat(fromLines.dataset().sources().get(0).title()).hasSize(length);
        assertThat(fromDocument.problems()).isEmpty();
        assertThat(fromDocument.dataset().sources().get(0).title()).hasSize(length);
        return new long[] {middle - start, end - middle};
    }
}
