package io.github.regsec.model;

import java.util.List;

/**
 * The records of a dataset by id, the first in dataset order winning: an open-addressing table of
 * the records themselves (linear probing, at most three quarters full), about 8 bytes per record
 * where a {@link java.util.HashMap} takes about 40. Immutable once built; safe to read from any
 * thread once published.
 */
final class IdIndex {

    /** The most records a table of 2^30 slots holds at most three quarters full. */
    private static final long MAX_RECORDS = (1L << 30) / 4 * 3 - 1;

    private final DatasetRecord[] table;
    private final int mask;
    private final int shift;

    /**
     * Indexes records of every kind, in dataset order.
     *
     * @param kinds the record lists, in dataset order (sources, organizations...)
     */
    IdIndex(List<? extends List<? extends DatasetRecord>> kinds) {
        long count = 0;
        for (List<? extends DatasetRecord> kind : kinds) {
            count += kind.size();
        }
        if (count > MAX_RECORDS) {
            throw new IllegalStateException("a dataset of " + count + " records is too big to index: at most "
                    + MAX_RECORDS + " records");
        }
        int capacity = Integer.highestOneBit((int) Math.max(2, count + count / 3 + 1) - 1) << 1;
        this.table = new DatasetRecord[capacity];
        this.mask = capacity - 1;
        this.shift = Integer.numberOfLeadingZeros(capacity) + 1;
        for (List<? extends DatasetRecord> kind : kinds) {
            for (DatasetRecord record : kind) {
                add(record);
            }
        }
    }

    private void add(DatasetRecord record) {
        String id = record.id();
        for (int i = slot(id); ; i = (i + 1) & mask) {
            DatasetRecord there = table[i];
            if (there == null) {
                table[i] = record;
                return;
            }
            if (there.id().equals(id)) {
                return; // the first record with the id stays
            }
        }
    }

    /**
     * The first record with an id.
     *
     * @param id a record id; null finds nothing
     * @return the record, or null when none has the id
     */
    DatasetRecord get(String id) {
        if (id == null) {
            return null;
        }
        for (int i = slot(id); ; i = (i + 1) & mask) {
            DatasetRecord there = table[i];
            if (there == null || there.id().equals(id)) {
                return there;
            }
        }
    }

    /** Fibonacci hashing: the top bits of the id's hash times the golden ratio. */
    private int slot(String id) {
        return id.hashCode() * 0x9E3779B9 >>> shift;
    }
}
