package io.github.regsec.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * A progress line on standard error for long validation runs. It shows nothing at all unless the
 * run is still going after a delay (about 1.5 s; the system property
 * {@value #DELAY_PROPERTY} sets another, in milliseconds): short runs and runs whose output is
 * not a terminal stay quiet. Once shown it is redrawn a few times a second on one line
 * ({@code \r}, then erase to the end of the line) and erased when the run finishes, so it never
 * mixes with the report.
 *
 * <p>The line always fits the terminal, one column to spare so that it never wraps: the input's
 * path is shortened in the middle with {@code …}, the bar narrows, words drop out. While reading
 * it counts the rows read (and names the file, in a directory); while validating it shows the
 * steps done and names the one running.
 */
final class ProgressBar implements ClosableProgress {

    /** How long a run may take before the bar appears. */
    static final Duration DEFAULT_DELAY = Duration.ofMillis(1500);
    /** The system property that sets the delay in milliseconds. */
    static final String DELAY_PROPERTY = "regsec.progress.delay";
    /** The width when the terminal does not say. */
    static final int DEFAULT_COLUMNS = 80;

    private static final int MAX_BAR = 30;
    private static final int MIN_BAR = 6;
    private static final long REDRAW_MILLIS = 125;
    private static final String ERASE_TO_END = "\u001b[K";
    private static final String ELLIPSIS = "\u2026";

    private final PrintWriter err;
    private final int columns;
    private final String reading;
    private final List<String> steps;
    private final ScheduledExecutorService timer;
    private final ScheduledFuture<?> drawing;
    private volatile long rows;
    private volatile String file;
    private volatile int total;
    private volatile int done;
    private volatile String lastDone;
    private boolean shown;
    private int spin;

    private ProgressBar(PrintWriter err, Duration delay, int columns, String reading, List<String> steps) {
        this.err = err;
        this.columns = Math.max(columns, 10);
        this.reading = reading;
        this.steps = List.copyOf(steps);
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
     * @param reading what is read first, e.g. the PATH
     * @param steps the names of the validation steps in the order they run
     * @param environment the environment variables ({@code COLUMNS})
     */
    static ClosableProgress forTerminal(PrintWriter err, String reading, List<String> steps,
                                        UnaryOperator<String> environment) {
        return isTerminal() ? start(err, delay(), columns(environment), reading, steps) : ClosableProgress.QUIET;
    }

    /** A bar that appears after {@code delay} whatever the terminal; for tests and callers that know. */
    static ProgressBar start(PrintWriter err, Duration delay, int columns, String reading, List<String> steps) {
        return new ProgressBar(err, delay, columns, reading, steps);
    }

    private static Duration delay() {
        String value = System.getProperty(DELAY_PROPERTY);
        if (value != null) {
            try {
                return Duration.ofMillis(Math.max(0, Long.parseLong(value.strip())));
            } catch (NumberFormatException e) {
                // the default below
            }
        }
        return DEFAULT_DELAY;
    }

    /**
     * The terminal's width: {@code COLUMNS} when it is set (shells seldom export it), else what
     * {@code stty size} or {@code tput cols} says of the terminal, else {@value #DEFAULT_COLUMNS}.
     */
    static int columns(UnaryOperator<String> environment) {
        Integer columns = positive(environment.apply("COLUMNS"));
        if (columns != null) {
            return columns;
        }
        String size = ask("stty size < /dev/tty"); // "rows columns"
        if (size != null && size.strip().contains(" ")) {
            columns = positive(size.strip().substring(size.strip().lastIndexOf(' ') + 1));
            if (columns != null) {
                return columns;
            }
        }
        columns = positive(ask("tput cols 2> /dev/null < /dev/tty"));
        return columns != null ? columns : DEFAULT_COLUMNS;
    }

    private static Integer positive(String text) {
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            return value > 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** What a shell command prints, or null when it cannot run or fails within a second. */
    private static String ask(String command) {
        if (!Files.isExecutable(Path.of("/bin/sh"))) {
            return null;
        }
        try {
            Process process = new ProcessBuilder("/bin/sh", "-c", command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            if (!process.waitFor(1, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
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
    public void rowsRead(long rowsRead) {
        this.rows = rowsRead;
    }

    @Override
    public void reading(String file) {
        this.file = file;
    }

    @Override
    public void started(int totalSteps) {
        this.done = 0;
        this.total = Math.max(totalSteps, 0);
    }

    @Override
    public void step(int done, String what) {
        this.lastDone = what;
        this.done = done;
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
                err.print("\r" + ERASE_TO_END);
                err.flush();
                shown = false;
            }
        }
    }

    /** Draws the current state on one line. */
    synchronized void draw() {
        err.print("\r" + line() + ERASE_TO_END);
        err.flush();
        shown = true;
    }

    /** The text of the line now, at most one column narrower than the terminal. */
    String line() {
        return line(columns - 1);
    }

    /**
     * The text of the line in at most {@code width} columns: {@code reading data.jsonl: 41,200
     * rows |} while reading, {@code validating [#####.....] 3/15 membership-overlap} (the step
     * running) while validating.
     */
    String line(int width) {
        int t = total;
        if (t == 0) {
            return readingLine(width);
        }
        int d = Math.min(done, t);
        String running = d < t && d < steps.size() && steps.size() == t ? steps.get(d)
                : d >= t ? "done" : lastDone == null ? "" : lastDone;
        // the count and the bar keep their width from step to step: room for the longest step name
        String count = " ".repeat(Integer.toString(t).length() - Integer.toString(d).length()) + d + "/" + t;
        int nameWidth = Math.max(Text.columns(running), steps.stream().mapToInt(Text::columns).max().orElse(0));
        for (String prefix : new String[] {"validating ", ""}) {
            int room = width - prefix.length() - 3 - count.length() - 1 - nameWidth;
            if (room >= (prefix.isEmpty() ? MIN_BAR : 10)) {
                int bar = Math.min(MAX_BAR, room);
                int filled = bar * d / t;
                return prefix + "[" + "#".repeat(filled) + ".".repeat(bar - filled) + "] " + count + " " + running;
            }
        }
        return cutEnd(count.strip() + " " + running, width);
    }

    private String readingLine(int width) {
        char spinner = "|/-\\".charAt(spin++ & 3);
        long r = rows;
        String what = reading;
        String f = file;
        if (f != null && !reading.endsWith(f)) {
            what = reading + (reading.endsWith("/") ? "" : "/") + f;
        }
        String count = r == 0 ? "" : ": " + String.format(Locale.ROOT, "%,d", r) + (r == 1 ? " row" : " rows");
        String tail = count + " " + spinner;
        int room = width - "reading ".length() - Text.columns(tail);
        if (room >= 8) {
            return "reading " + middle(what, room) + tail;
        }
        room = width - Text.columns(tail);
        return room >= 8 ? middle(what, room) + tail : cutEnd(count.isEmpty() ? "reading " + spinner : count.substring(2), width);
    }

    /**
     * The text in at most {@code width} columns: whole if it fits, else its start and end around
     * "…", the end (a path's file name) kept whole where there is room.
     */
    static String middle(String text, int width) {
        if (Text.columns(text) <= width) {
            return text;
        }
        int keep = Math.max(0, width - 1);
        String name = text.substring(text.lastIndexOf('/') + 1);
        int tail = Math.max(keep * 2 / 3, Math.min(Text.columns(name) + 1, keep - 4));
        int head = keep - tail;
        return Text.firstColumns(text, head) + ELLIPSIS + Text.lastColumns(text, tail);
    }

    /** The text in at most {@code width} columns: whole if it fits, else cut with "…" at its end. */
    static String cutEnd(String text, int width) {
        if (Text.columns(text) <= width) {
            return text;
        }
        return width <= 0 ? "" : Text.firstColumns(text, width - 1) + ELLIPSIS;
    }
}
