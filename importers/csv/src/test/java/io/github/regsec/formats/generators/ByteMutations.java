package io.github.regsec.formats.generators;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of damage to a valid file's bytes, for the properties that readers never
 * throw and keep their books on any input: bits flipped, bytes inserted, deleted or duplicated,
 * the file cut short, and tokens that matter to a parser inserted (quotes, braces, line ends,
 * separators, invalid UTF-8 sequences, byte order marks, the gzip magic bytes, huge numbers).
 * Positions are fractions of the file's length, so one mutation fits any file.
 */
public final class ByteMutations {

    /** Byte sequences that matter to CSV, JSON, UTF-8 or gzip. */
    private static final List<byte[]> TOKENS = List.of(
            ascii("\""), ascii("\"\""), ascii("'"), ascii(","), ascii(";"), ascii(":"), ascii("{"), ascii("}"),
            ascii("["), ascii("]"), ascii("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["),
            ascii("\n"), ascii("\r\n"), ascii("\r"), ascii("\n\n"), ascii(" "), ascii("\t"), ascii("\\"), ascii("\\u"),
            ascii("\\ud800"), ascii("null"), ascii("1e999999"), ascii("123456789012345678901234567890"), ascii("-0.5"),
            ascii("\"type\":\"source\","), ascii("\"id\":"), ascii(",\"id\":\"x\""), ascii("organization"),
            new byte[] {0}, new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xFE},
            new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {0x1F, (byte) 0x8B}, new byte[] {0x1F, (byte) 0x8B, 8, 0});

    private ByteMutations() {
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** One change to a file's bytes. */
    public interface Mutation {
        /** The changed bytes; the input is not changed. */
        byte[] apply(byte[] bytes);
    }

    private static int index(double at, int length) {
        return Math.min(length, (int) (at * length));
    }

    private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
        byte[] out = new byte[bytes.length - (to - from) + insert.length];
        System.arraycopy(bytes, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(bytes, to, out, from + insert.length, bytes.length - to);
        return out;
    }

    /** One bit flipped. */
    record Flip(double at, int bit) implements Mutation {
        @Override
        public byte[] apply(byte[] bytes) {
            if (bytes.length == 0) {
                return bytes;
            }
            byte[] out = bytes.clone();
            int i = Math.min(bytes.length - 1, index(at, bytes.length));
            out[i] ^= (byte) (1 << bit);
            return out;
        }
    }

    /** Bytes inserted. */
    record Insert(double at, byte[] inserted) implements Mutation {
        @Override
        public byte[] apply(byte[] bytes) {
            int i = index(at, bytes.length);
            return splice(bytes, i, i, inserted);
        }

        @Override
        public String toString() {
            return "Insert[at=" + at + ", bytes=" + HexFormat.ofDelimiter(" ").formatHex(inserted) + "]";
        }
    }

    /** A run of bytes deleted. */
    record Delete(double at, int length) implements Mutation {
        @Override
        public byte[] apply(byte[] bytes) {
            int i = index(at, bytes.length);
            return splice(bytes, i, Math.min(bytes.length, i + length), new byte[0]);
        }
    }

    /** A run of bytes written twice. */
    record Duplicate(double at, int length) implements Mutation {
        @Override
        public byte[] apply(byte[] bytes) {
            int i = index(at, bytes.length);
            int end = Math.min(bytes.length, i + length);
            return splice(bytes, i, i, Arrays.copyOfRange(bytes, i, end));
        }
    }

    /** The file cut short. */
    record Truncate(double at) implements Mutation {
        @Override
        public byte[] apply(byte[] bytes) {
            return Arrays.copyOf(bytes, index(at, bytes.length));
        }
    }

    /** A mutation of any kind. */
    public static Arbitrary<Mutation> mutation() {
        Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
        Arbitrary<byte[]> randomBytes = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(4);
        Arbitrary<byte[]> inserted = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(TOKENS)), Tuple.of(1, randomBytes));
        Arbitrary<Integer> length = Arbitraries.integers().between(1, 64);
        return Arbitraries.frequencyOf(
                Tuple.of(3, Combinators.combine(at, Arbitraries.integers().between(0, 7)).as(Flip::new)),
                Tuple.of(5, Combinators.combine(at, inserted).as(Insert::new)),
                Tuple.of(2, Combinators.combine(at, length).as(Delete::new)),
                Tuple.of(2, Combinators.combine(at, length).as(Duplicate::new)),
                Tuple.of(1, at.map(Truncate::new)));
    }

    /** One to four mutations, applied in order. */
    public static Arbitrary<List<Mutation>> mutations() {
        return mutation().list().ofMinSize(1).ofMaxSize(4);
    }

    /** Applies mutations in order. */
    public static byte[] apply(List<Mutation> mutations, byte[] bytes) {
        byte[] out = bytes;
        for (Mutation mutation : mutations) {
            out = mutation.apply(out);
        }
        return out;
    }
}
