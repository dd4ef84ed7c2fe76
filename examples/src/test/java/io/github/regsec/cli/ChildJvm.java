package io.github.regsec.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the {@code regsec} tool's main class, {@link RegsecCommand#main}, in a Java process of its
 * own with the test class path: for what only a separate process shows (being killed, running out
 * of memory).
 */
final class ChildJvm {

    private ChildJvm() {
    }

    /**
     * Starts the tool.
     *
     * @param directory the working directory
     * @param jvmOptions options for the JVM, e.g. {@code -Xmx64m}
     * @param out where standard output goes (a file, replaced)
     * @param err where standard error goes (a file, replaced)
     * @param args the tool's arguments
     */
    static Process start(Path directory, List<String> jvmOptions, Path out, Path err, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(RegsecCommand.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(directory.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
    }
}
