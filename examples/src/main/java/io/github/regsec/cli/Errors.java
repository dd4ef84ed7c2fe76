package io.github.regsec.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns everything that goes wrong into one line on standard error and an exit code: bad
 * arguments and inputs that cannot be opened give {@link RegsecCommand#USAGE}; a
 * {@link CliException} carries its own code. Never a stack trace; the line holds no line break
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

    private static String prefix(CommandLine commandLine) {
        return commandLine.getCommandSpec().qualifiedName() + ": ";
    }

    /** The message for a failure, naming the file where there is one. */
    static String message(Throwable e) {
        if (e instanceof UncheckedIOException && e.getCause() != null) {
            return message(e.getCause());
        }
        if (e instanceof NoSuchFileException f) {
            return "cannot open " + f.getFile() + ": no such file or directory";
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
        if (e instanceof CliException) {
            return text;
        }
        return "internal error, please report it: " + (text == null || text.isBlank() ? "no details" : text);
    }
}
