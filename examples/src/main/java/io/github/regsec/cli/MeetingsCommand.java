package io.github.regsec.cli;

import io.github.regsec.model.Dataset;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.party.OrganizationParty;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.PartialDate;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
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

/** {@code regsec meetings}: the meetings that involve given parties, in a date range, on a topic. */
@Command(name = "meetings",
        header = "The meetings that involve given parties, in date order.",
        description = {
            "Lists the meetings in which every given party takes part, in date order (undated last). "
                    + "A party takes part as convenor, chair, supporter, a participant's affiliation, or "
                    + "through the hosting field office's organization; an organization also takes part through "
                    + "its bodies and programmes (a session convened by the OSCE Forum for Security "
                    + "Co-operation involves the OSCE).",
            "With --from or --to, only meetings that may have taken place in that range are listed, "
                    + "so undated ones are left out."})
final class MeetingsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH",
            description = "The dataset (default: the bundled sample:central-asia).")
    String path;

    @Option(names = "--involving", paramLabel = "PARTY", converter = Converters.PartyValue.class,
            description = "A party that takes part: country:TJ or org:osce. Repeat it for meetings that involve all of them.")
    List<Party> involving = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", converter = Converters.Day.class,
            description = "Only meetings that may have taken place on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = Converters.Day.class,
            description = "Only meetings that may have taken place on or before this day.")
    LocalDate to;

    @Option(names = "--topic", paramLabel = "TOPIC", description = "Only meetings with this topic, e.g. terrorism.")
    String topic;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        if (from != null && to != null && to.isBefore(from)) {
            throw CliException.usage("--to " + to + " is before --from " + from);
        }
        Input in = input.read(path);
        Dataset dataset = in.dataset();
        for (Party party : involving) {
            if (party instanceof OrganizationParty org && dataset.organization(org.organizationId()).isEmpty()) {
                throw CliException.usage("--involving " + party + ": there is no organization '" + org.organizationId()
                        + "' in " + in.asGiven());
            }
        }
        List<Meeting> meetings = dataset.meetingsInvolving(involving);
        if (from != null || to != null) {
            Set<Meeting> inRange = Collections.newSetFromMap(new IdentityHashMap<>());
            inRange.addAll(dataset.meetingsBetween(from, to));
            meetings = meetings.stream().filter(inRange::contains).collect(Collectors.toList());
        }
        if (topic != null) {
            String wanted = topic.strip();
            meetings = meetings.stream().filter(m -> m.topics().contains(wanted)).collect(Collectors.toList());
        }

        PrintWriter out = spec.commandLine().getOut();
        out.print(format == OutputFormat.json ? Json.write(json(meetings)) : text(meetings));
        out.flush();
        return InputOptions.readingErrorsNote(in, "meetings", spec.commandLine().getErr());
    }

    private static ObjectNode json(List<Meeting> meetings) {
        ObjectNode root = Json.object();
        root.put("count", meetings.size());
        ArrayNode list = root.putArray("meetings");
        for (Meeting m : meetings) {
            ObjectNode meeting = list.addObject();
            meeting.put("id", m.id());
            meeting.put("title", m.title());
            putDate(meeting, "start_date", m.startDate());
            putDate(meeting, "end_date", m.endDate());
            meeting.put("kind", m.kind().formatName());
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

    private static String text(List<Meeting> meetings) {
        StringBuilder b = new StringBuilder();
        b.append(Text.count(meetings.size(), "meeting", "meetings")).append('\n');
        int dateWidth = meetings.stream().mapToInt(m -> Text.meetingDates(m).length()).max().orElse(0);
        int kindWidth = meetings.stream().mapToInt(m -> m.kind().formatName().length()).max().orElse(0);
        int idWidth = meetings.stream().mapToInt(m -> Text.safe(m.id()).length()).max().orElse(0);
        for (Meeting m : meetings) {
            b.append("  ").append(Text.pad(Text.meetingDates(m), dateWidth)).append("  ")
                    .append(Text.pad(m.kind().formatName(), kindWidth)).append("  ")
                    .append(Text.pad(Text.safe(m.id()), idWidth)).append("  ")
                    .append(Text.safe(m.title())).append('\n');
        }
        return b.toString();
    }
}
