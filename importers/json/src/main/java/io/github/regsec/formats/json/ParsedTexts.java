package io.github.regsec.formats.json;

import io.github.regsec.formats.io.ValueBytes;
import java.util.Arrays;

/**
 * The values of texts parsed before, found again by the bytes the text was written with,
 * without making a string or parsing again: the organization id, the country, the status and the
 * source that a million rows repeat. A fixed table indexed by {@link ValueBytes#slot}; a new
 * text replaces what its slot held. Only texts that parsed without a problem are kept, and a
 * value is kept with the exact bytes it came from (escapes and all), so bytes found here decode
 * to what parsing them again would give. One per field of a {@link RecordBytesDecoder}; not
 * thread-safe.
 */
final class ParsedTexts {

    /** Longer texts are not kept: ids, codes and enumeration names are short. */
    static final int LONGEST = 64;
    private static final int SLOT_BITS = 10;
    private static final int SLOTS = 1 << SLOT_BITS;

    private final String[] texts = new String[SLOTS];
    /** Each kept text's bytes, as written between its quotes. */
    private final byte[][] keys = new byte[SLOTS][];
    private final Object[] values = new Object[SLOTS];

    /**
     * The slot that holds the text written as {@code bytes[start..end)}, or -1.
     */
    int find(byte[] bytes, int start, int end) {
        int length = end - start;
        if (length > LONGEST || length == 0) {
            return -1;
        }
        int slot = ValueBytes.slot(bytes, start, end, SLOT_BITS);
        return ValueBytes.equal(keys[slot], bytes, start, end) ? slot : -1;
    }

    /** The text kept in a slot that {@link #find} gave. */
    String text(int slot) {
        return texts[slot];
    }

    /** The value kept in a slot that {@link #find} gave. */
    Object value(int slot) {
        return values[slot];
    }

    /** Keeps the value (not null) that the text written as {@code bytes[start..end)} parsed to, in place of what its slot held. */
    void put(byte[] bytes, int start, int end, String text, Object value) {
        int length = end - start;
        if (length > LONGEST || length == 0) {
            return;
        }
        int slot = ValueBytes.slot(bytes, start, end, SLOT_BITS);
        texts[slot] = text;
        keys[slot] = Arrays.copyOfRange(bytes, start, end);
        values[slot] = value;
    }
}
