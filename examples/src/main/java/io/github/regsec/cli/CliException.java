package io.github.regsec.cli;

/**
 * A command cannot go on: the message is for the user (one line, their terms) and the exit code
 * says why, {@link RegsecCommand#USAGE} or {@link RegsecCommand#DATA_ERRORS}.
 */
final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    private CliException(String message, int exitCode) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    /** A usage error: a bad argument, an unknown id, a target that is in the way. */
    static CliException usage(String message) {
        return new CliException(message, RegsecCommand.USAGE);
    }

    /** The data has errors. */
    static CliException dataErrors(String message) {
        return new CliException(message, RegsecCommand.DATA_ERRORS);
    }

    int exitCode() {
        return exitCode;
    }
}
