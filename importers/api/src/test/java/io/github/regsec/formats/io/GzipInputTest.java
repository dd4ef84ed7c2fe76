package io.github.regsec.formats.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GzipInputTest {

    private static final String NOT_A_MEMBER_AFTER_1 = "the file goes on after gzip member 1 with data that is not a"
            + " gzip member (a damaged member, or other data appended); the rest of the file was not read";

    @TempDir
    Path temp;

    @Test
    void readsEveryMemberOfAMultiMemberFile() throws IOException {
        Path file = Files.write(temp.resolve("lines.txt.gz"), concat(gzip("line a\n"), gzip(""), gzip("line b\n")));

        try (InputStream in = GzipInput.open(file)) {
            assertThat(text(in)).isEqualTo("line a\nline b\n");
        }
    }

    @Test
    void readsEveryMemberOfAStreamThatCannotSayWhatIsAvailable() throws IOException {
        // GZIPInputStream stops after the first member when the stream below reports nothing available
        byte[] bytes = concat(gzip("line a\n"), gzip("line b\n"));
        InputStream trickling = new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 3));
            }

            @Override
            public int available() {
                return 0;
            }
        };

        try (InputStream in = GzipInput.decompressIfGzip(trickling)) {
            assertThat(text(in)).isEqualTo("line a\nline b\n");
        }
    }

    @Test
    void reportsDamagedSecondGzipMember() throws IOException {
        byte[] second = gzip("line b\n");
        second[0] = 'x';
        Path file = Files.write(temp.resolve("lines.txt.gz"), concat(gzip("line a\n"), second));

        try (InputStream in = GzipInput.open(file)) {
            assertThat(readUntilDamage(in)).isEqualTo("line a\n");
            assertThatThrownBy(() -> in.read(new byte[10])).isInstanceOf(DamagedGzipException.class)
                    .hasMessage(NOT_A_MEMBER_AFTER_1);
        }
    }

    @Test
    void reportsGarbageAfterTheLastGzipMember() throws IOException {
        Path file = Files.write(temp.resolve("lines.txt.gz"),
                concat(gzip("line a\n"), "trailing garbage".getBytes(StandardCharsets.UTF_8)));

        try (InputStream in = GzipInput.open(file)) {
            assertThat(readUntilDamage(in)).isEqualTo("line a\n");
        }
        try (InputStream in = GzipInput.open(file)) {
            assertThatThrownBy(() -> text(in)).isInstanceOf(DamagedGzipException.class).hasMessage(NOT_A_MEMBER_AFTER_1);
        }
    }

    @Test
    void reportsASingleByteAfterTheLastGzipMember() throws IOException {
        byte[] bytes = concat(gzip("line a\n"), new byte[] {0x1f});

        assertThatThrownBy(() -> text(GzipInput.decompressIfGzip(new ByteArrayInputStream(bytes))))
                .isInstanceOf(DamagedGzipException.class).hasMessage(NOT_A_MEMBER_AFTER_1);
    }

    @Test
    void reportsASecondMemberWhoseHeaderBreaksOff() throws IOException {
        byte[] bytes = concat(gzip("line a\n"), Arrays.copyOf(gzip("line b\n"), 5));

        assertThatThrownBy(() -> text(GzipInput.decompressIfGzip(new ByteArrayInputStream(bytes))))
                .isInstanceOf(DamagedGzipException.class).hasMessage(NOT_A_MEMBER_AFTER_1);
    }

    @Test
    void reportsDataThatBreaksOffInsideAMemberAfterTheBytesBefore() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append("line ").append(i).append(" Ҷумҳурии Тоҷикистон\n");
        }
        byte[] whole = gzip(text.toString());
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);

        InputStream in = GzipInput.decompressIfGzip(new ByteArrayInputStream(cut));
        String before = readUntilDamage(in);

        assertThat(text.toString()).startsWith(before);
        assertThat(before.length()).isGreaterThan(1000);
        assertThatThrownBy(() -> in.read(new byte[10])).isInstanceOf(DamagedGzipException.class)
                .hasMessage("the gzip data is damaged or ends early; the rest of the file was not read");
    }

    @Test
    void reportsATrailerThatBreaksOff() throws IOException {
        byte[] whole = gzip("line a\n");
        byte[] cut = Arrays.copyOf(whole, whole.length - 3);

        assertThatThrownBy(() -> text(GzipInput.decompressIfGzip(new ByteArrayInputStream(cut))))
                .isInstanceOf(DamagedGzipException.class).hasMessageStartingWith("the gzip data is damaged or ends early");
    }

    @Test
    void reportsAWrongChecksum() throws IOException {
        byte[] bytes = gzip("line a\n");
        bytes[bytes.length - 8] ^= 1; // the first byte of the CRC-32

        assertThatThrownBy(() -> text(GzipInput.decompressIfGzip(new ByteArrayInputStream(bytes))))
                .isInstanceOf(DamagedGzipException.class).hasMessageStartingWith("the gzip data is damaged or ends early");
    }

    @Test
    void reportsAWrongLength() throws IOException {
        byte[] bytes = gzip("line a\n");
        bytes[bytes.length - 4] ^= 1; // the first byte of the length

        assertThatThrownBy(() -> text(GzipInput.decompressIfGzip(new ByteArrayInputStream(bytes))))
                .isInstanceOf(DamagedGzipException.class).hasMessageStartingWith("the gzip data is damaged or ends early");
    }

    @Test
    void reportsDamagedCompressedData() throws IOException {
        byte[] bytes = gzip("line a\n");
        bytes[10] = (byte) 0xFF; // the first deflate block header: a reserved block type

        assertThatThrownBy(() -> text(GzipInput.decompressIfGzip(new ByteArrayInputStream(bytes))))
                .isInstanceOf(DamagedGzipException.class).hasMessageStartingWith("the gzip data is damaged or ends early");
    }

    @Test
    void keepsReportingTheDamageOnEveryRead() throws IOException {
        byte[] bytes = concat(gzip("a"), "junk".getBytes(StandardCharsets.UTF_8));
        InputStream in = GzipInput.decompressIfGzip(new ByteArrayInputStream(bytes));
        readUntilDamage(in);

        assertThatThrownBy(() -> in.read(new byte[1])).isInstanceOf(DamagedGzipException.class);
        assertThatThrownBy(in::read).isInstanceOf(DamagedGzipException.class);
    }

    @Test
    void readsEveryOptionalHeaderField() throws IOException {
        byte[] member = gzipWithEveryHeaderField("named, commented and checked\n", false);

        assertThat(text(GzipInput.decompressIfGzip(new ByteArrayInputStream(concat(member, member)))))
                .isEqualTo("named, commented and checked\n".repeat(2));
    }

    @Test
    void reportsAWrongHeaderChecksumOfALaterMember() throws IOException {
        byte[] bytes = concat(gzip("line a\n"), gzipWithEveryHeaderField("line b\n", true));

        assertThatThrownBy(() -> text(GzipInput.decompressIfGzip(new ByteArrayInputStream(bytes))))
                .isInstanceOf(DamagedGzipException.class).hasMessage(NOT_A_MEMBER_AFTER_1);
    }

    @Test
    void refusesAGzNamedFileThatIsNotGzipWhenOpeningIt() throws IOException {
        Path file = Files.writeString(temp.resolve("data.json.gz"), "{\"not\": \"gzip\"}");
        Path empty = Files.write(temp.resolve("empty.csv.gz"), new byte[0]);

        for (Path path : new Path[] {file, empty}) {
            assertThatThrownBy(() -> GzipInput.open(path)).isInstanceOf(DamagedGzipException.class)
                    .isInstanceOf(ZipException.class)
                    .hasMessage("the file cannot be decompressed: it is not gzip data, or the gzip data is damaged");
        }
    }

    @Test
    void recognisesGzipByItsFirstBytesAndPassesOtherDataThrough() throws IOException {
        Path misnamed = Files.write(temp.resolve("data.json"), gzip("{}"));
        Path plain = Files.writeString(temp.resolve("plain.json"), "[]");

        try (InputStream a = GzipInput.open(misnamed); InputStream b = GzipInput.open(plain)) {
            assertThat(text(a)).isEqualTo("{}");
            assertThat(text(b)).isEqualTo("[]");
        }
        assertThat(text(GzipInput.decompressIfGzip(new ByteArrayInputStream("plain".getBytes(StandardCharsets.UTF_8)))))
                .isEqualTo("plain");
    }

    @Test
    void aProblemOfTheDamageIsASyntaxError() throws IOException {
        byte[] bytes = concat(gzip("a"), "junk".getBytes(StandardCharsets.UTF_8));
        InputStream in = GzipInput.decompressIfGzip(new ByteArrayInputStream(bytes));
        readUntilDamage(in);

        assertThatThrownBy(in::read).isInstanceOfSatisfying(DamagedGzipException.class, e -> {
            Problem problem = e.problemAt(Location.of("a.txt.gz", 2, 1));
            assertThat(problem.rule()).isEqualTo("syntax");
            assertThat(problem.isError()).isTrue();
            assertThat(problem.message()).isEqualTo(NOT_A_MEMBER_AFTER_1);
            assertThat(problem.location().toString()).isEqualTo("a.txt.gz:2:1");
        });
    }

    /** Reads bytes until the end or the first exception; returns them as text. */
    private static String readUntilDamage(InputStream in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // the damage: what came before is the answer
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String text(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** A member with FEXTRA, FNAME, FCOMMENT and FHCRC; with {@code wrongHeaderCrc}, a header checksum that does not match. */
    private static byte[] gzipWithEveryHeaderField(String text, boolean wrongHeaderCrc) throws IOException {
        byte[] plain = gzip(text);
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        header.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 2 | 4 | 8 | 16, 0, 0, 0, 0, 0, (byte) 0xff});
        header.writeBytes(new byte[] {3, 0, 'x', 'y', 'z'}); // FEXTRA: 3 bytes
        header.writeBytes("name.txt\0".getBytes(StandardCharsets.ISO_8859_1));
        header.writeBytes("a comment\0".getBytes(StandardCharsets.ISO_8859_1));
        CRC32 crc = new CRC32();
        crc.update(header.toByteArray());
        int crc16 = (int) (crc.getValue() & 0xFFFF) ^ (wrongHeaderCrc ? 1 : 0);
        header.writeBytes(new byte[] {(byte) crc16, (byte) (crc16 >> 8)});
        // GZIPOutputStream writes a 10-byte header with no optional fields
        return concat(header.toByteArray(), Arrays.copyOfRange(plain, 10, plain.length));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
