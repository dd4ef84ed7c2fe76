package io.github.regsec.formats.codec;

/**
 * A small cache that lets rows share one instance of the texts they repeat: the organization a
 * million memberships name, the source every record cites. A fixed table indexed by hash; a
 * miss simply replaces the slot. Safe without locks: strings are immutable and a reference
 * write is atomic, so a racing thread at worst keeps its own copy.
 */
final class SharedStrings {

    private static final int SLOTS = 1 << 14;
    private static final String[] TABLE = new String[SLOTS];

    private SharedStrings() {
    }

    /** An instance equal to {@code text}, shared with earlier rows where the cache still has one. */
    static String share(String text) {
        if (text == null || text.length() > 128) {
            return text;
        }
        int slot = mix(text.hashCode()) & (SLOTS - 1);
        String cached = TABLE[slot];
        if (text.equals(cached)) {
            return cached;
        }
        TABLE[slot] = text;
        return text;
    }

    private static int mix(int hash) {
        return hash ^ (hash >>> 16);
    }
}
