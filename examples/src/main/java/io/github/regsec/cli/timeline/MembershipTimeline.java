package io.github.regsec.cli.timeline;

import io.github.regsec.model.Dataset;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.Membership;
import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.Name;
import io.github.regsec.model.NameKind;
import io.github.regsec.model.Organization;
import io.github.regsec.model.Person;
import io.github.regsec.model.party.CountryParty;
import io.github.regsec.model.party.OrganizationParty;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.party.PersonParty;
import io.github.regsec.model.time.DatePrecision;
import io.github.regsec.model.time.PartialDate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Draws an organization's membership history as an SVG picture: a row for the organization
 * (its names over time), one row per member with its membership periods coloured by status, a
 * year axis, the meetings of the organization and its bodies as numbered marks (listed under the
 * chart, with tooltips), a line for the as-of day and a legend.
 *
 * <p>Reduced-precision dates are drawn honestly: the span a date may fall in ({@code 1973} is
 * any day of 1973) is drawn pale, the certain part solid. A period with an unknown start fades
 * in from the left edge. Output is deterministic for the same input and as-of day.
 *
 * <pre>{@code
 * String svg = new MembershipTimeline(dataset, "osce", LocalDate.of(2026, 1, 1)).render();
 * }</pre>
 */
public final class MembershipTimeline {

    private static final double PLOT_WIDTH = 780;
    private static final double RIGHT_MARGIN = 36;
    private static final double ROW_HEIGHT = 20;
    private static final double BAR_HEIGHT = 12;
    private static final double LABEL_FONT = 12;
    private static final double CHAR_WIDTH = 7.0; // average advance of the label font, for layout
    private static final int MAX_LABEL_CHARS = 34;
    private static final String INK = "#1a202c";
    private static final String MUTED = "#4a5568";
    private static final String GRID = "#e2e8f0";
    private static final String STRIPE = "#f7fafc";
    private static final String ORGANIZATION_COLOUR = "#718096";

    private static final Map<MembershipStatus, String> COLOURS = new EnumMap<>(MembershipStatus.class);

    static {
        // Okabe-Ito palette: tells statuses apart with common colour-vision deficiencies
        COLOURS.put(MembershipStatus.MEMBER, "#0072B2");
        COLOURS.put(MembershipStatus.ASSOCIATE, "#009E73");
        COLOURS.put(MembershipStatus.OBSERVER, "#E69F00");
        COLOURS.put(MembershipStatus.PARTNER, "#CC79A7");
        COLOURS.put(MembershipStatus.DIALOGUE_PARTNER, "#56B4E9");
        COLOURS.put(MembershipStatus.SUSPENDED, "#D55E00");
    }

    private final Dataset dataset;
    private final String organizationId;
    private final LocalDate asOf;
    private final String subtitle;

    /** What the dataset says of its list of members, when it is not complete today; null when it is. */
    private String coverageNote(Organization organization, String orgShort) {
        if (organization == null) {
            return null;
        }
        return switch (organization.coverageOn(asOf)) {
            case COMPLETE -> null;
            case PARTIAL -> "This dataset's list of " + orgShort + " members is partial: the chart is not a full roster.";
            case UNKNOWN -> "This dataset does not say whether its list of " + orgShort + " members is complete.";
        };
    }

    /**
     * A timeline of an organization in a dataset.
     *
     * @param dataset the records
     * @param organizationId the organization to draw; it need not have members
     * @param asOf the day ongoing periods run to (usually today)
     */
    public MembershipTimeline(Dataset dataset, String organizationId, LocalDate asOf) {
        this(dataset, organizationId, asOf, null);
    }

