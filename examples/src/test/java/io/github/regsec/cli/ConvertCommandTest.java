package io.github.regsec.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.regsec.sample.SampleData;
import io.github.regsec.examples.Fixtures;
import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.model.Dataset;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
        Dataset original = SampleData.centralAsia();
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
        assertSameRecords(read(target), SampleData.centralAsia());
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
        assertSameRecords(read(directory), SampleData.centralAsia());
    }

    @Test
    void writesIntoAnEmptyDirectory() throws IOException {
        Path directory = Files.createDirectories(temp.resolve("empty"));
        assertThat(Cli.run("convert", "sample:central-asia", directory.toString()).exitCode()).isZero();
        assertSameRecords(read(directory), SampleData.centralAsia());
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
    void refusesToCreateADirectoryThatDoesNotExistForOut() {
        Path missing = temp.resolve("no-such-directory");
        Cli.run("convert", "sample:central-asia", missing.resolve("ca.jsonl").toString())
                .assertUsageError("cannot write " + missing.resolve("ca.jsonl") + ": the directory " + missing
                        + " does not exist: create it first");
        Cli.run("convert", "sample:central-asia", missing.resolve("csv").toString()).assertUsageError("does not exist");
        assertThat(missing).doesNotExist();
        // a new CSV directory in an existing one is what OUT names: it is made
        assertThat(Cli.run("convert", "sample:central-asia", temp.resolve("new-csv").toString()).exitCode()).isZero();
    }

    @Test
    void usageErrorsForUnknownTargetFormatsAndWriters() {
        Cli.run("convert", "sample:central-asia", temp.resolve("out.xlsx").toString()).assertUsageError("out.xlsx");
        Cli.run("convert", "sample:central-asia", temp.resolve("out").toString(), "--output-format", "yaml")
                .assertUsageError("no writer is named 'yaml'");
        Cli.run("convert", "sample:central-asia").assertUsageError("OUT");
    }

    @Test
    void refusesAGzNameWithoutAFormatInsteadOfWritingADirectoryOfThatName() {
        Path target = temp.resolve("out.gz");
        Cli.run("convert", "sample:central-asia", target.toString())
                .assertUsageError("cannot tell the format to write", "out.gz", ".json, .ndjson, .jsonl");
        assertThat(target).doesNotExist();
    }

    @Test
    void writesToStandardOutputInTheFormatGiven() throws IOException {
        Cli run = Cli.run("convert", "--output-format", "jsonl", "sample:central-asia", "-");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        Path copy = Files.writeString(temp.resolve("copy.jsonl"), run.out());
        assertSameRecords(read(copy), SampleData.centralAsia()); // the data and nothing else

        Cli.run("convert", "sample:central-asia", "-").assertUsageError("--output-format", "json, jsonl");
        Cli.run("convert", "--output-format", "csv", "sample:central-asia", "-").assertUsageError("writes a directory");
    }

    @Test
    void aFailingStandardOutputIsOneLineAndExit2() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream full = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        }, false, StandardCharsets.UTF_8);
        int code = RegsecCommand.run(new String[] {"convert", "--output-format", "json", "sample:central-asia", "-"},
                full, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(RegsecCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("regsec convert: cannot write standard output: "
                + "the output failed (is the disk full, or did the program reading it stop?)\n");
    }

    @Test
    void aFullDiskIsOneLineAndExit2AndLeavesNothingBehind() throws IOException {
        Path full = Path.of("/dev/full");
        assumeThat(Files.exists(full) && !Files.isRegularFile(full)).as("/dev/full").isTrue();
        Cli.run("convert", "--output-format", "json", "sample:central-asia", full.toString())
                .assertUsageError("regsec convert: cannot write /dev/full: no space left on device\n");
        assertThat(Files.isRegularFile(full)).as("still a device").isFalse();
    }

    @Test
    void writesToANamedPipeWithoutReplacingIt() throws Exception {
        Path fifo = temp.resolve("pipe");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeThat(false).as("mkfifo: " + e).isTrue();
            return;
        }
        assumeThat(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).as("mkfifo").isTrue();
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        Cli.run("convert", "sample:central-asia", fifo.toString()).assertUsageError("--output-format");
        Cli run = Cli.run("convert", "--output-format", "jsonl", "sample:central-asia", fifo.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path copy = Files.write(temp.resolve("copy.jsonl"), read.get(60, TimeUnit.SECONDS));
        assertSameRecords(read(copy), SampleData.centralAsia());
        assertThat(Files.isRegularFile(fifo)).as("still a named pipe").isFalse();
    }

    @Test
    void writtenFilesGetTheUmaskPermissionsAndReplacedOnesKeepTheirs() throws IOException {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        Set<PosixFilePermission> umaskFile = Files.getPosixFilePermissions(Files.createFile(temp.resolve("reference")));
        Set<PosixFilePermission> umaskDirectory = Files.getPosixFilePermissions(
                Files.createDirectory(temp.resolve("reference-directory")));
        Path json = temp.resolve("ca.json");
        Path csv = temp.resolve("csv");
        assertThat(Cli.run("convert", "sample:central-asia", json.toString()).exitCode()).isZero();
        assertThat(Cli.run("convert", "sample:central-asia", csv.toString()).exitCode()).isZero();
        assertThat(Files.getPosixFilePermissions(json)).isEqualTo(umaskFile);
        assertThat(Files.getPosixFilePermissions(csv)).isEqualTo(umaskDirectory);
        assertThat(Files.getPosixFilePermissions(csv.resolve("memberships.csv"))).isEqualTo(umaskFile);

        Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(json, shared);
        Files.setPosixFilePermissions(csv.resolve("memberships.csv"), shared);
        assertThat(Cli.run("convert", "sample:central-asia", json.toString(), "--force").exitCode()).isZero();
        assertThat(Cli.run("convert", "sample:central-asia", csv.toString(), "--force").exitCode()).isZero();
        assertThat(Files.getPosixFilePermissions(json)).isEqualTo(shared);
        assertThat(Files.getPosixFilePermissions(csv.resolve("memberships.csv"))).isEqualTo(shared);
    }

    @Test
    void theNextConvertRemovesWhatAKilledOneLeftAndPutsBackAMovedDataset() throws Exception {
        Process gone = new ProcessBuilder("java", "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(gone.waitFor(60, TimeUnit.SECONDS)).isTrue();
        // a convert killed between its two renames: the old dataset moved aside, the new one complete beside it
        Path old = Files.createDirectories(temp.resolve(".csv.regsec-" + gone.pid() + "-a1.old"));
        Files.writeString(old.resolve("notes.txt"), "mine");
        Files.createDirectories(temp.resolve(".csv.regsec-" + gone.pid() + "-b2.part"));
        Path csv = temp.resolve("csv");

        // the old dataset is back before convert looks at the target: a non-empty directory, so --force is needed
        Cli.run("convert", "sample:central-asia", csv.toString()).assertUsageError("not empty", "--force");
        assertThat(Files.readString(csv.resolve("notes.txt"))).isEqualTo("mine");
        try (Stream<Path> entries = Files.list(temp)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("csv");
        }
    }
}
