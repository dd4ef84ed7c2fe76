package io.github.regsec.formats.io;

/**
 * How regsec's byte readers find a short value they read before by its bytes alone (an
 * organization id, a country, a status that a million rows repeat): the slot of a small table
 * that a hash of a few of the bytes gives, and an exact comparison of the bytes kept there.
 */
public final class ValueBytes {

    private ValueBytes() {
    }

    /**
     * The slot of a table of {@code 2^bits} slots for the value written as {@code bytes[start..end)}:
     * a hash of its length and of six bytes spread over it (where values that repeat differ: the
     * end of {@code org-00417}, {@code country:TJ}), so that it costs the same whatever the
     * length; values that differ only elsewhere share a slot.
     *
     * @param bytes the bytes
     * @param start where the value starts
     * @param end where it ends (exclusive); after {@code start}
     * @param bits the table's size as a power of two, 1 to 30
     * @return the slot, from 0 to {@code 2^bits - 1}
     */
    public static int slot(byte[] bytes, int start, int end, int bits) {
        int length = end - start;
        int last = end - 1;
        int hash = length;
        hash = 31 * hash + bytes[start];
        hash = 31 * hash + bytes[start + (length >> 2)];
        hash = 31 * hash + bytes[start + (length >> 1)];
        hash = 31 * hash + bytes[last - (length >> 2)];
        hash = 31 * hash + bytes[last - 1 < start ? start : last - 1];
        hash = 31 * hash + bytes[last];
        hash *= 0x9E3779B9;
        return hash >>> (Integer.SIZE - bits);
    }

    /**
     * True when {@code key} holds exactly the bytes {@code bytes[start..end)}. A plain loop: for
     * values of a few bytes it is faster than {@link java.util.Arrays#equals(byte[], int, int, byte[], int, int)},
     * whose vectorised comparison pays off only on longer arrays.
     *
     * @param key the bytes kept, or null
     * @param bytes the bytes read
     * @param start where the value read starts
     * @param end where it ends (exclusive)
     * @return whether they are the same bytes
     */
    public static boolean equal(byte[] key, byte[] bytes, int start, int end) {
        int length = end - start;
        if (key == null || key.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (key[i] != bytes[start + i]) {
                return false;
            }
        }
        return true;
    }
}
