/**
 * The {@code regsec} command-line tool ({@code io.github.regsec.cli.RegsecCommand}) and the example
 * programs; the bundled Central Asia dataset they use is the {@code io.github.regsec.sample} module
 * ({@link io.github.regsec.sample.SampleData}).
 *
 * <p>The tool's package is open to picocli, which reads the commands' annotated fields
 * reflectively. The example importer {@code country-list} is provided like any user's importer.
 */
module io.github.regsec.examples {
    requires transitive io.github.regsec.validation;
    requires transitive io.github.regsec.sample;
    requires io.github.regsec.formats.csv;
    requires io.github.regsec.formats.atop; // AlliesOnADay reads ATOP with the importer by class
    requires info.picocli;
    requires tools.jackson.databind;

    exports io.github.regsec.examples;

    opens io.github.regsec.cli to info.picocli;

    // the PNG renderer of the optional timeline-png module, found when it is there (or a plugin)
    uses java.util.spi.ToolProvider;

    provides io.github.regsec.formats.DatasetImporter with io.github.regsec.examples.CountryListImporter;
}
