package io.github.regsec.cli;

import io.github.regsec.model.Answer;
import io.github.regsec.model.Coverage;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.Membership;
import io.github.regsec.model.Organization;
import io.github.regsec.model.RecordKind;
import io.github.regsec.model.UnknownRecordException;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.PartialDate;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
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
            "Lists the parties whose membership in ORG_ID, with the status asked for, is certainly active "
                    + "on the day (its start known and on or before the day however its date is read, its end absent "
                    + "or on or after it), then, under them, those only possibly active because a date is a "
                    + "year or a month or the start is unknown, each with the date that makes it uncertain. "
                    + "Ends with what the dataset says of its list: complete, partial or unknown. Sorted by party."})
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
        Organization organization = dataset.organization(organizationId).orElseThrow(() -> {
            List<String> withMembers = dataset.memberships().stream().map(Membership::organizationId).distinct().sorted()
                    .collect(Collectors.toList());
            List<String> close = UnknownRecordException.among(RecordKind.ORGANIZATION, organizationId,
                    dataset.organizations().stream().map(Organization::id).collect(Collectors.toList())).closeIds();
            return CliException.usage("there is no organization '" + organizationId + "' in " + in.asGiven()
                    + (close.isEmpty() ? "" : " (did you mean " + close.stream().map(id -> "'" + id + "'")
                            .collect(Collectors.joining(" or ")) + "?)")
                    + ": organizations with members are " + String.join(", ", withMembers));
        });
        LocalDate day = on != null ? on : LocalDate.now();
        Answer<Membership> members = dataset.membersOn(organizationId, day, status.status());
        List<Membership> certain = sorted(members.certain());
        List<Membership> possible = sorted(members.possible());
        Coverage coverage = organization.coverageOn(day);

        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.print(Json.write(json(dataset, day, certain, possible, coverage)));
        } else {
            out.print(text(dataset, organization, day, certain, possible, coverage));
        }
        out.flush();
        return InputOptions.readingErrorsNote(in, "members", spec.commandLine().getErr());
    }

    private static List<Membership> sorted(List<Membership> memberships) {
        return memberships.stream().sorted(Comparator.comparing(Membership::member)
                        .thenComparing(Membership::startDate, Comparator.nullsFirst(Comparator.naturalOrder())))
                .collect(Collectors.toList());
    }

    private ObjectNode json(Dataset dataset, LocalDate day, List<Membership> certain, List<Membership> possible,
                            Coverage coverage) {
        ObjectNode root = Json.object();
        root.put("organization", organizationId);
        root.put("on", day.toString());
        root.put("status", status.toString());
        root.put("coverage", coverage.formatName());
        root.put("count", certain.size());
        root.put("possible_count", possible.size());
        members(root.putArray("certain"), dataset, day, certain, false);
        members(root.putArray("possible"), dataset, day, possible, true);
        return root;
    }

    private static void members(ArrayNode list, Dataset dataset, LocalDate day, List<Membership> members, boolean possible) {
        for (Membership m : members) {
            ObjectNode member = list.addObject();
            member.put("party", m.member().text());
            member.put("name", Text.partyName(m.member(), dataset));
            member.put("status", m.status().formatName());
            putDate(member, "start_date", m.startDate());
            putDate(member, "end_date", m.endDate());
            if (possible) {
                member.put("uncertain", Text.uncertainty(m.period(), day));
            }
        }
    }

    private static void putDate(ObjectNode node, String field, PartialDate date) {
        if (date == null) {
            node.putNull(field);
        } else {
            node.put(field, date.toString());
        }
    }

    private String text(Dataset dataset, Organization organization, LocalDate day, List<Membership> certain,
                        List<Membership> possible, Coverage coverage) {
        StringBuilder b = new StringBuilder();
        b.append(Text.label(organization)).append(" on ").append(day).append(", status ").append(status).append(": ")
                .append(certain.size()).append(possible.isEmpty() ? "" : " certain, " + possible.size() + " possible")
                .append('\n');
        List<Membership> all = new ArrayList<>(certain);
        all.addAll(possible);
        int partyWidth = all.stream().mapToInt(m -> Text.safe(m.member().text()).length()).max().orElse(0);
        int nameWidth = all.stream().mapToInt(m -> Text.safe(Text.partyName(m.member(), dataset)).length()).max().orElse(0);
        for (Membership m : certain) {
            row(b, dataset, m, partyWidth, nameWidth).append('\n');
        }
        if (!possible.isEmpty()) {
            b.append("Possibly, because a date is imprecise or unknown:\n");
            for (Membership m : possible) {
                row(b, dataset, m, partyWidth, nameWidth).append("  (").append(Text.uncertainty(m.period(), day))
                        .append(")\n");
            }
        }
        b.append(Text.coverageSentence(organization, coverage, certain.size() + possible.size())).append('\n');
        return b.toString();
    }

    private StringBuilder row(StringBuilder b, Dataset dataset, Membership m, int partyWidth, int nameWidth) {
        Party party = m.member();
        b.append("  ").append(Text.pad(Text.safe(party.text()), partyWidth)).append("  ")
                .append(Text.pad(Text.safe(Text.partyName(party, dataset)), nameWidth)).append("  ");
        if (status.isAll()) {
            b.append(Text.pad(m.status().formatName(), 16)).append("  ");
        }
        return b.append(Text.period(m.startDate(), m.endDate()));
    }
}
