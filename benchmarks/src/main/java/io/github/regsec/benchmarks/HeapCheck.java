package io.github.regsec.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The check that a benchmark fork has the heap its results assume: fixed ({@code -Xms} equal to
 * {@code -Xmx}) and touched when the JVM started ({@code -XX:+AlwaysPreTouch}). JVM options given
 * to JMH on its command line or through its options replace those of a benchmark's
 * {@code @Fork} annotation; a fork without them grows, shrinks and first touches its heap while
 * it is measured, which on a virtual machine makes shots two to three times as slow at random.
 */
final class HeapCheck {

    private HeapCheck() {
    }

    /** Prints a warning on the fork's error output when its heap is not fixed and touched at start. */
    static void warnUnlessFixedAndTouched() {
        List<String> arguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
        String initial = last(arguments, "-Xms");
        String maximum = last(arguments, "-Xmx");
        boolean touched = arguments.lastIndexOf("-XX:+AlwaysPreTouch") > arguments.lastIndexOf("-XX:-AlwaysPreTouch");
        if (initial == null || !initial.equals(maximum) || !touched) {
            System.err.println("WARNING: this fork's heap is not fixed and touched at start (JVM options " + arguments
                    + "); its shots are not comparable with the others: give the benchmark's -Xms, -Xmx and"
                    + " -XX:+AlwaysPreTouch again with your own JVM options");
        }
    }

    /** The value of the last option with this prefix ({@code 4g} of {@code -Xmx4g}), or null. */
    private static String last(List<String> arguments, String prefix) {
        String value = null;
        for (String argument : arguments) {
            if (argument.startsWith(prefix)) {
                value = argument.substring(prefix.length());
            }
        }
        return value;
    }
}
