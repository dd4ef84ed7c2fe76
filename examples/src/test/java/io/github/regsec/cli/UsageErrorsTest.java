package io.github.regsec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.examples.CountryListImporter;
import io.github.regsec.examples.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every command does with bad arguments and inputs that cannot be opened: exit 2, one line, no stack trace. */
class UsageErrorsTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"summary", "validate", "meetings"})
    void missingPathExitsTwo(String command) {
        Path missing = temp.resolve("no-such-data");
        Cli run = Cli.run(command, missing.toString()).assertUsageError("cannot open " + missing + ": no such file or directory");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void missingPathOfCommandsWithAnOrganizationExitsTwo() {
        Path missing = temp.resolve("gone.json");
        Cli.run("members", "osce", missing.toString()).assertUsageError("no such file or directory");
        Cli.run("timeline", "osce", missing.toString()).assertUsageError("no such file or directory");
        Cli.run("convert", missing.toString(), temp.resolve("x.json").toString()).assertUsageError("no such file or directory");
    }

    @ParameterizedTest
    @ValueSource(strings = {"summary", "validate", "meetings"})
    void aDirectoryThatHoldsNoneOfADatasetsFilesExitsTwo(String command) throws Exception {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        Cli.run(command, empty.toString()).assertUsageError("cannot read " + empty + " as a dataset: the directory holds "
                + "none of a CSV dataset's files (sources.csv, organizations.csv, ", "or a .json, .ndjson or .jsonl file");
        Path other = Files.createDirectories(temp.resolve("photos"));
        Files.writeString(other.resolve("notes.csv"), "a,b\n");
        Cli.run(command, other.toString()).assertUsageError("cannot read " + other + " as a dataset");
    }

    @Test
    void aDatasetDirectoryWithoutOrganizationsIsReadAndExitsOne() {
        // some of the dataset's files: read and checked, organizations.csv reported missing (docs/FORMATS.md#csv-directory)
        Path directory = Fixtures.path("hostile/no-organizations");
        Cli run = Cli.run("validate", directory.toString(), "--as-of", "2026-01-01");
        assertThat(run.exitCode()).isEqualTo(RegsecCommand.DATA_ERRORS);
        assertThat(run.out()).contains("organizations.csv: error syntax: the directory has no organizations.csv");
        Cli.run("members", "osce", temp.toString()).assertUsageError("as a dataset"); // an empty directory: none of them
        Cli.run("timeline", "osce", temp.toString()).assertUsageError("as a dataset");
        Cli.run("convert", temp.toString(), temp.resolve("out.json").toString()).assertUsageError("as a dataset");
    }

    @Test
    void unknownExtensionExitsTwo() throws Exception {
        Path file = Files.writeString(temp.resolve("data.xlsx"), "not a dataset");
        Cli.run("validate", file.toString()).assertUsageError("cannot tell the format of " + file, ".json");
    }

    @Test
    void unknownInputFormatExitsTwo() {
        Cli.run("summary", "--input-format", "yaml").assertUsageError("no importer is named 'yaml'", "csv");
    }

    @Test
    void unknownSampleExitsTwo() {
        Cli.run("summary", "sample:europe").assertUsageError("there is no sample dataset 'sample:europe'", "sample:central-asia");
    }

    @Test
    void badOptionsAndCommandsExitTwoWithAHint() {
        Cli run = Cli.run("validate", "--bogus").assertUsageError("Unknown option: '--bogus'", "regsec validate --help");
        assertThat(run.err()).startsWith("regsec validate: ");
        Cli.run("valdate").assertUsageError("valdate", "validate");
        Cli.run("summary", "a", "b").assertUsageError("b");
        Cli.run().assertUsageError("say which command to run", "Usage: regsec");
    }

    @Test
    void everyCommandPrintsHelp() {
        for (String command : new String[] {"summary", "validate", "convert", "members", "meetings", "formats", "timeline"}) {
            Cli run = Cli.run(command, "--help");
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("Usage: regsec " + command, "Exit codes:");
            assertThat(run.err()).isEmpty();
        }
        assertThat(Cli.run("--help").out()).contains("summary", "validate", "convert", "members", "meetings", "formats",
                "timeline", "Exit codes:");
        assertThat(Cli.run("validate", "--help").out()).contains("--input-format=NAME", "--as-of=DATE", "--format=FORMAT");
        assertThat(Cli.run("--version").out()).startsWith("regsec ");
    }

    @Test
    void inputFormatPicksAUsersOwnImporter() {
        Path list = Fixtures.path("country-list/cis-1991.txt");
        Cli run = Cli.run("members", "cis", list.toString(), "--input-format", CountryListImporter.NAME);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("status member: 0 certain, 4 possible", "country:BY  Belarus", "country:UA  Ukraine",
                "(start unknown)");
        // without --input-format the .txt ending names no format
        Cli.run("members", "cis", list.toString()).assertUsageError("cannot tell the format");
    }

    @Test
    void dataWithReadingErrorsThroughAUsersImporterExitsOne() throws Exception {
        Path list = Files.writeString(temp.resolve("list.txt"), "country,organization\nTJ,OSCE\nQQ,OSCE\n");
        Cli run = Cli.run("validate", list.toString(), "--input-format", "country-list");
        assertThat(run.exitCode()).isEqualTo(RegsecCommand.DATA_ERRORS);
        assertThat(run.out()).contains("list.txt:3: error syntax");
    }
}
