package io.github.regsec.formats.csv.rows;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link CsvByteScanner} reads every input exactly as {@link CommonsCsvSource} (Commons CSV over
 * the strict UTF-8 reader) does: the same records, lines, values, lines with bad bytes and
 * failures, for inputs made of the pieces CSV goes wrong with (quotes in every place, every
 * line end, blanks after a closing quote, bytes that are not UTF-8, byte order marks), in four
 * dialects, and with the bytes arriving a few at a time.
 */
class CsvByteScannerProperties {

    private static final List<CsvReadOptions> DIALECTS = List.of(
            CsvReadOptions.defaults(),
            CsvReadOptions.defaults().withSeparator(';').withQuote('\''),
            CsvReadOptions.defaults().withSeparator('\t').withoutQuotes(),
            CsvReadOptions.defaults().withSeparator('|'));

    /** Pieces of input: text, separators, quotes, line ends, blanks, UTF-8 and bytes that are not. */
    private static final List<byte[]> PIECES = List.of(
            bytes("a"), bytes("bc"), bytes(","), bytes(";"), bytes("\t"), bytes("|"), bytes("\""), bytes("\"\""),
            bytes("'"), bytes("\n"), bytes("\r"), bytes("\r\n"), bytes(" "), bytes("é"), bytes("Ҷ"),
            bytes("\u2003"), bytes("\uFEFF"), bytes("😀"), new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3},
            new byte[] {(byte) 0xE2, (byte) 0x80}, new byte[] {(byte) 0xFF, (byte) 0xFE});

    @Provide
    Arbitrary<byte[]> inputs() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40).map(CsvByteScannerProperties::join);
    }

    @Provide
    Arbitrary<CsvReadOptions> dialects() {
        return Arbitraries.of(DIALECTS);
    }

    @Property
    void readsWhatCommonsCsvReads(@ForAll("inputs") byte[] input, @ForAll("dialects") CsvReadOptions dialect)
            throws IOException {
        List<String> expected = records(new CommonsCsvSource(new ByteArrayInputStream(input), dialect));

        assertThat(records(new CsvByteScanner(new ByteArrayInputStream(input), dialect))).isEqualTo(expected);
        assertThat(records(new CsvByteScanner(new TrickleInputStream(input), dialect))).isEqualTo(expected);
    }

    @Example
    void readsALongFileWithQuotedValuesAcrossManyBufferFills() throws IOException {
        StringBuilder text = new StringBuilder("id,note\n");
        for (int i = 0; i < 20_000; i++) {
            text.append(i).append(i % 3 == 0 ? ",\"a, \"\"quoted\"\"\nnote é\"\r\n" : ",plain Ҷ\n");
        }
        byte[] input = bytes(text.toString());

        List<String> expected = records(new CommonsCsvSource(new ByteArrayInputStream(input), CsvReadOptions.defaults()));

        assertThat(expected).hasSize(20_001);
        assertThat(records(new CsvByteScanner(new ByteArrayInputStream(input), CsvReadOptions.defaults())))
                .isEqualTo(expected);
    }

    /** Every record a source gives, as one line of text each: line, values, bad lines, failure. */
    private static List<String> records(CsvRecordSource source) throws IOException {
        List<String> records = new ArrayList<>();
        try (source) {
            while (source.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 0; i < source.size(); i++) {
                    values.add(source.value(i));
                }
                records.add(source.line() + " " + values + " bad " + source.badLines() + " " + source.failure());
            }
        }
        return records;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] join(List<byte[]> pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pieces.forEach(out::writeBytes);
        return out.toByteArray();
    }

    /** Hands out one to three bytes a read, so that every piece of the scanner's refilling runs. */
    private static final class TrickleInputStream extends InputStream {
        private final byte[] bytes;
        private int position;

        TrickleInputStream(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position == bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(length, 1 + position % 3), bytes.length - position);
            System.arraycopy(bytes, position, buffer, offset, n);
            position += n;
            return n;
        }
    }
}
