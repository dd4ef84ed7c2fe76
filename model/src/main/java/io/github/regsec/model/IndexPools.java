package io.github.regsec.model;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ForkJoinPool;

/**
 * The thread pools datasets build their indexes in: one per number of threads, made on first
 * use and shared by every dataset with that number. Their threads are daemon threads and end
 * after a minute without work, so an idle pool holds no thread.
 */
final class IndexPools {

    private static final ConcurrentMap<Integer, ForkJoinPool> POOLS = new ConcurrentHashMap<>();

    private IndexPools() {
    }

    /**
     * The pool with a number of threads.
     *
     * @param threads the pool's parallelism, at least 1
     * @return the shared pool
     */
    static ForkJoinPool of(int threads) {
        return POOLS.computeIfAbsent(threads, ForkJoinPool::new);
    }
}
