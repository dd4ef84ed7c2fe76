package io.github.regsec.cli;

import io.github.regsec.model.Dataset;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.Participant;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.PartialDate;
import java.io.PrintWriter;
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

/** {@code regsec meeting ID}: one meeting whole. */
@Command(name = "meeting",
        header = "One meeting whole.",
        description = {
            "Shows a meeting with everything the dataset holds about it: dates, kind, place (country, city, "
                    + "venue), convenors, hosting field office, chair, supporters, topics, attendance, "
                    + "participants, the meeting it is part of, its side events, summary, sources and note."})
final class MeetingCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Parameters(index = "0", paramLabel = "ID", description = "The meeting's id, e.g. fsc-session-2019.")
    String meetingId;

    @Parameters(index = "1", arity = "0..1", paramLabel = "PATH",
            description = "The dataset (default: the bundled sample:central-asia).")
    String path;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        Input in = input.read(path);
        Dataset dataset = in.dataset();
        Meeting m = dataset.meeting(meetingId).orElseThrow(() -> CliException.usage("there is no meeting '"
                + Text.safe(meetingId) + "' in " + in.asGiven() + ": list them with regsec meetings"));
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == OutputFormat.json ? Json.write(json(m, dataset)) : text(m, dataset));
        out.flush();
        return InputOptions.readingErrorsNote(in, "meeting", spec.commandLine().getErr());
    }

    /** The fields every meeting listing shows, as JSON. */
    static void summary(ObjectNode node, Meeting m, Dataset dataset) {
        node.put("id", m.id());
        node.put("title", m.title());
        putDate(node, "start_date", m.startDate());
        putDate(node, "end_date", m.endDate());
        node.put("kind", m.kind().formatName());
        putText(node, "country", m.country() == null ? null : m.country().alpha2());
        putText(node, "city", m.city());
        putText(node, "venue", m.venue());
        parties(node.putArray("convenors"), m.convenors(), dataset);
        putText(node, "chair", m.chair() == null ? null : m.chair().text());
        node.put("participants", m.participants().size());
    }

    private static ObjectNode json(Meeting m, Dataset dataset) {
        ObjectNode node = Json.object();
        summary(node, m, dataset);
        putText(node, "host_office_id", m.hostOfficeId());
        parties(node.putArray("supporters"), m.supporters(), dataset);
        ArrayNode topics = node.putArray("topics");
        m.topics().forEach(topics::add);
        if (m.attendance() != null) {
            node.put("attendance", m.attendance());
        }
        putText(node, "parent_id", m.parentId());
        ArrayNode sides = node.putArray("side_events");
        dataset.sideEventsOf(m.id()).forEach(s -> sides.add(s.id()));
        ArrayNode people = node.putArray("participant_list");
        for (Participant p : m.participants()) {
            ObjectNode o = people.addObject();
            putText(o, "person", p.person());
            putText(o, "role", p.role());
            putText(o, "affiliation", p.affiliation() == null ? null : p.affiliation().text());
            o.put("mode", p.mode().formatName());
        }
        putText(node, "summary", m.summary());
        ArrayNode sources = node.putArray("sources");
        m.sources().forEach(sources::add);
        putText(node, "note", m.note());
        return node;
    }

    private static void parties(ArrayNode array, List<Party> parties, Dataset dataset) {
        for (Party party : parties) {
            ObjectNode o = array.addObject();
            o.put("party", party.text());
            o.put("name", Text.partyName(party, dataset));
        }
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    private static void putDate(ObjectNode node, String field, PartialDate date) {
        putText(node, field, date == null ? null : date.toString());
    }

    private static String text(Meeting m, Dataset dataset) {
        StringBuilder b = new StringBuilder();
        b.append(Text.safe(m.title())).append('\n');
        line(b, "id", m.id());
        line(b, "when", Text.meetingDates(m));
        line(b, "kind", m.kind().formatName());
        line(b, "where", Text.place(m));
        line(b, "venue", m.venue());
        line(b, "convened by", m.convenors().isEmpty() ? null : Text.parties(m.convenors(), dataset));
        line(b, "hosted by", m.hostOfficeId() == null ? null
                : dataset.fieldOffice(m.hostOfficeId()).map(f -> f.name() + " (" + f.id() + ")").orElse(m.hostOfficeId()));
        line(b, "chaired by", m.chair() == null ? null : Text.parties(List.of(m.chair()), dataset));
        line(b, "supported by", m.supporters().isEmpty() ? null : Text.parties(m.supporters(), dataset));
        line(b, "topics", m.topics().isEmpty() ? null : String.join(", ", m.topics()));
        line(b, "attendance", m.attendance() == null ? null : m.attendance().toString());
        line(b, "part of", m.parentId() == null ? null
                : dataset.meeting(m.parentId()).map(p -> p.title() + " (" + p.id() + ")").orElse(m.parentId()));
        List<Meeting> sides = dataset.sideEventsOf(m.id());
        line(b, "side events", sides.isEmpty() ? null
                : sides.stream().map(Meeting::id).collect(Collectors.joining(", ")));
        if (!m.participants().isEmpty()) {
            b.append("  participants (").append(m.participants().size()).append("):\n");
            for (Participant p : m.participants()) {
                b.append("    - ").append(Text.safe(participant(p, dataset))).append('\n');
            }
        }
        line(b, "summary", m.summary());
        line(b, "sources", m.sources().isEmpty() ? null : String.join(", ", m.sources()));
        line(b, "note", m.note());
        return b.toString();
    }

    private static String participant(Participant p, Dataset dataset) {
        StringBuilder b = new StringBuilder();
        if (p.person() != null) {
            b.append(p.person());
        }
        if (p.role() != null) {
            b.append(b.length() > 0 ? ", " : "").append(p.role());
        }
        if (p.affiliation() != null) {
            b.append(b.length() > 0 ? " " : "").append("(").append(Text.partyName(p.affiliation(), dataset)).append(")");
        }
        if (p.mode() != io.github.regsec.model.ParticipationMode.IN_PERSON) {
            b.append(" [").append(p.mode().formatName()).append("]");
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String label, String value) {
        if (value != null) {
            b.append("  ").append(label).append(": ").append(Text.safe(value)).append('\n');
        }
    }
}
