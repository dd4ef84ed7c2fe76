package io.github.regsec.cli;

import io.github.regsec.formats.DatasetWriter;
import io.github.regsec.formats.Formats;
import io.github.regsec.formats.WriteOptions;
import io.github.regsec.model.table.RecordTable;
import io.github.regsec.model.table.RecordTables;
import io.github.regsec.formats.codec.WritabilityCheck;
import io.github.regsec.problem.Problem;
import io.github.regsec.validation.DatasetValidator;
import io.github.regsec.validation.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
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
import picocli.CommandLine.Spec;

/**
 * {@code regsec convert IN OUT}: writes a dataset in another format. Refuses a target that is
 * in the way (exit 2) unless {@code --force}, and input with errors (exit 1) unless
 * {@code --allow-errors}. Data that no format can carry (a record built by a user's importer with
 * a list item that would not read back unchanged, say) is refused by the writer before it writes
 * anything: its message on one line, exit 1. CSV is written spreadsheet-safe unless {@code --raw}.
 */
@Command(name = "convert",
        header = "Writes a dataset in another format.",
        description = {
            "Writes IN in the format OUT's form picks: a directory (CSV), .json, .ndjson or .jsonl, "
                    + "any of them with .gz to compress. Converting loses nothing: converting back gives the "
                    + "same records in the same order.",
            "Refuses to write over an existing file or into a non-empty directory unless --force "
                    + "(exit 2), and refuses input with errors (exit 1) unless --allow-errors. CSV values that "
                    + "a spreadsheet would run as formulas are written so that it shows them as text (regsec "
                    + "reads the original values back) unless --raw."})
final class ConvertCommand implements Callable<Integer> {

    private static final int ERRORS_SHOWN = 10;

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Parameters(index = "0", paramLabel = "IN", description = "The dataset to read (sample:central-asia for the bundled one).")
    String in;

    @Parameters(index = "1", paramLabel = "OUT", description = "Where to write: a directory, FILE.json, FILE.ndjson or FILE.jsonl (optionally .gz).")
    Path out;

    @Option(names = "--output-format", paramLabel = "NAME",
            description = "Write with the writer of this name instead of choosing one by OUT's form (see 'regsec formats').")
    String outputFormat;

    @Option(names = "--force", description = "Write even if OUT is an existing file or a non-empty directory.")
    boolean force;

    @Option(names = "--allow-errors", description = "Convert even if IN has errors (rows that could not be read are left out).")
    boolean allowErrors;

    @Option(names = "--raw", description = "Write CSV values exactly as they are, even those a spreadsheet would run as formulas.")
    boolean raw;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Formats formats = Formats.discover();
        DatasetWriter writer = outputFormat == null ? formats.writerFor(out) : formats.writer(outputFormat)
                .orElseThrow(() -> CliException.usage("no writer is named '" + outputFormat + "': known are "
                        + formats.writers().stream().map(DatasetWriter::name).collect(Collectors.joining(", "))));
        checkTarget(writer);

        Input input = this.input.read(in);
        if (!allowErrors) {
            ValidationReport report = DatasetValidator.defaults().validate(input.result());
            if (report.hasErrors()) {
                List<Problem> errors = report.problems().stream().filter(Problem::isError).collect(Collectors.toList());
                StringBuilder b = new StringBuilder();
                errors.stream().limit(ERRORS_SHOWN).forEach(p -> b.append(Text.safe(p.toString())).append('\n'));
                if (errors.size() > ERRORS_SHOWN) {
                    b.append("... and ").append(errors.size() - ERRORS_SHOWN).append(" more (see 'regsec validate ")
                            .append(Text.safe(input.asGiven())).append("')\n");
                }
                err.print(b);
                err.flush();
                throw CliException.dataErrors(input.asGiven() + " has " + Text.count(errors.size(), "error", "errors")
                        + ": nothing written (use --allow-errors to convert the rows that could be read)");
            }
        }

        WriteOptions options = writer.writesDirectories() && !raw ? WriteOptions.spreadsheetSafe() : WriteOptions.defaults();
        try {
            // what no format can carry is refused before --force removes the files of an earlier dataset
            WritabilityCheck.check(input.dataset());
            if (force && writer.writesDirectories() && Files.isDirectory(out)) {
                removeDatasetFiles(out);
            }
            writer.write(input.dataset(), out, options);
        } catch (IllegalArgumentException e) {
            // data no format can carry (see WritabilityCheck): the writer refuses it before writing anything
            throw CliException.dataErrors("nothing written to " + out + ": " + e.getMessage());
        } catch (FileSystemException e) {
            throw e; // names the file itself
        } catch (IOException e) {
            throw CliException.usage("cannot write " + out + ": " + InputOptions.reason(e));
        }
        for (String left : writer.leftOut(input.dataset())) {
            err.print("regsec convert: not written by " + writer.name() + ": " + Text.safe(left) + "\n");
        }
        err.flush();
        stdout.print("wrote " + Text.count(input.dataset().size(), "record", "records") + " from "
                + Text.safe(input.asGiven()) + " to " + Text.safe(out.toString()) + " (" + writer.name() + ")\n");
        stdout.flush();
        return RegsecCommand.OK;
    }

    /** Refuses an existing file, or a non-empty directory, unless --force; refuses a file where a directory is wanted. */
    private void checkTarget(DatasetWriter writer) throws IOException {
        if (!Files.exists(out)) {
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
                throw CliException.usage(out + " is a directory that is not empty: use --force to write into it");
            }
        } else if (writer.writesDirectories()) {
            throw CliException.usage(out + " is a file: the " + writer.name() + " writer writes a directory");
        } else if (Files.size(out) > 0 && !force) {
            throw CliException.usage(out + " exists: use --force to overwrite it");
        }
    }

    /** With --force into a directory: removes the dataset's own files, so no file of an earlier dataset stays. */
    private static void removeDatasetFiles(Path directory) throws IOException {
        for (RecordTable<?> schema : RecordTables.all()) {
            Files.deleteIfExists(directory.resolve(schema.csvFile()));
            Files.deleteIfExists(directory.resolve(schema.csvFile() + ".gz"));
        }
    }
}
