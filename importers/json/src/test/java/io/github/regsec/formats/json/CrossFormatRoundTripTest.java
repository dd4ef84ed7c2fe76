package io.github.regsec.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.formats.DatasetWriter;
import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.formats.WriteOptions;
import io.github.regsec.model.table.RecordTables;
import io.github.regsec.model.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every record kind survives CSV -> JSON -> JSON Lines -> CSV: equal records, byte-identical CSV files. */
class CrossFormatRoundTripTest {

    private final Formats formats = Formats.discover();

    @TempDir
    Path temp;

    @Test
    void csvToJsonToJsonLinesToCsvGivesIdenticalFiles() throws IOException {
        Dataset original = read(Fixtures.path("json/dataset.json"));
        assertThat(original.organizations()).isNotEmpty();
        assertThat(original.meetings()).anySatisfy(m -> assertThat(m.participants()).isNotEmpty());
        assertThat(original.organizations()).anySatisfy(o -> assertThat(o.names()).isNotEmpty());

        Path csvBefore = write(original, temp.resolve("before"));
        Dataset fromCsv = read(csvBefore);
        Path json = write(fromCsv, temp.resolve("data.json"));
        Dataset fromJson = read(json);
        Path jsonl = write(fromJson, temp.resolve("data.jsonl.gz"));
        Dataset fromJsonl = read(jsonl);
        Path csvAfter = write(fromJsonl, temp.resolve("after"));

        assertThat(fromJsonl.records()).containsExactlyElementsOf(original.records().toList());
        for (var schema : RecordTables.all()) {
            assertThat(Files.exists(csvAfter.resolve(schema.csvFile()))).as(schema.csvFile())
                    .isEqualTo(Files.exists(csvBefore.resolve(schema.csvFile())));
            if (Files.exists(csvBefore.resolve(schema.csvFile()))) {
                assertThat(Files.readAllBytes(csvAfter.resolve(schema.csvFile())))
                        .as(schema.csvFile())
                        .isEqualTo(Files.readAllBytes(csvBefore.resolve(schema.csvFile())));
            }
        }
    }

    private Dataset read(Path path) throws IOException {
        ImportResult result = formats.read(path, ReadOptions.defaults());
        assertThat(result.problems()).as("problems reading " + path).isEmpty();
        return result.dataset();
    }

    private Path write(Dataset dataset, Path target) throws IOException {
        DatasetWriter writer = formats.writerFor(target);
        writer.write(dataset, target, WriteOptions.defaults());
        return target;
    }
}
