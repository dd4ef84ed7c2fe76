package io.github.regsec.formats.io;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The pools of daemon threads that regsec's importers decode on. A pool thread that runs out of
 * memory between two tasks (while it waits for the next one) ends without a word: the thread that
 * reads the file runs out of memory too and reports it, in one line, and the pool starts a new
 * thread for any work still queued. Any other error outside a task is printed as usual.
 */
public final class ReadingThreads {

    private ReadingThreads() {
    }

    /**
     * A fixed pool of {@code threads} daemon threads named {@code name}.
     *
     * @param threads how many threads, at least 1
     * @param name the threads' name, as a thread dump shows it
     * @return the pool; shut it down when the reading ends
     */
    public static ExecutorService pool(int threads, String name) {
        Objects.requireNonNull(name, "name");
        return Executors.newFixedThreadPool(threads, work -> {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler(ReadingThreads::uncaught);
            return thread;
        });
    }

    private static void uncaught(Thread thread, Throwable problem) {
        if (problem instanceof OutOfMemoryError) {
            return; // the reading thread reports it
        }
        Thread.UncaughtExceptionHandler fallback = Thread.getDefaultUncaughtExceptionHandler();
        if (fallback != null) {
            fallback.uncaughtException(thread, problem);
        } else {
            thread.getThreadGroup().uncaughtException(thread, problem);
        }
    }
}
