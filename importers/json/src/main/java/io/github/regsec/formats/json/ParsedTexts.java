package io.github.regsec.formats.json;

/**
 * The values of texts parsed before, found again by the text's characters in the parser's
 * buffer, without making a string or parsing again: the organization id, the country, the status
 * and the source that a million rows repeat. A fixed table indexed by a hash of a few of the
 * characters; a new text replaces what its slot held. Only texts that parsed without a problem
 * are kept, and a value is kept with the exact text it came from, so a text found here decodes
 * to what parsing it again would give. One per field of a {@link TokenDecoder}; not thread-safe.
 */
final class ParsedTexts {

    /** Longer texts are not kept: ids, codes and enumeration names are short. */
    static final int LONGEST = 64;
    private static final int SLOTS = 1 << 10;

    private final String[] texts = new String[SLOTS];
    /** Each kept text's characters. */
    private final char[][] characters = new char[SLOTS][];
    private final Object[] values = new Object[SLOTS];

    /**
     * The slot that holds exactly this text, or -1.
     *
     * @param chars the parser's characters
     * @param offset where the text starts in them
     * @param length the text's length
     */
    int find(char[] chars, int offset, int length) {
        if (length > LONGEST || length == 0) {
            return -1;
        }
        int slot = slot(chars, offset, length);
        char[] kept = characters[slot];
        if (kept == null || kept.length != length) {
            return -1;
        }
        for (int i = 0; i < length; i++) {
            if (kept[i] != chars[offset + i]) {
                return -1;
            }
        }
        return slot;
    }

    /** The text kept in a slot that {@link #find} gave. */
    String text(int slot) {
        return texts[slot];
    }

    /** The value kept in a slot that {@link #find} gave. */
    Object value(int slot) {
        return values[slot];
    }

    /** Keeps the value a text parsed to (not null), in place of what its slot held. */
    void put(String text, Object value) {
        int length = text.length();
        if (length > LONGEST || length == 0) {
            return;
        }
        char[] chars = text.toCharArray();
        int slot = slot(chars, 0, length);
        texts[slot] = text;
        characters[slot] = chars;
        values[slot] = value;
    }

    /**
     * A hash of the length and of six characters spread over the text (where texts that repeat
     * differ: the end of {@code org-00417}, {@code country:TJ}), so that finding a text costs the
     * same whatever its length; texts that differ elsewhere only share a slot.
     */
    private static int slot(char[] chars, int offset, int length) {
        int last = offset + length - 1;
        int hash = length;
        hash = 31 * hash + chars[offset];
        hash = 31 * hash + chars[offset + (length >> 2)];
        hash = 31 * hash + chars[offset + (length >> 1)];
        hash = 31 * hash + chars[last - (length >> 2)];
        hash = 31 * hash + chars[last - 1 < offset ? offset : last - 1];
        hash = 31 * hash + chars[last];
        hash *= 0x9E3779B9;
        return hash >>> (Integer.SIZE - 10);
    }
}
