package io.github.regsec.cli;

import io.github.regsec.model.Answer;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.party.OrganizationParty;
import io.github.regsec.model.party.Party;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code regsec meetings}: the meetings that involve given parties, in a place, a date range, on a topic. */
@Command(name = "meetings",
        header = "The meetings that involve given parties, in date order.",
        description = {
            "Lists the meetings in which every given party takes part, in date order (undated last), each "
                    + "with its dates, kind, place, convenors, chair and number of participants. A party takes part "
                    + "as convenor, chair, supporter, a participant's affiliation, or through the hosting field "
                    + "office's organization; an organization also takes part through its bodies and programmes, "
                    + "and a country through its government and government agencies.",
            "With --from or --to, the meetings that certainly took place in that range are listed, then "
                    + "those that possibly did because a date is a month or a year (undated meetings are left "
                    + "out; a side event without dates possibly took place on its parent's days).",
            "Show one meeting whole with: regsec meeting ID"})
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

    @Option(names = "--held-in", paramLabel = "COUNTRY", converter = Converters.CountryValue.class,
            description = "Only meetings held in this country: TJ or TJK.")
    CountryCode heldIn;

    @Option(names = "--from", paramLabel = "DATE", converter = Converters.Day.class,
            description = "Only meetings that took place on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = Converters.Day.class,
            description = "Only meetings that took place on or before this day.")
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
        Set<Meeting> involved = Collections.newSetFromMap(new IdentityHashMap<>());
        involved.addAll(dataset.meetingsInvolving(involving));
        String wanted = topic == null ? null : topic.strip();
        Predicate<Meeting> keep = m -> involved.contains(m)
                && (heldIn == null || heldIn.equals(m.country()))
                && (wanted == null || m.topics().contains(wanted));
        List<Meeting> certain;
        List<Meeting> possible;
        if (from != null || to != null) {
            Answer<Meeting> inRange = dataset.meetingsBetween(from, to);
            certain = inRange.certain().stream().filter(keep).toList();
            possible = inRange.possible().stream().filter(keep).toList();
        } else {
            certain = dataset.meetingsByDate().stream().filter(keep).toList();
            possible = List.of();
        }

        PrintWriter out = spec.commandLine().getOut();
        out.print(format == OutputFormat.json ? Json.write(json(dataset, certain, possible)) : text(dataset, certain, possible));
        out.flush();
        return InputOptions.readingErrorsNote(in, "meetings", spec.commandLine().getErr());
    }

    private static ObjectNode json(Dataset dataset, List<Meeting> certain, List<Meeting> possible) {
        ObjectNode root = Json.object();
        root.put("count", certain.size());
        root.put("possible_count", possible.size());
        ArrayNode list = root.putArray("certain");
        certain.forEach(m -> MeetingCommand.summary(list.addObject(), m, dataset));
        ArrayNode maybe = root.putArray("possible");
        possible.forEach(m -> MeetingCommand.summary(maybe.addObject(), m, dataset));
        return root;
    }

    private static String text(Dataset dataset, List<Meeting> certain, List<Meeting> possible) {
        StringBuilder b = new StringBuilder();
        b.append(Text.count(certain.size(), "meeting", "meetings"));
        if (!possible.isEmpty()) {
            b.append(", and ").append(possible.size()).append(" possibly in the range");
        }
        b.append('\n');
        certain.forEach(m -> block(b, m, dataset));
        if (!possible.isEmpty()) {
            b.append("Possibly in the range, because a date is imprecise or missing:\n");
            possible.forEach(m -> block(b, m, dataset));
        }
        return b.toString();
    }

    /** A meeting in three short lines: dates, kind and id; its title; where, who convened, who chaired, how many took part. */
    private static void block(StringBuilder b, Meeting m, Dataset dataset) {
        b.append("  ").append(Text.meetingDates(m)).append("  ").append(m.kind().formatName()).append("  ")
                .append(Text.safe(m.id())).append('\n');
        b.append("    ").append(Text.safe(m.title())).append('\n');
        List<String> facts = new ArrayList<>();
        String place = Text.place(m);
        if (place != null) {
            facts.add("in " + place);
        }
        if (!m.convenors().isEmpty()) {
            facts.add("convened by " + Text.parties(m.convenors(), dataset));
        }
        if (m.chair() != null) {
            facts.add("chaired by " + Text.parties(List.of(m.chair()), dataset));
        }
        if (!m.participants().isEmpty()) {
            facts.add(Text.count(m.participants().size(), "participant", "participants"));
        }
        if (!facts.isEmpty()) {
            b.append("    ").append(String.join("; ", facts)).append('\n');
        }
    }
}
