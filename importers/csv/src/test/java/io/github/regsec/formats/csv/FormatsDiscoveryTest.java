package io.github.regsec.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatsDiscoveryTest {

    @TempDir
    Path temp;

    @Test
    void serviceLoaderFindsTheCsvImporterAndWriter() throws IOException {
        Formats formats = Formats.discover();

        assertThat(formats.importer("csv")).containsInstanceOf(CsvDatasetImporter.class);
        assertThat(formats.writer("csv")).containsInstanceOf(CsvDatasetWriter.class);
        assertThat(formats.importerFor(Fixtures.path("datasets/complete"))).isInstanceOf(CsvDatasetImporter.class);
        assertThat(formats.importerFor(Fixtures.path("datasets/complete/memberships.csv"))).isInstanceOf(CsvDatasetImporter.class);
        assertThat(formats.writerFor(temp.resolve("out"))).isInstanceOf(CsvDatasetWriter.class);
    }

    @Test
    void formatsReadsADirectoryWithTheCsvImporter() throws IOException {
        ImportResult result = Formats.discover().read(Fixtures.path("datasets/complete"), ReadOptions.defaults());

        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset().organizations()).hasSize(4);
    }
}
