package io.github.regsec.cli;

import io.github.regsec.formats.DatasetWriter;
import io.github.regsec.formats.Formats;
import io.github.regsec.formats.OutputFiles;
import io.github.regsec.formats.UrlDatasetWriter;
import io.github.regsec.formats.WriteOptions;
import io.github.regsec.formats.codec.WritabilityCheck;
import io.github.regsec.problem.Problem;
import io.github.regsec.validation.DatasetValidator;
import io.github.regsec.validation.ValidationReport;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code regsec convert IN OUT}: writes a dataset in another format. Refuses a target that is
 * in the way (exit 2) unless {@code --force}, and input with errors (exit 1) unless
 * {@code --allow-errors}. Data that no format can carry (a record built by a user's importer with
 * a list item that would not read back unchanged, say) is refused by the writer before it writes
 * anything: its message on one line, exit 1. CSV is written spreadsheet-safe unless {@code --raw}.
 * OUT is replaced whole or not at all ({@link OutputFiles}): a failed or killed convert leaves the
 * old file or directory as it was; a write that fails (a full disk) is one line, exit 2. {@code -}
 * writes to standard output, and a device or named pipe is written to as it is (both with
 * {@code --output-format}).
 */
@Command(name = "convert",
        header = "Writes a dataset in another format.",
        description = {
            "Writes IN in the format OUT's form picks: a directory (CSV), .json, .ndjson or .jsonl, "
                    + "any of them but the directory with .gz to compress. Converting loses nothing: converting "
                    + "back gives the same records in the same order.",
            "OUT is replaced whole or not at all: the new dataset is written beside it and takes its place "
                    + "when complete, so a failure (a full disk) or a kill leaves the old one as it was. Files in "
                    + "a CSV directory that are not part of the dataset are kept. OUT - writes to standard "
                    + "output; a device or named pipe is written to as it is (say the format with "
                    + "--output-format for both).",
            "Refuses to write over an existing file or into a non-empty directory unless --force "
                    + "(exit 2), and refuses input with errors (exit 1) unless --allow-errors. CSV values that "
                    + "a spreadsheet would run as formulas are written so that it shows them as text (regsec "
                    + "reads the original values back) unless --raw."})
final class ConvertCommand implements Callable<Integer> {

    private static final int ERRORS_SHOWN = 10;

    /** The OUT that means standard output. */
    static final String STANDARD_OUTPUT = "-";

    @Spec
    CommandSpec spec;

    @ParentCommand
    RegsecCommand parent;

    @Mixin
    InputOptions input;

    @Parameters(index = "0", paramLabel = "IN", description = "The dataset to read (sample:central-asia for the bundled one).")
    String in;

    Path out;

    /** OUT as given: a path, or a JDBC URL ({@code jdbc:postgresql://...}), which is no path. */
    String outAsGiven;

    @Parameters(index = "1", paramLabel = "OUT", description = "Where to write: a directory, FILE.json, FILE.ndjson or "
            + "FILE.jsonl (optionally .gz), or - for standard output (with --output-format); with the regsec-sql "
            + "plugin also FILE.duckdb, FILE.sqlite, FILE.db or a database's jdbc: URL.")
    void out(String value) {
        outAsGiven = value;
        out = Formats.isUrl(value) ? null : Path.of(value);
    }

    @Option(names = "--output-format", paramLabel = "NAME",
            description = "Write with the writer of this name instead of choosing one by OUT's form (see 'regsec formats').")
    String outputFormat;

    @Option(names = "--force", description = "Replace OUT even if it is an existing file or a non-empty directory.")
    boolean force;

    @Option(names = "--allow-errors", description = "Convert even if IN has errors (rows that could not be read are left out).")
    boolean allowErrors;

