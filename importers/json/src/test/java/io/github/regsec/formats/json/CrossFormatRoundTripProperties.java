package io.github.regsec.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regsec.formats.DatasetImporter;
import io.github.regsec.formats.DatasetWriter;
import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.formats.WriteOptions;
import io.github.regsec.formats.generators.DatasetArbitraries;
import io.github.regsec.formats.generators.TempDirectories;
import io.github.regsec.formats.generators.DatasetArbitraries.Unwritable;
import io.github.regsec.model.table.RecordTable;
import io.github.regsec.model.table.RecordTables;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.DatasetRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * Generated datasets (every record kind; Cyrillic, Tajik, Arabic script and emoji; quotes,
 * separators and line ends inside values; reduced-precision dates and leap days; absent values)
 * survive CSV -> JSON -> JSON Lines -> CSV with equal records in the same order and byte-identical
 * CSV files, and each JSON format alone. Generators: {@link DatasetArbitraries} (the CSV module's
 * test jar).
 *
 * <p>Tries: {@code jqwik.tries.default} in {@code junit-platform.properties} (100); a longer campaign:
 * {@code mvn -B -o install -pl importers/json -Djqwik.tries.default=10000}.
 */
class CrossFormatRoundTripProperties {

    private final Formats formats = Formats.discover();
    private final JsonDatasetWriter jsonWriter = new JsonDatasetWriter();
    private final JsonLinesDatasetWriter linesWriter = new JsonLinesDatasetWriter();
    private Path temp;

    @BeforeTry
    void createTemp() throws IOException {
        temp = TempDirectories.create("regsec-cross-format");
    }

    @AfterTry
    void deleteTemp() throws IOException {
        TempDirectories.delete(temp);
    }

    @Provide
    Arbitrary<Dataset> datasets() {
        return DatasetArbitraries.datasets();
    }

    @Provide
    Arbitrary<Unwritable> unwritable() {
        return DatasetArbitraries.datasetsWithAnUnwritableListItem();
    }

    private static List<DatasetRecord> records(Dataset dataset) {
        return dataset.records().toList();
    }

    @Property
    void csvToJsonToJsonLinesToCsvChangesNothing(@ForAll("datasets") Dataset original, @ForAll boolean gzipped)
            throws IOException {
        String gz = gzipped ? ".gz" : "";
        Path csvBefore = write(original, temp.resolve("before"));
        Dataset fromCsv = read(csvBefore, original);
        Dataset fromJson = read(write(fromCsv, temp.resolve("data.json" + gz)), original);
        Dataset fromJsonLines = read(write(fromJson, temp.resolve("data.jsonl" + gz)), original);
        Path csvAfter = write(fromJsonLines, temp.resolve("after"));

        for (RecordTable<?> schema : RecordTables.all()) {
            // persons.csv and posts.csv are written only for datasets that have persons and posts
            assertThat(Files.exists(csvAfter.resolve(schema.csvFile()))).as(schema.csvFile())
                    .isEqualTo(Files.exists(csvBefore.resolve(schema.csvFile())));
            if (Files.exists(csvBefore.resolve(schema.csvFile()))) {
                assertThat(Files.readAllBytes(csvAfter.resolve(schema.csvFile()))).as(schema.csvFile())
                        .isEqualTo(Files.readAllBytes(csvBefore.resolve(schema.csvFile())));
            }
        }
    }

    @Property
    void aJsonDocumentReadsBackUnchangedAndWritesTheSameBytesAgain(@ForAll("datasets") Dataset original)
            throws IOException {
        roundTripInMemory(original, jsonWriter, new JsonDatasetImporter(), "data.json");
    }

    @Property
    void jsonLinesReadBackUnchangedAndWriteTheSameBytesAgain(@ForAll("datasets") Dataset original) throws IOException {
        roundTripInMemory(original, linesWriter, new JsonLinesDatasetImporter(), "data.jsonl");
    }

    @Property
    void bothWritersRefuseAListItemNoFormatCanCarryBeforeWritingAnything(@ForAll("unwritable") Unwritable input) {
        String where = input.recordId() + ": " + input.field() + " item '" + input.item() + "'";
        for (DatasetWriter writer : List.<DatasetWriter>of(jsonWriter, linesWriter)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Path target = temp.resolve("refused." + writer.extensions().get(0));

            assertThatThrownBy(() -> writer.write(input.dataset(), out, WriteOptions.defaults()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(where);
            assertThatThrownBy(() -> writer.write(input.dataset(), target, WriteOptions.defaults()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(where);
            assertThat(out.size()).as(writer.name()).isZero();
            assertThat(target).doesNotExist();
        }
    }

    private void roundTripInMemory(Dataset original, DatasetWriter writer, DatasetImporter importer, String name)
            throws IOException {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        writer.write(original, first, WriteOptions.defaults());
        ImportContext context = ImportContext.collecting(ReadOptions.defaults());
        importer.read(new ByteArrayInputStream(first.toByteArray()), name, context);
        ImportResult read = context.result();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        writer.write(read.dataset(), second, WriteOptions.defaults());

        assertThat(read.problems()).isEmpty();
        assertThat(records(read.dataset())).isEqualTo(records(original));
        assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
        // gzipped, the same records again
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(gzipped)) {
            gz.write(first.toByteArray());
        }
        ImportContext fromGzip = ImportContext.collecting(ReadOptions.defaults());
        importer.read(new ByteArrayInputStream(gzipped.toByteArray()), name + ".gz", fromGzip);
        assertThat(records(fromGzip.result().dataset())).isEqualTo(records(original));
    }

    /** Reads a path and checks it gives the original records, in order, without a problem. */
    private Dataset read(Path path, Dataset original) throws IOException {
        ImportResult result = formats.read(path, ReadOptions.defaults());
        assertThat(result.problems()).as("problems reading %s", path.getFileName()).isEmpty();
        assertThat(records(result.dataset())).as("records of %s", path.getFileName()).isEqualTo(records(original));
        return result.dataset();
    }

    private Path write(Dataset dataset, Path target) throws IOException {
        formats.writerFor(target).write(dataset, target, WriteOptions.defaults());
        return target;
    }
}
