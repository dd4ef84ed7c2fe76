package io.github.regsec.formats.io;

/**
 * Checks bytes for well-formed UTF-8 as Java's strict decoder does (Unicode's table of
 * well-formed byte sequences: no overlong forms, no surrogates, nothing past U+10FFFF), without
 * decoding them.
 */
public final class Utf8 {

    private Utf8() {
    }

    /**
     * True when the bytes from {@code from} to {@code to} are well-formed UTF-8.
     *
     * @param bytes the bytes
     * @param from the first byte to check
     * @param to the end (exclusive) of the bytes to check
     * @return whether the range holds only whole, well-formed UTF-8 sequences
     */
    public static boolean isValid(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            b &= 0xFF;
            if (b < 0xC2 || b > 0xF4) {
                return false;
            }
            int need = b < 0xE0 ? 1 : b < 0xF0 ? 2 : 3;
            if (i + need >= to) {
                return false; // the sequence breaks off
            }
            int second = bytes[i + 1] & 0xFF;
            if ((second & 0xC0) != 0x80
                    || b == 0xE0 && second < 0xA0 || b == 0xED && second > 0x9F
                    || b == 0xF0 && second < 0x90 || b == 0xF4 && second > 0x8F) {
                return false;
            }
            for (int k = 2; k <= need; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += need + 1;
        }
        return true;
    }
}
