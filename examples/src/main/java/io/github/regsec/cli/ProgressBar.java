package io.github.regsec.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A progress bar on standard error for long validation runs. It shows nothing at all unless the
 * run is still going after a delay (about 1.5 s): short runs and runs whose output is not a
 * terminal stay quiet. Once shown it is redrawn a few times a second on one line ({@code \r})
 * and erased when the run finishes, so it never mixes with the report.
 *
 * <p>Before validation starts it says what is being read; then it shows the rule steps.
 */
final class ProgressBar implements ClosableProgress {

    /** How long a run may take before the bar appears. */
    static final Duration DEFAULT_DELAY = Duration.ofMillis(1500);

    private static final int BAR_WIDTH = 30;
    private static final long REDRAW_MILLIS = 125;

    private final PrintWriter err;
    private final ScheduledExecutorService timer;
    private final ScheduledFuture<?> drawing;
    private final String reading;
    private volatile int total;
    private volatile int done;
    private volatile String what;
    private boolean shown;
    private int lastLength;
    private int spin;

    private ProgressBar(PrintWriter err, Duration delay, String reading) {
        this.err = err;
        this.reading = reading;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "regsec-progress");
            t.setDaemon(true);
            return t;
        });
        this.drawing = timer.scheduleAtFixedRate(this::draw, delay.toMillis(), REDRAW_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * A bar for this run when standard error is a terminal, otherwise a listener that does
     * nothing.
     *
     * @param reading what is read first, e.g. the PATH, shown until validation starts
     */
    static ClosableProgress forTerminal(PrintWriter err, String reading) {
        return isTerminal() ? start(err, DEFAULT_DELAY, reading) : ClosableProgress.QUIET;
    }

    /** A bar that appears after {@code delay} whatever the terminal; for tests and callers that know. */
    static ProgressBar start(PrintWriter err, Duration delay, String reading) {
        return new ProgressBar(err, delay, reading);
    }

    /**
     * True when standard error is a terminal. On Linux the link {@code /proc/self/fd/2} says so
     * directly (a {@code /dev/pts/N} or {@code /dev/ttyN}), so a bar still shows when standard
     * output is redirected to a file. Elsewhere, {@link System#console()} decides (which needs
     * standard input and output to be the terminal; on Java 22 and later it must also say it is one).
     */
    static boolean isTerminal() {
        Path stderr = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(stderr)) {
            try {
                String target = Files.readSymbolicLink(stderr).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | RuntimeException e) {
                // fall back to the console below
            }
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true; // before Java 22 a console means a terminal
        }
    }

    @Override
    public void started(int totalSteps) {
        this.total = Math.max(totalSteps, 0);
        this.done = 0;
    }

    @Override
    public void step(int done, String what) {
        this.done = done;
        this.what = what;
    }

    @Override
    public void finished() {
        close();
    }

    /** Stops drawing and erases the bar if it was shown. */
    @Override
    public void close() {
        drawing.cancel(false);
        timer.shutdown();
        try {
            timer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (shown) {
                err.print("\r" + " ".repeat(lastLength) + "\r");
                err.flush();
                shown = false;
            }
        }
    }

    /** Draws the current state on one line. */
    synchronized void draw() {
        String line = line();
        err.print("\r" + line + (line.length() < lastLength ? " ".repeat(lastLength - line.length()) : ""));
        err.flush();
        lastLength = Math.max(lastLength, line.length());
        shown = true;
    }

    /** The text of the bar: {@code validating [#####.....] 3/17 membership-overlap}. */
    String line() {
        int t = total;
        if (t == 0) {
            char c = "|/-\\".charAt(spin++ % 4);
            return "reading " + reading + " " + c;
        }
        int d = Math.min(done, t);
        int filled = BAR_WIDTH * d / t;
        String step = what == null ? "" : " " + what;
        return "validating [" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] " + d + "/" + t + step;
    }
}
