package io.github.regsec.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link OutputFiles}: a target is replaced whole or not at all, a killed write's leftovers are
 * put right, permissions are the umask's for new files and kept for replaced ones, and devices
 * and named pipes are written to, never replaced.
 */
class OutputFilesTest {

    @TempDir
    Path temp;

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static Set<PosixFilePermission> permissions(Path path) throws IOException {
        return Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
    }

    private List<String> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    private static void write(Path file, String text) throws IOException {
        try (OutputStream out = OutputFiles.replace(file)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The id of a process that has ended: a leftover's owner that is gone. */
    private static long deadProcess() throws Exception {
        Process process = new ProcessBuilder("java", "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(ProcessHandle.of(process.pid()).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        return process.pid();
    }

    @Test
    void replacesAFileOnlyWhenEveryWriteWentThrough() throws IOException {
        Path file = Files.writeString(temp.resolve("data.jsonl"), "old\n");
        OutputStream out = OutputFiles.replace(file);
        out.write("new, half written".getBytes(StandardCharsets.UTF_8));
        out.flush();
        assertThat(Files.readString(file)).isEqualTo("old\n"); // nothing replaced before close
        out.close();
        assertThat(Files.readString(file)).isEqualTo("new, half written");
        assertThat(names(temp)).containsExactly("data.jsonl"); // no temporary file left
    }

    @Test
    void writesBesideTheTargetUnderANameRegsecOwns() throws IOException {
        Path file = temp.resolve("data.json");
        try (OutputStream out = OutputFiles.replace(file)) {
            out.write('x');
            out.flush();
            assertThat(names(temp)).singleElement().satisfies(name -> assertThat(name)
                    .matches("\\.data\\.json\\.regsec-" + ProcessHandle.current().pid() + "-[0-9a-z]+\\.part"));
        }
        assertThat(names(temp)).containsExactly("data.json");
    }

    @Test
    void aFailedReplaceLeavesTheOldFile() throws IOException {
        Path file = Files.writeString(temp.resolve("data.json"), "old");
        OutputStream out = OutputFiles.replace(file);
        out.write('x');
        out.flush();
        try (Stream<Path> files = Files.list(temp)) {
            Path part = files.filter(p -> p.getFileName().toString().endsWith(".part")).findFirst().orElseThrow();
            Files.delete(part); // the temporary file is lost before the stream is closed
        }
        // closing cannot move a file that is gone: it fails, and the old file stays
        assertThatThrownBy(out::close).isInstanceOf(IOException.class);
        assertThat(Files.readString(file)).isEqualTo("old");
    }

    @Test
    void aWriteThatFailsLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = Files.writeString(temp.resolve("data.json"), "old");
        OutputStream out = OutputFiles.replace(file);
        out.write('x');
        out.close();
        OutputStream failing = OutputFiles.replace(file);
        failing.write("new".getBytes(StandardCharsets.UTF_8));
        // a write that fails marks the stream: closing it afterwards replaces nothing
        assertThatThrownBy(() -> failing.write(new byte[4], 3, 2)).isInstanceOf(IndexOutOfBoundsException.class);
        failing.close();
        assertThat(Files.readString(file)).isEqualTo("x");
        assertThat(names(temp)).containsExactly("data.json");
    }

    @Test
    void aNewFileGetsThePermissionsOfTheUmaskAndAReplacedFileKeepsItsOwn() throws IOException {
        assumeThat(posix()).as("a file system with POSIX permissions").isTrue();
        Path reference = Files.createFile(temp.resolve("reference")); // what the umask gives a new file
        Path file = temp.resolve("new.json");
        write(file, "{}");
        assertThat(permissions(file)).isEqualTo(permissions(reference));

        Set<PosixFilePermission> own = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(file, own);
        write(file, "{\"a\": 1}");
        assertThat(permissions(file)).isEqualTo(own);
        assertThat(Files.readString(file)).isEqualTo("{\"a\": 1}");
    }

    @Test
    void aSymbolicLinkStaysALinkAndWhatItPointsToIsReplaced() throws IOException {
        Path real = Files.writeString(temp.resolve("real.json"), "old");
        Path link;
        try {
            link = Files.createSymbolicLink(temp.resolve("link.json"), real.getFileName());
        } catch (UnsupportedOperationException | IOException e) {
            assumeThat(false).as("symbolic links: " + e).isTrue();
            return;
        }
        write(link, "new");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void aFullDiskIsAnErrorOnWritingAndTheDeviceIsNotReplaced() {
        Path full = Path.of("/dev/full");
        assumeThat(Files.exists(full) && !Files.isRegularFile(full)).as("/dev/full").isTrue();
        assertThatThrownBy(() -> write(full, "x".repeat(1 << 17))).isInstanceOf(IOException.class)
                .hasMessageContaining("No space left on device");
        assertThat(Files.isRegularFile(full)).as("a device is written to, never replaced").isFalse();
    }

    @Test
    void writesToANamedPipeWithoutReplacingIt() throws Exception {
        Path fifo = temp.resolve("pipe.json");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeThat(false).as("mkfifo: " + e).isTrue();
            return;
        }
        assumeThat(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).as("mkfifo").isTrue();
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        write(fifo, "through the pipe");
        assertThat(read.get(30, TimeUnit.SECONDS)).isEqualTo("through the pipe");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(names(temp)).containsExactly("pipe.json");
    }

    @Test
    void replacesADirectoryWholeKeepingFilesThatAreNotReplaced() throws IOException {
        Path directory = Files.createDirectories(temp.resolve("out"));
        Files.writeString(directory.resolve("a.csv"), "old a");
        Files.writeString(directory.resolve("b.csv.gz"), "old b");
        Files.writeString(directory.resolve("README.md"), "notes");
        Files.createDirectories(directory.resolve("docs")).resolve("x.txt");
        Files.writeString(directory.resolve("docs/x.txt"), "more notes");

        OutputFiles.replaceDirectory(directory, name -> name.startsWith("a.") || name.startsWith("b."),
                into -> Files.writeString(into.resolve("a.csv"), "new a"));

        assertThat(names(directory)).containsExactly("README.md", "a.csv", "docs");
        assertThat(Files.readString(directory.resolve("a.csv"))).isEqualTo("new a");
        assertThat(Files.readString(directory.resolve("README.md"))).isEqualTo("notes");
        assertThat(Files.readString(directory.resolve("docs/x.txt"))).isEqualTo("more notes");
        assertThat(names(temp)).containsExactly("out"); // nothing beside it
    }

    @Test
    void aDirectoryWhoseWritingFailsIsLeftAsItWas() throws IOException {
        Path directory = Files.createDirectories(temp.resolve("out"));
        Files.writeString(directory.resolve("a.csv"), "old a");

        assertThatThrownBy(() -> OutputFiles.replaceDirectory(directory, name -> true, into -> {
            Files.writeString(into.resolve("a.csv"), "new a");
            throw new IOException("No space left on device");
        })).hasMessage("No space left on device");

        assertThat(names(directory)).containsExactly("a.csv");
        assertThat(Files.readString(directory.resolve("a.csv"))).isEqualTo("old a");
        assertThat(names(temp)).containsExactly("out");
    }

    @Test
    void aNewDirectoryGetsTheUmaskPermissionsAndAReplacedOneKeepsItsOwnAndItsFiles() throws IOException {
        assumeThat(posix()).as("a file system with POSIX permissions").isTrue();
        Path referenceDirectory = Files.createDirectory(temp.resolve("reference-directory"));
        Path referenceFile = Files.createFile(temp.resolve("reference-file"));
        Path directory = temp.resolve("out");
        OutputFiles.replaceDirectory(directory, name -> true, into -> Files.writeString(into.resolve("a.csv"), "a"));
        assertThat(permissions(directory)).isEqualTo(permissions(referenceDirectory));
        assertThat(permissions(directory.resolve("a.csv"))).isEqualTo(permissions(referenceFile));

        Set<PosixFilePermission> directoryOwn = PosixFilePermissions.fromString("rwxr-x---");
        Set<PosixFilePermission> fileOwn = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(directory, directoryOwn);
        Files.setPosixFilePermissions(directory.resolve("a.csv"), fileOwn);
        OutputFiles.replaceDirectory(directory, name -> true, into -> {
            Files.writeString(into.resolve("a.csv"), "a2");
            Files.writeString(into.resolve("b.csv"), "b");
        });
        assertThat(permissions(directory)).isEqualTo(directoryOwn);
        assertThat(permissions(directory.resolve("a.csv"))).isEqualTo(fileOwn);
        assertThat(permissions(directory.resolve("b.csv"))).as("a new file").isEqualTo(permissions(referenceFile));
    }

    @Test
    void theNextWriteRemovesWhatAKilledWriteLeft() throws Exception {
        long dead = deadProcess();
        Path file = Files.writeString(temp.resolve("data.json"), "old");
        Files.writeString(temp.resolve(".data.json.regsec-" + dead + "-k1.part"), "half");
        Path directory = Files.createDirectories(temp.resolve("out"));
        Files.createDirectories(temp.resolve(".out.regsec-" + dead + "-k2.part/sub"));
        Files.createDirectories(temp.resolve(".out.regsec-" + dead + "-k3.old"));
        Path notOurs = Files.writeString(temp.resolve(".out.backup.part"), "the user's");

        write(file, "new");
        OutputFiles.replaceDirectory(directory, name -> true, into -> Files.writeString(into.resolve("a.csv"), "a"));

        assertThat(names(temp)).containsExactly(".out.backup.part", "data.json", "out");
        assertThat(Files.readString(notOurs)).isEqualTo("the user's");
    }

    @Test
    void anOldDirectoryMovedAsideByAKilledWriteIsPutBack() throws Exception {
        long dead = deadProcess();
        Path aside = Files.createDirectories(temp.resolve(".out.regsec-" + dead + "-k1.old"));
        Files.writeString(aside.resolve("a.csv"), "the old dataset");
        Files.createDirectories(temp.resolve(".out.regsec-" + dead + "-k2.part"));

        OutputFiles.removeLeftovers(temp.resolve("out"));

        assertThat(names(temp)).containsExactly("out");
        assertThat(Files.readString(temp.resolve("out/a.csv"))).isEqualTo("the old dataset");
    }

    @Test
    void leavesAloneWhatARunningProcessIsWriting() throws IOException {
        Path running = Files.createDirectories(temp.resolve(".out.regsec-" + ProcessHandle.current().pid() + "-k1.part"));

        OutputFiles.removeLeftovers(temp.resolve("out"));

        assertThat(running).isDirectory();
    }

    @Test
    void refusesToReplaceAFileWithADirectoryOrTheWorkingDirectory() throws IOException {
        Path file = Files.writeString(temp.resolve("file"), "x");
        assertThatThrownBy(() -> OutputFiles.replaceDirectory(file, name -> true, into -> { }))
                .isInstanceOf(java.nio.file.NotDirectoryException.class);
        assertThatThrownBy(() -> OutputFiles.replaceDirectory(Path.of(""), name -> true, into -> { }))
                .hasMessageContaining("working directory");
        assertThatThrownBy(() -> OutputFiles.replace(temp)).hasMessageContaining("is a directory");
    }
}
