package io.github.regsec.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.formats.DatasetImporter;
import io.github.regsec.formats.DatasetWriter;
import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.formats.WriteOptions;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatsDiscoveryTest {

    @TempDir
    Path dir;

    @Test
    void serviceLoaderFindsTheJsonImportersAndWriters() {
        Formats formats = Formats.discover();

        assertThat(formats.importer("json")).get().isInstanceOf(JsonDatasetImporter.class);
        assertThat(formats.importer("jsonl")).get().isInstanceOf(JsonLinesDatasetImporter.class);
        assertThat(formats.writer("json")).get().isInstanceOf(JsonDatasetWriter.class);
        assertThat(formats.writer("jsonl")).get().isInstanceOf(JsonLinesDatasetWriter.class);
        assertThat(formats.importers()).filteredOn(i -> i.name().startsWith("json"))
                .allSatisfy(i -> assertThat(i.description()).isNotBlank());
    }

    @Test
    void picksTheImporterAndWriterByFileEnding() throws IOException {
        Formats formats = Formats.discover();

        assertThat(formats.importerFor(Path.of("data.json"))).extracting(DatasetImporter::name).isEqualTo("json");
        assertThat(formats.importerFor(Path.of("data.json.gz"))).extracting(DatasetImporter::name).isEqualTo("json");
        assertThat(formats.importerFor(Path.of("data.ndjson"))).extracting(DatasetImporter::name).isEqualTo("jsonl");
        assertThat(formats.importerFor(Path.of("DATA.JSONL.gz"))).extracting(DatasetImporter::name).isEqualTo("jsonl");
        assertThat(formats.writerFor(Path.of("out.jsonl"))).extracting(DatasetWriter::name).isEqualTo("jsonl");
        assertThat(formats.writerFor(Path.of("out.json.gz"))).extracting(DatasetWriter::name).isEqualTo("json");
    }

    @Test
    void readsAndWritesThroughTheRegistry() throws IOException {
        Formats formats = Formats.discover();
        ImportResult read = formats.read(Fixtures.path("json/dataset.json"), ReadOptions.defaults());
        Path out = dir.resolve("copy.ndjson.gz");

        formats.write(read.dataset(), out, WriteOptions.defaults());
        ImportResult back = formats.read(out, "jsonl", ReadOptions.defaults());

        assertThat(Fixtures.records(back.dataset())).isEqualTo(Fixtures.records(read.dataset()));
        assertThat(back.files()).containsExactly("copy.ndjson.gz");
    }
}
