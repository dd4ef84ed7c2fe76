package io.github.regsec.examples;

import io.github.regsec.sample.SampleData;
import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.problem.Problem;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Example 3: read a CSV directory and write it as JSON Lines (one record a line). With no
 * arguments it converts the bundled dataset to {@code central-asia.jsonl} in the current
 * directory. Like {@code regsec convert}, it never overwrites a file that is there (exit 2).
 *
 * <pre>java -cp examples/target/regsec.jar io.github.regsec.examples.ConvertToJsonLines [CSV_DIR] [OUT.jsonl]</pre>
 */
public final class ConvertToJsonLines {

    private ConvertToJsonLines() {
    }

    /**
     * Converts a CSV directory to JSON Lines; exits with 1 when reading found errors.
     *
     * @param args the CSV directory (default: the bundled dataset) and the output file (default:
     *     {@code central-asia.jsonl})
     * @throws IOException when the input cannot be read or the output cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path in = args.length > 0 ? Path.of(args[0]) : SampleData.centralAsiaDirectory();
        Path out = Path.of(args.length > 1 ? args[1] : "central-asia.jsonl");
        try {
            System.exit(run(in, out, System.out) ? 0 : 1);
        } catch (FileAlreadyExistsException e) {
            System.err.println("ConvertToJsonLines: " + e.getFile() + " " + e.getReason());
            System.exit(2);
        }
    }

    /**
     * Converts {@code in} (a CSV directory) to {@code out} (a .jsonl or .ndjson file); false when
     * reading found errors.
     *
     * @param in the CSV directory to read
     * @param out the JSON Lines file to write; it must not exist
     * @param log where the problems and a summary are printed
     * @return true when converted; false when reading found errors (then nothing is written)
     * @throws FileAlreadyExistsException when {@code out} exists: it is never overwritten
     * @throws IOException when the input cannot be read or the output cannot be written
     */
    public static boolean run(Path in, Path out, PrintStream log) throws IOException {
        // Like 'regsec convert' without --force: a file that is there is the user's, never overwritten.
        if (Files.exists(out)) {
            throw new FileAlreadyExistsException(out.toString(), null, "exists: not overwritten (delete it or give another name)");
        }
        // The registry finds every importer and writer on the class path (META-INF/services).
        Formats formats = Formats.discover();

        // A directory goes to the importer that reads directories: the CSV importer.
        ImportResult result = formats.read(in);
        for (Problem problem : result.problems()) {
            log.println(problem); // file:line: severity rule record-id: message
        }
        if (result.hasErrors()) {
            log.println("not converted: " + in + " has errors");
            return false;
        }

        // The writer is chosen by the target's ending: .jsonl or .ndjson is JSON Lines (.gz compresses).
        formats.write(result.dataset(), out);
        log.println("wrote " + result.dataset().size() + " records to " + out);
        return true;
    }
}
