package io.github.regsec.cli;

import io.github.regsec.sample.SampleData;
import io.github.regsec.formats.DatasetImporter;
import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.formats.ReadProgress;
import io.github.regsec.formats.SampleDataset;
import io.github.regsec.formats.UnknownFormatException;
import io.github.regsec.formats.UrlDatasetImporter;
import io.github.regsec.problem.Severity;
import io.github.regsec.model.table.RecordTable;
import io.github.regsec.model.table.RecordTables;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --input-format} option of every command that reads a PATH, and the reading itself:
 * the bundled dataset for no PATH or {@value SampleData#CENTRAL_ASIA}, otherwise the file or
 * directory with the importer its ending (or {@code --input-format}) picks, among the built-in
 * importers and the plugins' ({@code --plugins}).
 */
final class InputOptions {

    /** The name of the built-in importer of CSV directories. */
    private static final String CSV_IMPORTER = "csv";

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--input-format", paramLabel = "NAME",
            description = "Read the dataset with the importer of this name instead of choosing one by its "
                    + "path's ending (see 'regsec formats').")
    String inputFormat;

    /** The path being read or last read, as given, or null: for the message when memory runs out. */
    private String reading;

    /**
     * Reads the dataset a PATH argument names.
     *
     * @param pathAsGiven the PATH argument, or null for the bundled dataset
     * @throws IOException when the input cannot be opened or its format is unknown
     */
    Input read(String pathAsGiven) throws IOException {
        return read(pathAsGiven, ReadProgress.NONE);
    }

    /**
     * Reads the dataset a PATH argument names, telling {@code progress} of each row as it goes.
     *
     * @param pathAsGiven the PATH argument, or null for the bundled dataset
     * @throws IOException when the input cannot be opened or its format is unknown
     */
    Input read(String pathAsGiven, ReadProgress progress) throws IOException {
        String given = pathAsGiven == null ? SampleData.CENTRAL_ASIA : pathAsGiven;
        Formats formats = formats();
        if (inputFormat != null && formats.importer(inputFormat).isEmpty()) {
            throw CliException.usage("no importer is named '" + inputFormat + "': known are "
                    + formats.importers().stream().map(DatasetImporter::name).collect(Collectors.joining(", ")));
        }
        if (Formats.isUrl(given)) { // a database server: jdbc:postgresql://... (the regsec-sql plugin)
            reading = withoutPassword(given);
            UrlDatasetImporter importer = formats.importerForUrl(given);
            ImportContext context = ImportContext.collecting(ReadOptions.defaults(), progress);
            try {
                importer.read(given, context);
            } catch (IOException e) {
                throw CliException.usage("cannot read " + withoutPassword(given) + ": " + reason(e));
            }
            return new Input(withoutPassword(given), null, context.result());
        }
        boolean sample = given.startsWith(SampleDataset.PREFIX);
        Path path;
        if (sample) {
            String names = formats.samples().stream().map(s -> SampleDataset.PREFIX + s.name())
                    .collect(Collectors.joining(", "));
            if (formats.samples().stream().noneMatch(s -> given.equals(SampleDataset.PREFIX + s.name()))) {
                throw CliException.usage("there is no sample dataset '" + given + "': "
                        + (names.isEmpty() ? "none is on the class path" : "known are " + names));
            }
            path = formats.resolve(Path.of(given));
        } else {
            path = Path.of(given);
        }
        ImportResult result;
        reading = sample ? null : given;
        try {
            if (!Files.exists(path)) {
                throw new NoSuchFileException(path.toString(), null, "no such file or directory");
            }
            DatasetImporter importer = inputFormat == null ? formats.importerFor(path) : formats.importer(inputFormat).get();
            if (importer.name().equals(CSV_IMPORTER) && Files.isDirectory(path)) {
                requireDatasetFiles(path, given);
            }
            ImportContext context = ImportContext.collecting(ReadOptions.defaults(), progress);
            importer.read(path, context);
            result = context.result();
        } catch (FileSystemException | UnknownFormatException e) {
            throw e; // these name the path themselves
        } catch (IOException e) {
            // e.g. a directory given to an importer that reads a file: "Is a directory", without the path
            throw CliException.usage("cannot read " + given + ": " + reason(e));
        }
        return new Input(given, path, result);
    }

    /** A JDBC URL with its password ({@code password=...}, {@code //user:password@}) left out, for messages. */
    static String withoutPassword(String url) {
        return URL_PASSWORD.matcher(url).replaceAll("$1***");
    }

    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=|//[^/@:]+:)[^&;@/]*");

    /** The PATH being read or last read, as given; null for none or the bundled dataset. */
    String reading() {
        return reading;
    }

    /** The importers and writers of this run: the built-in ones and the plugins'. */
    Formats formats() {
        return RegsecCommand.of(command).plugins().formats();
    }

    /**
     * A directory given as a CSV dataset holds at least one of its files: one that holds none (an
     * empty directory, the wrong one) cannot be read as a dataset, which is a usage error, not a
     * dataset with errors. A directory with some of them but no {@code organizations.csv} is read
     * and that file reported missing (docs/FORMATS.md#csv-directory).
     */
    private static void requireDatasetFiles(Path directory, String given) {
        for (RecordTable<?> table : RecordTables.all()) {
            if (Files.exists(directory.resolve(table.csvFile())) || Files.exists(directory.resolve(table.csvFile() + ".gz"))) {
                return;
            }
        }
        throw CliException.usage("cannot read " + given + " as a dataset: the directory holds none of a CSV dataset's "
                + "files (" + RecordTables.all().stream().map(RecordTable::csvFile).collect(Collectors.joining(", "))
                + "); give the dataset's directory, or a .json, .ndjson or .jsonl file");
    }

    /** An exception's message as the end of a sentence: "is a directory". */
    static String reason(IOException e) {
        String text = e.getMessage();
        if (text == null || text.isBlank()) {
            return "input or output failed";
        }
        return text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))
                ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
    }

    /**
     * For the commands that answer questions: when reading found errors, says so on standard
     * error (the answer comes from the rows that could be read) and gives the exit code.
     */
    static int readingErrorsNote(Input input, String commandName, PrintWriter err) {
        long errors = input.result().count(Severity.ERROR); // every one found, also those not listed
        if (errors == 0) {
            return RegsecCommand.OK;
        }
        String given = Text.safe(input.asGiven());
        err.print("regsec " + commandName + ": " + given + " has " + errors
                + (errors == 1 ? " error" : " errors") + " that kept rows from being read; the answer leaves them out "
                + "(see 'regsec validate " + given + "')\n");
        err.flush();
        return RegsecCommand.DATA_ERRORS;
    }
}
