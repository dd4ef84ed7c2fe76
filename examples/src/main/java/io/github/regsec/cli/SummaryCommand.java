package io.github.regsec.cli;

import io.github.regsec.model.Answer;
import io.github.regsec.model.Coverage;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.FieldOffice;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.Membership;
import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.Organization;
import io.github.regsec.model.OrganizationKind;
import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.party.CountryParty;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.validation.DatasetValidator;
import io.github.regsec.validation.ValidationReport;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code regsec summary}: what a dataset holds, and how many problems validation finds in it. */
@Command(name = "summary",
        header = "What a dataset holds, and how many problems it has.",
        description = {
            "Counts the records of each kind; lists the members of each intergovernmental "
                    + "organization on the as-of day, the field offices by country (with the names they had "
                    + "that day) and the meetings by year; and counts the problems 'regsec validate' shows. "
                    + "Exits 1 when the data has errors."})
final class SummaryCommand implements Callable<Integer> {

    private static final int WIDTH = 78;

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH",
            description = "The dataset (default: the bundled sample:central-asia).")
    String path;

    @Option(names = "--as-of", paramLabel = "DATE", converter = Converters.Day.class,
            description = "The day to list members and office names on (default: today). "
                    + "Problems are counted as of today, as 'regsec validate' does.")
    LocalDate asOf;

    @Override
    public Integer call() throws Exception {
        Input in = input.read(path);
        LocalDate day = asOf != null ? asOf : LocalDate.now();
        // problems are those of the data as it stands today, whatever day the members are listed on
        LocalDate today = LocalDate.now();
        ValidationReport report = RegsecCommand.of(spec).plugins().validator().asOf(today).build().validate(in.result());
        Dataset dataset = in.dataset();
        PrintWriter out = spec.commandLine().getOut();
        StringBuilder b = new StringBuilder();

        b.append("Dataset ").append(Text.safe(in.asGiven())).append(", as of ").append(day).append("\n\n");

        b.append("Records\n");
        row(b, "sources", dataset.sources().size());
        row(b, "organizations", dataset.organizations().size());
        row(b, "field offices", dataset.fieldOffices().size());
        row(b, "meetings", dataset.meetings().size());
        row(b, "memberships", dataset.memberships().size());
        row(b, "persons", dataset.persons().size());
        row(b, "posts", dataset.posts().size());

        b.append("\nMembers on ").append(day).append(" (intergovernmental organizations)\n");
        List<Organization> igos = dataset.organizations().stream()
                .filter(o -> o.kind() == OrganizationKind.INTERGOVERNMENTAL).collect(Collectors.toList());
        if (igos.isEmpty()) {
            b.append("  (none)\n");
        }
        for (Organization organization : igos) {
            members(b, dataset, organization, day);
        }

        b.append("\nField offices open on ").append(day).append(", by country\n");
        Map<CountryCode, List<FieldOffice>> byCountry = new TreeMap<>();
        List<FieldOffice> certainlyOpen = new ArrayList<>();
        List<FieldOffice> possiblyOpen = new ArrayList<>();
        for (FieldOffice f : dataset.fieldOffices()) {
            if (f.period().certainlyActiveOn(day)) {
                certainlyOpen.add(f);
            } else if (f.period().possiblyActiveOn(day)) {
                possiblyOpen.add(f);
            } else {
                continue;
            }
            byCountry.computeIfAbsent(f.country(), k -> new ArrayList<>()).add(f);
        }
        int notOpen = dataset.fieldOffices().size() - certainlyOpen.size() - possiblyOpen.size();
        if (byCountry.isEmpty()) {
            b.append("  (none)\n");
        }
        byCountry.forEach((country, offices) -> {
            b.append("  ").append(country.alpha2()).append("  ").append(country.name()).append('\n');
            for (FieldOffice office : offices) {
                String owner = dataset.organization(office.organizationId()).map(Text::shortName)
                        .orElse(Text.safe(office.organizationId()));
                b.append("      ").append(officeName(dataset, office, day)).append(" (").append(owner)
                        .append(cityLabel(dataset, office, day)).append(", ")
                        .append(openLabel(office.openingDate(), office.closingDate()))
                        .append(possiblyOpen.contains(office) ? "; possibly open: " + Text.uncertainty(office.period(), day) : "")
                        .append(")\n");
            }
        });
        if (notOpen > 0) {
            b.append("  ").append(Text.count(notOpen, "other office was", "other offices were"))
                    .append(" not open on this day\n");
        }

        b.append("\nMeetings by year\n");
        Map<Integer, Integer> byYear = new TreeMap<>();
        int undated = 0;
        for (Meeting meeting : dataset.meetings()) {
            PartialDate first = meeting.startDate() != null ? meeting.startDate() : meeting.endDate();
            if (first == null) {
                undated++;
            } else {
                byYear.merge(first.year(), 1, Integer::sum);
            }
        }
        byYear.forEach((year, n) -> b.append("  ").append(year).append("     ").append(n).append('\n'));
        if (undated > 0) {
            b.append("  no date  ").append(undated).append('\n');
        }
        if (dataset.meetings().isEmpty()) {
            b.append("  (none)\n");
        }

        b.append("\nProblems (validated as of ").append(today).append(")\n  ").append(Text.count(report.errors(), "error", "errors")).append(", ")
                .append(Text.count(report.warnings(), "warning", "warnings"));
        if (!report.problems().isEmpty()) {
            b.append(" (see them with 'regsec validate").append(path == null ? "" : " " + Text.safe(in.asGiven()))
                    .append("')");
        }
        b.append('\n');
        out.print(b);
        out.flush();
        return report.hasErrors() ? RegsecCommand.DATA_ERRORS : RegsecCommand.OK;
    }

    private static void row(StringBuilder b, String label, int n) {
        b.append("  ").append(Text.pad(label, 15)).append(String.format(java.util.Locale.ROOT, "%6d", n)).append('\n');
    }

    private static String openLabel(PartialDate opening, PartialDate closing) {
        if (opening == null && closing == null) {
            return "dates unknown";
        }
        if (closing == null) {
            return "open since " + opening;
        }
        return (opening == null ? "?" : opening.toString()) + " to " + closing;
    }

    /** {@code ", Almaty"}: the city the office was in on the day (every possible one if a move's date is imprecise). */
    private static String cityLabel(Dataset dataset, FieldOffice office, LocalDate day) {
        Answer<String> cities = dataset.cityOn(office.id(), day);
        List<String> all = new ArrayList<>(cities.certain());
        all.addAll(cities.possible());
        return all.isEmpty() ? "" : ", " + all.stream().map(Text::safe).collect(Collectors.joining(" or "));
    }

    /** The office's name on the day: the certain one, or every possible one when a rename date is imprecise. */
    private static String officeName(Dataset dataset, FieldOffice office, LocalDate day) {
        Answer<String> names = dataset.namesOn(office.id(), day);
        if (names.possible().isEmpty() && names.size() == 1) {
            return Text.safe(names.get(0));
        }
        List<String> all = new ArrayList<>(names.certain());
        all.addAll(names.possible());
        return all.isEmpty() ? Text.safe(office.name())
                : all.stream().map(Text::safe).collect(Collectors.joining(" or ")) + " (renamed around this day)";
    }

    private static void members(StringBuilder b, Dataset dataset, Organization organization, LocalDate day) {
        b.append("  ").append(Text.label(organization)).append('\n');
        if (organization.foundingDate() != null && organization.foundingDate().isCertainlyAfter(day)) {
            b.append("      not founded yet: founded ").append(organization.foundingDate()).append('\n');
            return;
        }
        if (dataset.membershipsIn(organization.id()).isEmpty()) {
            b.append("      no membership records");
            Coverage coverage = organization.coverageOn(day);
            b.append(coverage == Coverage.PARTIAL ? "; this dataset's list of " + Text.shortName(organization)
                    + " members is partial" : "").append('\n');
            return;
        }
        Answer<Membership> all = dataset.membersOn(organization.id(), day, null);
        Map<MembershipStatus, List<Party>> certain = byStatus(all.certain());
        Map<MembershipStatus, List<Party>> possible = byStatus(all.possible());
        List<Party> members = certain.getOrDefault(MembershipStatus.MEMBER, List.of());
        List<Party> maybe = possible.getOrDefault(MembershipStatus.MEMBER, List.of());
        StringBuilder counts = new StringBuilder(Text.count(members.size(), "member", "members"));
        if (!maybe.isEmpty()) {
            counts.append(" and ").append(maybe.size()).append(" possibly");
        }
        if (organization.memberCount() != null) {
            counts.append(" (declares ").append(organization.memberCount()).append(')');
        }
        certain.forEach((status, parties) -> {
            if (status != MembershipStatus.MEMBER) {
                counts.append("; ").append(parties.size()).append(' ').append(status.formatName().replace('_', ' '))
                        .append(parties.size() == 1 ? "" : "s").append(": ")
                        .append(parties.stream().sorted().map(SummaryCommand::code).collect(Collectors.joining(" ")));
            }
        });
        b.append("      ").append(counts).append('\n');
        List<String> codes = members.stream().sorted().map(SummaryCommand::code).collect(Collectors.toList());
        for (String line : Text.wrap(codes, WIDTH - 6)) {
            b.append("      ").append(line).append('\n');
        }
        possible.forEach((status, parties) -> {
            List<String> words = new ArrayList<>();
            words.add("possibly " + status.formatName().replace('_', ' ') + (parties.size() == 1 ? ":" : "s:"));
            parties.stream().sorted().map(SummaryCommand::code).forEach(words::add);
            for (String line : Text.wrap(words, WIDTH - 6)) {
                b.append("      ").append(line).append('\n');
            }
        });
        for (String line : Text.wrap(List.of(Text.coverageSentence(organization, organization.coverageOn(day),
                all.size() + all.possible().size()).split(" ")), WIDTH - 6)) {
            b.append("      ").append(line).append('\n');
        }
    }

    private static Map<MembershipStatus, List<Party>> byStatus(List<Membership> memberships) {
        Map<MembershipStatus, List<Party>> byStatus = new EnumMap<>(MembershipStatus.class);
        for (Membership m : memberships) {
            List<Party> parties = byStatus.computeIfAbsent(m.status(), k -> new ArrayList<>());
            if (!parties.contains(m.member())) {
                parties.add(m.member());
            }
        }
        return byStatus;
    }

    /** A country as its code, an organization as {@code org:id}: short enough to list many. */
    private static String code(Party party) {
        return party instanceof CountryParty c ? c.country().alpha2() : Text.safe(party.text());
    }
}
