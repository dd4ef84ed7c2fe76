package io.github.regsec.formats.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ReadingThreadsTest {

    @Test
    void aPoolThreadThatRunsOutOfMemoryOutsideATaskEndsSilentlyAndThePoolGoesOn() throws Exception {
        AtomicReference<Throwable> reported = new AtomicReference<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, problem) -> reported.set(problem));
        ExecutorService pool = ReadingThreads.pool(1, "reading-test");
        try {
            pool.execute(() -> {
                throw new OutOfMemoryError("Java heap space");
            });
            CountDownLatch next = new CountDownLatch(1);
            pool.execute(next::countDown);

            assertThat(next.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(reported.get()).isNull();
        } finally {
            pool.shutdownNow();
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }

    @Test
    void anyOtherErrorOutsideATaskIsHandedToTheDefaultHandler() throws Exception {
        CountDownLatch handed = new CountDownLatch(1);
        AtomicReference<Throwable> reported = new AtomicReference<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, problem) -> {
            reported.set(problem);
            handed.countDown();
        });
        ExecutorService pool = ReadingThreads.pool(1, "reading-test");
        try {
            pool.execute(() -> {
                throw new IllegalStateException("a bug");
            });

            assertThat(handed.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(reported.get()).hasMessage("a bug");
        } finally {
            pool.shutdownNow();
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }

    @Test
    void poolThreadsAreDaemonsWithTheirName() throws Exception {
        ExecutorService pool = ReadingThreads.pool(2, "regsec-jsonl-x.jsonl");
        try {
            Thread thread = pool.submit(Thread::currentThread).get();

            assertThat(thread.isDaemon()).isTrue();
            assertThat(thread.getName()).isEqualTo("regsec-jsonl-x.jsonl");
        } finally {
            pool.shutdownNow();
        }
    }
}
