package io.github.regsec.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The scale benchmark of benchmarks/README.md, run only when asked:
 * {@code mvn verify -pl spark -am -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=SparkScaleRunIT
 * -Dregsec.scale.records=10000000 [-Dregsec.scale.heap=2g] [-Dregsec.scale.cores=1,2] [-Dregsec.scale.single=true]}.
 * It writes a generated JSON Lines dataset of that many records (meetings with participants, 0.5%
 * memberships, 0.5% persons, problems of every rule planted), then validates it in fresh JVMs
 * with the same heap: on one machine (expected to run out of memory at event scale) and in Spark's
 * local mode on each number of cores; each prints its time and peak heap.
 */
class SparkScaleRunIT {

    @Test
    void validatesAGeneratedDatasetOnEveryNumberOfCores() throws Exception {
        String records = System.getProperty("regsec.scale.records", "");
        assumeTrue(!records.isBlank(), "set -Dregsec.scale.records=N to run the scale benchmark");
        long n = Long.parseLong(records.replace("_", ""));
        String heap = System.getProperty("regsec.scale.heap", "2g");
        Path dir = Files.createDirectories(Path.of(System.getProperty("regsec.scale.dir", "target/scale")));
        Path file = dir.resolve("events-" + n + ".jsonl");
        if (!Files.exists(file)) {
            long started = System.nanoTime();
            long lines = EventScaleDataset.write(file, n, n / 200, n / 200, 11);
            System.out.printf("generated %,d lines, %,d MB, in %.0f s%n", lines, Files.size(file) >> 20,
                    (System.nanoTime() - started) / 1e9);
        }
        List<String> results = new ArrayList<>();
        if (Boolean.parseBoolean(System.getProperty("regsec.scale.single", "true"))) {
            results.add(child(heap, "single", file.toString()));
        }
        for (String cores : System.getProperty("regsec.scale.cores", "1,2").split(",")) {
            String line = child(heap, "spark", cores.strip(), file.toString());
            assertThat(line).contains("problems=");
            results.add(line);
        }
        System.out.println("scale run, " + n + " records, -Xmx" + heap + ":");
        results.forEach(r -> System.out.println("  " + r));
    }

    private static String child(String heap, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.addAll(List.of(System.getProperty("regsec.spark.java17.flags").strip().split("\\s+")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), SparkScaleRun.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("scale-run", ".txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!process.waitFor(3, TimeUnit.HOURS)) {
            process.destroyForcibly();
        }
        String text = Files.readString(out, StandardCharsets.UTF_8);
        String result = text.lines().filter(l -> l.startsWith("result ")).reduce((a, b) -> b)
                .orElse("result " + String.join(" ", args) + " exit " + process.exitValue()
                        + (text.contains("OutOfMemoryError") ? " out-of-memory" : ""));
        System.out.println(result);
        return result + " (exit " + process.exitValue() + ")";
    }
}
