package io.github.regsec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Runs the real entry point, {@link RegsecCommand#run}, with arguments and captures what it
 * writes.
 *
 * @param exitCode the exit code
 * @param out standard output
 * @param err standard error
 */
record Cli(int exitCode, String out, String err) {

    static Cli run(String... args) {
        return run(Map.of(), args);
    }

    /** Runs the tool with these environment variables (and no others). */
    static Cli run(Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = RegsecCommand.run(args, o, e, environment::get);
        }
        Cli result = new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        result.assertNoStackTrace();
        return result;
    }

    /** Bad input never shows a stack trace or an exception's type name. */
    void assertNoStackTrace() {
        for (String text : new String[] {out, err}) {
            assertThat(text).doesNotContain("\tat ", "Exception", "java.lang.", "java.io.", "java.nio.", "picocli.CommandLine$");
        }
    }

    /** A usage error: exit 2, one line naming the problem, nothing on standard output. */
    Cli assertUsageError(String... messageParts) {
        assertThat(exitCode).as("exit code; err: %s", err).isEqualTo(RegsecCommand.USAGE);
        assertThat(err).contains(messageParts);
        assertThat(out).isEmpty();
        return this;
    }
}
