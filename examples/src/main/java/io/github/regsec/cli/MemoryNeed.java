package io.github.regsec.cli;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * About how much memory (Java heap) the tool needs for a dataset, from the size of its files: for
 * the message when memory runs out. The factors are heap bytes per byte of uncompressed input:
 * the smallest {@code -Xmx} with which {@code regsec validate} (the dataset, its indexes and the
 * validation's own data) still ran on the benchmarks' synthetic datasets, divided by their size,
 * rounded up. Measured: 333,304 records (300,000 memberships) in 154 MB from JSON Lines (65 MB),
 * 139 MB from CSV (28 MB) and 154 MB from a JSON document (89 MB); 1,111,004 records in 438 MB
 * from JSON Lines (216 MB): about 400 bytes a record.
 */
final class MemoryNeed {

    /** Heap bytes per byte of a CSV directory (CSV repeats no property names, so it is the densest). */
    static final double PER_CSV_BYTE = 5.0;
    /** Heap bytes per byte of JSON Lines (each line repeats its property names). */
    static final double PER_JSON_LINES_BYTE = 2.4;
    /** Heap bytes per byte of a JSON document (indented, with property names). */
    static final double PER_JSON_BYTE = 1.8;
    /** The heap the tool needs whatever the dataset: classes, validators, buffers. */
    static final long BASE = 16L << 20;

    private static final long[] SUGGESTIONS_MB = {256, 512, 1024, 2048, 3072, 4096, 6144, 8192, 12288, 16384, 24576,
        32768, 49152, 65536, 98304, 131072};

    private MemoryNeed() {
    }

    /** About the heap, in bytes, a dataset read from {@code path} needs; 0 when its size cannot be told. */
    static long estimate(Path path) {
        try {
            if (Files.isDirectory(path)) {
                long bytes = 0;
                try (DirectoryStream<Path> files = Files.newDirectoryStream(path)) {
                    for (Path file : files) {
                        if (Files.isRegularFile(file)) {
                            bytes += uncompressedSize(file);
                        }
                    }
                }
                return BASE + (long) (bytes * PER_CSV_BYTE);
            }
            if (!Files.isRegularFile(path)) {
                return 0;
            }
            String name = path.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
            double factor = name.endsWith(".json") ? PER_JSON_BYTE
                    : name.endsWith(".jsonl") || name.endsWith(".ndjson") ? PER_JSON_LINES_BYTE : PER_CSV_BYTE;
            return BASE + (long) (uncompressedSize(path) * factor);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * A file's size; for gzip data, the size its last member gives for its data (the size mod 4 GiB,
     * so at least the file's size is taken).
     */
    private static long uncompressedSize(Path file) throws IOException {
        long size = Files.size(file);
        if (size < 18 || !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            return size;
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            in.seek(size - 4);
            long isize = (in.read() & 0xffL) | (in.read() & 0xffL) << 8 | (in.read() & 0xffL) << 16 | (in.read() & 0xffL) << 24;
            return Math.max(size, isize);
        }
    }

    /** A {@code -Xmx} value worth trying: the next usual size above the estimate and the heap Java had. */
    static String suggestion(long estimate, long maxHeap) {
        long wanted = Math.max((long) (estimate * 1.25), maxHeap * 2);
        for (long mb : SUGGESTIONS_MB) {
            if (mb << 20 >= wanted) {
                return mb % 1024 == 0 ? (mb / 1024) + "g" : mb + "m";
            }
        }
        return ((wanted >> 30) + 1) + "g";
    }

    /** A size in megabytes or gigabytes for people: {@code 64 MB}, {@code 1.5 GB}. */
    static String size(long bytes) {
        if (bytes < 1L << 30) {
            return Math.max(1, Math.round(bytes / (double) (1L << 20))) + " MB";
        }
        return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
    }
}
