package io.github.regsec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.examples.BundledDataset;
import io.github.regsec.examples.Fixtures;
import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.model.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

    @TempDir
    Path temp;

    private static Dataset read(Path path) throws IOException {
        ImportResult result = Formats.discover().read(path, ReadOptions.defaults());
        assertThat(result.problems()).isEmpty();
        return result.dataset();
    }

    private static void assertSameRecords(Dataset a, Dataset b) {
        assertThat(a.sources()).isEqualTo(b.sources());
        assertThat(a.organizations()).isEqualTo(b.organizations());
        assertThat(a.fieldOffices()).isEqualTo(b.fieldOffices());
        assertThat(a.meetings()).isEqualTo(b.meetings());
        assertThat(a.memberships()).isEqualTo(b.memberships());
    }

    @Test
    void convertsTheBundledDatasetThroughEveryFormatAndBackWithoutLoss() throws IOException {
        Dataset original = BundledDataset.dataset();
        Path jsonl = temp.resolve("ca.jsonl");
        Path json = temp.resolve("ca.json.gz");
        Path csv = temp.resolve("csv");

        Cli toJsonl = Cli.run("convert", "sample:central-asia", jsonl.toString());
        assertThat(toJsonl.exitCode()).as(toJsonl.err()).isZero();
        assertThat(toJsonl.out()).isEqualTo("wrote 240 records from sample:central-asia to " + jsonl + " (jsonl)\n");
        assertThat(Cli.run("convert", jsonl.toString(), json.toString()).exitCode()).isZero();
        assertThat(Cli.run("convert", json.toString(), csv.toString()).exitCode()).isZero();

        try (InputStream in = new GZIPInputStream(Files.newInputStream(json))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("\"format\"");
        }
        assertThat(csv.resolve("organizations.csv")).isRegularFile();
        assertSameRecords(read(csv), original);
    }

    @Test
    void refusesANonEmptyTargetUnlessForced() throws IOException {
        Path target = temp.resolve("out.json");
        Files.writeString(target, "keep me");
        Cli.run("convert", "sample:central-asia", target.toString()).assertUsageError(target.toString(), "--force");
        assertThat(Files.readString(target)).isEqualTo("keep me");

        Cli forced = Cli.run("convert", "sample:central-asia", target.toString(), "--force");
        assertThat(forced.exitCode()).isZero();
        assertSameRecords(read(target), BundledDataset.dataset());
    }

    @Test
    void refusesANonEmptyDirectoryUnlessForcedAndThenReplacesTheDatasetFiles() throws IOException {
        Path directory = Files.createDirectories(temp.resolve("csv"));
        Files.writeString(directory.resolve("notes.txt"), "mine");
        Files.writeString(directory.resolve("meeting_participants.csv"), "meeting_id,person\nold,Someone\n");
        Cli.run("convert", "sample:central-asia", directory.toString()).assertUsageError("not empty", "--force");

        assertThat(Cli.run("convert", "sample:central-asia", directory.toString(), "--force").exitCode()).isZero();
        assertThat(Files.readString(directory.resolve("notes.txt"))).isEqualTo("mine");
        assertThat(Files.readString(directory.resolve("meeting_participants.csv"))).doesNotContain("Someone");
        assertSameRecords(read(directory), BundledDataset.dataset());
    }

    @Test
    void writesIntoAnEmptyDirectory() throws IOException {
        Path directory = Files.createDirectories(temp.resolve("empty"));
        assertThat(Cli.run("convert", "sample:central-asia", directory.toString()).exitCode()).isZero();
        assertSameRecords(read(directory), BundledDataset.dataset());
    }

    @Test
    void refusesInputWithErrorsUnlessAllowed() throws IOException {
        Path target = temp.resolve("faulty.jsonl");
        Cli refused = Cli.run("convert", Fixtures.faulty().toString(), target.toString());
        assertThat(refused.exitCode()).isEqualTo(RegsecCommand.DATA_ERRORS);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).contains("meetings.csv:3", "error syntax", "--allow-errors", "nothing written");
        assertThat(target).doesNotExist();

        Cli allowed = Cli.run("convert", Fixtures.faulty().toString(), target.toString(), "--allow-errors");
        assertThat(allowed.exitCode()).isZero();
        Dataset converted = Formats.discover().read(target, ReadOptions.defaults()).dataset();
        assertThat(converted.meeting("workshop-drugs-youth")).isEmpty();
        assertThat(converted.meeting("visit-2025-02")).isPresent();
    }

    @Test
    void writesSpreadsheetSafeCsvUnlessRaw() throws IOException {
        Path source = temp.resolve("formula.jsonl");
        Files.writeString(source, "{\"type\":\"organization\",\"id\":\"x\",\"name\":\"=HYPERLINK(1)\",\"kind\":\"other\"}\n");
        Path safe = temp.resolve("safe");
        Path raw = temp.resolve("raw");
        assertThat(Cli.run("convert", source.toString(), safe.toString()).exitCode()).isZero();
        assertThat(Cli.run("convert", source.toString(), raw.toString(), "--raw").exitCode()).isZero();
        assertThat(Files.readString(raw.resolve("organizations.csv"))).contains(",=HYPERLINK(1),");
        assertThat(Files.readString(safe.resolve("organizations.csv"))).doesNotContain(",=HYPERLINK(1),");
    }

    @Test
    void usageErrorsForUnknownTargetFormatsAndWriters() {
        Cli.run("convert", "sample:central-asia", temp.resolve("out.xlsx").toString()).assertUsageError("out.xlsx");
        Cli.run("convert", "sample:central-asia", temp.resolve("out").toString(), "--output-format", "yaml")
                .assertUsageError("no writer is named 'yaml'");
        Cli.run("convert", "sample:central-asia").assertUsageError("OUT");
    }
}
