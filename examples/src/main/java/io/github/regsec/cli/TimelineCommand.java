package io.github.regsec.cli;

import io.github.regsec.cli.timeline.MembershipTimeline;
import io.github.regsec.formats.InputFiles;
import io.github.regsec.formats.OutputFiles;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.Membership;
import io.github.regsec.model.party.Party;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code regsec timeline ORG_ID}: a picture of an organization's members over time, SVG or PNG. */
@Command(name = "timeline",
        header = "A picture of an organization's members over time, as SVG or PNG.",
        description = {
            "Draws ORG_ID as an SVG picture: one row per member with its membership periods coloured "
                    + "by status, a year axis, the organization's names over time, the meetings of the "
                    + "organization and its bodies as numbered marks (listed under the chart; hover for "
                    + "details) and a legend. Dates known only to the year or month are drawn pale over the "
                    + "span they may cover. Long names and titles are wrapped, never cut short.",
            "For a figure: --title, --subtitle, --from/--to (the years drawn), --width (in pixels) and "
                    + "--members (the rows drawn, in that order).",
            "Writes to standard output unless --out is given. An --out ending in .png writes a PNG "
                    + "image of the same picture; that needs the regsec-timeline-png plugin (--plugins)."})
final class TimelineCommand implements Callable<Integer> {

    /** The name of the PNG renderer's {@link ToolProvider}, in the timeline-png module. */
    static final String PNG_TOOL = "regsec-svg-to-png";
    /** The PNG plugin's jar, as the timeline-png module builds it. */
    static final String PNG_PLUGIN_JAR = "regsec-timeline-png-plugin.jar";

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Parameters(index = "0", paramLabel = "ORG_ID", description = "The organization's id, e.g. osce; or a post's id, "
            + "e.g. osce-sg, for its holders over time.")
    String organizationId;

