package io.github.regsec.spark;

import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.RecordKind;
import io.github.regsec.model.table.RecordTable;
import io.github.regsec.model.table.RecordTables;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;

/**
 * A regsec dataset on Spark: one {@code Dataset<Row>} per record kind, with the schema of
 * {@link SparkSchemas#of}, and the problems found while reading it. Each row keeps the file,
 * line and column it was read from, so that problems found later still point at their source.
 *
 * <pre>{@code
 * SparkDataset data = SparkDataset.read(spark, "events.jsonl");   // read in parallel
 * Dataset<Row> meetings = data.rows(RecordKind.MEETING);
 * Dataset<Row> problems = SparkValidator.defaults().validate(data);
 * }</pre>
 */
public final class SparkDataset {

    /** The kinds that are records (not child rows), in the order the field tables list them. */
    static final List<RecordKind> RECORD_KINDS = RecordTables.all().stream().filter(t -> !t.isChild())
            .map(RecordTable::kind).toList();

    private final SparkSession spark;
    private final Map<RecordKind, Dataset<Row>> records;
    private final Dataset<Row> problems;
    private final List<String> files;
    private final Dataset<Row> kept;

    SparkDataset(SparkSession spark, Map<RecordKind, Dataset<Row>> records, Dataset<Row> problems, List<String> files) {
        this(spark, records, problems, files, null);
    }

    SparkDataset(SparkSession spark, Map<RecordKind, Dataset<Row>> records, Dataset<Row> problems, List<String> files,
                 Dataset<Row> kept) {
        this.kept = kept;
        this.spark = Objects.requireNonNull(spark, "spark");
        this.records = Collections.unmodifiableMap(new EnumMap<>(records));
        this.problems = Objects.requireNonNull(problems, "problems");
        this.files = List.copyOf(files);
        for (RecordKind kind : RECORD_KINDS) {
            if (!records.containsKey(kind)) {
                throw new IllegalArgumentException("no rows for " + kind.formatName());
            }
        }
    }

