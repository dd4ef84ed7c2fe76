package io.github.regsec.formats.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictUtf8ReaderTest {

    @Test
    void decodesCharactersThatStraddleTheBufferBoundary() throws IOException {
        String text = "a".repeat((1 << 16) - 1) + "é€😀" + "z";
        StrictUtf8Reader reader = StrictUtf8Reader.stoppingAtBadBytes(stream(text.getBytes(StandardCharsets.UTF_8)));

        assertThat(readAll(reader)).isEqualTo(text);
    }

    @Test
    void reportsBadBytesAtTheirLineAndColumnThenReadsOn() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("first\r\nsecond\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("x".repeat(70_000).getBytes(StandardCharsets.UTF_8));
        bytes.write(0xC3); // a lead byte with no continuation
        bytes.writeBytes("(after".getBytes(StandardCharsets.UTF_8));
        StrictUtf8Reader reader = StrictUtf8Reader.stoppingAtBadBytes(stream(bytes.toByteArray()));
        char[] buf = new char[4096];
        StringBuilder before = new StringBuilder();

        assertThatThrownBy(() -> {
            for (int n = reader.read(buf, 0, buf.length); n >= 0; n = reader.read(buf, 0, buf.length)) {
                before.append(buf, 0, n);
            }
        }).isInstanceOfSatisfying(InvalidUtf8Exception.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo(70_001);
        });
        assertThat(before.toString()).endsWith("x").hasSize(14 + 70_000);
        assertThat(readAll(reader)).isEqualTo("(after");
    }

    @Test
    void dropsAByteOrderMark() throws IOException {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};

        assertThat(readAll(StrictUtf8Reader.stoppingAtBadBytes(stream(bytes)))).isEqualTo("{}");
    }

    @Test
    void reportsATruncatedSequenceAtTheEnd() {
        byte[] bytes = {'o', 'k', (byte) 0xE2, (byte) 0x82};

        assertThatThrownBy(() -> readAll(StrictUtf8Reader.stoppingAtBadBytes(stream(bytes))))
                .isInstanceOfSatisfying(InvalidUtf8Exception.class, e -> assertThat(e.column()).isEqualTo(3));
    }

    @Test
    void countsColumnsFromEachLineEndWhateverItsKind() {
        byte[] bytes = concat("a\r\nb\rcd\ne".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF});

        assertThatThrownBy(() -> readAll(StrictUtf8Reader.stoppingAtBadBytes(stream(bytes))))
                .isInstanceOfSatisfying(InvalidUtf8Exception.class, e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.column()).isEqualTo(2);
                });
    }

    @Test
    void countsACarriageReturnAndLineFeedThatArriveInTwoReadsAsOneLineEnd() {
        // one byte a read: the \r ends one batch of decoded characters and the \n starts the next
        byte[] bytes = concat("a\r\nbc\r\r\nd".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF});
        InputStream trickle = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };

        assertThatThrownBy(() -> readAll(StrictUtf8Reader.stoppingAtBadBytes(trickle)))
                .isInstanceOfSatisfying(InvalidUtf8Exception.class, e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.column()).isEqualTo(2);
                });
    }

    @Test
    void aByteOrderMarkTakesNoColumn() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', 'b', (byte) 0x80};

        assertThatThrownBy(() -> readAll(StrictUtf8Reader.stoppingAtBadBytes(stream(bytes))))
                .isInstanceOfSatisfying(InvalidUtf8Exception.class, e -> assertThat(e.column()).isEqualTo(3));
    }

    @Test
    void keepsAByteOrderMarkThatFollowsBadBytes() throws IOException {
        byte[] bytes = {(byte) 0x80, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};
        StrictUtf8Reader reader = StrictUtf8Reader.stoppingAtBadBytes(stream(bytes));

        assertThatThrownBy(() -> reader.read(new char[10], 0, 10)).isInstanceOf(InvalidUtf8Exception.class);
        assertThat(readAll(reader)).isEqualTo("\uFEFFa");
    }

    @Test
    void refusesUtf16TextWhenStoppingAtBadBytes() {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0};

        assertThatThrownBy(() -> readAll(StrictUtf8Reader.stoppingAtBadBytes(stream(bytes))))
                .isInstanceOf(Utf16Exception.class).hasMessage(Utf16Exception.MESSAGE);
    }

    @Test
    void marksEachLineWithBadBytesOnceAndReadsThemAsReplacementCharacters() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("ok\r\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'x', (byte) 0xC3, '(', (byte) 0xFF, '\r'}); // line 2: two bad sequences
        bytes.writeBytes("fine\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("y".repeat(100_000).getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xE2, (byte) 0x82}); // line 4: cut off at the end
        StrictUtf8Reader reader = StrictUtf8Reader.markingBadLines(stream(bytes.toByteArray()));

        String text = readAll(reader);

        assertThat(text).startsWith("ok\r\nx\uFFFD(\uFFFD\rfine\n").endsWith("y\uFFFD");
        assertThat(reader.takeBadLines(3)).containsExactly(2);
        assertThat(reader.takeBadLines(4)).containsExactly(4);
        assertThat(reader.takeBadLines(4)).isEmpty();
    }

    @Test
    void readsUtf16TextAsBadBytesOnTheFirstLineWhenMarkingBadLines() throws IOException {
        byte[] bytes = {(byte) 0xFE, (byte) 0xFF, 0, 'a'};
        StrictUtf8Reader reader = StrictUtf8Reader.markingBadLines(stream(bytes));

        assertThat(readAll(reader)).isEqualTo("\uFFFD\uFFFD\u0000a");
        assertThat(reader.takeBadLines(1)).containsExactly(1);
    }

    @Test
    void dropsAByteOrderMarkWhenMarkingBadLines() throws IOException {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\n', 'b'};
        StrictUtf8Reader reader = StrictUtf8Reader.markingBadLines(stream(bytes));

        assertThat(readAll(reader)).isEqualTo("a\nb");
        assertThat(reader.takeBadLines(2)).isEmpty();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
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
