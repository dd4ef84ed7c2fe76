package io.github.regsec.formats.csv;

import static io.github.regsec.formats.csv.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.formats.generators.ImportChecks;
import io.github.regsec.model.Organization;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import io.github.regsec.problem.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs under {@code hostile/} (and, for the big ones, made by the test), each with the
 * one problem it must give: rule, file and line. Cases covered elsewhere are not repeated:
 * {@link CsvBadInputTest} has invalid UTF-8 in rows and in the header, a byte order mark, an
 * empty file, broken quoting, truncated gzip, a {@code .gz} file that is not gzip, a directory
 * without {@code organizations.csv} and a value over the length limit; {@code CsvRowsTest} has
 * bad bytes far into a file and a record over the record limit; {@code CsvLimitsTest} has the
 * limits at their edges.
 */
class CsvHostileInputTest {

    private static final String ORGS = "organizations.csv";

    @TempDir
    Path temp;

    private static Problem onlyError(ImportResult result, int line) {
        assertThat(result.problems()).as("%s", result.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(RuleIds.SYNTAX);
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
            assertThat(p.location().file()).isEqualTo(ORGS);
            assertThat(p.location().line()).isEqualTo(line);
        });
        ImportChecks.assertBooksBalance(result);
        return result.problems().get(0);
    }

    private static void assertImported(ImportResult result, String... ids) {
        assertThat(result.dataset().organizations()).extracting(Organization::id).containsExactly(ids);
    }

    @Test
    void aUtf16FileIsRefusedAtItsHeader() throws IOException {
        ImportResult result = read("hostile/utf16-bom");

        assertThat(onlyError(result, 1).message()).isEqualTo(
                "the header holds bytes that are not UTF-8: save the file as UTF-8; the file was not read");
        assertThat(result.rowsRead()).isZero();
    }

    @Test
    void aLatin1RowIsRejectedOnItsLineAndTheOthersImport() throws IOException {
        ImportResult result = read("hostile/latin1");

        assertThat(onlyError(result, 3).message()).isEqualTo("line 3 holds bytes that are not UTF-8: save the file as UTF-8");
        assertImported(result, "osce", "csto");
        assertThat(result.rowsRejected()).isEqualTo(1);
    }

    @Test
    void aFileCutInTheMiddleOfACharacterRejectsItsLastRow() throws IOException {
        ImportResult result = read("hostile/truncated-utf8");

        assertThat(onlyError(result, 3).message()).contains("not UTF-8");
        assertImported(result, "osce");
        assertThat(result.rowsRejected()).isEqualTo(1);
    }

    @Test
    void binaryJunkIsRefusedAtItsFirstLine() throws IOException {
        ImportResult result = read("hostile/binary");

        assertThat(onlyError(result, 1).message()).contains("not UTF-8").contains("the file was not read");
        assertThat(result.dataset().isEmpty()).isTrue();
    }

    @Test
    void aGiganticValueStopsTheFileAtTheRecordLimitWithTheRowsBeforeImported() throws IOException {
        // 5,000,000 characters: over the default value limit (1,000,000) and record limit (4,000,000)
        Path dir = temp.resolve("gigantic");
        Files.createDirectories(dir);
        try (Writer out = Files.newBufferedWriter(dir.resolve(ORGS), StandardCharsets.UTF_8)) {
            out.write("id,name,kind,note\nosce,OSCE,intergovernmental,\ncica,CICA,intergovernmental,\"");
            for (int i = 0; i < 500_000; i++) {
                out.write("Ҷ,\"\"ӯ\n\"\"ғ;");
            }
            out.write("\"\nsco,SCO,intergovernmental,\n");
        }

        ImportResult result = read(dir);

        assertThat(onlyError(result, 3).message()).isEqualTo("a record starting on this line is longer than the limit of "
                + ReadOptions.DEFAULT_MAX_RECORD_LENGTH + " characters; the rest of the file was not read");
        assertImported(result, "osce");
        assertThat(result.rowsRejected()).isEqualTo(1);
    }

    @Test
    void aGzippedEndlessLineStopsAtTheRecordLimitWithoutReadingTheRest() throws IOException {
        // 8 MB of letters that compress poorly, so that the compressed bytes read show how far reading got
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        java.util.Random random = new java.util.Random(8);
        try (GZIPOutputStream gz = new GZIPOutputStream(compressed)) {
            gz.write("id,name,kind\nosce,".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[1 << 16];
            for (int written = 0; written < 8_000_000; written += chunk.length) {
                for (int i = 0; i < chunk.length; i++) {
                    chunk[i] = (byte) ('a' + random.nextInt(26));
                }
                gz.write(chunk);
            }
        }
        byte[] bomb = compressed.toByteArray();
        long[] consumed = new long[1];
        ImportContext context = ImportContext.collecting(ReadOptions.builder().maxRecordLength(1_000_000).build());

        try (InputStream in = new FilterInputStream(new ByteArrayInputStream(bomb)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                consumed[0] += Math.max(0, n);
                return n;
            }
        }) {
            new CsvDatasetImporter().read(in, ORGS + ".gz", context);
        }
        ImportResult result = context.result();

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(RuleIds.SYNTAX);
            assertThat(p.location().toString()).isEqualTo("organizations.csv.gz:2");
            assertThat(p.message()).contains("longer than the limit");
        });
        assertThat(consumed[0]).as("compressed bytes read of " + bomb.length).isLessThan(bomb.length / 2);
    }
}
