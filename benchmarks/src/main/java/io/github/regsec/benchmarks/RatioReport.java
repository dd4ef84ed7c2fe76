package io.github.regsec.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs every benchmark and prints the results as ratios against their baselines, measured in the
 * same run on the same files, with the targets beside them, as a Markdown table. Each score is
 * the median of a benchmark's measured single shots.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar            # the full run (about half an hour on 2 cores)
 * java -jar benchmarks/target/benchmarks.jar --quick    # 100,000 memberships, fewer iterations
 * </pre>
 *
 * Plain JMH is still there: {@code java -cp benchmarks/target/benchmarks.jar org.openjdk.jmh.Main -h}.
 */
public final class RatioReport {

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
        Map<String, Double> csv = scores(CsvImportBenchmark.class);
        row("CSV import / bare Commons CSV loop (speed)", csv.get("bareCommonsCsv") / csv.get("regsecImport"), ">= 0.6");
        row("CSV import / hand-written mapping to records (speed)", csv.get("handWrittenMapping") / csv.get("regsecImport"), ">= 1.0");
        row("CSV import, all cores / one thread (speed; one big file: little to share)",
                csv.get("regsecImport") / csv.get("regsecImportAllCores"), "");

        Map<String, Double> jsonl = scores(JsonLinesImportBenchmark.class);
        row("JSON Lines import, one thread / bare Jackson token loop (speed)",
                jsonl.get("bareJacksonTokens") / jsonl.get("regsecImportOneThread"), ">= 0.5");
        row("JSON Lines import, one thread / plain data binding (speed)",
                jsonl.get("plainDataBinding") / jsonl.get("regsecImportOneThread"), ">= 1.0");
        row("JSON Lines import, all " + Runtime.getRuntime().availableProcessors() + " cores / one thread (speed)",
                jsonl.get("regsecImportOneThread") / jsonl.get("regsecImport"), ">= 1.8");
        row("JSON Lines import, all " + Runtime.getRuntime().availableProcessors()
                        + " cores / bare Jackson token loop, one thread (speed)",
                jsonl.get("bareJacksonTokens") / jsonl.get("regsecImport"), ">= 0.9");
        int cores = Runtime.getRuntime().availableProcessors();
        row("bare Jackson token loop on all " + cores + " cores at once / one loop (speed: what the machine gives)",
                cores * jsonl.get("bareJacksonTokens") / jsonl.get("bareJacksonTokensOnEveryCore"), "");

        Map<String, Double> validation = scores(ValidationBenchmark.class);
        row("validation / CSV import of the same data (time), scale 1",
                validation.get("validateEverything:1.0") / validation.get("csvImport:1.0"), "<= 1.0");
        row("validation time, scale 1 / scale 0.5",
                validation.get("validateEverything:1.0") / validation.get("validateEverything:0.5"), "<= 2.3");
        row("validation time, scale 2 / scale 1",
                validation.get("validateEverything:2.0") / validation.get("validateEverything:1.0"), "<= 2.3");
        row(String.format(Locale.ROOT, "validation on all %d cores / on one thread (speed), scale 1",
                Runtime.getRuntime().availableProcessors()),
                validation.get("validateOnOneThread:1.0") / validation.get("validateEverything:1.0"), "> 1 (scaling)");
        row("Dataset indexes on all cores / on one thread (speed), scale 1",
                validation.get("indexOnOneThread:1.0") / validation.get("indexOnAllCores:1.0"), "> 1 (scaling)");

        Map<String, Double> sql = scores(SqlLoadBenchmark.class);
        row("DuckDB load / CSV directory write (time)", sql.get("duckdb") / sql.get("csvDirectory"), "<= 2.0");
        row("SQLite load / CSV directory write (time)", sql.get("sqlite") / sql.get("csvDirectory"), "<= 2.0");

        Map<String, String> memory = runJava("-Xmx4g", MemoryFootprint.class, String.valueOf(memberships));
        rows.add(String.format(Locale.ROOT, "| Dataset heap per membership (bytes) | %s | <= 200 |", memory.get("bytes-per-membership")));

        Path file = BenchmarkFiles.write(BenchmarkFiles.membershipsOnly(memberships), "memberships.jsonl");
        try {
            Map<String, String> streaming = runJava("-Xmx128m", StreamingCheck.class, file.toString());
            rows.add(String.format(Locale.ROOT, "| streaming JSON Lines read + record checks under -Xmx128m | %s records, peak heap %s MB | succeeds |",
                    streaming.getOrDefault("records", "FAILED"), streaming.getOrDefault("peak-heap-mb", "?")));
        } finally {
            BenchmarkFiles.delete(file);
        }

        System.out.println();
        System.out.printf(Locale.ROOT, "regsec benchmarks, %s, %d memberships, %d cores, Java %s (%s)%n%n", LocalDate.now(),
                memberships, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"));
        System.out.println("| measure | ratio | target |");
        System.out.println("|---|---|---|");
        rows.forEach(System.out::println);
    }

    private void row(String what, double ratio, String target) {
        rows.add(String.format(Locale.ROOT, "| %s | %.2f | %s |", what, ratio, target));
    }

    /**
     * Runs one benchmark class; the median score by method name, with ":param" for parameterised
     * benchmarks.
     */
    private Map<String, Double> scores(Class<?> benchmark) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(benchmark.getName() + "\\.")
                .jvmArgsAppend("-Dregsec.bench.memberships=" + memberships);
        if (quick) {
            options.warmupIterations(1).measurementIterations(2);
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, Double> scores = new HashMap<>();
        for (RunResult result : results) {
            String method = result.getParams().getBenchmark();
            method = method.substring(method.lastIndexOf('.') + 1);
            String scale = result.getParams().getParam("scale");
            String key = scale == null ? method : method + ":" + Double.parseDouble(scale);
            // the median of the single shots: on a shared machine a few shots of a big import are
            // far out (a neighbour's load, memory of the virtual machine paged back in); the mean
            // would let them move the ratio, the median keeps it to what most shots measure
            scores.put(key, result.getPrimaryResult().getStatistics().getPercentile(50));
        }
        return scores;
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
