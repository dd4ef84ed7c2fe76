package io.github.regsec.formats.codec;

import java.util.List;

/**
 * A small cache that lets rows share one instance of the texts they repeat: the organization a
 * million memberships name, the source every record cites. A fixed table indexed by hash; a
 * miss simply replaces the slot. Safe without locks: strings are immutable and a reference
 * write is atomic, so a racing thread at worst keeps its own copy.
 */
final class SharedStrings {

    private static final int SLOTS = 1 << 14;
    private static final String[] TABLE = new String[SLOTS];
    @SuppressWarnings("unchecked")
    private static final List<String>[] LISTS = new List[SLOTS];

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

    /**
     * A list of one shared text, shared with earlier rows that hold the same one: the list of
     * the one source a million records cite. Lists of one item are immutable, so sharing them is
     * safe; a miss simply replaces the slot.
     */
    static List<String> shareOne(String text) {
        String item = share(text);
        int slot = mix(item.hashCode()) & (SLOTS - 1);
        List<String> cached = LISTS[slot];
        if (cached != null && cached.get(0).equals(item)) {
            return cached;
        }
        List<String> list = List.of(item);
        LISTS[slot] = list;
        return list;
    }

    private static int mix(int hash) {
        return hash ^ (hash >>> 16);
    }
}
