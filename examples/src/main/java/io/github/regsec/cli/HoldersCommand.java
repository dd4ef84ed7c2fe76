package io.github.regsec.cli;

import io.github.regsec.model.Answer;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.Membership;
import io.github.regsec.model.Organization;
import io.github.regsec.model.Post;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.model.time.Period;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code regsec holders}: who held a post on a day, certainly, and possibly where dates are imprecise. */
@Command(name = "holders",
        header = "Who held a post on a day.",
        description = {
            "Lists the holders of POST_ID on a day: first those who certainly held it, then those who possibly "
                    + "did because a date is known only to the month or year, or not at all, each with the date that "
                    + "makes it uncertain. A holder is a membership whose post_id is the post."})
final class HoldersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Parameters(index = "0", paramLabel = "POST_ID", description = "The post, e.g. osce-sg.")
    String postId;

    @Parameters(index = "1", arity = "0..1", paramLabel = "PATH",
            description = "The dataset (default: the bundled sample:central-asia).")
    String path;

    @Option(names = "--on", paramLabel = "DATE", converter = Converters.Day.class,
            description = "The day (default: today).")
    LocalDate on;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        Input in = input.read(path);
        Dataset dataset = in.dataset();
        Post post = dataset.post(postId).orElseThrow(() -> CliException.usage("there is no post '" + Text.safe(postId)
                + "' in " + Text.safe(in.asGiven()) + (dataset.posts().isEmpty() ? ": it has no posts" : ": its posts are "
                + dataset.posts().stream().map(p -> Text.safe(p.id())).collect(Collectors.joining(", ")))));
        LocalDate day = on != null ? on : LocalDate.now();
        Answer<Membership> holders = dataset.holdersOn(post.id(), day);

        PrintWriter out = spec.commandLine().getOut();
        out.print(format == OutputFormat.json ? Json.write(json(dataset, post, day, holders)) : text(dataset, post, day, holders));
        out.flush();
        return InputOptions.readingErrorsNote(in, "holders", spec.commandLine().getErr());
    }

    /** The date that makes a possible holding uncertain on the day: {@code start_date 2020-12}, {@code start_date unknown}. */
    static String uncertainBy(Membership m, LocalDate day) {
        Period period = m.period();
        if (period.start() == null) {
            return "start_date unknown";
        }
        if (period.start().latest().isAfter(day)) {
            return "start_date " + period.start();
        }
        return "end_date " + period.end();
    }

    private static String where(Dataset dataset, Post post) {
        String owner = dataset.organization(post.organizationId()).map(Organization::name)
                .or(() -> dataset.fieldOffice(post.organizationId()).map(f -> f.name()))
                .orElse(post.organizationId());
        return owner;
    }

    private static String text(Dataset dataset, Post post, LocalDate day, Answer<Membership> holders) {
        StringBuilder b = new StringBuilder();
        b.append(Text.safe(post.label())).append(" (").append(Text.safe(post.id())).append(", ")
                .append(Text.safe(where(dataset, post))).append(") on ").append(day).append(": ")
                .append(Text.count(holders.size(), "holder", "holders"))
                .append(holders.possible().isEmpty() ? "" : ", " + holders.possible().size() + " possible").append('\n');
        for (Membership m : holders) {
            b.append("  ").append(line(dataset, m)).append('\n');
        }
        if (!holders.possible().isEmpty()) {
            b.append("Possibly (a date is imprecise or unknown):\n");
            for (Membership m : holders.possible()) {
                b.append("  ").append(line(dataset, m)).append("  (uncertain: ").append(uncertainBy(m, day)).append(")\n");
            }
        }
        return b.toString();
    }

    private static String line(Dataset dataset, Membership m) {
        return Text.safe(Text.partyName(m.member(), dataset)) + " (" + Text.safe(m.member().text()) + "), "
                + Text.period(m.startDate(), m.endDate()) + (m.role() == null ? "" : ", " + Text.safe(m.role()));
    }

    private static ObjectNode json(Dataset dataset, Post post, LocalDate day, Answer<Membership> holders) {
        ObjectNode root = Json.object();
        root.put("post", post.id());
        root.put("label", post.label());
        root.put("organization", post.organizationId());
        root.put("on", day.toString());
        holdings(dataset, root.putArray("certain"), holders.certain(), null);
        holdings(dataset, root.putArray("possible"), holders.possible(), day);
        return root;
    }

    private static void holdings(Dataset dataset, ArrayNode array, List<Membership> memberships, LocalDate day) {
        for (Membership m : memberships) {
            ObjectNode holder = array.addObject();
            holder.put("membership", m.id());
            holder.put("member", m.member().text());
            holder.put("name", Text.partyName(m.member(), dataset));
            putText(holder, "role", m.role());
            putDate(holder, "start_date", m.startDate());
            putDate(holder, "end_date", m.endDate());
            if (day != null) {
                holder.put("uncertain", uncertainBy(m, day));
            }
        }
    }

    private static void putText(ObjectNode node, String field, String text) {
        if (text == null) {
            node.putNull(field);
        } else {
            node.put(field, text);
        }
    }

    private static void putDate(ObjectNode node, String field, PartialDate date) {
        putText(node, field, date == null ? null : date.toString());
    }
}
