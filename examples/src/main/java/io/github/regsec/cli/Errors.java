package io.github.regsec.cli;

import io.github.regsec.model.UnknownRecordException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns everything that goes wrong into one line on standard error and an exit code: bad
 * arguments, inputs that cannot be opened and memory running out give {@link RegsecCommand#USAGE};
 * a {@link CliException} carries its own code. Never a stack trace; the line holds no line break
 * or terminal control character, whatever the message quotes ({@link Text#safe}).
 */
final class Errors {

    private Errors() {
    }

    /** Bad arguments: the message, a suggestion where picocli has one, and where to find help. */
    static int handleUsageError(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.print(prefix(commandLine) + Text.safe(e.getMessage()) + "\n");
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.print("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.\n");
        err.flush();
        return RegsecCommand.USAGE;
    }

    /** A command failed: one line in the user's terms. */
    static int handleFailure(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        int code = e instanceof CliException c ? c.exitCode() : RegsecCommand.USAGE;
        err.print(prefix(commandLine) + Text.safe(message(e)) + "\n");
        err.flush();
        return code;
    }

    /**
     * Memory ran out: one line that says about how much the dataset needs (from its files' size,
     * {@link MemoryNeed}) and how to give Java more; exit {@link RegsecCommand#USAGE}.
     */
    static int handleOutOfMemory(CommandLine commandLine, String[] args) {
        CommandLine command = commandLine;
        ParseResult parsed = commandLine.getParseResult();
        while (parsed != null && parsed.subcommand() != null) {
            parsed = parsed.subcommand();
            command = parsed.commandSpec().commandLine();
        }
        CommandSpec input = command.getCommandSpec().mixins().get("input");
        String path = input != null && input.userObject() instanceof InputOptions options ? options.reading() : null;
        long max = Runtime.getRuntime().maxMemory();
        long need = path == null ? 0 : MemoryNeed.estimate(Path.of(path));
        StringBuilder line = new StringBuilder(prefix(command)).append("out of memory: Java may use ")
                .append(MemoryNeed.size(max)).append(" here");
        if (need > 0) {
            line.append(", and ").append(Text.safe(path)).append(" needs about ").append(MemoryNeed.size(need));
        } else if (path != null) {
            line.append(", too little for ").append(Text.safe(path));
        }
        line.append(": give Java more with -Xmx, e.g. java -Xmx").append(MemoryNeed.suggestion(need, max))
                .append(" -jar regsec.jar ").append(Text.safe(String.join(" ", args))).append('\n');
        PrintWriter err = commandLine.getErr();
        err.print(line);
        err.flush();
        return RegsecCommand.USAGE;
    }

    private static String prefix(CommandLine commandLine) {
        return commandLine.getCommandSpec().qualifiedName() + ": ";
    }

    /** The message for a failure, naming the file where there is one. */
    static String message(Throwable e) {
        if (e instanceof UncheckedIOException && e.getCause() != null) {
            return message(e.getCause());
        }
        if (e instanceof NoSuchFileException f) {
            return "cannot open " + f.getFile() + ": " + (f.getReason() == null ? "no such file or directory" : f.getReason());
        }
        if (e instanceof AccessDeniedException f) {
            return "cannot open " + f.getFile() + ": permission denied";
        }
        if (e instanceof NotDirectoryException f) {
            return "cannot open " + f.getFile() + ": not a directory";
        }
        if (e instanceof FileSystemException f) {
            String reason = f.getReason();
            return "cannot open " + f.getFile() + (reason == null ? "" : ": " + reason);
        }
        if (e instanceof InvalidPathException p) {
            return "'" + p.getInput() + "' is not a path: " + p.getReason();
        }
        String text = e.getMessage();
        if (e instanceof IOException) {
            return text == null || text.isBlank() ? "input or output failed" : text;
        }
        if (e instanceof CliException || e instanceof UnknownRecordException) {
            return text; // an unknown id: a usage error in the user's terms ("did you mean 'osce'?")
        }
        return "internal error, please report it: " + (text == null || text.isBlank() ? "no details" : text);
    }
}
