package io.github.regsec.benchmarks;

import io.github.regsec.model.Dataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temporary files the benchmarks generate once per run, and delete afterwards. */
final class BenchmarkFiles {

    private BenchmarkFiles() {
    }

    /** A dataset of the source, organizations and memberships only (what the import benchmarks read). */
    static Dataset membershipsOnly(int memberships) {
        Dataset full = SyntheticDataset.generate(new SyntheticDataset.Size(Math.max(1, memberships / 100), 1, memberships), 7);
        Dataset.Builder b = Dataset.builder();
        full.sources().forEach(b::add);
        full.organizations().forEach(b::add);
        full.memberships().forEach(b::add);
        return b.build();
    }

    /** Writes a dataset into a new temporary directory under the given name (a directory for CSV, a file otherwise). */
    static Path write(Dataset dataset, String name) throws IOException {
        Path dir = Files.createTempDirectory("regsec-bench");
        Path target = dir.resolve(name);
        SyntheticDataset.write(dataset, target);
        return target;
    }

    /** Deletes a file or directory tree written by {@link #write}. */
    static void delete(Path target) {
        Path root = target.getParent();
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