    @Option(names = "--raw", description = "Write CSV values exactly as they are, even those a spreadsheet would run as formulas.")
    boolean raw;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Formats formats = input.formats();
        if (Formats.isUrl(outAsGiven)) {
            return toUrl(formats, stdout);
        }
        boolean toStandardOutput = out.toString().equals(STANDARD_OUTPUT);
        if (!toStandardOutput) {
            OutputFiles.removeLeftovers(out); // what a killed convert left beside OUT, before looking at OUT
        }
        DatasetWriter writer = writer(formats, toStandardOutput);
        if (!toStandardOutput) {
            checkTarget(writer);
        }

        Input input = readChecked();

        WriteOptions options = writer.writesDirectories() && !raw ? WriteOptions.spreadsheetSafe() : WriteOptions.defaults();
        String target = toStandardOutput ? "standard output" : out.toString();
        boolean replaces = !toStandardOutput && (Files.isRegularFile(out) || Files.isDirectory(out));
        try {
            // what no format can carry is refused before anything is written
            WritabilityCheck.check(input.dataset());
            if (toStandardOutput) {
                stdout.flush();
                OutputStream data = new BufferedOutputStream(new FailingOnError(parent.standardOutput()), 1 << 16);
                writer.write(input.dataset(), data, options);
                data.flush();
            } else {
                writer.write(input.dataset(), out, options);
            }
        } catch (IllegalArgumentException e) {
            // data no format can carry (see WritabilityCheck): the writer refuses it before writing anything
            throw CliException.dataErrors("nothing written to " + target + ": " + e.getMessage());
        } catch (IOException e) {
            throw CliException.usage("cannot write " + target + ": " + writeFailure(e)
                    + (replaces ? "; " + out + " was left as it was" : ""));
        }
        if (!toStandardOutput) { // on standard output, the data is all there is
            stdout.print("wrote " + Text.count(input.dataset().size(), "record", "records") + " from "
                    + Text.safe(input.asGiven()) + " to " + Text.safe(out.toString()) + " (" + writer.name() + ")\n");
            stdout.flush();
        }
        for (String left : writer.leftOut(input.dataset())) {
            err.print("regsec convert: not written by " + writer.name() + ": " + Text.safe(left) + "\n");
        }
        err.flush();
        return RegsecCommand.OK;
    }

    /** IN, read; refused (exit 1) when it has errors, unless --allow-errors. */
    private Input readChecked() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Input input = this.input.read(in);
        if (!allowErrors) {
            ValidationReport report = RegsecCommand.of(spec).plugins().validator().build().validate(input.result());
            if (report.hasErrors()) {
                List<Problem> errors = report.problems().stream().filter(Problem::isError).collect(Collectors.toList());
                StringBuilder b = new StringBuilder();
                errors.stream().limit(ERRORS_SHOWN).forEach(p -> b.append(Text.safe(p.toString())).append('\n'));
                if (report.errors() > ERRORS_SHOWN) {
                    b.append("... and ").append(report.errors() - ERRORS_SHOWN).append(" more (see 'regsec validate ")
                            .append(Text.safe(input.asGiven())).append("')\n");
                }
                err.print(b);
                err.flush();
                throw CliException.dataErrors(input.asGiven() + " has " + Text.count(report.errors(), "error", "errors")
                        + ": nothing written (use --allow-errors to convert the rows that could be read)");
            }
        }
        return input;
    }

    /**
     * OUT is a database server's URL: written in one transaction by the writer that accepts it
     * (the regsec-sql plugin); the dataset there before is replaced whole or not at all.
     */
    private Integer toUrl(Formats formats, PrintWriter stdout) throws Exception {
        UrlDatasetWriter writer = formats.writerForUrl(outAsGiven);
        String target = Text.safe(InputOptions.withoutPassword(outAsGiven));
        Input input = readChecked();
        try {
            writer.write(input.dataset(), outAsGiven, WriteOptions.defaults());
        } catch (IllegalArgumentException e) {
            throw CliException.dataErrors("nothing written to " + target + ": " + e.getMessage());
        } catch (IOException e) {
            throw CliException.usage("cannot write " + target + ": " + InputOptions.reason(e)
                    + "; the dataset there was left as it was");
        }
        stdout.print("wrote " + Text.count(input.dataset().size(), "record", "records") + " from "
                + Text.safe(input.asGiven()) + " to " + target + " (" + writer.name() + ")\n");
        stdout.flush();
        return RegsecCommand.OK;
    }

    /**
     * The writer --output-format names, or the one OUT's ending picks; standard output, a device
     * and a named pipe have no ending, so they need --output-format.
     */
    private DatasetWriter writer(Formats formats, boolean toStandardOutput) throws IOException {
        boolean special = toStandardOutput || Files.exists(out) && !Files.isRegularFile(out) && !Files.isDirectory(out);
        String fileWriters = formats.writers().stream().filter(w -> !w.writesDirectories()).map(DatasetWriter::name)
                .collect(Collectors.joining(", "));
        if (outputFormat == null && special) {
            throw CliException.usage((toStandardOutput ? "- (standard output)" : out + " (a device or named pipe)")
                    + " has no ending to tell the format by: say which with --output-format (" + fileWriters + ")");
        }
        DatasetWriter writer = outputFormat == null ? formats.writerFor(out) : formats.writer(outputFormat)
                .orElseThrow(() -> CliException.usage("no writer is named '" + outputFormat + "': known are "
                        + formats.writers().stream().map(DatasetWriter::name).collect(Collectors.joining(", "))));
        if (special && writer.writesDirectories()) {
            throw CliException.usage("the " + writer.name() + " writer writes a directory, not "
                    + (toStandardOutput ? "standard output" : "a device or named pipe") + ": use --output-format "
                    + fileWriters);
        }
        return writer;
    }

    /** Why a write failed, as the end of a sentence: "no space left on device". */
    private static String writeFailure(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return InputOptions.reason(new IOException(f.getReason()));
        }
        return InputOptions.reason(e);
    }

    /**
     * Refuses an existing file, or a non-empty directory, unless --force; refuses a file where a
     * directory is wanted, and a new OUT in a directory that does not exist. A device or named
     * pipe is written to as it is.
     */
    private void checkTarget(DatasetWriter writer) throws IOException {
        if (!Files.exists(out)) {
            // a mistyped directory is not created: only OUT itself is new
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw CliException.usage("cannot write " + out + ": the directory " + parent
                        + (Files.exists(parent) ? " is not a directory" : " does not exist: create it first"));
            }
            return;
        }
        if (Files.isDirectory(out)) {
            if (!writer.writesDirectories()) {
                throw CliException.usage(out + " is a directory: the " + writer.name() + " writer writes a file");
            }
            boolean empty;
            try (Stream<Path> entries = Files.list(out)) {
                empty = entries.findAny().isEmpty();
            }
            if (!empty && !force) {
                throw CliException.usage(out + " is a directory that is not empty: use --force to replace the dataset in it");
            }
        } else if (writer.writesDirectories()) {
            throw CliException.usage(out + " is a file: the " + writer.name() + " writer writes a directory");
        } else if (Files.isRegularFile(out) && Files.size(out) > 0 && !force) {
            throw CliException.usage(out + " exists: use --force to overwrite it");
        }
    }

    /**
     * Standard output, failing with an exception where a {@link PrintStream} only remembers that a
     * write failed (a full disk, a reader that stopped reading); never closed.
     */
    private static final class FailingOnError extends FilterOutputStream {
        private final PrintStream stream;

        FailingOnError(PrintStream stream) {
            super(stream);
            this.stream = stream;
        }

        @Override
        public void write(int b) throws IOException {
            stream.write(b);
            check();
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            stream.write(b, off, len);
            check();
        }

        @Override
        public void flush() throws IOException {
            check(); // checkError() flushes
        }

        @Override
        public void close() throws IOException {
            flush();
        }

        private void check() throws IOException {
            if (stream.checkError()) {
                throw new IOException("the output failed (is the disk full, or did the program reading it stop?)");
            }
        }
    }
}
