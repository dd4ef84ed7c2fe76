package io.github.regsec.cli;

import io.github.regsec.model.Dataset;
import io.github.regsec.model.FieldOffice;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.Membership;
import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.Organization;
import io.github.regsec.model.OrganizationKind;
import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.party.CountryParty;
import io.github.regsec.model.party.OrganizationParty;
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
        ValidationReport report = DatasetValidator.builder().asOf(today).build().validate(in.result());
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

        b.append("\nMembers on ").append(day).append(" (intergovernmental organizations)\n");
        List<Organization> igos = dataset.organizations().stream()
                .filter(o -> o.kind() == OrganizationKind.INTERGOVERNMENTAL).collect(Collectors.toList());
        if (igos.isEmpty()) {
            b.append("  (none)\n");
        }
        for (Organization organization : igos) {
            members(b, dataset, organization, day);
        }

        b.append("\nField offices by country\n");
        Map<CountryCode, List<FieldOffice>> byCountry = new TreeMap<>();
        dataset.fieldOffices().forEach(f -> byCountry.computeIfAbsent(f.country(), k -> new ArrayList<>()).add(f));
        if (byCountry.isEmpty()) {
            b.append("  (none)\n");
        }
        byCountry.forEach((country, offices) -> {
            b.append("  ").append(country.alpha2()).append("  ").append(country.name()).append('\n');
            for (FieldOffice office : offices) {
                String name = Text.safe(dataset.nameOn(office.id(), day).orElse(office.name()));
                String owner = dataset.organization(office.organizationId()).map(Text::shortName)
                        .orElse(Text.safe(office.organizationId()));
                b.append("      ").append(name).append(" (").append(owner)
                        .append(office.city() == null ? "" : ", " + Text.safe(office.city())).append(", ")
                        .append(openLabel(office.openingDate(), office.closingDate())).append(")\n");
            }
        });

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

    private static void members(StringBuilder b, Dataset dataset, Organization organization, LocalDate day) {
        b.append("  ").append(Text.label(organization)).append('\n');
        Map<MembershipStatus, List<Party>> byStatus = new EnumMap<>(MembershipStatus.class);
        for (Membership m : dataset.membershipsIn(organization.id())) {
            if (m.period().possiblyActiveOn(day)) {
                List<Party> parties = byStatus.computeIfAbsent(m.status(), k -> new ArrayList<>());
                if (!parties.contains(m.member())) {
                    parties.add(m.member());
                }
            }
        }
        List<Party> members = byStatus.getOrDefault(MembershipStatus.MEMBER, List.of());
        StringBuilder counts = new StringBuilder(Text.count(members.size(), "member", "members"));
        if (organization.memberCount() != null) {
            counts.append(" (declares ").append(organization.memberCount()).append(')');
        }
        byStatus.forEach((status, parties) -> {
            if (status != MembershipStatus.MEMBER) {
                counts.append("; ").append(parties.size()).append(' ').append(status.formatName().replace('_', ' '))
                        .append(parties.size() == 1 ? "" : "s").append(": ")
                        .append(parties.stream().sorted().map(SummaryCommand::code).collect(Collectors.joining(" ")));
            }
        });
        if (dataset.membershipsIn(organization.id()).isEmpty()) {
            counts.setLength(0);
            counts.append("no membership records");
        }
        b.append("      ").append(counts).append('\n');
        List<String> codes = members.stream().sorted().map(SummaryCommand::code).collect(Collectors.toList());
        for (String line : Text.wrap(codes, WIDTH - 6)) {
            b.append("      ").append(line).append('\n');
        }
    }

    /** A country as its code, an organization as {@code org:id}: short enough to list many. */
    private static String code(Party party) {
        return party instanceof CountryParty c ? c.country().alpha2() : Text.safe(((OrganizationParty) party).text());
    }
}
