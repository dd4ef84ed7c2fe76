package io.github.regsec.validation;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ForkJoinPool;

/**
 * The thread pools validations run their steps in: one per number of threads, made on first use
 * and shared by every validator with that number. Their threads are daemon threads and end after
 * a minute without work, so an idle pool holds no thread.
 */
final class RulePools {

    private static final ConcurrentMap<Integer, ForkJoinPool> POOLS = new ConcurrentHashMap<>();

    private RulePools() {
    }

    /**
     * The pool with a number of threads.
     *
     * @param threads the pool's parallelism, at least 2
     * @return the shared pool
     */
    static ForkJoinPool of(int threads) {
        return POOLS.computeIfAbsent(threads, ForkJoinPool::new);
    }
}
