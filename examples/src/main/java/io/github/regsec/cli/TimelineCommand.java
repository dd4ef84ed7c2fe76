package io.github.regsec.cli;

import io.github.regsec.cli.timeline.MembershipTimeline;
import io.github.regsec.formats.OutputFiles;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.Membership;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code regsec timeline ORG_ID}: an SVG picture of an organization's members over time. */
@Command(name = "timeline",
        header = "An SVG picture of an organization's members over time.",
        description = {
            "Draws ORG_ID as an SVG picture: one row per member with its membership periods coloured "
                    + "by status, a year axis, the organization's names over time, the meetings of the "
                    + "organization and its bodies as numbered marks (listed under the chart; hover for "
                    + "details) and a legend. Dates known only to the year or month are drawn pale over the "
                    + "span they may cover.",
            "Writes to standard output unless --out is given."})
final class TimelineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Parameters(index = "0", paramLabel = "ORG_ID", description = "The organization's id, e.g. osce.")
    String organizationId;

    @Parameters(index = "1", arity = "0..1", paramLabel = "PATH",
            description = "The dataset (default: the bundled sample:central-asia).")
    String path;

    @Option(names = "--out", paramLabel = "FILE.svg", description = "Write the SVG to this file (overwritten if it exists).")
    Path out;

    @Option(names = "--as-of", paramLabel = "DATE", converter = Converters.Day.class,
            description = "The day ongoing memberships run to (default: today).")
    LocalDate asOf;

    @Override
    public Integer call() throws Exception {
        if (out != null && Files.isDirectory(out)) {
            throw CliException.usage(out + " is a directory: give a file name such as " + organizationId + ".svg");
        }
        Input in = input.read(path);
        Dataset dataset = in.dataset();
        if (dataset.organization(organizationId).isEmpty()) {
            throw CliException.usage("there is no organization '" + organizationId + "' in " + in.asGiven()
                    + ": organizations with members are " + dataset.memberships().stream()
                            .map(Membership::organizationId).distinct().sorted()
                            .collect(Collectors.joining(", ")));
        }
        LocalDate day = asOf != null ? asOf : LocalDate.now();
        String svg = new MembershipTimeline(dataset, organizationId, day,
                "From " + in.asGiven() + ", as of " + day).render();
        PrintWriter err = spec.commandLine().getErr();
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(svg);
            stdout.flush();
        } else {
            try (OutputStream file = OutputFiles.replace(out)) {
                file.write(svg.getBytes(StandardCharsets.UTF_8));
            }
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print("wrote " + Text.safe(out.toString()) + "\n");
            stdout.flush();
        }
        return InputOptions.readingErrorsNote(in, "timeline", err);
    }
}
