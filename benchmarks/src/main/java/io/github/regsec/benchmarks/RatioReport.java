package io.github.regsec.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs every benchmark and prints the results as ratios against their baselines, measured in the
 * same run on the same files, with the targets beside them and the median shots each ratio
 * divides, as a Markdown table. Each score is the median of a benchmark's measured single shots;
 * the import benchmarks run in two rounds, CSV and JSON Lines taking turns, and their shots are
 * pooled.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar            # the full run (about 35 minutes on 2 cores)
 * java -jar benchmarks/target/benchmarks.jar --quick    # 100,000 memberships, fewer iterations
 * </pre>
 *
 * Plain JMH is still there: {@code java -cp benchmarks/target/benchmarks.jar org.openjdk.jmh.Main -h}.
 */
public final class RatioReport {

    /** Rounds of the import benchmarks, and the shots each round measures of each. */
    private static final int IMPORT_ROUNDS = 2;
    private static final int SHOTS_PER_ROUND = 5;

    private final boolean quick;
    private final int memberships;
    private final List<String> rows = new ArrayList<>();

    private RatioReport(boolean quick) {
        this.quick = quick;
        this.memberships = quick ? 100_000 : 1_000_000;
    }

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        new RatioReport(quick).run();
    }

    private void run() throws RunnerException, IOException, InterruptedException {
        System.setProperty("regsec.bench.memberships", String.valueOf(memberships));
        // the imports, whose ratios have the tightest targets, in rounds that take turns, so that
        // a slow spell of the machine falls on the baselines as much as on the imports
        Map<Class<?>, Map<String, Double>> imports = scores(IMPORT_ROUNDS, CsvImportBenchmark.class,
                JsonLinesImportBenchmark.class);
        Map<String, Double> csv = imports.get(CsvImportBenchmark.class);
        speed("CSV import / bare Commons CSV loop (speed)", csv, "regsecImport", "bareCommonsCsv", ">= 0.6");
        speed("CSV import / hand-written mapping to records (speed)", csv, "regsecImport", "handWrittenMapping", ">= 1.0");
        speed("CSV import, all cores / one thread (speed; one big file: little to share)", csv, "regsecImportAllCores",
                "regsecImport", "");

        Map<String, Double> jsonl = imports.get(JsonLinesImportBenchmark.class);
        speed("JSON Lines import, one thread / bare Jackson token loop (speed)", jsonl, "regsecImportOneThread",
                "bareJacksonTokens", ">= 0.5");
        speed("JSON Lines import, one thread / plain data binding (speed)", jsonl, "regsecImportOneThread",
                "plainDataBinding", ">= 1.0");
        speed("JSON Lines import, all " + Runtime.getRuntime().availableProcessors() + " cores / one thread (speed)", jsonl,
                "regsecImport", "regsecImportOneThread", ">= 1.8");
        speed("JSON Lines import, all " + Runtime.getRuntime().availableProcessors()
                        + " cores / bare Jackson token loop, one thread (speed)", jsonl, "regsecImport", "bareJacksonTokens",
                ">= 0.9");
        int cores = Runtime.getRuntime().availableProcessors();
        row("bare Jackson token loop on all " + cores + " cores at once / one loop (speed: what the machine gives)",
                cores * jsonl.get("bareJacksonTokens") / jsonl.get("bareJacksonTokensOnEveryCore"),
                shots(jsonl.get("bareJacksonTokensOnEveryCore"), jsonl.get("bareJacksonTokens")), "");

        Map<String, Double> validation = scores(1, ValidationBenchmark.class).get(ValidationBenchmark.class);
        time("validation / CSV import of the same data (time), scale 1", validation, "validateEverything:1.0", "csvImport:1.0",
                "<= 1.0");
        time("validation time, scale 1 / scale 0.5", validation, "validateEverything:1.0", "validateEverything:0.5", "<= 2.3");
        time("validation time, scale 2 / scale 1", validation, "validateEverything:2.0", "validateEverything:1.0", "<= 2.3");
        speed(String.format(Locale.ROOT, "validation on all %d cores / on one thread (speed), scale 1",
                Runtime.getRuntime().availableProcessors()), validation, "validateEverything:1.0", "validateOnOneThread:1.0",
                "> 1 (scaling)");
        speed("Dataset indexes on all cores / on one thread (speed), scale 1", validation, "indexOnAllCores:1.0",
                "indexOnOneThread:1.0", "> 1 (scaling)");

        Map<String, Double> sql = scores(1, SqlLoadBenchmark.class).get(SqlLoadBenchmark.class);
        time("DuckDB load / CSV directory write (time)", sql, "duckdb", "csvDirectory", "<= 2.0");
        time("SQLite load / CSV directory write (time)", sql, "sqlite", "csvDirectory", "<= 2.0");

        Map<String, String> memory = runJava("-Xmx4g", MemoryFootprint.class, String.valueOf(memberships));
        rows.add(String.format(Locale.ROOT, "| Dataset heap per membership (bytes) | %s | | <= 200 |", memory.get("bytes-per-membership")));

        Path file = BenchmarkFiles.write(BenchmarkFiles.membershipsOnly(memberships), "memberships.jsonl");
        try {
            Map<String, String> streaming = runJava("-Xmx128m", StreamingCheck.class, file.toString());
            rows.add(String.format(Locale.ROOT, "| streaming JSON Lines read + record checks under -Xmx128m | %s records, peak heap %s MB | | succeeds |",
                    streaming.getOrDefault("records", "FAILED"), streaming.getOrDefault("peak-heap-mb", "?")));
        } finally {
            BenchmarkFiles.delete(file);
        }

        System.out.println();
        System.out.printf(Locale.ROOT, "regsec benchmarks, %s, %d memberships, %d cores, Java %s (%s)%n%n", LocalDate.now(),
                memberships, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"));
        System.out.println("| measure | ratio | median shots (ms) | target |");
        System.out.println("|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    /** A speed ratio: how many times as fast {@code subject} is as {@code baseline} (the baseline's time over the subject's). */
    private void speed(String what, Map<String, Double> scores, String subject, String baseline, String target) {
        double subjectTime = scores.get(subject);
        double baselineTime = scores.get(baseline);
        row(what, baselineTime / subjectTime, shots(subjectTime, baselineTime), target);
    }

    /** A time ratio: how many times as long {@code subject} takes as {@code baseline}. */
    private void time(String what, Map<String, Double> scores, String subject, String baseline, String target) {
        double subjectTime = scores.get(subject);
        double baselineTime = scores.get(baseline);
        row(what, subjectTime / baselineTime, shots(subjectTime, baselineTime), target);
    }

    /** The two median shots a ratio divides, the measured one first: "1,058 vs 664". */
    private static String shots(double subjectTime, double baselineTime) {
        return String.format(Locale.ROOT, "%,.0f vs %,.0f", subjectTime, baselineTime);
    }

    private void row(String what, double ratio, String shots, String target) {
        rows.add(String.format(Locale.ROOT, "| %s | %.2f | %s | %s |", what, ratio, shots, target));
    }

    /**
     * Runs benchmark classes, each once per round, the classes taking turns, and pools each
     * benchmark's measured shots over the rounds; with more than one round, each round measures
     * {@link #SHOTS_PER_ROUND} shots after the usual warm-up.
     *
     * @return per class, the median shot by method name, with ":param" for parameterised benchmarks
     */
    private Map<Class<?>, Map<String, Double>> scores(int rounds, Class<?>... benchmarks) throws RunnerException {
        Map<Class<?>, Map<String, List<Double>>> shots = new HashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (Class<?> benchmark : benchmarks) {
                ChainedOptionsBuilder options = new OptionsBuilder()
                        .include(benchmark.getName() + "\\.")
                        // prepended: options given here replace the same kind of options of the
                        // annotations, whose @Fork(jvmArgsAppend) gives each fork its fixed, touched heap
                        .jvmArgsPrepend("-Dregsec.bench.memberships=" + memberships);
                if (quick) {
                    options.warmupIterations(1).measurementIterations(2);
                } else if (rounds > 1) {
                    options.measurementIterations(SHOTS_PER_ROUND);
                }
                for (RunResult result : new Runner(options.build()).run()) {
                    String method = result.getParams().getBenchmark();
                    method = method.substring(method.lastIndexOf('.') + 1);
                    String scale = result.getParams().getParam("scale");
                    String key = scale == null ? method : method + ":" + Double.parseDouble(scale);
                    List<Double> pooled = shots.computeIfAbsent(benchmark, b -> new HashMap<>())
                            .computeIfAbsent(key, k -> new ArrayList<>());
                    for (BenchmarkResult fork : result.getBenchmarkResults()) {
                        for (IterationResult shot : fork.getIterationResults()) {
                            pooled.add(shot.getPrimaryResult().getScore());
                        }
                    }
                }
            }
        }
        Map<Class<?>, Map<String, Double>> medians = new HashMap<>();
        shots.forEach((benchmark, byKey) -> {
            Map<String, Double> scores = new HashMap<>();
            byKey.forEach((key, values) -> scores.put(key, median(values)));
            medians.put(benchmark, scores);
        });
        return medians;
    }

    /**
     * The median of single shots: on a shared machine a few shots of a big import are far out (a
     * neighbour's load); the mean would let them move the ratio, the median keeps it to what most
     * shots measure.
     */
    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Runs a main class of this jar in a fresh JVM and reads its "key value" output lines. */
    private static Map<String, String> runJava(String heap, Class<?> main, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Map<String, String> values = new HashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                System.out.println(main.getSimpleName() + ": " + line);
                String[] parts = line.split(" ", 2);
                if (parts.length == 2) {
                    values.put(parts[0], parts[1]);
                }
            }
        }
        if (process.waitFor() != 0) {
            values.clear();
            values.put("records", "FAILED (exit " + process.exitValue() + ")");
        }
        return values;
    }
}
