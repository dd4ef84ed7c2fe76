package io.github.regsec.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code regsec} command-line tool: reads a dataset (a CSV directory, a JSON document, a
 * JSON Lines file, or the bundled Central Asia dataset when no PATH is given) and summarizes,
 * validates, converts, queries or draws it.
 *
 * <p>Exit codes: {@value #OK} done; {@value #DATA_ERRORS} the data has errors;
 * {@value #USAGE} a usage error, an input that cannot be opened, an output that cannot be written
 * or too little memory. Errors are one line on standard error, in the user's terms; no stack
 * trace is ever printed, not even when the dataset does not fit in memory. Output is UTF-8.
 *
 * <p>Programs call {@link #run(String[], PrintStream, PrintStream)}, which {@link #main} uses too.
 */
@Command(name = "regsec",
        scope = ScopeType.INHERIT, // every command gets --help, --version and the exit codes
        mixinStandardHelpOptions = true,
        versionProvider = RegsecCommand.Version.class,
        description = {
            "Reads, checks, converts and queries regional security cooperation data: organizations, "
                    + "field offices, meetings and memberships.",
            "",
            "PATH is a CSV directory, a .json file or a .ndjson/.jsonl file (any may be gzipped, .gz). "
                    + "Left out, or given as sample:central-asia, it is the bundled Central Asia dataset."},
        subcommands = {
            SummaryCommand.class,
            ValidateCommand.class,
            ConvertCommand.class,
            MembersCommand.class,
            MeetingsCommand.class,
            MeetingCommand.class,
            HoldersCommand.class,
            FormatsCommand.class,
            TimelineCommand.class,
            CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  done (validate: no errors; warnings allowed)",
            "  1  the data has errors",
            "  2  a usage error, an input that cannot be opened, an output that cannot be written, or too "
                    + "little memory for the dataset"})
public final class RegsecCommand implements Callable<Integer> {

    /** Exit code: done. */
    public static final int OK = 0;
    /** Exit code: the data has errors. */
    public static final int DATA_ERRORS = 1;
    /** Exit code: a usage error, an input that cannot be opened, an output that cannot be written, too little memory. */
    public static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    /** Standard output as bytes, for data written to it ({@code convert IN -}). */
    private final PrintStream standardOutput;

    private RegsecCommand(PrintStream standardOutput) {
        this.standardOutput = standardOutput;
    }

    /**
     * Runs the tool with the process's arguments and exits with its exit code.
     *
     * @param args the command and its options, as {@code regsec --help} lists them
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the tool: parses the arguments, runs the command, writes to {@code out} and
     * {@code err} (UTF-8), and returns the exit code. Never throws for bad input.
     *
     * @param args the command and its options
     * @param out where results go
     * @param err where problems and usage errors go
     * @return the exit code: {@link #OK}, {@link #DATA_ERRORS} or {@link #USAGE} (see
     *     docs/FORMATS.md#exit-codes)
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine commandLine = commandLine(new RegsecCommand(out), outWriter, errWriter);
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            return Errors.handleOutOfMemory(commandLine, args); // the dataset is unreachable by now
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    /** A configured picocli command line writing to these writers. */
    private static CommandLine commandLine(RegsecCommand command, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setUsageHelpAutoWidth(true);
        commandLine.setParameterExceptionHandler(Errors::handleUsageError);
        commandLine.setExecutionExceptionHandler(Errors::handleFailure);
        return commandLine;
    }

    /** Standard output as bytes: flush the command line's writer before writing to it. */
    PrintStream standardOutput() {
        return standardOutput;
    }

    /** {@code regsec} alone: says what to do next. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.print("regsec: say which command to run, e.g. 'regsec summary'\n\n");
        spec.commandLine().usage(err);
        return USAGE;
    }

    /** The version, from the jar's manifest where there is one. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = RegsecCommand.class.getPackage().getImplementationVersion();
            return new String[] {"regsec " + (version == null ? "(development build)" : version)};
        }
    }
}
