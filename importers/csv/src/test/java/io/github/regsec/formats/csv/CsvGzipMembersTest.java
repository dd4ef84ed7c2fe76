package io.github.regsec.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.generators.ImportChecks;
import io.github.regsec.model.Membership;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The complete dataset with its {@code memberships.csv} gzipped as several gzip members (as
 * {@code cat a.gz b.gz} or a log rotator makes them): every member is read, and a damaged member
 * or data after the last one is a {@code syntax} problem at the line reached, never a silent end.
 */
class CsvGzipMembersTest {

    private static final String MEMBERSHIPS = "memberships.csv.gz";
    private static final String NOT_A_MEMBER_AFTER_1 = "the file goes on after gzip member 1 with data that is not a"
            + " gzip member (a damaged member, or other data appended); the rest of the file was not read";

    @TempDir
    Path dataset;

    /** The header and the five rows of the complete dataset's memberships.csv, each with its line end. */
    private List<String> lines;

    @BeforeEach
    void copyTheCompleteDatasetWithoutItsMemberships() throws IOException {
        Path complete = Fixtures.path("datasets/complete");
        try (Stream<Path> files = Files.list(complete)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (!file.getFileName().toString().equals("memberships.csv")) {
                    Files.copy(file, dataset.resolve(file.getFileName().toString()));
                }
            }
        }
        lines = Files.readString(complete.resolve("memberships.csv"), StandardCharsets.UTF_8).lines()
                .map(line -> line + "\n").toList();
        assertThat(lines).hasSize(6);
    }

    @Test
    void readsEveryGzipMemberOfMembershipsCsvGz() throws IOException {
        writeMemberships(gzip(text(0, 3)), gzip(text(3, 6)));

        ImportResult result = Fixtures.read(dataset);

        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset().memberships())
                .isEqualTo(Fixtures.read("datasets/complete").dataset().memberships());
    }

    @Test
    void reportsDamagedSecondGzipMemberOfMembershipsCsvGz() throws IOException {
        byte[] second = gzip(text(3, 6));
        second[0] = 'x';
        writeMemberships(gzip(text(0, 3)), second);

        ImportResult result = Fixtures.read(dataset);

        assertThat(result.problems()).singleElement().satisfies(p -> assertDamageAt(p, 4));
        assertThat(result.dataset().memberships()).extracting(Membership::id).containsExactly("m-osce-tj", "m-osce-su");
        assertThat(result.rowsRejected()).isEqualTo(1);
        ImportChecks.assertBooksBalance(result);
    }

    @Test
    void reportsGarbageAfterTheLastGzipMemberOfMembershipsCsvGz() throws IOException {
        writeMemberships(gzip(text(0, 6)), "garbage\n".getBytes(StandardCharsets.UTF_8));

        ImportResult result = Fixtures.read(dataset);

        assertThat(result.problems()).singleElement().satisfies(p -> assertDamageAt(p, 7));
        assertThat(result.dataset().memberships()).hasSize(5);
        assertThat(result.rowsRejected()).isEqualTo(1);
        ImportChecks.assertBooksBalance(result);
    }

    private static void assertDamageAt(Problem problem, int line) {
        assertThat(problem.rule()).isEqualTo(RuleIds.SYNTAX);
        assertThat(problem.isError()).isTrue();
        assertThat(problem.location().file()).isEqualTo(MEMBERSHIPS);
        assertThat(problem.location().line()).isEqualTo(line);
        assertThat(problem.message()).isEqualTo(NOT_A_MEMBER_AFTER_1);
    }

    private String text(int fromLine, int toLine) {
        return String.join("", lines.subList(fromLine, toLine));
    }

    private void writeMemberships(byte[]... parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.writeBytes(part);
        }
        Files.write(dataset.resolve(MEMBERSHIPS), bytes.toByteArray());
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
