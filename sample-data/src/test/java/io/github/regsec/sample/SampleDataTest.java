package io.github.regsec.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.SampleDataset;
import io.github.regsec.model.Dataset;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample-data artifact on its own (its only regsec dependency is the CSV module): the
 * dataset in one call, by name through {@link Formats}, and from inside a jar.
 */
class SampleDataTest {

    @Test
    void readsTheCentralAsiaDatasetInOneCallWithoutProblems() throws IOException {
        ImportResult imported = SampleData.readCentralAsia();
        assertThat(imported.problems()).isEmpty();
        assertThat(imported.files()).contains("organizations.csv", "memberships.csv", "names.csv", "meeting_participants.csv");
        Dataset dataset = SampleData.centralAsia();
        assertThat(dataset.size()).isEqualTo(imported.dataset().size()).isEqualTo(240);
        assertThat(dataset.memberPartiesOn("osce", LocalDate.of(2019, 7, 17))).hasSize(57);
        assertThat(SampleData.centralAsiaDirectory()).isDirectory().endsWith(Path.of("central-asia"));
    }

    @Test
    void sampleCentralAsiaIsADatasetPathForTheRegistry() throws IOException {
        Formats formats = Formats.discover();
        assertThat(formats.samples()).extracting(SampleDataset::name).containsExactly("central-asia");
        assertThat(formats.resolve(Path.of(SampleData.CENTRAL_ASIA))).isEqualTo(SampleData.centralAsiaDirectory());
        ImportResult byName = formats.read(Path.of("sample:central-asia"));
        assertThat(byName.problems()).isEmpty();
        assertThat(byName.dataset().size()).isEqualTo(240);
        ImportResult byImporterName = formats.read(Path.of("sample:central-asia"), "csv",
                io.github.regsec.formats.ReadOptions.defaults());
        assertThat(byImporterName.dataset().size()).isEqualTo(240);
    }

    @Test
    void anUnknownSampleNameListsTheKnownOnes() {
        assertThatThrownBy(() -> Formats.discover().read(Path.of("sample:europe")))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessage("sample:europe: no sample dataset of that name: known are sample:central-asia");
        assertThatThrownBy(() -> Formats.of(List.of(), List.of()).read(Path.of("sample:central-asia")))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("add the regsec-sample-data artifact");
    }

    @Test
    void readsFromAJarThroughAZipFileSystem(@TempDir Path temp) throws Exception {
        Path jar = temp.resolve("sample.jar");
        Path directory = SampleData.centralAsiaDirectory();
        String entries = SampleData.RESOURCE_DIRECTORY.substring(1) + "/";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> files = Files.list(directory)) {
            for (Path csv : files.sorted().collect(Collectors.toList())) {
                out.putNextEntry(new JarEntry(entries + csv.getFileName()));
                out.write(Files.readAllBytes(csv));
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            URL marker = loader.getResource(entries + "organizations.csv");
            assertThat(marker.getProtocol()).isEqualTo("jar");

            Path inJar = SampleData.directoryOf(marker);
            assertThat(inJar.getFileSystem().provider().getScheme()).isEqualTo("jar");
            assertThat(inJar).isDirectory();
            ImportResult fromJar = Formats.discover().read(inJar);
            assertThat(fromJar.problems()).isEmpty();
            assertThat(fromJar.dataset().size()).isEqualTo(240);

            // a second lookup reuses the open file system
            assertThat(SampleData.directoryOf(marker).getFileSystem()).isSameAs(inJar.getFileSystem());
            inJar.getFileSystem().close();
        }
    }
}
