package io.github.regsec.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.RecordKind;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.sample.SampleData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkDatasetTest {

    private static final Path PLANTED = Path.of("../validation/src/test/resources/planted/planted.jsonl");
    private static final Path JSON_FIXTURES = Path.of("../importers/json/src/test/resources");

    @ParameterizedTest
    @ValueSource(strings = {"planted", "hostile/cr-inside-line.jsonl", "hostile/truncated-utf8.jsonl",
        "hostile/lone-surrogate.jsonl", "hostile/latin1.jsonl", "hostile/huge-number.jsonl", "hostile/empty.jsonl",
        "jsonl/bad/blank-lines-crlf.jsonl", "jsonl/bad/broken-line.jsonl", "jsonl/bad/duplicate-property.jsonl",
        "jsonl/bad/invalid-utf8.jsonl", "jsonl/bad/missing-type.jsonl", "jsonl/bad/not-an-object.jsonl",
        "jsonl/bad/truncated-line.jsonl", "jsonl/bad/two-records.jsonl", "jsonl/shuffled.jsonl"})
    void jsonLinesReadInManyPartsGiveTheRecordsLocationsAndProblemsOfOneRead(String name) throws Exception {
        Path file = name.equals("planted") ? PLANTED : JSON_FIXTURES.resolve(name);
        ImportResult expected = Formats.discover().read(file);
        Configuration hadoop = LocalSpark.session().sparkContext().hadoopConfiguration();
        String key = "mapreduce.input.fileinputformat.split.maxsize";
        hadoop.set(key, "300"); // a few lines a part
        try {
            SparkDataset data = SparkDataset.read(LocalSpark.session(), file.toString());
            assertThat(data.rows(RecordKind.SOURCE).javaRDD().getNumPartitions()).as("parts")
                    .isGreaterThanOrEqualTo(file.toFile().length() > 600 ? 2 : 0);
            assertThat(located(data)).containsExactlyElementsOf(located(expected));
            assertThat(sorted(data.problems().collectAsList().stream().map(SparkDataset::problem).toList()))
                    .containsExactlyElementsOf(sorted(expected.problems()));
            data.unpersist();
        } finally {
            hadoop.unset(key);
        }
    }

    @Test
    void parquetDirectoryGivesBackTheRecordsTheirLocationsAndTheProblems(@TempDir Path dir) throws Exception {
        ImportResult expected = Formats.discover().read(PLANTED);
        SparkDataset data = SparkDataset.read(LocalSpark.session(), PLANTED.toString());
        String parquet = dir.resolve("planted.parquet").toString();
        data.writeParquet(parquet);
        SparkDataset back = SparkDataset.read(LocalSpark.session(), parquet);
        assertThat(back.files()).containsExactly("planted.jsonl");
        assertThat(located(back)).containsExactlyElementsOf(located(expected));
        assertThat(back.problems().count()).isEqualTo(expected.problems().size());
        SparkValidatorTest.assertSameProblems(expected, back);
    }

    @Test
    void writesBackEveryRegsecFormatWithTheSameRecords(@TempDir Path dir) throws Exception {
        ImportResult bundled = SampleData.readCentralAsia();
        SparkDataset data = SparkDataset.of(LocalSpark.session(), bundled);
        for (String target : List.of("csv", "dataset.json", "dataset.jsonl.gz")) {
            Path out = dir.resolve(target);
            data.write(out);
            ImportResult back = Formats.discover().read(out);
            assertThat(back.problems()).as(target).isEmpty();
            assertThat(back.dataset().records().toList()).as(target)
                    .containsExactlyElementsOf(bundled.dataset().records().toList());
        }
    }

    @Test
    void childRowsComeOneARowWithTheirRecordsId() throws Exception {
        ImportResult bundled = SampleData.readCentralAsia();
        SparkDataset data = SparkDataset.of(LocalSpark.session(), bundled);
        List<Row> participants = data.rows(RecordKind.PARTICIPANT).collectAsList();
        long expected = bundled.dataset().meetings().stream().mapToLong(m -> m.participants().size()).sum();
        assertThat(participants).hasSize((int) expected).isNotEmpty();
        assertThat(participants).allSatisfy(p -> assertThat(bundled.dataset().meeting(p.getString(0))).isPresent());
        assertThat(SparkSchemas.of(RecordKind.PARTICIPANT).fieldNames()[0]).isEqualTo("meeting_id");
        long names = bundled.dataset().organizations().stream().mapToLong(o -> o.names().size()).sum()
                + bundled.dataset().fieldOffices().stream().mapToLong(o -> o.names().size()).sum()
                + bundled.dataset().persons().stream().mapToLong(o -> o.names().size()).sum();
        assertThat(data.rows(RecordKind.NAME).count()).isEqualTo(names);
    }

    @Test
    void datesCarryTheirFirstAndLastPossibleDays() throws Exception {
        SparkDataset data = SparkDataset.of(LocalSpark.session(), SampleData.readCentralAsia());
        List<Row> rows = data.rows(RecordKind.MEMBERSHIP).filter("length(start_date) = 4").collectAsList();
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            String year = r.getString(r.fieldIndex("start_date"));
            assertThat(r.getDate(r.fieldIndex("start_date_earliest")).toString()).isEqualTo(year + "-01-01");
            assertThat(r.getDate(r.fieldIndex("start_date_latest")).toString()).isEqualTo(year + "-12-31");
        });
    }

    /** Each record's text, location and child locations, in dataset order. */
    private static List<String> located(SparkDataset data) {
        List<String> all = new ArrayList<>();
        for (SparkRows.Located l : data.collect()) {
            all.add(l.record() + " @ " + l.location() + " " + l.childLocations());
        }
        return all;
    }

    private static List<String> located(ImportResult imported) {
        List<String> all = new ArrayList<>();
        for (java.util.Iterator<DatasetRecord> it = imported.dataset().records().iterator(); it.hasNext(); ) {
            DatasetRecord record = it.next();
            List<Location> children = new ArrayList<>();
            if (record instanceof Meeting m) {
                m.participants().forEach(p -> children.add(imported.locations().of(p).orElse(null)));
            } else {
                io.github.regsec.model.table.RecordTables.of(record).childRows(record)
                        .forEach(c -> children.add(imported.locations().of(c).orElse(null)));
            }
            all.add(record + " @ " + imported.locations().of(record).orElse(null) + " " + children);
        }
        return all;
    }

    private static List<Problem> sorted(List<Problem> problems) {
        return problems.stream().sorted(Comparator.comparing(Problem::toString)).toList();
    }
}
