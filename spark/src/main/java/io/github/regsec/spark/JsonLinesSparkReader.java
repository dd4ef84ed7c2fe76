package io.github.regsec.spark;

import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.ImportException;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.formats.RecordSink;
import io.github.regsec.formats.json.JsonLinesDatasetImporter;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.RecordKind;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Reads regsec JSON Lines on Spark: the file is split at line ends (a JSON string holds no raw
 * line break) into Spark partitions, the lines are numbered, and each partition's lines are
 * decoded by regsec's own JSON Lines decoder ({@link JsonLinesDatasetImporter#readLines}), so the
 * records, problems, lines and columns are those of a read on one machine.
 */
final class JsonLinesSparkReader {

    /** The column that says which kind a row of the decoded union is, or {@code problem}. */
    private static final String KIND = "_kind";
    private static final String PROBLEM = "problem";
    private static final String PROBLEM_PREFIX = "_problem_";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private JsonLinesSparkReader() {
    }

    static SparkDataset read(SparkSession spark, String path) {
        String fileName = new org.apache.hadoop.fs.Path(path).getName();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = new Configuration(jsc.hadoopConfiguration());
        conf.set("textinputformat.record.delimiter", "\n"); // only \n ends a line: a bare \r is white space
        JavaRDD<Tuple2<Tuple2<LongWritable, Text>, Long>> numbered = jsc
                .newAPIHadoopFile(path, TextInputFormat.class, LongWritable.class, Text.class, conf)
                .rdd().toJavaRDD().zipWithIndex().map(t -> t);
        Union union = new Union();
        JavaRDD<Row> decoded = numbered.mapPartitions(lines -> decode(lines, fileName, union));
        // decoded once and kept: each kind's rows and the problems are parts of it
        Dataset<Row> all = spark.createDataFrame(decoded, union.schema).persist(StorageLevel.MEMORY_AND_DISK());
        Map<RecordKind, Dataset<Row>> records = new EnumMap<>(RecordKind.class);
        for (RecordKind kind : SparkDataset.RECORD_KINDS) {
            List<Column> columns = new ArrayList<>();
            for (StructField field : SparkSchemas.of(kind).fields()) {
                columns.add(functions.col(field.name()));
            }
            records.put(kind, all.filter(functions.col(KIND).equalTo(kind.formatName()))
                    .select(columns.toArray(Column[]::new)));
        }
        List<Column> problemColumns = new ArrayList<>();
        for (StructField field : SparkSchemas.problems().fields()) {
            problemColumns.add(functions.col(PROBLEM_PREFIX + field.name()).as(field.name()));
        }
        Dataset<Row> problems = all.filter(functions.col(KIND).equalTo(PROBLEM))
                .select(problemColumns.toArray(Column[]::new));
        return new SparkDataset(spark, records, problems, List.of(fileName), all);
    }

    /** Decodes one partition's numbered lines into union rows: records of every kind, and problems. */
    private static Iterator<Row> decode(Iterator<Tuple2<Tuple2<LongWritable, Text>, Long>> lines, String fileName,
                                        Union union) throws ImportException {
        byte[] bytes = new byte[1 << 16];
        int length = 0;
        long firstIndex = -1;
        while (lines.hasNext()) {
            Tuple2<Tuple2<LongWritable, Text>, Long> line = lines.next();
            if (firstIndex < 0) {
                firstIndex = line._2();
            }
            Text text = line._1()._2();
            byte[] b = text.getBytes();
            int from = 0;
            int n = text.getLength();
            if (line._2() == 0 && n >= 3 && b[0] == BOM[0] && b[1] == BOM[1] && b[2] == BOM[2]) {
                from = 3; // a byte order mark is no part of the first line
            }
            int need = length + (n - from) + 1;
            if (need > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(need, bytes.length * 2));
            }
            System.arraycopy(b, from, bytes, length, n - from);
            length += n - from;
            bytes[length++] = '\n';
        }
        List<Row> rows = new ArrayList<>();
        if (firstIndex < 0) {
            return rows.iterator();
        }
        ReadOptions options = ReadOptions.builder().maxProblems(Integer.MAX_VALUE).threads(1).build();
        ImportContext context = ImportContext.streaming(options, new RecordSink() {
            @Override
            public void accept(DatasetRecord record, Location location, List<Location> childRowLocations) {
                long order = location == null ? 0 : location.line();
                rows.add(union.of(SparkRows.toRow(new SparkRows.Located(record, location, childRowLocations, order)),
                        record.recordKind()));
            }
        });
        if (firstIndex > Integer.MAX_VALUE - 1) {
            throw new IllegalArgumentException(fileName + " has more lines than regsec locations can number");
        }
        JsonLinesDatasetImporter.readLines(bytes, length, fileName, (int) firstIndex + 1, context);
        for (Problem problem : context.problems()) {
            rows.add(union.ofProblem(SparkDataset.problemRow(problem)));
        }
        return rows.iterator();
    }

    /** One schema for the rows of every kind and for problems, so that a partition is decoded once. */
    static final class Union implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        final StructType schema;
        private final Map<RecordKind, int[]> positions = new EnumMap<>(RecordKind.class);
        private final int[] problemPositions;

        Union() {
            Map<String, StructField> fields = new LinkedHashMap<>();
            fields.put(KIND, DataTypes.createStructField(KIND, DataTypes.StringType, false));
            for (RecordKind kind : SparkDataset.RECORD_KINDS) {
                StructType own = SparkSchemas.of(kind);
                int[] at = new int[own.fields().length];
                for (int i = 0; i < at.length; i++) {
                    StructField field = own.fields()[i];
                    StructField known = fields.putIfAbsent(field.name(),
                            DataTypes.createStructField(field.name(), field.dataType(), true));
                    if (known != null && !known.dataType().equals(field.dataType())) {
                        throw new IllegalStateException("column " + field.name() + " has two types");
                    }
                    at[i] = new ArrayList<>(fields.keySet()).indexOf(field.name());
                }
                positions.put(kind, at);
            }
            StructType problems = SparkSchemas.problems();
            problemPositions = new int[problems.fields().length];
            for (int i = 0; i < problemPositions.length; i++) {
                String name = PROBLEM_PREFIX + problems.fields()[i].name();
                fields.put(name, DataTypes.createStructField(name, problems.fields()[i].dataType(), true));
                problemPositions[i] = fields.size() - 1;
            }
            schema = DataTypes.createStructType(new ArrayList<>(fields.values()));
        }

        Row of(Row row, RecordKind kind) {
            return spread(row, positions.get(kind), kind.formatName());
        }

        Row ofProblem(Row row) {
            return spread(row, problemPositions, PROBLEM);
        }

        private Row spread(Row row, int[] at, String kind) {
            Object[] values = new Object[schema.fields().length];
            values[0] = kind;
            for (int i = 0; i < at.length; i++) {
                values[at[i]] = row.get(i);
            }
            return RowFactory.create(values);
        }
    }
}