    /**
     * A timeline with a line of text under the title, e.g. where the data came from.
     *
     * @param subtitle the line under the title, or null for the default (the as-of day)
     */
    public MembershipTimeline(Dataset dataset, String organizationId, LocalDate asOf, String subtitle) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.organizationId = Objects.requireNonNull(organizationId, "organizationId");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.subtitle = subtitle;
    }

    /** One row of the chart: a member and its memberships. */
    private record Row(Party party, String label, List<Membership> memberships) {
    }

    /** A meeting placed on the axis, with its number in the list under the chart. */
    private record Mark(int number, Meeting meeting, LocalDate first, LocalDate last) {
    }

    /** The SVG document, UTF-8 text with {@code \n} line ends. */
    public String render() {
        Organization organization = dataset.organization(organizationId).orElse(null);
        String orgName = organization == null ? organizationId : organization.name();
        String orgShort = organization == null ? organizationId
                : organization.acronym() != null ? organization.acronym() : organization.name();

        List<Row> rows = rows();
        List<Meeting> meetings = dataset.meetingsInvolving(new OrganizationParty(organizationId));
        List<Mark> marks = new ArrayList<>();
        List<Meeting> undated = new ArrayList<>();
        for (Meeting m : meetings) {
            PartialDate first = m.startDate() != null ? m.startDate() : m.endDate();
            PartialDate last = m.endDate() != null ? m.endDate() : m.startDate();
            if (first == null) {
                undated.add(m);
            } else {
                marks.add(new Mark(marks.size() + 1, m, first.earliest(), last.latest()));
            }
        }

        // the years on the axis: everything drawn, and the as-of day
        int firstYear = asOf.getYear();
        int lastYear = asOf.getYear();
        for (Row row : rows) {
            for (Membership m : row.memberships()) {
                if (m.startDate() != null) {
                    firstYear = Math.min(firstYear, m.startDate().year());
                }
                if (m.endDate() != null) {
                    lastYear = Math.max(lastYear, m.endDate().year());
                }
            }
        }
        if (organization != null && organization.foundingDate() != null) {
            firstYear = Math.min(firstYear, organization.foundingDate().year());
        }
        for (Mark mark : marks) {
            firstYear = Math.min(firstYear, mark.first().getYear());
            lastYear = Math.max(lastYear, mark.last().getYear());
        }
        int step = tickStep(lastYear + 1 - firstYear);
        firstYear = Math.floorDiv(firstYear, step) * step;
        lastYear = lastYear + 1; // the axis runs to 1 January after the last year drawn
        Axis axis = new Axis(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 1, 1));

        int labelChars = Math.max(orgShort.length(), "Meetings".length());
        for (Row row : rows) {
            labelChars = Math.max(labelChars, Math.min(row.label().length(), MAX_LABEL_CHARS));
        }
        double left = 24 + labelChars * CHAR_WIDTH + 16;
        axis.x0 = left;
        double width = left + PLOT_WIDTH + RIGHT_MARGIN;

        Svg svg = new Svg();
        double y = 34;
        svg.text(24, y, 19, "bold", INK, "start", orgName + (organization != null && organization.acronym() != null
                ? " (" + organization.acronym() + ")" : "") + ": membership over time");
        y += 22;
        svg.text(24, y, 12.5, "normal", MUTED, "start", subtitle != null ? subtitle
                : rows.size() + (rows.size() == 1 ? " member" : " members") + " on record, as of " + asOf);
        String coverage = coverageNote(organization, orgShort);
        if (coverage != null) {
            y += 18;
            svg.text(24, y, 12.5, "bold", INK, "start", coverage);
        }
        y += 26;
        y = legend(svg, y, rows, !marks.isEmpty());

        double axisY = y + 36;
        double top = axisY + 8;
        double meetingsRowHeight = marks.isEmpty() ? 0 : 30;
        double rowsTop = top + ROW_HEIGHT + 4 + meetingsRowHeight;
        double bottom = rowsTop + Math.max(rows.size(), 1) * ROW_HEIGHT;

        // grid and axis labels (top and, for tall charts, bottom)
        svg.open("g", "id", "axis");
        for (int year = firstYear; year <= lastYear; year++) {
            double x = axis.x(LocalDate.of(year, 1, 1));
            boolean major = year % step == 0;
            if (major) {
                svg.line(x, top, x, bottom, GRID, 1, null);
                svg.line(x, axisY - 4, x, axisY + 2, MUTED, 1, null);
                svg.text(x, axisY - 8, 11.5, "normal", MUTED, "middle", Integer.toString(year));
                if (rows.size() > 20) {
                    svg.line(x, bottom, x, bottom + 5, MUTED, 1, null);
                    svg.text(x, bottom + 18, 11.5, "normal", MUTED, "middle", Integer.toString(year));
                }
            } else if (axis.pxPerYear() >= 6) {
                svg.line(x, axisY - 2, x, axisY + 2, MUTED, 0.75, null);
            }
        }
        svg.line(axis.x0, axisY + 2, axis.x0 + PLOT_WIDTH, axisY + 2, MUTED, 1, null);
        svg.close("g");

        // the organization's own row: its names over time
        double rowY = top;
        organizationRow(svg, organization, orgShort, axis, rowY);
        rowY += ROW_HEIGHT + 4;

        // the meetings row
        List<Double> meetingLines = new ArrayList<>();
        if (!marks.isEmpty()) {
            svg.text(24, rowY + meetingsRowHeight / 2 + 4, LABEL_FONT, "bold", INK, "start", "Meetings");
            svg.open("g", "id", "meetings");
            double lastX = -100;
            int lane = 0;
            for (Mark mark : marks) {
                double x0 = axis.x(mark.first());
                double x1 = axis.x(mark.last().plusDays(1));
                double cx = (x0 + x1) / 2;
                lane = cx - lastX < 16 ? (lane + 1) % 2 : 0;
                lastX = cx;
                double cy = rowY + 10 + lane * 12;
                meetingLines.add(cx);
                svg.open("g", "class", "meeting");
                svg.title(mark.number() + ". " + dates(mark.meeting()) + ": " + mark.meeting().title()
                        + " (" + mark.meeting().kind().formatName().replace('_', ' ') + ")");
                if (x1 - x0 > 8) {
                    svg.rect(x0, cy - 2, x1 - x0, 4, "#805ad5", 0.35, 1);
                }
                svg.diamond(cx, cy, 6, "#805ad5");
                svg.text(cx + 8, cy + 4, 10.5, "bold", "#553c9a", "start", Integer.toString(mark.number()));
                svg.close("g");
            }
            svg.close("g");
            rowY += meetingsRowHeight;
        }

        // member rows
        svg.open("g", "id", "members");
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double ry = rowsTop + i * ROW_HEIGHT;
            if (i % 2 == 0) {
                svg.rect(16, ry, left - 16 + PLOT_WIDTH + 8, ROW_HEIGHT, STRIPE, 1, 0);
            }
            svg.open("g", "class", "row");
            svg.title(row.label() + " (" + row.party().text() + ")");
            svg.text(24, ry + ROW_HEIGHT / 2 + 4, LABEL_FONT, "normal", INK, "start", truncate(row.label()));
            svg.close("g");
            for (Membership m : row.memberships()) {
                period(svg, axis, m, row.label(), ry + (ROW_HEIGHT - BAR_HEIGHT) / 2);
            }
        }
        if (rows.isEmpty()) {
            svg.text(24, rowsTop + ROW_HEIGHT / 2 + 4, LABEL_FONT, "italic", MUTED, "start",
                    "No membership records for " + orgShort + ".");
        }
        svg.close("g");

        // a line down from each meeting, over the bars: who was a member then
        if (!meetingLines.isEmpty() && !rows.isEmpty()) {
            svg.open("g", "id", "meeting-lines", "opacity", "0.7");
            for (double x : meetingLines) {
                svg.line(x, rowsTop, x, bottom, "#553c9a", 1, "2 3");
            }
            svg.close("g");
        }

        // the as-of line
        double todayX = axis.x(asOf);
        svg.line(todayX, top - 2, todayX, bottom, INK, 1.2, "5 3");

        // the list of meetings under the chart
        double listY = bottom + (rows.size() > 20 ? 44 : 30);
        if (!marks.isEmpty() || !undated.isEmpty()) {
            svg.text(24, listY, 13, "bold", INK, "start", "Meetings of " + orgShort + " and its bodies");
            listY += 20;
            for (Mark mark : marks) {
                svg.text(24, listY, 12, "bold", "#553c9a", "start", mark.number() + ".");
                svg.text(48, listY, 12, "normal", INK, "start",
                        dates(mark.meeting()) + "  " + ellipsis(mark.meeting().title(), 120));
                listY += 18;
            }
            if (!undated.isEmpty()) {
                svg.text(24, listY, 12, "italic", MUTED, "start", "Without a date, so not on the axis:");
                listY += 18;
                for (Meeting m : undated) {
                    svg.text(48, listY, 12, "normal", INK, "start", "\u2013 " + ellipsis(m.title(), 120));
                    listY += 18;
                }
            }
        }
        double height = listY + 12;
        return svg.document(width, height, orgName + ": membership over time");
    }

    /** The members, one row each, by first start (unknown last), then by name. */
    private List<Row> rows() {
        Map<Party, List<Membership>> byParty = new LinkedHashMap<>();
        for (Membership m : dataset.membershipsIn(organizationId)) {
            byParty.computeIfAbsent(m.member(), k -> new ArrayList<>()).add(m);
        }
        List<Row> rows = new ArrayList<>();
        byParty.forEach((party, memberships) -> {
            List<Membership> sorted = new ArrayList<>(memberships);
            sorted.sort(Comparator.comparing(Membership::startDate, Comparator.nullsFirst(Comparator.naturalOrder())));
            rows.add(new Row(party, name(party), List.copyOf(sorted)));
        });
        rows.sort(Comparator.comparing((Row r) -> firstStart(r), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Row::label).thenComparing(Row::party));
        return rows;
    }

    private static LocalDate firstStart(Row row) {
        return row.memberships().stream().map(Membership::startDate).filter(Objects::nonNull)
                .map(PartialDate::earliest).min(Comparator.naturalOrder()).orElse(null);
    }

    private String name(Party party) {
        if (party instanceof CountryParty c) {
            return c.country().name();
        }
        if (party instanceof OrganizationParty org) {
            String id = org.organizationId();
            return dataset.organization(id).map(o -> o.acronym() != null ? o.acronym() : o.name()).orElse(id);
        }
        PersonParty person = (PersonParty) party;
        return dataset.person(person.personId()).map(Person::name).orElse(person.personId());
    }

    /** The legend: the statuses drawn, pale for uncertain dates, the meeting mark and the as-of line. */
    private double legend(Svg svg, double y, List<Row> rows, boolean meetings) {
        List<MembershipStatus> statuses = rows.stream().flatMap(r -> r.memberships().stream()).map(Membership::status)
                .distinct().sorted().collect(Collectors.toList());
        double x = 24;
        svg.open("g", "id", "legend");
        for (MembershipStatus status : statuses) {
            String label = status.formatName().replace('_', ' ');
            svg.rect(x, y - 10, 22, 12, COLOURS.get(status), 1, 2);
            svg.text(x + 28, y, 12, "normal", INK, "start", label);
            x += 28 + label.length() * CHAR_WIDTH + 18;
        }
        if (!statuses.isEmpty()) {
            svg.rect(x, y - 10, 22, 12, MUTED, 0.3, 2);
            String label = "date known only to the year or month";
            svg.text(x + 28, y, 12, "normal", INK, "start", label);
            x += 28 + label.length() * CHAR_WIDTH * 0.92 + 18;
        }
        if (meetings) {
            svg.diamond(x + 8, y - 4, 6, "#805ad5");
            svg.text(x + 20, y, 12, "normal", INK, "start", "meeting");
            x += 20 + 7 * CHAR_WIDTH + 18;
        }
        svg.line(x, y - 12, x, y + 2, INK, 1.2, "5 3");
        svg.text(x + 8, y, 12, "normal", INK, "start", "as of " + asOf);
        svg.close("g");
        return y;
    }

    /** The organization's own row: its names over time, from former names and the current one. */
    private void organizationRow(Svg svg, Organization organization, String shortName, Axis axis, double y) {
        svg.text(24, y + ROW_HEIGHT / 2 + 4, LABEL_FONT, "bold", INK, "start", truncate(shortName));
        if (organization == null) {
            return;
        }
        List<Name> former = organization.names().stream()
                .filter(n -> n.kind() == NameKind.FORMER && n.startDate() != null)
                .sorted(Comparator.comparing(Name::startDate)).collect(Collectors.toList());
        double by = y + (ROW_HEIGHT - BAR_HEIGHT) / 2;
        LocalDate currentFrom = organization.foundingDate() != null ? organization.foundingDate().earliest() : axis.start;
        svg.open("g", "id", "organization");
        for (Name name : former) {
            LocalDate from = name.startDate().earliest();
            LocalDate to = name.endDate() != null ? name.endDate().latest().plusDays(1) : asOf;
            segment(svg, axis, from, to, by, name.name(), name.name() + ": " + name.startDate() + " to "
                    + (name.endDate() == null ? "?" : name.endDate().toString()));
            if (to.isAfter(currentFrom)) {
                currentFrom = to;
            }
        }
        LocalDate end = organization.dissolutionDate() != null ? organization.dissolutionDate().latest().plusDays(1) : asOf;
        if (end.isAfter(currentFrom)) {
            String label = organization.acronym() != null ? organization.acronym() + " \u2013 " + organization.name()
                    : organization.name();
            segment(svg, axis, currentFrom, end, by, label, organization.name() + ": since " + currentFrom
                    + (organization.foundingDate() != null && former.isEmpty()
                            ? " (founded " + organization.foundingDate() + ")" : ""));
        }
        svg.close("g");
    }

    private void segment(Svg svg, Axis axis, LocalDate from, LocalDate to, double y, String label, String tooltip) {
        double x0 = axis.x(from);
        double x1 = axis.x(to);
        svg.open("g", "class", "name");
        svg.title(tooltip);
        svg.rect(x0, y, Math.max(x1 - x0, 1), BAR_HEIGHT, ORGANIZATION_COLOUR, 0.25, 2);
        svg.rect(x0, y, 1.5, BAR_HEIGHT, ORGANIZATION_COLOUR, 1, 0);
        double room = x1 - x0 - 8;
        int chars = (int) (room / 6.2);
        if (chars >= 4) {
            svg.text(x0 + 4, y + BAR_HEIGHT - 2.5, 10, "normal", INK, "start", ellipsis(label, chars));
        }
        svg.close("g");
    }

    /** One membership period: pale where its dates are uncertain, solid where certain. */
    private void period(Svg svg, Axis axis, Membership m, String label, double y) {
        String colour = COLOURS.get(m.status());
        PartialDate start = m.startDate();
        PartialDate end = m.endDate();
        LocalDate earliestStart = start == null ? axis.start : start.earliest();
        LocalDate certainStart = start == null ? axis.start : start.latest().plusDays(1);
        if (start != null && start.precision() == DatePrecision.DAY) {
            certainStart = earliestStart;
        }
        LocalDate latestEnd = end == null ? asOf : end.latest().plusDays(1);
        LocalDate certainEnd = end == null ? asOf : end.precision() == DatePrecision.DAY ? latestEnd : end.earliest();
        if (certainEnd.isBefore(certainStart)) {
            certainEnd = certainStart; // a short period inside one uncertain date: all pale
        }
        svg.open("g", "class", "period " + m.status().formatName());
        svg.title(label + " (" + m.member().text() + "): " + m.status().formatName().replace('_', ' ') + ", "
                + (start == null ? "start unknown" : start.toString()) + " to "
                + (end == null ? "today" : end.toString()) + (m.note() == null ? "" : ". " + m.note()));
        double xs = axis.x(earliestStart);
        double xc0 = axis.x(certainStart);
        double xc1 = axis.x(certainEnd);
        double xe = Math.max(axis.x(latestEnd), xs + 2);
        if (start == null) {
            svg.gradientRect(xs, y, xc1 - xs, BAR_HEIGHT, colour);
        } else {
            if (xc0 > xs) {
                svg.rect(xs, y, xc0 - xs, BAR_HEIGHT, colour, 0.3, 0);
            }
            if (xc1 > xc0) {
                svg.rect(xc0, y, xc1 - xc0, BAR_HEIGHT, colour, 1, 0);
            }
        }
        if (xe > xc1) {
            svg.rect(xc1, y, xe - xc1, BAR_HEIGHT, colour, 0.3, 0);
        }
        if (end == null) {
            // still going on: a small arrow head at the as-of line
            svg.polygon(String.format(Locale.ROOT, "%.1f,%.1f %.1f,%.1f %.1f,%.1f", xe, y - 1, xe + 6, y + BAR_HEIGHT / 2,
                    xe, y + BAR_HEIGHT + 1), colour);
        }
        svg.close("g");
    }

    private static String dates(Meeting m) {
        PartialDate start = m.startDate();
        PartialDate end = m.endDate();
        if (start == null) {
            return end == null ? "no date" : "ended " + end;
        }
        return end == null || end.equals(start) ? start.toString() : start + " to " + end;
    }

    private static String truncate(String label) {
        return ellipsis(label, MAX_LABEL_CHARS);
    }

    private static String ellipsis(String text, int max) {
        return text.length() <= max ? text : text.substring(0, Math.max(1, max - 1)) + "\u2026";
    }

    /** A step between labelled years that keeps labels apart. */
    private static int tickStep(int years) {
        if (years <= 12) {
            return 1;
        }
        if (years <= 30) {
            return 2;
        }
        if (years <= 70) {
            return 5;
        }
        return 10;
    }

    /** Days to x coordinates. */
    private static final class Axis {
        final LocalDate start;
        final long days;
        double x0;

        Axis(LocalDate start, LocalDate end) {
            this.start = start;
            this.days = Math.max(1, ChronoUnit.DAYS.between(start, end));
        }

        double x(LocalDate day) {
            long d = ChronoUnit.DAYS.between(start, day);
            d = Math.max(0, Math.min(days, d));
            return x0 + PLOT_WIDTH * d / days;
        }

        double pxPerYear() {
            return PLOT_WIDTH * 365.25 / days;
        }
    }
}
