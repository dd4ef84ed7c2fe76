package io.github.regsec.cli;

import io.github.regsec.model.Dataset;
import io.github.regsec.model.Membership;
import io.github.regsec.model.Organization;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.PartialDate;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Comparator;
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

/** {@code regsec members ORG_ID}: who belonged to an organization on a day. */
@Command(name = "members",
        header = "Who belonged to an organization on a day.",
        description = {
            "Lists the parties whose membership in ORG_ID, with the status asked for, is active on "
                    + "the day: its start (read at its earliest) is on or before the day, its end (read at its "
                    + "latest) on or after it. Sorted by party."})
final class MembersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Parameters(index = "0", paramLabel = "ORG_ID", description = "The organization's id, e.g. osce.")
    String organizationId;

    @Parameters(index = "1", arity = "0..1", paramLabel = "PATH",
            description = "The dataset (default: the bundled sample:central-asia).")
    String path;

    @Option(names = "--on", paramLabel = "DATE", converter = Converters.Day.class,
            description = "The day, YYYY-MM-DD (default: today).")
    LocalDate on;

    @Option(names = "--status", paramLabel = "STATUS", converter = Converters.StatusValue.class,
            description = "member, associate, observer, partner, dialogue_partner, suspended, or all (default: member).")
    Converters.StatusFilter status = Converters.StatusFilter.MEMBER;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        Input in = input.read(path);
        Dataset dataset = in.dataset();
        Organization organization = dataset.organization(organizationId).orElseThrow(() -> CliException.usage(
                "there is no organization '" + organizationId + "' in " + in.asGiven() + ": organizations with members are "
                        + dataset.memberships().stream().map(Membership::organizationId).distinct().sorted()
                                .collect(Collectors.joining(", "))));
        LocalDate day = on != null ? on : LocalDate.now();
        List<Membership> members = dataset.membersOn(organizationId, day, status.status()).stream()
                .sorted(Comparator.comparing(Membership::member)
                        .thenComparing(Membership::startDate, Comparator.nullsFirst(Comparator.naturalOrder())))
                .collect(Collectors.toList());

        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.print(Json.write(json(dataset, day, members)));
        } else {
            out.print(text(dataset, organization, day, members));
        }
        out.flush();
        return InputOptions.readingErrorsNote(in, "members", spec.commandLine().getErr());
    }

    private ObjectNode json(Dataset dataset, LocalDate day, List<Membership> members) {
        ObjectNode root = Json.object();
        root.put("organization", organizationId);
        root.put("on", day.toString());
        root.put("count", members.size());
        ArrayNode list = root.putArray("members");
        for (Membership m : members) {
            ObjectNode member = list.addObject();
            member.put("party", m.member().text());
            member.put("name", Text.partyName(m.member(), dataset));
            member.put("status", m.status().formatName());
            putDate(member, "start_date", m.startDate());
            putDate(member, "end_date", m.endDate());
        }
        return root;
    }

    private static void putDate(ObjectNode node, String field, PartialDate date) {
        if (date == null) {
            node.putNull(field);
        } else {
            node.put(field, date.toString());
        }
    }

    private String text(Dataset dataset, Organization organization, LocalDate day, List<Membership> members) {
        StringBuilder b = new StringBuilder();
        b.append(Text.label(organization)).append(" on ").append(day).append(", status ").append(status).append(": ")
                .append(members.size()).append('\n');
        int partyWidth = members.stream().mapToInt(m -> Text.safe(m.member().text()).length()).max().orElse(0);
        int nameWidth = members.stream().mapToInt(m -> Text.safe(Text.partyName(m.member(), dataset)).length()).max().orElse(0);
        for (Membership m : members) {
            Party party = m.member();
            b.append("  ").append(Text.pad(Text.safe(party.text()), partyWidth)).append("  ")
                    .append(Text.pad(Text.safe(Text.partyName(party, dataset)), nameWidth)).append("  ");
            if (status.isAll()) {
                b.append(Text.pad(m.status().formatName(), 16)).append("  ");
            }
            b.append(Text.period(m.startDate(), m.endDate())).append('\n');
        }
        return b.toString();
    }
}
