package io.github.regsec.spark;

import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.validation.DatasetValidator;
import io.github.regsec.validation.ValidationReport;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.spark.sql.SparkSession;

/**
 * One measured validation of a JSON Lines file, in a JVM of its own so that its heap is the one
 * given: {@code single FILE} reads and validates on one machine as {@code regsec validate} does;
 * {@code spark CORES FILE} in Spark's local mode on that many cores. Prints one line
 * {@code result MODE records=N problems=N seconds=S peakHeapMb=M}; an OutOfMemoryError exits 3
 * after printing {@code result MODE out-of-memory after S s}. Run by {@link SparkScaleRunIT}.
 */
public final class SparkScaleRun {

    static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    private SparkScaleRun() {
    }

    /**
     * Runs one measurement.
     *
     * @param args {@code single FILE} or {@code spark CORES FILE}
     */
    public static void main(String[] args) throws Exception {
        String mode = args[0];
        long started = System.nanoTime();
        try {
            if (mode.equals("single")) {
                ImportResult imported = Formats.discover().read(Path.of(args[1]));
                ValidationReport report = DatasetValidator.builder().asOf(AS_OF).build().validate(imported);
                print(mode, imported.rowsRead(), report.problems().size(), started);
            } else {
                int cores = Integer.parseInt(args[1]);
                SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("regsec-scale")
                        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                        .config("spark.sql.shuffle.partitions", String.valueOf(4 * cores)).getOrCreate();
                SparkDataset data = SparkDataset.read(spark, args[2]);
                long problems = SparkValidator.builder().asOf(AS_OF).build().validate(data).count();
                long records = 0;
                for (var kind : SparkDataset.RECORD_KINDS) {
                    records += data.rows(kind).count();
                }
                print(mode + "-" + cores, records, problems, started);
                spark.stop();
            }
        } catch (OutOfMemoryError e) {
            System.out.println("result " + mode + " out-of-memory after " + seconds(started) + " s");
            System.out.flush();
            Runtime.getRuntime().halt(3);
        }
    }

    private static void print(String mode, long records, long problems, long started) {
        long peak = 0;
        for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("result " + mode + " records=" + records + " problems=" + problems + " seconds="
                + seconds(started) + " peakHeapMb=" + (peak >> 20));
    }

    private static String seconds(long started) {
        return String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9);
    }
}
