package io.github.regsec.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.formats.WriteOptions;
import io.github.regsec.formats.csv.rows.CsvRow;
import io.github.regsec.formats.csv.rows.CsvRows;
import io.github.regsec.formats.csv.rows.SpreadsheetSafeValues;
import io.github.regsec.formats.generators.DatasetArbitraries;
import io.github.regsec.formats.generators.TempDirectories;
import io.github.regsec.formats.generators.DatasetArbitraries.Unwritable;
import io.github.regsec.model.table.RecordTable;
import io.github.regsec.model.table.RecordTables;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.DatasetRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * Generated datasets (every record kind, hard Unicode, quotes, separators and line ends inside
 * values, reduced-precision dates, absent values) survive a CSV directory unchanged, with and
 * without spreadsheet-safe values; the writer refuses, before writing anything, a list item it
 * cannot carry.
 *
 * <p>Tries: {@code jqwik.tries.default} in {@code junit-platform.properties} (100); a longer campaign:
 * {@code mvn -B -o install -pl importers/csv -Djqwik.tries.default=10000}.
 */
class CsvRoundTripProperties {

    private final CsvDatasetWriter writer = new CsvDatasetWriter();
    private final CsvDatasetImporter importer = new CsvDatasetImporter();
    private Path temp;

    @BeforeTry
    void createTemp() throws IOException {
        temp = TempDirectories.create("regsec-csv-property");
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
    void writingAndReadingGivesEqualRecordsInTheSameOrderAndWritingAgainTheSameBytes(@ForAll("datasets") Dataset original)
            throws IOException {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");

        writer.write(original, first, WriteOptions.defaults());
        ImportResult read = importer.read(first, ReadOptions.defaults());
        writer.write(read.dataset(), second, WriteOptions.defaults());

        assertThat(read.problems()).isEmpty();
        assertThat(records(read.dataset())).isEqualTo(records(original));
        assertThat(Fixtures.listing(second)).isEqualTo(Fixtures.listing(first));
        for (String file : Fixtures.listing(first)) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    @Property
    void spreadsheetSafeFilesHoldNoFormulaAndReadBackUnchangedWithTheOption(@ForAll("datasets") Dataset original)
            throws IOException {
        Path safe = temp.resolve("safe");

        writer.write(original, safe, WriteOptions.spreadsheetSafe());
        ImportResult read = importer.withSpreadsheetSafeValues(true).read(safe, ReadOptions.defaults());

        assertThat(read.problems()).isEmpty();
        assertThat(records(read.dataset())).isEqualTo(records(original));
        for (RecordTable<?> schema : RecordTables.all()) {
            if (!Files.exists(safe.resolve(schema.csvFile()))) {
                continue; // persons.csv and posts.csv are written only for datasets with persons and posts
            }
            try (CsvRows rows = CsvRows.open(safe.resolve(schema.csvFile()))) {
                for (CsvRow row : rows) {
                    assertThat(row.values()).as("%s line %d", schema.csvFile(), row.line())
                            .allMatch(v -> v.isEmpty() || !SpreadsheetSafeValues.isFormulaStart(v.charAt(0)));
                }
            }
        }
    }

    @Property
    void refusesAListItemItCannotCarryBeforeWritingAnything(@ForAll("unwritable") Unwritable input) {
        Path target = temp.resolve("refused");

        assertThatThrownBy(() -> writer.write(input.dataset(), target, WriteOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(input.recordId() + ": " + input.field() + " item '" + input.item() + "'");
        assertThat(target).doesNotExist();
    }
}
