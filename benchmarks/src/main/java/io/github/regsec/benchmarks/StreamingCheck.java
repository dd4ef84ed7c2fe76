package io.github.regsec.benchmarks;

import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.ReadOptions;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/**
 * A streaming read of a JSON Lines file with the single-record checks on each record, meant to
 * run under a small heap ({@code -Xmx128m}): proves that reading does not hold the file in
 * memory. Prints the records read, the violations found and the peak heap.
 */
public final class StreamingCheck {

    private StreamingCheck() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        LongAdder records = new LongAdder();
        LongAdder violations = new LongAdder();
        try (ValidatorFactory factory = jakarta.validation.Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            ImportContext context = ImportContext.streaming(ReadOptions.defaults(), (record, location, childRows) -> {
                records.increment();
                violations.add(validator.validate(record).size());
            });
            Formats.discover().importer("jsonl").orElseThrow().read(file, context);
            System.out.printf(Locale.ROOT, "records %d%n", records.sum());
            System.out.printf(Locale.ROOT, "problems %d%n", context.problems().size());
            System.out.printf(Locale.ROOT, "violations %d%n", violations.sum());
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "peak-heap-mb %.1f%n", peak / 1048576.0);
        System.out.printf(Locale.ROOT, "max-heap-mb %.1f%n", Runtime.getRuntime().maxMemory() / 1048576.0);
    }
}
