package io.github.regsec.spark;

import io.github.regsec.model.RecordKind;
import io.github.regsec.model.table.RecordTables;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * A dataset as Parquet: a directory with one Parquet directory per record kind, named as the
 * kind's JSON array ({@code organizations}, {@code meetings}...), {@code problems} for the reading
 * problems, and a file {@code _regsec} that marks the directory and lists the files first read.
 */
final class ParquetDirectory {

    /** The marker file: its first line says what the directory is, the others name the files read. */
    static final String MARKER = "_regsec";
    private static final String FIRST_LINE = "regsec dataset as Parquet, schema of docs/FORMATS.md#spark";
    private static final String PROBLEMS = "problems";

    private ParquetDirectory() {
    }

    static boolean isParquetDataset(SparkSession spark, String directory) {
        try {
            Path marker = new Path(directory, MARKER);
            return marker.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(marker);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    static void write(SparkDataset data, String directory) {
        Path dir = new Path(directory);
        try {
            FileSystem fs = dir.getFileSystem(data.spark().sparkContext().hadoopConfiguration());
            if (fs.exists(dir)) {
                throw new IllegalArgumentException(directory + " exists already: give a new directory");
            }
            for (RecordKind kind : SparkDataset.RECORD_KINDS) {
                data.rows(kind).write().mode(SaveMode.ErrorIfExists)
                        .parquet(new Path(dir, RecordTables.of(kind).jsonName()).toString());
            }
            data.problems().write().mode(SaveMode.ErrorIfExists).parquet(new Path(dir, PROBLEMS).toString());
            // written last: a directory without it is not a complete dataset
            try (OutputStream out = fs.create(new Path(dir, MARKER), false)) {
                StringBuilder text = new StringBuilder(FIRST_LINE).append('\n');
                data.files().forEach(f -> text.append(f).append('\n'));
                out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SparkDataset read(SparkSession spark, String directory) {
        Path dir = new Path(directory);
        List<String> files = new ArrayList<>();
        try {
            FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
            try (BufferedReader in = new BufferedReader(new InputStreamReader(fs.open(new Path(dir, MARKER)),
                    StandardCharsets.UTF_8))) {
                String first = in.readLine();
                if (!FIRST_LINE.equals(first)) {
                    throw new IllegalArgumentException(directory + "/" + MARKER + " does not start with '" + FIRST_LINE
                            + "': the directory was not written by SparkDataset.writeParquet");
                }
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (!line.isEmpty()) {
                        files.add(line);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<RecordKind, Dataset<Row>> records = new EnumMap<>(RecordKind.class);
        for (RecordKind kind : SparkDataset.RECORD_KINDS) {
            records.put(kind, spark.read().schema(SparkSchemas.of(kind))
                    .parquet(new Path(dir, RecordTables.of(kind).jsonName()).toString()));
        }
        Dataset<Row> problems = spark.read().schema(SparkSchemas.problems()).parquet(new Path(dir, PROBLEMS).toString());
        return new SparkDataset(spark, records, problems, files);
    }
}