    @Parameters(index = "1", arity = "0..1", paramLabel = "PATH",
            description = "The dataset (default: the bundled sample:central-asia).")
    String path;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write to this file (replaced if it exists): FILE.svg (FILE.svg.gz gzips), or FILE.png for "
                    + "a PNG image.")
    Path out;

    @Option(names = "--as-of", paramLabel = "DATE", converter = Converters.Day.class,
            description = "The day ongoing memberships run to (default: today).")
    LocalDate asOf;

    @Option(names = "--title", paramLabel = "TEXT",
            description = "The title (default: the organization's name and acronym, then ': membership over time').")
    String title;

    @Option(names = "--subtitle", paramLabel = "TEXT",
            description = "A line under the title, e.g. where the data came from (default: none).")
    String subtitle;

    @Option(names = "--from", paramLabel = "YEAR",
            description = "Draw from 1 January of this year: periods are cut at the edge, members and meetings "
                    + "with nothing in the years drawn are left out (default: the first year with something to draw).")
    Integer fromYear;

    @Option(names = "--to", paramLabel = "YEAR",
            description = "Draw up to the end of this year (default: the last year with something to draw, or the "
                    + "as-of day's).")
    Integer toYear;

    @Option(names = "--width", paramLabel = "PX",
            description = "The picture's width in pixels, " + MembershipTimeline.MIN_WIDTH + " to "
                    + MembershipTimeline.MAX_WIDTH + " (default: " + MembershipTimeline.DEFAULT_WIDTH
                    + "); the height follows from the rows.")
    Integer width;

    @Option(names = "--members", paramLabel = "PARTY", split = ",", hideParamSyntax = true,
            converter = Converters.PartyValue.class,
            description = "Draw only these members, one row each in this order: country:KZ or org:ID, separated by "
                    + "commas or with the option repeated (default: every member, by the start of their first period).")
    List<Party> members = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        boolean png = out != null && InputFiles.fileName(out).toLowerCase(Locale.ROOT).endsWith(".png");
        if (out != null && Files.isDirectory(out)) {
            throw CliException.usage(out + " is a directory: give a file name such as " + organizationId + ".svg");
        }
        RegsecCommand tool = RegsecCommand.of(spec);
        ToolProvider pngTool = png ? tool.plugins().tool(PNG_TOOL).orElseThrow(() -> CliException.usage(
                "writing PNG needs the regsec-timeline-png plugin, which this regsec does not have: run it with "
                        + "--plugins " + PNG_PLUGIN_JAR + " (built in timeline-png/target), or write an .svg and "
                        + "convert it, e.g. rsvg-convert -w 2000 " + organizationId + ".svg -o " + organizationId + ".png"))
                : null;
        configure(MembershipTimeline.builder(Dataset.empty(), organizationId)); // bad options before reading
        Input in = input.read(path);
        Dataset dataset = in.dataset();
        boolean post = dataset.post(organizationId).isPresent();
        if (!post && dataset.organization(organizationId).isEmpty()) {
            throw CliException.usage("there is no organization or post '" + organizationId + "' in " + in.asGiven()
                    + ": organizations with members are " + dataset.memberships().stream()
                            .map(Membership::organizationId).distinct().sorted()
                            .collect(Collectors.joining(", ")));
        }
        String svg;
        try {
            svg = configure(post ? MembershipTimeline.forPost(dataset, organizationId)
                    : MembershipTimeline.builder(dataset, organizationId)).build().render();
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--members: " + e.getMessage()); // a party that is not a member
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if (out == null) {
            stdout.print(svg);
        } else {
            if (png) {
                writePng(pngTool, svg);
            } else {
                try (OutputStream file = OutputFiles.replace(out)) {
                    file.write(svg.getBytes(StandardCharsets.UTF_8));
                }
            }
            stdout.print("wrote " + Text.safe(out.toString()) + "\n");
        }
        stdout.flush();
        return InputOptions.readingErrorsNote(in, "timeline", spec.commandLine().getErr());
    }

    /**
     * The options given, set on a timeline builder.
     *
     * @throws CliException (a usage error) naming the option whose value the builder refuses
     */
    private MembershipTimeline.Builder configure(MembershipTimeline.Builder timeline) {
        LocalDate day = asOf != null ? asOf : LocalDate.now();
        timeline.asOf(day).subtitle(subtitle);
        option("--title", title, () -> timeline.title(title));
        option("--from", fromYear, () -> timeline.fromYear(fromYear));
        option("--to", toYear, () -> timeline.toYear(toYear));
        option("--width", width, () -> timeline.width(width));
        if (!members.isEmpty()) {
            timeline.members(members);
        }
        return timeline;
    }

    private static void option(String name, Object value, Runnable set) {
        if (value == null) {
            return;
        }
        try {
            set.run();
        } catch (IllegalArgumentException e) {
            throw CliException.usage(name + " " + Text.safe(value.toString()) + ": " + e.getMessage());
        }
    }

    /**
     * Renders the SVG as PNG with the plugin's tool: into a file beside {@code out}, which
     * replaces {@code out} only when the whole image is written.
     */
    private void writePng(ToolProvider pngTool, String svg) throws IOException {
        Path work = Files.createTempDirectory("regsec-timeline-");
        Path svgFile = work.resolve("timeline.svg");
        Path pngFile = work.resolve("timeline.png");
        try {
            Files.writeString(svgFile, svg, StandardCharsets.UTF_8);
            StringWriter errors = new StringWriter();
            int code = pngTool.run(new PrintWriter(new StringWriter()), new PrintWriter(errors),
                    svgFile.toString(), pngFile.toString());
            if (code != 0) {
                String why = errors.toString().strip();
                throw new IOException(why.isEmpty() ? "the PNG plugin could not draw the picture (exit " + code + ")" : why);
            }
            try (OutputStream file = OutputFiles.replace(out)) { // whole or not at all, with the umask's permissions
                Files.copy(pngFile, file);
            }
        } finally {
            Files.deleteIfExists(svgFile);
            Files.deleteIfExists(pngFile);
            Files.deleteIfExists(work);
        }
    }

}
