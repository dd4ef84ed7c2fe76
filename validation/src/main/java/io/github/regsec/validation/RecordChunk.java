package io.github.regsec.validation;

import io.github.regsec.model.Dataset;
import io.github.regsec.model.DatasetRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * A run of consecutive records of one kind, the part of the record constraints one task checks.
 * The chunks of a dataset, in order, hold every record once, in dataset order.
 *
 * @param records the records, a view of the dataset's list
 */
record RecordChunk(List<? extends DatasetRecord> records) {

    /** The fewest records worth a task of their own. */
    private static final int SMALLEST = 512;

    /** Chunks per thread: enough for threads that end early to take more work. */
    private static final int PER_THREAD = 8;

    /**
     * A dataset's records in chunks, in dataset order: one chunk per kind on one thread, else
     * chunks of about {@code size / (threads * 8)} records, at least 512.
     *
     * @param dataset the dataset
     * @param threads the threads that will check them
     * @return the chunks, none empty
     */
    static List<RecordChunk> split(Dataset dataset, int threads) {
        int size = threads == 1 ? Integer.MAX_VALUE : Math.max(SMALLEST, dataset.size() / (threads * PER_THREAD) + 1);
        List<RecordChunk> chunks = new ArrayList<>();
        for (List<? extends DatasetRecord> kind : List.of(dataset.sources(), dataset.organizations(),
                dataset.fieldOffices(), dataset.meetings(), dataset.memberships(), dataset.persons(), dataset.posts())) {
            for (int from = 0; from < kind.size(); from += size) {
                chunks.add(new RecordChunk(kind.subList(from, (int) Math.min(kind.size(), (long) from + size))));
            }
        }
        return chunks;
    }
}
