package io.github.regsec.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regsec.model.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatsTest {

    /** A stand-in importer of one file ending, that reads nothing. */
    private record FakeImporter(String name, List<String> extensions, boolean readsDirectories) implements DatasetImporter {
        @Override
        public String description() {
            return name;
        }

        @Override
        public void read(Path path, ImportContext context) {
            context.reading(InputFiles.fileName(path));
        }

        @Override
        public void read(InputStream in, String fileName, ImportContext context) {
            context.reading(fileName);
        }
    }

    private record FakeWriter(String name, List<String> extensions, boolean writesDirectories) implements DatasetWriter {
        @Override
        public String description() {
            return name;
        }

        @Override
        public void write(Dataset dataset, Path target, WriteOptions options) {
        }

        @Override
        public void write(Dataset dataset, OutputStream out, WriteOptions options) {
        }
    }

    private final Formats formats = Formats.of(
            List.of(new FakeImporter("csv", List.of("csv"), true), new FakeImporter("json", List.of("json"), false)),
            List.of(new FakeWriter("csv", List.of("csv"), true), new FakeWriter("jsonl", List.of("jsonl", "ndjson"), false)));

    @TempDir
    Path temp;

    @Test
    void picksAnImporterByEndingIgnoringGzipAndCase() throws IOException {
        assertThat(formats.importerFor(Path.of("data.json")).name()).isEqualTo("json");
        assertThat(formats.importerFor(Path.of("DATA.JSON.gz")).name()).isEqualTo("json");
        assertThat(formats.importerFor(temp).name()).isEqualTo("csv");
    }

    @Test
    void namesTheKnownEndingsWhenNoImporterFits() {
        assertThatThrownBy(() -> formats.importerFor(Path.of("members.txt")))
                .isInstanceOf(UnknownFormatException.class)
                .hasMessage("cannot tell the format of members.txt: known endings are .csv, .json, or a CSV directory");
    }

    @Test
    void picksAWriterByEndingAndTheDirectoryWriterForAPathWithoutOne() throws IOException {
        assertThat(formats.writerFor(Path.of("out.ndjson.gz")).name()).isEqualTo("jsonl");
        assertThat(formats.writerFor(temp.resolve("out")).name()).isEqualTo("csv");
        assertThatThrownBy(() -> formats.writerFor(Path.of("out.xml"))).isInstanceOf(UnknownFormatException.class);
    }

    @Test
    void refusesAGzNameThatGivesNoFormatInsteadOfWritingADirectoryOfThatName() {
        assertThatThrownBy(() -> formats.writerFor(Path.of("out.gz")))
                .isInstanceOf(UnknownFormatException.class)
                .hasMessage("cannot tell the format to write out.gz in: the .gz ending only says to compress, and no "
                        + "known ending comes before it; known endings are .csv, .jsonl, .ndjson (a file's optionally "
                        + "followed by .gz), or a name without an ending for a CSV directory");
        assertThatThrownBy(() -> formats.writerFor(Path.of("out.csv.gz")))
                .isInstanceOf(UnknownFormatException.class)
                .hasMessage("cannot write out.csv.gz: the csv writer writes a directory, which cannot be gzipped as a "
                        + "whole: leave out the .gz");
    }

    @Test
    void readsByNameAndRefusesAnUnknownNameOrAMissingPath() throws IOException {
        Path file = Files.writeString(temp.resolve("list.txt"), "x");
        assertThat(formats.read(file, "json", ReadOptions.defaults()).files()).containsExactly("list.txt");
        assertThatThrownBy(() -> formats.read(file, "xml", ReadOptions.defaults()))
                .isInstanceOf(UnknownFormatException.class).hasMessage("no importer is named 'xml': known are csv, json");
        assertThatThrownBy(() -> formats.read(temp.resolve("missing.json"), ReadOptions.defaults()))
                .isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void readsAndWritesWithoutOptionsObjectsUsingTheDefaults() throws IOException {
        Path file = Files.writeString(temp.resolve("data.json"), "x");
        assertThat(formats.read(file).files()).containsExactly("data.json");
        List<WriteOptions> used = new java.util.ArrayList<>();
        DatasetWriter recording = new DatasetWriter() {
            @Override
            public String name() {
                return "jsonl";
            }

            @Override
            public List<String> extensions() {
                return List.of("jsonl");
            }

            @Override
            public String description() {
                return "records the options";
            }

            @Override
            public void write(Dataset dataset, Path target, WriteOptions options) {
                used.add(options);
            }

            @Override
            public void write(Dataset dataset, OutputStream out, WriteOptions options) {
                used.add(options);
            }
        };
        Formats.of(List.of(), List.of(recording)).write(Dataset.empty(), temp.resolve("out.jsonl"));
        assertThat(used).containsExactly(WriteOptions.defaults());
    }

    @Test
    void aSampleNameReadsTheSampleDatasetsPathAndAnUnknownOneListsTheKnown() throws IOException {
        Path directory = Files.createDirectories(temp.resolve("bundled"));
        SampleDataset sample = new SampleDataset() {
            @Override
            public String name() {
                return "test-sample";
            }

            @Override
            public String description() {
                return "a directory of the test";
            }

            @Override
            public Path path() {
                return directory;
            }
        };
        Formats withSample = Formats.of(List.of(new FakeImporter("csv", List.of("csv"), true)), List.of(), List.of(sample));
        assertThat(withSample.samples()).containsExactly(sample);
        assertThat(withSample.resolve(Path.of("sample:test-sample"))).isEqualTo(directory);
        assertThat(withSample.resolve(Path.of("data.csv"))).isEqualTo(Path.of("data.csv"));
        assertThat(withSample.read(Path.of("sample:test-sample")).files()).containsExactly("bundled");
        assertThatThrownBy(() -> withSample.read(Path.of("sample:europe")))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessage("sample:europe: no sample dataset of that name: known are sample:test-sample");
        assertThat(SampleDataset.isSampleName(Path.of("sample:central-asia"))).isTrue();
        assertThat(SampleDataset.isSampleName(temp.resolve("sample:central-asia"))).isFalse();
        assertThat(SampleDataset.isSampleName(Path.of("samples"))).isFalse();
    }
}
