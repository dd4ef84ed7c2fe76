package io.github.regsec.cli;

import io.github.regsec.sample.SampleData;
import io.github.regsec.validation.ConsistencyRule;
import io.github.regsec.validation.DatasetValidator;
import io.github.regsec.validation.ValidationReport;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code regsec validate}: every problem, from reading and from the consistency rules. Text: one
 * line per problem on standard output, then a count on standard error. JSON: one object on
 * standard output and nothing else.
 */
@Command(name = "validate",
        header = "Every problem in a dataset, from reading and from the consistency checks.",
        description = {
            "Reads PATH and checks it. Text output: one line per problem on standard output, "
                    + "'file:line: severity rule record-id: message', then a line with the counts on standard "
                    + "error. JSON output: one object with the problems, their counts and the records of each "
                    + "kind, on standard output only.",
            "On a terminal, a run that takes more than a moment shows a progress line on standard "
                    + "error that fits the terminal's width: the rows read so far, then the checks done and "
                    + "the one running; it is erased when done.",
            "Exits 0 when there are no errors (warnings allowed), 1 when there are."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH",
            description = "The dataset (default: the bundled sample:central-asia).")
    String path;

    @Option(names = "--as-of", paramLabel = "DATE", converter = Converters.Day.class,
            description = "Validate as of this day: dates after it are in the future, member counts are "
                    + "checked on it (default: today).")
    LocalDate asOf;

    @Option(names = "--threads", paramLabel = "N", converter = Converters.Threads.class,
            description = "Check on N threads at once (default: every core, or the Java system property "
                    + "regsec.threads); the report is the same whatever N.")
    Integer threads;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalDate day = asOf != null ? asOf : LocalDate.now();
        String given = path == null ? SampleData.CENTRAL_ASIA : path;
        RegsecCommand tool = RegsecCommand.of(spec);
        Input in;
        ValidationReport report;
        DatasetValidator.Builder validator = tool.plugins().validator().asOf(day);
        if (threads != null) {
            validator.threads(threads);
        }
        // the steps in the order the validator runs them: the record constraints, then each rule
        List<String> steps = new ArrayList<>();
        steps.add("record-constraints");
        validator.build().rules().stream().map(ConsistencyRule::id).forEach(steps::add);
        try (ClosableProgress progress = ProgressBar.forTerminal(err, Text.safe(given), steps, tool::environment)) {
            in = input.read(path, progress);
            report = validator.progress(progress).build().validate(in.result());
        }
        if (format == OutputFormat.json) {
            String json = report.toJson(in.asGiven());
            out.print(json.endsWith("\n") ? json : json + "\n");
            out.flush();
        } else {
            String text = report.toText();
            out.print(text.isEmpty() || text.endsWith("\n") ? text : text + "\n");
            out.flush();
            err.print(Text.safe(in.asGiven()) + ": " + Text.count(report.errors(), "error", "errors") + ", "
                    + Text.count(report.warnings(), "warning", "warnings") + " (as of " + day + ")\n");
            err.flush();
        }
        return report.hasErrors() ? RegsecCommand.DATA_ERRORS : RegsecCommand.OK;
    }
}