    /**
     * Reads a dataset: regsec JSON Lines ({@code .jsonl}, {@code .ndjson}, perhaps gzipped) in
     * parallel (decoded once, when first used, and kept until {@link #unpersist()}), a directory written by {@link #writeParquet} in parallel, and any other format
     * regsec reads (a CSV directory, JSON, COW, ATOP, Popolo...) with that format's importer on the
     * driver, then spread over the cluster.
     *
     * @param spark the session
     * @param path a file or directory, local or on any file system Spark reads ({@code hdfs://}, {@code s3a://})
     * @return the dataset and the problems found reading it
     */
    public static SparkDataset read(SparkSession spark, String path) {
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        if (lower.matches(".*\\.(jsonl|ndjson)(\\.gz)?$")) {
            return JsonLinesSparkReader.read(spark, path);
        }
        if (ParquetDirectory.isParquetDataset(spark, path)) {
            return ParquetDirectory.read(spark, path);
        }
        try {
            return of(spark, Formats.discover().read(Path.of(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lets go of what reading keeps: JSON Lines are decoded once, when first used, and kept (in
     * memory, and on disk past it) for the kinds' rows and the problems to share.
     */
    public void unpersist() {
        if (kept != null) {
            kept.unpersist();
        }
    }

    /** True when reading keeps the rows (see {@link #unpersist()}). */
    boolean isKept() {
        return kept != null;
    }

    /**
     * A dataset read on the driver, spread over the cluster: its records, where they were read,
     * and its reading problems.
     *
     * @param spark the session
     * @param imported a read's result
     * @return the dataset on Spark
     */
    public static SparkDataset of(SparkSession spark, ImportResult imported) {
        Map<RecordKind, List<Row>> rows = new EnumMap<>(RecordKind.class);
        RECORD_KINDS.forEach(k -> rows.put(k, new ArrayList<>()));
        long order = 0;
        for (java.util.Iterator<DatasetRecord> it = imported.dataset().records().iterator(); it.hasNext(); ) {
            DatasetRecord record = it.next();
            List<Location> children = new ArrayList<>();
            for (var child : RecordTables.of(record).childRows(record)) {
                children.add(imported.locations().of(child).orElse(null));
            }
            rows.get(record.recordKind()).add(SparkRows.toRow(new SparkRows.Located(record,
                    imported.locations().of(record).orElse(null), children, order++)));
        }
        Map<RecordKind, Dataset<Row>> frames = new EnumMap<>(RecordKind.class);
        rows.forEach((kind, list) -> frames.put(kind, spark.createDataFrame(list, SparkSchemas.of(kind))));
        List<Row> problemRows = new ArrayList<>();
        imported.problems().forEach(p -> problemRows.add(problemRow(p)));
        return new SparkDataset(spark, frames, spark.createDataFrame(problemRows, SparkSchemas.problems()),
                imported.files());
    }

    /**
     * The session the dataset is on.
     *
     * @return the session
     */
    public SparkSession spark() {
        return spark;
    }

    /**
     * The rows of a record kind. Child rows ({@code participant}, {@code name}) come with their
     * record's id first, one row per child row; records hold theirs nested as well.
     *
     * @param kind a record kind
     * @return the rows, with the schema {@link SparkSchemas#of}
     */
    public Dataset<Row> rows(RecordKind kind) {
        Objects.requireNonNull(kind, "kind");
        if (!kind.isChildRow()) {
            return records.get(kind);
        }
        RecordTable<?> child = RecordTables.of(kind);
        List<Dataset<Row>> parts = new ArrayList<>();
        for (RecordKind parent : RECORD_KINDS) {
            if (RecordTables.of(parent).children().filter(c -> c.table() == child).isPresent()) {
                Dataset<Row> exploded = records.get(parent)
                        .select(functions.col("id").as(child.parentField()),
                                functions.explode(functions.col(child.jsonName())).as("child"));
                List<Column> columns = new ArrayList<>();
                columns.add(functions.col(child.parentField()));
                for (StructField field : SparkSchemas.child(child).fields()) {
                    columns.add(functions.col("child." + field.name()).as(field.name()));
                }
                parts.add(exploded.select(columns.toArray(Column[]::new)));
            }
        }
        Dataset<Row> all = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            all = all.unionByName(parts.get(i));
        }
        return all;
    }

    /**
     * The problems found reading the dataset, with the schema {@link SparkSchemas#problems()}.
     *
     * @return the reading problems
     */
    public Dataset<Row> problems() {
        return problems;
    }

    /**
     * The files read, relative to the path given, in the order read.
     *
     * @return the file names
     */
    public List<String> files() {
        return files;
    }

    /**
     * Writes the dataset as Parquet: a directory with one Parquet directory per record kind
     * ({@code organizations}, {@code meetings}...) and {@code problems}, which {@link #read} reads back.
     *
     * @param directory the directory to write; it must not exist
     */
    public void writeParquet(String directory) {
        ParquetDirectory.write(this, directory);
    }

    /**
     * Writes the dataset in a regsec format, chosen by the target's ending as {@code Formats.write}
     * does (a CSV directory, {@code .json}, {@code .jsonl}, perhaps {@code .gz}), from the driver:
     * the records are brought there first ({@link #collect()}), so they must fit in its memory.
     * For data of event scale, {@link #writeParquet} writes in parallel.
     *
     * @param target a path on the driver's file system
     * @throws IOException when the target cannot be written (it is left as it was)
     */
    public void write(Path target) throws IOException {
        io.github.regsec.model.Dataset.Builder builder = io.github.regsec.model.Dataset.builder();
        collect().forEach(located -> builder.add(located.record()));
        Formats.discover().write(builder.build(), target);
    }

    /**
     * Brings the dataset to the driver: every record with where it was read, in dataset order
     * (the kinds in the order of {@code Dataset.records()}, each kind's records in the order read).
     * For datasets that fit in the driver's memory (about 200 bytes per membership).
     *
     * @return the records and their locations, in dataset order
     * @throws IllegalArgumentException when a row does not decode (a Parquet file edited by hand), naming its problems
     */
    public List<SparkRows.Located> collect() {
        List<SparkRows.Located> all = new ArrayList<>();
        for (RecordKind kind : RECORD_KINDS) { // the dataset's order: kind by kind, each in the order read
            List<SparkRows.Located> ofKind = new ArrayList<>();
            for (Row row : records.get(kind).collectAsList()) {
                ofKind.add(SparkRows.located(kind, row));
            }
            ofKind.sort(java.util.Comparator.comparingLong(SparkRows.Located::order));
            all.addAll(ofKind);
        }
        return all;
    }

    /** A problem's row, with the schema {@link SparkSchemas#problems()}. */
    static Row problemRow(Problem p) {
        Location l = p.location();
        return RowFactory.create(p.severity().formatName(), p.rule(),
                p.recordKind() == null ? null : p.recordKind().formatName(), p.recordId(), p.field(),
                l == null ? null : l.file(), l == null || !l.hasLine() ? null : l.line(),
                l == null || !l.hasColumn() ? null : l.column(), p.message());
    }

    /** A problem back from its row. */
    static Problem problem(Row row) {
        io.github.regsec.problem.Severity severity = io.github.regsec.model.FormatName.parse(
                io.github.regsec.problem.Severity.class, row.getString(0));
        Problem p = new Problem(row.getString(1), severity, row.isNullAt(2) ? null : RecordKind.parse(row.getString(2)),
                row.getString(3), row.getString(4), row.isNullAt(5) ? null
                : Location.of(row.getString(5), row.isNullAt(6) ? 0 : row.getInt(6), row.isNullAt(7) ? 0 : row.getInt(7)),
                row.getString(8));
        return p;
    }
}
