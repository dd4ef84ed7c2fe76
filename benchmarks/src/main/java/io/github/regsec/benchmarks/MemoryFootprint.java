package io.github.regsec.benchmarks;

import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.model.Dataset;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Heap used by a {@link Dataset} of 1,000,000 memberships, imported from CSV: the heap after a
 * full collection with the dataset held, minus the heap before reading, divided by the number of
 * memberships; once as read, once with the indexes its first question builds. Prints
 * {@code bytes-per-membership-as-read N} and {@code bytes-per-membership N} (indexed), and the
 * heap the import's record locations take beside the dataset, {@code location-bytes-per-membership N}.
 */
public final class MemoryFootprint {

    private MemoryFootprint() {
    }

    public static void main(String[] args) throws IOException {
        int memberships = args.length > 0 ? Integer.parseInt(args[0]) : Sizes.memberships();
        Path directory = BenchmarkFiles.write(BenchmarkFiles.membershipsOnly(memberships), "csv");
        try {
            long before = usedAfterGc();
            ImportResult result = Formats.discover().importer("csv").orElseThrow().read(directory, ReadOptions.defaults());
            long withLocations = usedAfterGc();
            Dataset dataset = result.dataset();
            Reference.reachabilityFence(result);
            result = null;
            long read = usedAfterGc();
            dataset.record("membership-0"); // the first question builds the indexes
            long indexed = usedAfterGc();
            System.out.printf(Locale.ROOT, "memberships %d%n", dataset.memberships().size());
            System.out.printf(Locale.ROOT, "bytes-per-membership-as-read %.1f%n", (read - before) / (double) memberships);
            System.out.printf(Locale.ROOT, "bytes-per-membership %.1f%n", (indexed - before) / (double) memberships);
            System.out.printf(Locale.ROOT, "location-bytes-per-membership %.1f%n", (withLocations - read) / (double) memberships);
            Reference.reachabilityFence(dataset);
        } finally {
            BenchmarkFiles.delete(directory);
        }
    }

    static long usedAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
