package io.github.regsec.importers.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8ReaderTest {

    @Test
    void decodesCharactersThatStraddleTheBufferBoundary() throws IOException {
        String text = "a".repeat((1 << 16) - 1) + "é€😀" + "z";

        assertThat(readAll(new Utf8Reader(stream(text.getBytes(StandardCharsets.UTF_8))))).isEqualTo(text);
    }

    @Test
    void reportsBadBytesAtTheirLineAndColumnThenReadsOn() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("first\r\nsecond\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("x".repeat(70_000).getBytes(StandardCharsets.UTF_8));
        bytes.write(0xC3); // a lead byte with no continuation
        bytes.writeBytes("(after".getBytes(StandardCharsets.UTF_8));
        Utf8Reader reader = new Utf8Reader(stream(bytes.toByteArray()));
        char[] buf = new char[4096];
        StringBuilder before = new StringBuilder();

        assertThatThrownBy(() -> {
            for (int n = reader.read(buf, 0, buf.length); n >= 0; n = reader.read(buf, 0, buf.length)) {
                before.append(buf, 0, n);
            }
        }).isInstanceOfSatisfying(Utf8Reader.InvalidUtf8Exception.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo(70_001);
        });
        assertThat(before.toString()).endsWith("x").hasSize(14 + 70_000);
        assertThat(readAll(reader)).isEqualTo("(after");
    }

    @Test
    void dropsAByteOrderMark() throws IOException {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};

        assertThat(readAll(new Utf8Reader(stream(bytes)))).isEqualTo("{}");
    }

    @Test
    void reportsATruncatedSequenceAtTheEnd() {
        byte[] bytes = {'o', 'k', (byte) 0xE2, (byte) 0x82};

        assertThatThrownBy(() -> readAll(new Utf8Reader(stream(bytes))))
                .isInstanceOfSatisfying(Utf8Reader.InvalidUtf8Exception.class, e -> assertThat(e.column()).isEqualTo(3));
    }

    private static ByteArrayInputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[1000];
        for (int n = reader.read(buf, 0, buf.length); n >= 0; n = reader.read(buf, 0, buf.length)) {
            sb.append(buf, 0, n);
        }
        return sb.toString();
    }
}
