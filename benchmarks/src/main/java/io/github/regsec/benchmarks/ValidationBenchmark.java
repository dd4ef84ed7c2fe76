package io.github.regsec.benchmarks;

import io.github.regsec.formats.DatasetImporter;
import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.validation.DatasetValidator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Every validation rule on a dataset of 1,000,000 memberships, 100,000 meetings and 10,000
 * organizations (scale 1), against the CSV import of the same data; and the same at half and
 * double size, to show how the cost grows. Thread scaling: the validation on all cores (the
 * default) and on one thread, and building the dataset's indexes on all cores and on one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 6)
@Fork(value = 1, jvmArgsAppend = {"-Xms12g", "-Xmx12g", "-XX:+AlwaysPreTouch"})
public class ValidationBenchmark {

    @Param({"0.5", "1", "2"})
    public double scale;

    private Path directory;
    private DatasetImporter csv;
    private ImportResult imported;
    private DatasetValidator validator;
    private DatasetValidator oneThread;
    private List<DatasetRecord> records;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        HeapCheck.warnUnlessFixedAndTouched();
        directory = BenchmarkFiles.write(SyntheticDataset.generate(Sizes.reference().times(scale), 42), "csv");
        csv = Formats.discover().importer("csv").orElseThrow();
        imported = csv.read(directory, ReadOptions.defaults());
        validator = DatasetValidator.builder().asOf(LocalDate.of(2026, 1, 1)).build();
        oneThread = DatasetValidator.builder().asOf(LocalDate.of(2026, 1, 1)).threads(1).build();
        records = imported.dataset().records().toList();
    }

    @TearDown(Level.Trial)
    public void deleteFiles() {
        BenchmarkFiles.delete(directory);
    }

    /** Every rule, single-record constraints included, on the imported dataset. */
    @Benchmark
    public long validateEverything() {
        return validator.validate(imported).problems().size();
    }

    /** Every rule, single-record constraints included, on one thread. */
    @Benchmark
    public long validateOnOneThread() {
        return oneThread.validate(imported).problems().size();
    }

    /** A new dataset of the imported records, its indexes built on all cores (the default). */
    @Benchmark
    public Object indexOnAllCores() {
        return Dataset.builder().addAll(records).build().record("membership-0");
    }

    /** A new dataset of the imported records, its indexes built on one thread. */
    @Benchmark
    public Object indexOnOneThread() {
        return Dataset.builder().threads(1).addAll(records).build().record("membership-0");
    }

    /** The baseline: importing the same CSV directory. */
    @Benchmark
    public int csvImport() throws IOException {
        return csv.read(directory, ReadOptions.defaults()).dataset().size();
    }
}
