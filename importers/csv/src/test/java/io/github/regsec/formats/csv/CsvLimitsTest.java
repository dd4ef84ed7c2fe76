package io.github.regsec.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.formats.generators.ImportChecks;
import io.github.regsec.model.Organization;
import io.github.regsec.model.RecordKind;
import io.github.regsec.problem.RuleIds;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read limits of {@link ReadOptions} in CSV, at their edges: a value or record over its limit
 * is a {@code syntax} problem on the line where its row starts, and the rows after it still
 * import. (The nesting limit is JSON's; a record far over the limit, which ends the file, is in
 * {@code CsvRowsTest} and {@link CsvHostileInputTest}.) Also: reading long values takes time in
 * proportion to their length, not its square.
 */
class CsvLimitsTest {

    private static final String ORGS = "organizations.csv";

    @TempDir
    Path temp;

    private Path directory(String organizations) throws IOException {
        Path dir = Files.createTempDirectory(temp, "limits");
        Files.writeString(dir.resolve(ORGS), organizations, StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void aValueAtTheLimitImportsAndOneCharacterMoreIsASyntaxProblemOnTheLineWhereItsRowStarts() throws IOException {
        String fifty = "ҷ".repeat(25) + "\"\"" + "\n".repeat(10) + "x".repeat(14); // 50 characters once read
        Path dir = directory("id,name,kind,note\n"
                + "osce,OSCE,intergovernmental,\"" + fifty + "\"\n"
                + "cica,CICA,intergovernmental,\"" + fifty + "y\"\n"
                + "sco,SCO,intergovernmental,\n");

        ImportResult result = new CsvDatasetImporter().read(dir, ReadOptions.builder().maxValueLength(50).build());

        assertThat(result.dataset().organizations()).extracting(Organization::id).containsExactly("osce", "sco");
        assertThat(result.dataset().organization("osce").orElseThrow().note()).hasSize(50);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(RuleIds.SYNTAX);
            assertThat(p.location().toString()).isEqualTo("organizations.csv:13");
            assertThat(p.recordKind()).isEqualTo(RecordKind.ORGANIZATION);
            assertThat(p.recordId()).isEqualTo("cica");
            assertThat(p.field()).isEqualTo("note");
            assertThat(p.message()).isEqualTo("note: the value has 51 characters, more than the limit of 50");
        });
        ImportChecks.assertBooksBalance(result);
    }

    @Test
    void aRecordAtTheLimitImportsAndOneCharacterMoreIsASyntaxProblemOnTheLineWhereItStarts() throws IOException {
        // the values of "osce,OSCE,intergovernmental,<note>" without separators: 4 + 4 + 17 + note
        String note = "n".repeat(35);
        Path dir = directory("id,name,kind,note\n"
                + "osce,OSCE,intergovernmental," + note + "\n"
                + "cica,CICA,intergovernmental,\"\n" + note + "\"\n"
                + "sco,SCO,intergovernmental,\n");

        ImportResult result = new CsvDatasetImporter().read(dir, ReadOptions.builder().maxRecordLength(60).build());

        assertThat(result.dataset().organizations()).extracting(Organization::id).containsExactly("osce", "sco");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(RuleIds.SYNTAX);
            assertThat(p.location().toString()).isEqualTo("organizations.csv:3");
            assertThat(p.recordId()).isEqualTo("cica");
            assertThat(p.message()).isEqualTo("the row has 61 characters, more than the limit of 60");
        });
        ImportChecks.assertBooksBalance(result);
    }

    @Test
    void readingALongValueTakesTimeInProportionToItsLength() throws IOException {
        ReadOptions options = ReadOptions.builder().maxValueLength(2_000_000).build();
        read(1_000_000, options); // warm up
        long oneMillion = Long.MAX_VALUE;
        long twoMillion = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) { // the best of three: garbage collection makes single runs noisy
            oneMillion = Math.min(oneMillion, read(1_000_000, options));
            twoMillion = Math.min(twoMillion, read(2_000_000, options));
        }

        // timings are printed, never asserted: a slow machine must not fail the build
        System.out.printf(Locale.ROOT, "CSV value of 1,000,000 characters: %d ms; 2,000,000: %d ms (ratio %.2f)%n",
                oneMillion / 1_000_000, twoMillion / 1_000_000, (double) twoMillion / Math.max(1, oneMillion));
    }

    /** Reads a file whose one row has a quoted note of {@code length} characters, lines and quotes inside; the nanoseconds taken. */
    private long read(int length, ReadOptions options) throws IOException {
        Path dir = Files.createTempDirectory(temp, "long");
        String piece = "Ҳ,\"\"\r\n;ӣ 😀"; // 10 characters once read (the emoji is two)
        try (Writer out = Files.newBufferedWriter(dir.resolve(ORGS), StandardCharsets.UTF_8)) {
            out.write("id,name,kind,note\nosce,OSCE,intergovernmental,\"");
            for (int i = 0; i < length / 10; i++) {
                out.write(piece);
            }
            out.write("\"\nsco,SCO,intergovernmental,\n");
        }

        long start = System.nanoTime();
        ImportResult result = new CsvDatasetImporter().read(dir, options);
        long took = System.nanoTime() - start;

        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset().organization("osce").orElseThrow().note()).hasSize(length);
        assertThat(result.dataset().organization("sco")).isPresent();
        return took;
    }
}
