package io.github.regsec.spark;

import io.github.regsec.model.FormatName;
import io.github.regsec.model.RecordKind;
import io.github.regsec.model.table.RecordTables;
import io.github.regsec.problem.Severity;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The job that {@code spark-submit} runs: validates a regsec dataset on the cluster and writes its
 * problems.
 *
 * <pre>
 * spark-submit --class io.github.regsec.spark.SparkMain regsec-spark-job.jar \
 *     validate IN OUT [--as-of YYYY-MM-DD] [--format jsonl|parquet] [--disable RULE]... [--severity RULE=error|warning]...
 * </pre>
 *
 * <p>IN is read with {@link SparkDataset#read} and validated with {@link SparkValidator}; the
 * problems go to OUT, a directory that must not exist yet, as Spark writes it: part files
 * ({@code part-*.json} for {@code jsonl}, the default, one problem object per line with the
 * properties of {@link SparkSchemas#problems()}, nulls written; {@code part-*.parquet} for
 * {@code parquet}), one per million problems (one file for up to a million), in problem order
 * when read in the order of their names. Standard output gets
 * the rows read of each kind, the errors and warnings of each rule and the totals.
 *
 * <p>Exit codes, as the {@code regsec} tool's: {@value #OK} no errors (warnings allowed),
 * {@value #DATA_ERRORS} the dataset has errors, {@value #USAGE} a usage error, an input that
 * cannot be read as a dataset, an output in the way or that cannot be written; those print one
 * line on standard error, never a stack trace.
 */
public final class SparkMain {

    /** Exit code: done, no errors (warnings allowed). */
    public static final int OK = 0;
    /** Exit code: the dataset has errors. */
    public static final int DATA_ERRORS = 1;
    /** Exit code: a usage error, an input that is not a dataset, an output in the way or not writable. */
    public static final int USAGE = 2;

    private static final String NAME = "regsec-spark validate";
    /** About how many problems go into one part file of OUT. */
    private static final long PROBLEMS_PER_PART = 1_000_000;
    private static final String USAGE_LINE = "usage: spark-submit --class " + SparkMain.class.getName()
            + " regsec-spark-job.jar validate IN OUT [--as-of YYYY-MM-DD] [--format jsonl|parquet]"
            + " [--disable RULE]... [--severity RULE=error|warning]...";
    private static final String HELP = USAGE_LINE + "\n\n"
            + "Reads the regsec dataset IN (JSON Lines read in parallel, a Parquet directory written by regsec-spark,\n"
            + "or any format regsec reads), validates it and writes its problems to the directory OUT, which must\n"
            + "not exist: JSON Lines part files (--format jsonl, the default) or Parquet (--format parquet).\n"
            + "Prints the rows read of each kind, the problems of each rule and the totals.\n\n"
            + "  --as-of YYYY-MM-DD       validate as of this day (default: today)\n"
            + "  --format jsonl|parquet   how the problems are written (default: jsonl)\n"
            + "  --disable RULE           switch a rule off (repeatable)\n"
            + "  --severity RULE=SEV      give a rule's problems the severity error or warning (repeatable)\n\n"
            + "Exits 0 when there are no errors (warnings allowed), 1 when there are, 2 on a usage error.\n";

    private SparkMain() {
    }

    /** How the problems are written. */
    enum OutputFormat {
        /** JSON Lines part files. */
        JSONL,
        /** Parquet part files. */
        PARQUET
    }

    /** The arguments of one run. */
    record Arguments(String in, String out, LocalDate asOf, OutputFormat format, List<String> disabled,
                     Map<String, Severity> severities) {
    }

    /** A usage error: its message is the line the user reads. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Runs the job and exits with its code (see the class description). On Databricks (where
     * {@code DATABRICKS_RUNTIME_VERSION} is set) the job neither stops the shared session nor calls
     * {@code System.exit}: it returns when there are no errors and throws otherwise, which fails
     * the task.
     *
     * @param args {@code validate IN OUT} and options
     */
    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (System.getenv("DATABRICKS_RUNTIME_VERSION") != null) {
            if (code != OK) {
                throw new IllegalStateException(NAME + " exited " + code
                        + (code == DATA_ERRORS ? ": the dataset has errors" : ": see the line above"));
            }
            return;
        }
        if (SparkSession.getDefaultSession().isDefined()) {
            SparkSession.getDefaultSession().get().stop();
        }
        System.exit(code);
    }

    /**
     * Runs the job on the session {@code SparkSession.builder().getOrCreate()} gives (under
     * {@code spark-submit}, the one it configured), writing to {@code out} and {@code err} (UTF-8).
     * Never throws for bad input; does not stop the session.
     *
     * @param args {@code validate IN OUT} and options
     * @param out where the counts go
     * @param err where usage errors and failures go
     * @return the exit code: {@link #OK}, {@link #DATA_ERRORS} or {@link #USAGE}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try {
            if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
                o.print(HELP);
                return OK;
            }
            Arguments arguments = parse(args);
            SparkValidator validator = validator(arguments);
            return validate(arguments, validator, o);
        } catch (UsageException x) {
            e.print(NAME + ": " + oneLine(x.getMessage()) + "\n");
            if (x.getMessage().startsWith("no command") || x.getMessage().startsWith("unknown command")
                    || x.getMessage().startsWith("expected")) {
                e.print(USAGE_LINE + "\n");
            }
            return USAGE;
        } catch (RuntimeException x) {
            e.print(NAME + ": failed: " + oneLine(message(x)) + "\n");
            return USAGE;
        } finally {
            o.flush();
            e.flush();
        }
    }

    /** The arguments, or a usage error saying what is wrong. */
    static Arguments parse(String[] args) throws UsageException {
        if (args.length == 0) {
            throw new UsageException("no command: give 'validate IN OUT' (--help lists the options)");
        }
        if (!args[0].equals("validate")) {
            throw new UsageException("unknown command '" + args[0] + "': the only command is 'validate'");
        }
        List<String> positional = new ArrayList<>();
        LocalDate asOf = LocalDate.now();
        OutputFormat format = OutputFormat.JSONL;
        List<String> disabled = new ArrayList<>();
        Map<String, Severity> severities = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            String option = equals < 0 ? arg : arg.substring(0, equals);
            String value;
            if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                value = null;
            }
            switch (option) {
                case "--as-of", "--format", "--disable", "--severity" -> {
                    if (value == null || value.isBlank()) {
                        throw new UsageException(option + " needs a value");
                    }
                }
                default -> throw new UsageException("unknown option '" + option
                        + "': the options are --as-of, --format, --disable and --severity");
            }
            switch (option) {
                case "--as-of" -> asOf = day(value);
                case "--format" -> format = format(value);
                case "--disable" -> disabled.add(value);
                default -> {
                    int at = value.indexOf('=');
                    if (at <= 0) {
                        throw new UsageException("--severity '" + value + "': give RULE=error or RULE=warning");
                    }
                    try {
                        severities.put(value.substring(0, at), FormatName.parse(Severity.class, value.substring(at + 1)));
                    } catch (IllegalArgumentException x) {
                        throw new UsageException("--severity " + value + ": " + x.getMessage());
                    }
                }
            }
        }
        if (positional.size() != 2) {
            throw new UsageException("expected IN and OUT after 'validate', got " + positional.size()
                    + (positional.size() == 1 ? " path" : " paths"));
        }
        return new Arguments(positional.get(0), positional.get(1), asOf, format, List.copyOf(disabled),
                Map.copyOf(severities));
    }

    private static LocalDate day(String value) throws UsageException {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException x) {
            throw new UsageException("--as-of '" + value + "' is not a day: give YYYY-MM-DD, e.g. 2026-01-01");
        }
    }

    private static OutputFormat format(String value) throws UsageException {
        return switch (value) {
            case "jsonl" -> OutputFormat.JSONL;
            case "parquet" -> OutputFormat.PARQUET;
            default -> throw new UsageException("--format '" + value + "' is not jsonl or parquet");
        };
    }

    /** The validator of these arguments, checked before Spark starts; unknown rule ids are usage errors. */
    private static SparkValidator validator(Arguments arguments) throws UsageException {
        SparkValidator.Builder builder = SparkValidator.builder().asOf(arguments.asOf());
        arguments.disabled().forEach(builder::disable);
        arguments.severities().forEach(builder::severity);
        try {
            return builder.build();
        } catch (IllegalArgumentException x) {
            throw new UsageException(x.getMessage());
        }
    }

    private static int validate(Arguments arguments, SparkValidator validator, PrintWriter out) throws UsageException {
        SparkSession spark;
        try {
            spark = SparkSession.builder().appName("regsec validate").getOrCreate();
        } catch (RuntimeException x) {
            throw new UsageException("cannot start Spark (run the job with spark-submit): " + message(x));
        }
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        if (!exists(arguments.in(), hadoop)) {
            throw new UsageException(arguments.in() + ": no such file or directory");
        }
        if (exists(arguments.out(), hadoop)) {
            throw new UsageException(arguments.out() + " exists: give OUT a path that does not exist yet (the "
                    + "problems are written as a new directory)");
        }
        SparkDataset data;
        try {
            data = SparkDataset.read(spark, arguments.in());
        } catch (UncheckedIOException x) {
            throw new UsageException(arguments.in() + ": " + message(x.getCause()));
        }
        Dataset<Row> problems = validator.validate(data);

        Map<String, Long> rows = new LinkedHashMap<>();
        for (RecordKind kind : SparkDataset.RECORD_KINDS) {
            rows.put(RecordTables.of(kind).jsonName().replace('_', ' '), data.rows(kind).count());
        }
        Map<String, long[]> byRule = new TreeMap<>();
        for (Row count : problems.groupBy("rule", "severity").count().collectAsList()) {
            long[] counts = byRule.computeIfAbsent(count.getString(0), r -> new long[2]);
            counts[count.getString(1).equals(Severity.ERROR.formatName()) ? 0 : 1] += count.getLong(2);
        }
        long errors = byRule.values().stream().mapToLong(c -> c[0]).sum();
        long warnings = byRule.values().stream().mapToLong(c -> c[1]).sum();

        // sorted problems, merged into part files of about a million problems each, in order
        int parts = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (errors + warnings + PROBLEMS_PER_PART - 1) / PROBLEMS_PER_PART));
        Dataset<Row> written = problems.coalesce(parts);
        try {
            if (arguments.format() == OutputFormat.JSONL) {
                written.write().option("ignoreNullFields", "false").json(arguments.out());
            } else {
                written.write().parquet(arguments.out());
            }
        } catch (RuntimeException x) {
            throw new UsageException("cannot write " + arguments.out() + ": " + message(x));
        } finally {
            problems.unpersist();
        }

        StringBuilder text = new StringBuilder("rows read:");
        rows.forEach((kind, n) -> text.append(' ').append(n).append(' ').append(kind).append(','));
        text.setLength(text.length() - 1);
        text.append("\nproblems by rule:\n");
        byRule.forEach((rule, c) -> text.append("  ").append(rule).append(": ")
                .append(count(c[0], "error", "errors")).append(", ").append(count(c[1], "warning", "warnings")).append('\n'));
        if (byRule.isEmpty()) {
            text.append("  none\n");
        }
        text.append(arguments.in()).append(": ").append(count(errors, "error", "errors")).append(", ")
                .append(count(warnings, "warning", "warnings")).append(" (as of ").append(arguments.asOf()).append(")\n");
        text.append("wrote ").append(count(errors + warnings, "problem", "problems")).append(" to ")
                .append(arguments.out()).append(" (")
                .append(arguments.format() == OutputFormat.JSONL ? "JSON Lines" : "Parquet").append(" part files)\n");
        out.print(text);
        out.flush();
        return errors > 0 ? DATA_ERRORS : OK;
    }

    /** Whether a path exists, on its file system ({@code hdfs://}, {@code s3a://}, local). */
    private static boolean exists(String path, Configuration hadoop) throws UsageException {
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
            FileSystem fs = p.getFileSystem(hadoop);
            return fs.exists(p);
        } catch (IOException | IllegalArgumentException x) {
            throw new UsageException(path + ": " + message(x));
        }
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** An exception's message, or its type when it has none; the innermost cause's when it names one. */
    private static String message(Throwable x) {
        Throwable t = x;
        while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null || t.getMessage().isBlank())) {
            t = t.getCause();
        }
        return t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** A message on one line: line breaks and control characters become spaces. */
    private static String oneLine(String text) {
        String line = text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
        return line.isEmpty() ? "(no message)" : line;
    }
}
