package io.github.regsec.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.WriteOptions;
import io.github.regsec.formats.json.JsonLinesDatasetWriter;
import io.github.regsec.model.DatasetRecord;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * regsec's Jackson 3 ({@code tools.jackson}) and Spark's Jackson 2 ({@code com.fasterxml.jackson})
 * in one JVM, sharing one {@code jackson-annotations}: each reads what the other wrote.
 */
class TwoJacksonsTest {

    @Test
    void regsecJackson3AndSparkJackson2ReadWhatTheOtherWrote(@TempDir Path temp) throws Exception {
        assertThat(tools.jackson.databind.cfg.PackageVersion.VERSION.getMajorVersion()).isEqualTo(3);
        assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.getMajorVersion()).isEqualTo(2);
        SparkSession spark = LocalSpark.session();

        // Jackson 3: regsec reads the planted JSON Lines and writes its records as JSON Lines
        ImportResult planted = Formats.discover().read(SparkMainTest.PLANTED);
        List<DatasetRecord> records = new ArrayList<>();
        planted.dataset().records().forEach(records::add);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new JsonLinesDatasetWriter().write(planted.dataset(), bytes, WriteOptions.defaults());
        List<String> regsecLines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(regsecLines).hasSize(records.size());

        // Jackson 2: Spark's JSON reader parses those lines (its JacksonParser)
        Dataset<Row> parsed = spark.read().json(spark.createDataset(regsecLines, Encoders.STRING()));
        assertThat(parsed.select("id").as(Encoders.STRING()).collectAsList())
                .containsExactlyElementsOf(records.stream().map(DatasetRecord::id).toList());
        assertThat(parsed.filter(functions.col("type").equalTo("organization")).count())
                .isEqualTo(planted.dataset().organizations().size());

        // Jackson 2: to_json (its JacksonGenerator) and from_json give the rows back
        StructType schema = parsed.schema();
        Dataset<Row> roundTrip = parsed.select(functions.to_json(functions.struct(functions.col("*"))).as("json"))
                .select(functions.from_json(functions.col("json"), schema).as("row")).select("row.*");
        assertThat(roundTrip.collectAsList()).containsExactlyElementsOf(parsed.collectAsList());

        // Jackson 2 through json4s: Spark's schema JSON and its plan JSON
        assertThat(DataType.fromJson(schema.json())).isEqualTo(schema);
        assertThat(parsed.queryExecution().analyzed().toJSON()).startsWith("[{\"class\":\"org.apache.spark.sql.")
                .contains("\"class\":\"org.apache.spark.sql.catalyst.expressions.AttributeReference\"", "\"name\":\"id\"");

        // Jackson 3 again: regsec reads what Spark's Jackson 2 wrote and gets the same records
        Path sparkWritten = Files.write(temp.resolve("spark.jsonl"), parsed.toJSON().collectAsList());
        ImportResult back = Formats.discover().read(sparkWritten);
        assertThat(back.problems()).isEmpty();
        List<DatasetRecord> backRecords = new ArrayList<>();
        back.dataset().records().forEach(backRecords::add);
        assertThat(backRecords).containsExactlyElementsOf(records);
    }
}
