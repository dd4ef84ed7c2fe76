package io.github.regsec.examples;

import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.model.Dataset;
import io.github.regsec.validation.DatasetValidator;
import io.github.regsec.validation.ValidationReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Example 5: an importer of one's own, {@link CountryListImporter}, found through
 * {@code META-INF/services} like the built-in ones. This program writes a small list to a
 * temporary file (or reads the file given), reads it by the importer's name and asks who is a
 * member. The regsec tool uses it the same way:
 * {@code java -jar examples/target/regsec.jar members sco list.txt --input-format country-list}.
 *
 * <pre>java -cp examples/target/regsec.jar io.github.regsec.examples.OwnImporter [LIST.txt]</pre>
 */
public final class OwnImporter {

    /** SCO founding members (2001-06-15) in the importer's format, with one bad row (no such country as XX). */
    static final String SAMPLE = String.join("\n",
            "country,organization",
            "CN,SCO",
            "KAZ,SCO",
            "KG,SCO",
            "RU,SCO",
            "TJ,SCO",
            "UZ,SCO",
            "XX,SCO",
            "");

    private OwnImporter() {
    }

    /**
     * Reads a country list, printing to standard output.
     *
     * @param args the list file to read; without it, a sample list written to a temporary file
     * @throws IOException when the list cannot be read or the temporary file written
     */
    public static void main(String[] args) throws IOException {
        if (args.length > 0) {
            run(Path.of(args[0]), System.out);
            return;
        }
        Path list = Files.createTempFile("sco-founders", ".txt");
        try {
            Files.writeString(list, SAMPLE, StandardCharsets.UTF_8);
            run(list, System.out);
        } finally {
            Files.deleteIfExists(list);
        }
    }

    /**
     * Reads a list with the country-list importer, prints its problems and members; returns what was read.
     *
     * @param list the country-list file
     * @param out where the problems and members are printed
     * @return the result of the read
     * @throws IOException when the list cannot be read
     */
    public static ImportResult run(Path list, PrintStream out) throws IOException {
        Formats formats = Formats.discover();
        // found through META-INF/services, like the CSV and JSON importers
        out.println("Registered importers: " + formats.importers().stream().map(i -> i.name()).toList());

        ImportResult result = formats.read(list, CountryListImporter.NAME, ReadOptions.defaults());
        Dataset dataset = result.dataset();

        // the same validation as for any other format, with file and line in every problem
        ValidationReport report = DatasetValidator.builder().asOf(LocalDate.of(2025, 1, 1)).build().validate(result);
        out.print(report.toText());

        // the list has no dates, so every member is only possibly a member today: the answer says so
        for (var organization : dataset.organizations()) {
            var members = dataset.memberPartiesOn(organization.id(), LocalDate.now());
            out.println(organization.name() + " (" + organization.id() + "): "
                    + dataset.membershipsIn(organization.id()).size() + " members listed: certainly " + members.certain()
                    + ", possibly " + members.possible());
        }
        return result;
    }
}
