package io.github.regsec.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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
                    + "Left out, or given as sample:central-asia, it is the bundled Central Asia dataset.",
            "",
            "Importers, writers and rules of your own: name their jars with --plugins or in the "
                    + "REGSEC_PLUGINS environment variable ('regsec formats' lists what is found)."},
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
            "  2  a usage error, an input that cannot be opened as a dataset, an output that cannot be "
                    + "written, or too little memory for the dataset"})
public final class RegsecCommand implements Callable<Integer> {

    /** Exit code: done. */
    public static final int OK = 0;
    /** Exit code: the data has errors. */
    public static final int DATA_ERRORS = 1;
    /** Exit code: a usage error, an input that cannot be opened, an output that cannot be written, too little memory. */
    public static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    // on every command (inherited); picocli sets this field wherever the option is given
    @Option(names = "--plugins", paramLabel = "PATHS", scope = ScopeType.INHERIT,
            description = "Jars (or directories of classes) with importers, writers and rules of your own, "
                    + "separated by '${sys:path.separator}'; added to those in REGSEC_PLUGINS.")
    String pluginPaths;

    /** Standard output as bytes, for data written to it ({@code convert IN -}). */
    private final PrintStream standardOutput;
    private final UnaryOperator<String> environment;
    private Plugins plugins;

    private RegsecCommand(PrintStream standardOutput, UnaryOperator<String> environment) {
        this.standardOutput = standardOutput;
        this.environment = environment;
    }

    /**
     * Runs the tool with the process's arguments and exits with its exit code.
     *
     * @param args the command and its options, as {@code regsec --help} lists them
     */
    public static void main(String[] args) {
        Thread.setDefaultUncaughtExceptionHandler(RegsecCommand::uncaught);
        System.exit(run(args, System.out, System.err));
    }

    /**
     * What a thread other than the main one ends with, when nothing caught it: out of memory is
     * reported once, in one line, by the main thread, which runs out too; anything else is a bug
     * in regsec or a plugin, and its stack trace helps.
     */
    private static void uncaught(Thread thread, Throwable problem) {
        if (!(problem instanceof OutOfMemoryError)) {
            System.err.print("Exception in thread \"" + thread.getName() + "\" ");
            problem.printStackTrace();
        }
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
        return run(args, out, err, System::getenv);
    }

    /** Runs the tool with these environment variables ({@code REGSEC_PLUGINS}, {@code COLUMNS}): for tests. */
    static int run(String[] args, PrintStream out, PrintStream err, UnaryOperator<String> environment) {
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        RegsecCommand command = new RegsecCommand(out, environment);
        CommandLine commandLine = commandLine(command, outWriter, errWriter);
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            return Errors.handleOutOfMemory(commandLine, args); // the dataset is unreachable by now
        } catch (ServiceConfigurationError | LinkageError e) {
            // a plugin (or a jar on the class path) names a class that is not there, or was built for another regsec
            String why = e.getMessage() == null || e.getMessage().isBlank()
                    ? "a class it names is missing or was built for another version of regsec" : e.getMessage();
            errWriter.print("regsec: a plugin cannot be used: " + Text.safe(why) + " (check the plugin's "
                    + "META-INF/services and the regsec version it was built for)\n");
            return USAGE;
        } finally {
            if (command.plugins != null) {
                command.plugins.close();
            }
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
        HelpText.keepWordsWhole(commandLine);
        return commandLine;
    }

    /** Standard output as bytes: flush the command line's writer before writing to it. */
    PrintStream standardOutput() {
        return standardOutput;
    }

    /** The tool of a running command: its plugins and environment. */
    static RegsecCommand of(CommandSpec command) {
        return (RegsecCommand) command.root().userObject();
    }

    /**
     * The plugins of this run: {@code REGSEC_PLUGINS}, then {@code --plugins}; opened on first use.
     *
     * @throws CliException (a usage error) for a plugin that is not an existing jar or directory
     */
    Plugins plugins() {
        if (plugins == null) {
            plugins = Plugins.of(environment.apply(Plugins.ENVIRONMENT_VARIABLE), pluginPaths);
        }
        return plugins;
    }

    /** An environment variable of this run, or null. */
    String environment(String name) {
        return environment.apply(Objects.requireNonNull(name, "name"));
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
