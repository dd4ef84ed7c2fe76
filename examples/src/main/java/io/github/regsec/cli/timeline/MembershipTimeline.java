package io.github.regsec.cli.timeline;

import io.github.regsec.model.Post;
import io.github.regsec.model.Answer;
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
import java.util.IdentityHashMap;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Draws an organization's membership history as an SVG picture: a title, a legend, a row for the
 * organization (its names over time), one row per member with its membership periods coloured by
 * status, a year axis, the meetings of the organization and its bodies as numbered marks (listed
 * under the chart, with tooltips) and a line for the as-of day.
 *
 * <p>Reduced-precision dates are drawn honestly: the span a date may fall in ({@code 1973} is
 * any day of 1973) is drawn pale, the certain part solid. A period with an unknown start fades
 * in from the left edge; a period that goes on past the years drawn ends in an arrowhead at that
 * edge. Text is never cut short: long names and titles are wrapped onto more
 * lines, and an organization name that does not fit its bar is listed under the chart. Every
 * mark stays inside the plot; an ongoing period ends in an arrowhead whose tip touches the as-of
 * line. Output is deterministic for the same input and options.
 *
 * <pre>{@code
 * String svg = MembershipTimeline.builder(dataset, "osce").asOf(LocalDate.of(2026, 1, 1))
 *         .years(1990, 2026).width(800).build().render();
 * }</pre>
 */
public final class MembershipTimeline {

    /** Default picture width in pixels. */
    public static final int DEFAULT_WIDTH = 1040;
    /** The narrowest picture, in pixels. */
    public static final int MIN_WIDTH = 400;
    /** The widest picture, in pixels. */
    public static final int MAX_WIDTH = 20_000;

    private static final double MARGIN = 24;
    private static final double ROW_HEIGHT = 20;
    private static final double BAR_HEIGHT = 12;
    private static final double LABEL_FONT = 12;
    private static final double LABEL_LINE = 14;
    private static final double SEGMENT_FONT = 10;
    private static final double ARROW = 6;
    private static final double DIAMOND = 6;
    private static final String INK = "#1a202c";
    private static final String MUTED = "#4a5568";
    private static final String GRID = "#e2e8f0";
    private static final String STRIPE = "#f7fafc";
    private static final String ORGANIZATION_COLOUR = "#718096";
    private static final String MEETING_COLOUR = "#805ad5";
    private static final String MEETING_INK = "#553c9a";

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
    /** The post whose holders are the rows, or null for the organization's members. */
    private final String postId;
    private final LocalDate asOf;
    private final String title;
    private final String subtitle;
    private final Integer fromYear;
    private final Integer toYear;
    private final int width;
    private final List<Party> members;

    private MembershipTimeline(Builder b) {
        this.dataset = b.dataset;
        this.organizationId = b.organizationId;
        this.postId = b.postId;
        this.asOf = b.asOf != null ? b.asOf : LocalDate.now();
        this.title = b.title;
        this.subtitle = b.subtitle;
        this.fromYear = b.fromYear;
        this.toYear = b.toYear;
        this.width = b.width;
        this.members = b.members;
    }

    /**
     * A builder for the timeline of an organization in a dataset; every option has a default.
     *
     * @param dataset the records
     * @param organizationId the organization to draw; it need not have members
     */
    public static Builder builder(Dataset dataset, String organizationId) {
        return new Builder(dataset, organizationId, null);
    }

    /**
     * A builder for the timeline of a post: one row per holder with the periods they held it,
     * drawn against the post's organization, with the meetings its holders took part in.
     *
     * @param dataset the records
     * @param postId the post to draw
     * @return a new builder
     * @throws IllegalArgumentException when the dataset has no such post
     */
    public static Builder forPost(Dataset dataset, String postId) {
        Post post = dataset.post(postId).orElseThrow(() -> new IllegalArgumentException("there is no post '" + postId + "'"));
        return new Builder(dataset, post.organizationId(), postId);
    }

    /** One row of the chart: a member and its memberships. */
    private record Row(Party party, String label, List<Membership> memberships) {
    }

    /** A meeting placed on the axis, with its number in the list under the chart. */
    private record Mark(int number, Meeting meeting, LocalDate first, LocalDate last) {
    }

    /** One name of the organization over a span of the axis, and what its bar can show of it. */
    private record Segment(LocalDate from, LocalDate to, String fullName, String acronym, String dates) {

        /** The name and its dates, for its tooltip. */
        String tooltip() {
            return fullName + ": " + dates;
        }

        /** The name with its acronym and dates, for the list under the chart. */
        String listed() {
            return (acronym != null ? acronym + " \u2013 " : "") + fullName + ", " + dates;
        }
    }

    /**
     * The SVG document, UTF-8 text with {@code \n} line ends.
     *
     * @throws IllegalArgumentException when a party chosen with {@link Builder#members} has no
     *     membership in the organization
     */
    public String render() {
        Organization organization = dataset.organization(organizationId).orElse(null);
        String orgName = organization == null ? organizationId : organization.name();
        String orgShort = organization == null ? organizationId
                : organization.acronym() != null ? organization.acronym() : organization.name();

        List<Row> allRows = rows();
        List<Mark> allMarks = new ArrayList<>();
        List<Meeting> undated = new ArrayList<>();
        List<Meeting> meetings = postId == null ? dataset.meetingsInvolving(new OrganizationParty(organizationId))
                : meetingsOfHolders();
        for (Meeting m : meetings) {
            PartialDate first = m.startDate() != null ? m.startDate() : m.endDate();
            PartialDate last = m.endDate() != null ? m.endDate() : m.startDate();
            if (first == null) {
                undated.add(m);
            } else {
                allMarks.add(new Mark(0, m, first.earliest(), last.latest()));
            }
        }
        Axis axis = axis(organization, allRows, allMarks);

        // what the range shows: rows with a period in it, meetings in it (numbered in order)
        List<Row> rows = allRows.stream().filter(r -> r.memberships().stream().anyMatch(m -> visible(m, axis)))
                .collect(Collectors.toList());
        List<Mark> marks = new ArrayList<>();
        for (Mark mark : allMarks) {
            if (mark.last().isAfter(axis.start.minusDays(1)) && mark.first().isBefore(axis.end)) {
                marks.add(new Mark(marks.size() + 1, mark.meeting(), mark.first(), mark.last()));
            }
        }
        boolean asOfShown = !asOf.isBefore(axis.start) && !asOf.isAfter(axis.end);

        // the label column: as wide as the longest label, at most a share of the picture (longer labels wrap)
        double labelWidth = Math.max(TextWidth.of(orgShort, LABEL_FONT, true), TextWidth.of("Meetings", LABEL_FONT, true));
        for (Row row : rows) {
            labelWidth = Math.max(labelWidth, TextWidth.of(row.label(), LABEL_FONT, false));
        }
        labelWidth = Math.min(Math.ceil(labelWidth), Math.max(100, Math.floor(width * 0.28)));
        double yearLabelHalf = TextWidth.of("0000", 11.5, false) / 2;
        axis.x0 = MARGIN + labelWidth + 16;
        axis.x1 = width - MARGIN - Math.ceil(yearLabelHalf);
        double textWidth = width - 2 * MARGIN;

        Svg svg = new Svg();
        double y = MARGIN;

        // title, subtitle and coverage note, wrapped to the picture's width
        String heading = title != null ? title : postId != null ? postLabel() + ", " + orgShort + ": holders over time"
                : orgName + (organization != null && organization.acronym() != null
                ? " (" + organization.acronym() + ")" : "") + ": membership over time";
        svg.open("g", "id", "title");
        for (String line : TextWidth.wrap(heading, textWidth, 19, true)) {
            y += 22;
            svg.text(MARGIN, y, 19, "bold", INK, "start", line);
        }
        svg.close("g");
        y += 2;
        if (subtitle != null) {
            svg.open("g", "id", "subtitle");
            for (String line : TextWidth.wrap(subtitle, textWidth, 12.5, false)) {
                y += 18;
                svg.text(MARGIN, y, 12.5, "normal", MUTED, "start", line);
            }
            svg.close("g");
        }
        String coverage = postId == null ? coverageNote(organization, orgShort) : null; // a post has its holders, not members
        if (coverage != null) {
            svg.open("g", "id", "coverage");
            for (String line : TextWidth.wrap(coverage, textWidth, 12.5, true)) {
                y += 18;
                svg.text(MARGIN, y, 12.5, "bold", INK, "start", line);
            }
            svg.close("g");
        }
        y += 26;
        List<Membership> drawn = rows.stream().flatMap(r -> r.memberships().stream()).filter(m -> visible(m, axis))
                .collect(Collectors.toList());
        y = legend(svg, y, drawn, drawn.stream().anyMatch(m -> cut(m, axis)), !marks.isEmpty(), asOfShown);

        // rows: their heights follow their labels' lines
        List<List<String>> labelLines = new ArrayList<>();
        List<Double> rowHeights = new ArrayList<>();
        for (Row row : rows) {
            List<String> lines = TextWidth.wrap(row.label(), labelWidth, LABEL_FONT, false);
            labelLines.add(lines);
            rowHeights.add(Math.max(ROW_HEIGHT, lines.size() * LABEL_LINE + 6));
        }
        List<String> orgLines = TextWidth.wrap(orgShort, labelWidth, LABEL_FONT, true);
        double orgRowHeight = Math.max(ROW_HEIGHT, orgLines.size() * LABEL_LINE + 6);

        double axisY = y + 36;
        double top = axisY + 8;
        List<Placed> placed = place(marks, axis, asOfShown);
        int lanes = placed.stream().mapToInt(Placed::lane).max().orElse(-1) + 1;
        double meetingsRowHeight = marks.isEmpty() ? 0 : 16 + 14 * lanes;
        double rowsTop = top + orgRowHeight + 4 + meetingsRowHeight;
        double rowsHeight = rows.isEmpty() ? ROW_HEIGHT : rowHeights.stream().mapToDouble(Double::doubleValue).sum();
        double bottom = rowsTop + rowsHeight;
        boolean bottomAxis = rows.size() > 20;

        // grid and axis labels (top and, for tall charts, bottom)
        svg.open("g", "id", "axis", "data-plot-left", Svg.n(axis.x0), "data-plot-right", Svg.n(axis.x1));
        int step = axis.tickStep();
        for (int year = axis.start.getYear(); year <= axis.end.getYear(); year++) {
            double x = axis.x(LocalDate.of(year, 1, 1));
            if (year % step == 0) {
                svg.line(x, top, x, bottom, GRID, 1, null);
                svg.line(x, axisY - 4, x, axisY + 2, MUTED, 1, null);
                svg.text(x, axisY - 8, 11.5, "normal", MUTED, "middle", Integer.toString(year));
                if (bottomAxis) {
                    svg.line(x, bottom, x, bottom + 5, MUTED, 1, null);
                    svg.text(x, bottom + 18, 11.5, "normal", MUTED, "middle", Integer.toString(year));
                }
            } else if (axis.pxPerYear() >= 6) {
                svg.line(x, axisY - 2, x, axisY + 2, MUTED, 0.75, null);
            }
        }
        svg.line(axis.x0, axisY + 2, axis.x1, axisY + 2, MUTED, 1, null);
        svg.close("g");

        // the organization's own row: its names over time
        double rowY = top;
        List<Segment> unlabelled = organizationRow(svg, organization, orgLines, axis, rowY, orgRowHeight);
        rowY += orgRowHeight + 4;

        // the meetings row
        double asOfX = axis.x(asOf);
        List<Double> meetingLines = new ArrayList<>();
        if (!marks.isEmpty()) {
            svg.text(MARGIN, rowY + 14, LABEL_FONT, "bold", INK, "start", "Meetings");
            svg.open("g", "id", "meetings");
            for (Placed p : placed) {
                Mark mark = p.mark();
                double cy = rowY + 10 + p.lane() * 14;
                meetingLines.add(p.cx());
                svg.open("g", "class", "meeting");
                svg.title(mark.number() + ". " + dates(mark.meeting()) + ": " + mark.meeting().title()
                        + " (" + mark.meeting().kind().formatName().replace('_', ' ') + ")");
                if (p.x1() - p.x0() > 8) {
                    svg.rect(p.x0(), cy - 2, p.x1() - p.x0(), 4, MEETING_COLOUR, 0.35, 1);
                }
                svg.diamond(p.cx(), cy, DIAMOND, MEETING_COLOUR);
                String number = Integer.toString(mark.number());
                if (p.numberRight()) {
                    svg.text(p.cx() + 8, cy + 4, 10.5, "bold", MEETING_INK, "start", number);
                } else {
                    svg.text(p.cx() - 8, cy + 4, 10.5, "bold", MEETING_INK, "end", number);
                }
                svg.close("g");
            }
            svg.close("g");
            rowY += meetingsRowHeight;
        }

        // member rows
        svg.open("g", "id", "members");
        double ry = rowsTop;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double rh = rowHeights.get(i);
            if (i % 2 == 0) {
                svg.rect(MARGIN - 8, ry, axis.x1 - (MARGIN - 8), rh, STRIPE, 1, 0);
            }
            svg.open("g", "class", "row");
            svg.title(row.label() + " (" + row.party().text() + ")");
            List<String> lines = labelLines.get(i);
            double firstBaseline = ry + rh / 2 + 4 - (lines.size() - 1) * LABEL_LINE / 2;
            for (int l = 0; l < lines.size(); l++) {
                svg.text(MARGIN, firstBaseline + l * LABEL_LINE, LABEL_FONT, "normal", INK, "start", lines.get(l));
            }
            svg.close("g");
            for (Membership m : row.memberships()) {
                if (visible(m, axis)) {
                    period(svg, axis, m, row.label(), ry + (rh - BAR_HEIGHT) / 2);
                }
            }
            ry += rh;
        }
        if (rows.isEmpty()) {
            svg.text(MARGIN, rowsTop + ROW_HEIGHT / 2 + 4, LABEL_FONT, "italic", MUTED, "start",
                    allRows.isEmpty() ? "No membership records for " + orgShort + "."
                            : "No membership of " + orgShort + " in " + axis.start.getYear() + "\u2013"
                                    + (axis.end.getYear() - 1) + ".");
        }
        svg.close("g");

        // a line down from each meeting, over the bars: who was a member then
        if (!meetingLines.isEmpty() && !rows.isEmpty()) {
            svg.open("g", "id", "meeting-lines", "opacity", "0.7");
            for (double x : meetingLines) {
                svg.line(x, rowsTop, x, bottom, MEETING_INK, 1, "2 3");
            }
            svg.close("g");
        }

        // the as-of line
        if (asOfShown) {
            svg.open("g", "id", "as-of");
            svg.line(asOfX, top - 2, asOfX, bottom, INK, 1.2, "5 3");
            svg.close("g");
        }

        // under the chart: the meetings, the names that their bars could not show
        double listY = bottom + (bottomAxis ? 44 : 30);
        double itemWidth = width - MARGIN - 48;
        if (!marks.isEmpty() || !undated.isEmpty()) {
            svg.open("g", "id", "meeting-list");
            String range = fromYear == null && toYear == null ? ""
                    : ", " + axis.start.getYear() + "\u2013" + (axis.end.getYear() - 1);
            for (String line : TextWidth.wrap((postId == null ? "Meetings of " + orgShort + " and its bodies" : "Meetings its holders took part in") + range, textWidth, 13, true)) {
                svg.text(MARGIN, listY, 13, "bold", INK, "start", line);
                listY += 18;
            }
            listY += 2;
            for (Mark mark : marks) {
                svg.text(MARGIN, listY, 12, "bold", MEETING_INK, "start", mark.number() + ".");
                for (String line : TextWidth.wrap(dates(mark.meeting()) + "  " + mark.meeting().title(), itemWidth, 12, false)) {
                    svg.text(MARGIN + 24, listY, 12, "normal", INK, "start", line);
                    listY += 16;
                }
                listY += 2;
            }
            if (!undated.isEmpty()) {
                svg.text(MARGIN, listY, 12, "italic", MUTED, "start", "Without a date, so not on the axis:");
                listY += 18;
                for (Meeting m : undated) {
                    List<String> lines = TextWidth.wrap(m.title(), itemWidth - 12, 12, false);
                    for (int l = 0; l < lines.size(); l++) {
                        svg.text(MARGIN + 24, listY, 12, "normal", INK, "start", (l == 0 ? "\u2013 " : "   ") + lines.get(l));
                        listY += 16;
                    }
                    listY += 2;
                }
            }
            svg.close("g");
            listY += 12;
        }
        if (!unlabelled.isEmpty()) {
            svg.open("g", "id", "name-list");
            svg.text(MARGIN, listY, 13, "bold", INK, "start", "Names of " + orgShort);
            listY += 20;
            for (Segment segment : unlabelled) {
                for (String line : TextWidth.wrap(segment.listed(), itemWidth, 12, false)) {
                    svg.text(MARGIN + 24, listY, 12, "normal", INK, "start", line);
                    listY += 16;
                }
                listY += 2;
            }
            svg.close("g");
            listY += 12;
        }
        double height = Math.ceil(listY);
        return svg.document(width, height, heading);
    }

    /** True when a span overlaps none of those taken (2 px apart). */
    private static boolean free(List<double[]> taken, double[] span) {
        for (double[] t : taken) {
            if (span[0] < t[1] + 2 && t[0] < span[1] + 2) {
                return false;
            }
        }
        return true;
    }

    /** A meeting mark placed: its span on the axis, its centre, its lane and the side of its number. */
    private record Placed(Mark mark, double x0, double x1, double cx, int lane, boolean numberRight) {
    }

    /**
     * Places the meeting marks in lanes: each number beside its mark, on a side where it crosses
     * neither the as-of line, nor the plot's edge, nor another mark or number; a mark with no such
     * side in a lane goes to the next.
     */
    private List<Placed> place(List<Mark> marks, Axis axis, boolean asOfShown) {
        double asOfX = axis.x(asOf);
        List<List<double[]>> lanes = new ArrayList<>(); // per lane, the spans taken by marks and numbers
        List<Placed> placed = new ArrayList<>();
        for (Mark mark : marks) {
            double x0 = axis.x(mark.first());
            double x1 = axis.x(mark.last().plusDays(1));
            double cx = Math.max(axis.x0 + DIAMOND, Math.min(axis.x1 - DIAMOND, (x0 + x1) / 2));
            double numberWidth = TextWidth.of(Integer.toString(mark.number()), 10.5, true);
            double limit = asOfShown && cx <= asOfX ? asOfX - 2 : axis.x1;
            double[] right = {cx - DIAMOND, cx + 8 + numberWidth};
            double[] left = {cx - 8 - numberWidth, cx + DIAMOND};
            for (int lane = 0; ; lane++) {
                if (lane == lanes.size()) {
                    lanes.add(new ArrayList<>());
                }
                List<double[]> taken = lanes.get(lane);
                double[] span = right[1] <= limit && free(taken, right) ? right
                        : left[0] >= axis.x0 && free(taken, left) ? left
                        : taken.isEmpty() ? (left[0] >= axis.x0 ? left : right) // a plot too narrow for either side
                        : null;
                if (span != null) {
                    taken.add(span);
                    placed.add(new Placed(mark, x0, x1, cx, lane, span == right));
                    break;
                }
            }
        }
        return placed;
    }

    /** The axis: the years asked for, or every year something is drawn in and the as-of day. */
    private Axis axis(Organization organization, List<Row> rows, List<Mark> marks) {
        int firstYear = asOf.getYear();
        int lastYear = asOf.getYear();
        for (Row row : rows) {
            for (Membership m : row.memberships()) {
                for (PartialDate date : new PartialDate[] {m.startDate(), m.endDate()}) {
                    if (date != null) {
                        firstYear = Math.min(firstYear, date.year());
                        lastYear = Math.max(lastYear, date.year());
                    }
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
        if (fromYear == null) {
            // a round first year for the default range
            int step = lastYear + 1 - firstYear <= 12 ? 1 : lastYear + 1 - firstYear <= 30 ? 2 : lastYear + 1 - firstYear <= 70 ? 5 : 10;
            firstYear = Math.floorDiv(firstYear, step) * step;
        } else {
            firstYear = fromYear;
        }
        lastYear = toYear != null ? toYear : Math.max(lastYear, firstYear);
        firstYear = Math.min(firstYear, lastYear); // only the last year asked for, before anything drawn
        // the axis runs to 1 January after the last year drawn
        return new Axis(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear + 1, 1, 1));
    }

    /** True when a membership period shows in the axis' range. */
    private boolean visible(Membership m, Axis axis) {
        LocalDate from = m.startDate() == null ? LocalDate.MIN : m.startDate().earliest();
        LocalDate to = m.endDate() == null ? asOf : m.endDate().latest();
        return !to.isBefore(axis.start) && from.isBefore(axis.end) && !from.isAfter(to);
    }

    /** What the dataset says of its list of members, when it is not complete on the as-of day; null when it is. */
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

    /** The meetings a holder of the post took part in, certainly or possibly, in date order. */
    private List<Meeting> meetingsOfHolders() {
        Answer<Meeting> meetings = dataset.meetingsOfHolders(postId);
        Set<Meeting> all = Collections.newSetFromMap(new IdentityHashMap<>());
        all.addAll(meetings.certain());
        all.addAll(meetings.possible());
        return dataset.meetingsByDate().stream().filter(all::contains).toList();
    }

    /** The post's label, or its id. */
    private String postLabel() {
        return dataset.post(postId).map(Post::label).orElse(postId);
    }

    /** The members, one row each: those chosen, in the order given, or all of them by first start (unknown last), then by name. */
    private List<Row> rows() {
        Map<Party, List<Membership>> byParty = new LinkedHashMap<>();
        for (Membership m : postId != null ? dataset.holdersOf(postId) : dataset.membershipsIn(organizationId)) {
            byParty.computeIfAbsent(m.member(), k -> new ArrayList<>()).add(m);
        }
        List<Row> rows = new ArrayList<>();
        if (members != null) {
            List<String> missing = members.stream().filter(p -> !byParty.containsKey(p)).map(Party::text)
                    .collect(Collectors.toList());
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException(String.join(", ", missing) + (missing.size() == 1 ? " has" : " have")
                        + " no membership in " + organizationId + ": its members are " + byParty.keySet().stream()
                                .sorted().map(Party::text).collect(Collectors.joining(", ")));
            }
            for (Party party : members) {
                rows.add(row(party, byParty.get(party)));
            }
            return rows;
        }
        byParty.forEach((party, memberships) -> rows.add(row(party, memberships)));
        rows.sort(Comparator.comparing((Row r) -> firstStart(r), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Row::label).thenComparing(Row::party));
        return rows;
    }

    private Row row(Party party, List<Membership> memberships) {
        List<Membership> sorted = new ArrayList<>(memberships);
        sorted.sort(Comparator.comparing(Membership::startDate, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new Row(party, name(party), List.copyOf(sorted));
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

    /**
     * The legend: the statuses drawn, pale where a date drawn is uncertain, the meeting mark and
     * the as-of line; items flow onto a new line where the picture ends.
     *
     * @param drawn the membership periods drawn
     * @param cut whether a period drawn goes on past the years drawn
     * @return the baseline of its last line
     */
    private double legend(Svg svg, double y, List<Membership> drawn, boolean cut, boolean meetings, boolean asOfShown) {
        List<MembershipStatus> statuses = drawn.stream().map(Membership::status).distinct().sorted()
                .collect(Collectors.toList());
        boolean uncertain = drawn.stream().anyMatch(m -> (m.startDate() != null && m.startDate().precision() != DatePrecision.DAY)
                || (m.endDate() != null && m.endDate().precision() != DatePrecision.DAY));
        double right = width - MARGIN;
        double x = MARGIN;
        svg.open("g", "id", "legend");
        List<String> labels = new ArrayList<>();
        statuses.forEach(s -> labels.add(s.formatName().replace('_', ' ')));
        if (uncertain) {
            labels.add("date known only to the year or month");
        }
        if (cut) {
            labels.add("goes on past the years drawn");
        }
        if (meetings) {
            labels.add("meeting");
        }
        if (asOfShown) {
            labels.add("as of " + asOf);
        }
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            double itemWidth = 28 + TextWidth.of(label, 12, false);
            if (x > MARGIN && x + itemWidth > right) {
                x = MARGIN;
                y += 20;
            }
            if (i < statuses.size()) {
                svg.rect(x, y - 10, 22, 12, COLOURS.get(statuses.get(i)), 1, 2);
            } else if (label.startsWith("date known")) {
                svg.rect(x, y - 10, 22, 12, MUTED, 0.3, 2);
            } else if (label.startsWith("goes on")) {
                svg.rect(x, y - 10, 14, 12, MUTED, 1, 0);
                svg.polygon(String.format(Locale.ROOT, "%.1f,%.1f %.1f,%.1f %.1f,%.1f", x + 14, y - 11, x + 20, y - 4,
                        x + 14, y + 3), MUTED, 1);
            } else if (label.equals("meeting")) {
                svg.diamond(x + 11, y - 4, DIAMOND, MEETING_COLOUR);
            } else {
                svg.line(x + 11, y - 12, x + 11, y + 2, INK, 1.2, "5 3");
            }
            svg.text(x + 28, y, 12, "normal", INK, "start", label);
            x += itemWidth + 18;
        }
        svg.close("g");
        return y;
    }

    /**
     * The organization's own row: its names over time, from former names and the current one.
     *
     * @return the names whose bars could not show them in full, for the list under the chart
     */
    private List<Segment> organizationRow(Svg svg, Organization organization, List<String> labelLines, Axis axis,
                                          double y, double rowHeight) {
        double firstBaseline = y + rowHeight / 2 + 4 - (labelLines.size() - 1) * LABEL_LINE / 2;
        for (int l = 0; l < labelLines.size(); l++) {
            svg.text(MARGIN, firstBaseline + l * LABEL_LINE, LABEL_FONT, "bold", INK, "start", labelLines.get(l));
        }
        List<Segment> unlabelled = new ArrayList<>();
        if (organization == null) {
            return unlabelled;
        }
        List<Name> former = organization.names().stream()
                .filter(n -> n.kind() == NameKind.FORMER && n.startDate() != null)
                .sorted(Comparator.comparing(Name::startDate)).collect(Collectors.toList());
        List<Segment> segments = new ArrayList<>();
        LocalDate currentFrom = organization.foundingDate() != null ? organization.foundingDate().earliest() : axis.start;
        for (Name name : former) {
            LocalDate from = name.startDate().earliest();
            LocalDate to = name.endDate() != null ? name.endDate().latest().plusDays(1) : asOf;
            segments.add(new Segment(from, to, name.name(), acronymOf(organization, name),
                    name.startDate() + " to " + (name.endDate() == null ? "?" : name.endDate().toString())));
            if (to.isAfter(currentFrom)) {
                currentFrom = to;
            }
        }
        LocalDate end = organization.dissolutionDate() != null ? organization.dissolutionDate().latest().plusDays(1) : asOf;
        if (end.isAfter(currentFrom)) {
            segments.add(new Segment(currentFrom, end, organization.name(), organization.acronym(),
                    "since " + currentFrom + (organization.foundingDate() != null && former.isEmpty()
                            ? " (founded " + organization.foundingDate() + ")" : "")));
        }
        double by = y + (rowHeight - BAR_HEIGHT) / 2;
        svg.open("g", "id", "organization");
        for (Segment segment : segments) {
            if (!segment.to().isAfter(axis.start) || !segment.from().isBefore(axis.end)) {
                continue; // outside the years drawn
            }
            if (!segment(svg, axis, segment, by)) {
                unlabelled.add(segment);
            }
        }
        svg.close("g");
        return unlabelled;
    }

    /** The acronym in use over the same dates as a former name, if the dataset gives one. */
    private static String acronymOf(Organization organization, Name former) {
        return organization.names().stream()
                .filter(n -> n.kind() == NameKind.ACRONYM && Objects.equals(n.startDate(), former.startDate())
                        && Objects.equals(n.endDate(), former.endDate()))
                .sorted(Comparator.comparing((Name n) -> !Objects.equals(n.lang(), former.lang())))
                .map(Name::name).findFirst().orElse(null);
    }

    /**
     * Draws one name's bar with the longest form of the name that fits on it.
     *
     * @return true when the full name shows on the bar
     */
    private boolean segment(Svg svg, Axis axis, Segment segment, double y) {
        double x0 = axis.x(segment.from());
        double x1 = axis.x(segment.to());
        svg.open("g", "class", "name");
        svg.title(segment.tooltip());
        svg.rect(x0, y, Math.max(x1 - x0, 1), BAR_HEIGHT, ORGANIZATION_COLOUR, 0.25, 2);
        svg.rect(x0, y, 1.5, BAR_HEIGHT, ORGANIZATION_COLOUR, 1, 0);
        double room = x1 - x0 - 8;
        List<String> forms = new ArrayList<>();
        if (segment.acronym() != null) {
            forms.add(segment.acronym() + " \u2013 " + segment.fullName());
        }
        forms.add(segment.fullName());
        if (segment.acronym() != null) {
            forms.add(segment.acronym());
        }
        String shown = forms.stream().filter(f -> TextWidth.of(f, SEGMENT_FONT, false) <= room).findFirst().orElse(null);
        if (shown != null) {
            svg.text(x0 + 4, y + BAR_HEIGHT - 2.5, SEGMENT_FONT, "normal", INK, "start", shown);
        }
        svg.close("g");
        return shown != null && shown.contains(segment.fullName());
    }

    /** One membership period: pale where its dates are uncertain, solid where certain, an arrowhead when ongoing. */
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
        double xe = Math.min(Math.max(axis.x(latestEnd), xs + 2), axis.x1);
        // an arrowhead where the period goes on past what is drawn: ongoing (its tip on the as-of
        // line, or the plot's edge), or cut at an edge of the years drawn
        boolean cutLeft = start != null && earliestStart.isBefore(axis.start);
        boolean arrowRight = (end == null || latestEnd.isAfter(axis.end)) && xe - xs >= 2 * ARROW;
        boolean arrowLeft = cutLeft && xe - xs >= (arrowRight ? 3 : 2) * ARROW;
        double left = arrowLeft ? xs + ARROW : xs;
        double right = arrowRight ? xe - ARROW : xe;
        double xc0 = Math.min(Math.max(axis.x(certainStart), left), right);
        double xc1 = Math.min(Math.max(axis.x(certainEnd), xc0), right);
        if (start == null) {
            svg.gradientRect(xs, y, xc1 - xs, BAR_HEIGHT, colour);
        } else {
            if (xc0 > left) {
                svg.rect(left, y, xc0 - left, BAR_HEIGHT, colour, 0.3, 0);
            }
            if (xc1 > xc0) {
                svg.rect(xc0, y, xc1 - xc0, BAR_HEIGHT, colour, 1, 0);
            }
        }
        if (right > xc1) {
            svg.rect(xc1, y, right - xc1, BAR_HEIGHT, colour, 0.3, 0);
        }
        if (arrowLeft) {
            svg.polygon(String.format(Locale.ROOT, "%.1f,%.1f %.1f,%.1f %.1f,%.1f", left, y - 1, xs, y + BAR_HEIGHT / 2,
                    left, y + BAR_HEIGHT + 1), colour, xc0 > left ? 0.3 : 1);
        }
        if (arrowRight) {
            svg.polygon(String.format(Locale.ROOT, "%.1f,%.1f %.1f,%.1f %.1f,%.1f", right, y - 1, xe, y + BAR_HEIGHT / 2,
                    right, y + BAR_HEIGHT + 1), colour, right > xc1 ? 0.3 : 1);
        }
        svg.close("g");
    }

    /** True when a period drawn goes on past the years drawn, at either edge (an ongoing one past the as-of line aside). */
    private boolean cut(Membership m, Axis axis) {
        return (m.startDate() != null && m.startDate().earliest().isBefore(axis.start))
                || (m.endDate() != null && m.endDate().latest().plusDays(1).isAfter(axis.end))
                || (m.endDate() == null && asOf.isAfter(axis.end));
    }

    private static String dates(Meeting m) {
        PartialDate start = m.startDate();
        PartialDate end = m.endDate();
        if (start == null) {
            return end == null ? "no date" : "ended " + end;
        }
        return end == null || end.equals(start) ? start.toString() : start + " to " + end;
    }

    /** Days to x coordinates between the plot's left and right edges; days outside the axis go to an edge. */
    private static final class Axis {
        final LocalDate start;
        final LocalDate end;
        final long days;
        double x0;
        double x1;

        Axis(LocalDate start, LocalDate end) {
            this.start = start;
            this.end = end;
            this.days = Math.max(1, ChronoUnit.DAYS.between(start, end));
        }

        double x(LocalDate day) {
            long d = ChronoUnit.DAYS.between(start, day);
            d = Math.max(0, Math.min(days, d));
            return x0 + (x1 - x0) * d / days;
        }

        double pxPerYear() {
            return (x1 - x0) * 365.25 / days;
        }

        /** A step between labelled years that keeps the labels apart. */
        int tickStep() {
            for (int step : new int[] {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500}) {
                if (step * pxPerYear() >= 44) {
                    return step;
                }
            }
            return 1000;
        }
    }

    /**
     * Options of a {@link MembershipTimeline}. Not thread-safe; the timeline it builds is
     * immutable.
     */
    public static final class Builder {
        private final Dataset dataset;
        private final String organizationId;
        private final String postId;
        private LocalDate asOf;
        private String title;
        private String subtitle;
        private Integer fromYear;
        private Integer toYear;
        private int width = DEFAULT_WIDTH;
        private List<Party> members;

        private Builder(Dataset dataset, String organizationId, String postId) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
            this.organizationId = Objects.requireNonNull(organizationId, "organizationId");
            this.postId = postId;
        }

        /** The day ongoing memberships run to; default: the day {@link #build()} runs. */
        public Builder asOf(LocalDate asOf) {
            this.asOf = Objects.requireNonNull(asOf, "asOf");
            return this;
        }

        /**
         * The title; default: the organization's name and acronym, then ": membership over time".
         *
         * @throws IllegalArgumentException when it is blank
         */
        public Builder title(String title) {
            if (title == null || title.isBlank()) {
                throw new IllegalArgumentException("the title is empty");
            }
            this.title = title.strip();
            return this;
        }

        /** A line under the title, e.g. where the data came from; default none. Null for none. */
        public Builder subtitle(String subtitle) {
            this.subtitle = subtitle == null || subtitle.isBlank() ? null : subtitle.strip();
            return this;
        }

        /**
         * Draws only these years, from 1 January of {@code from} to the end of {@code to}: periods
         * are cut at the edges, members and meetings with nothing in those years are left out.
         * Default: every year that has something to draw, and the as-of day's.
         *
         * @throws IllegalArgumentException when {@code to} is before {@code from}, or a year is not in 1-9999
         */
        public Builder years(int from, int to) {
            return fromYear(from).toYear(to);
        }

        /**
         * Draws from 1 January of this year on (see {@link #years}); the last year stays as set or
         * the default.
         *
         * @throws IllegalArgumentException when the year is not in 1-9999 or after the last year set
         */
        public Builder fromYear(int from) {
            this.fromYear = checkYear(from, toYear == null ? null : from, toYear);
            return this;
        }

        /**
         * Draws up to the end of this year (see {@link #years}); the first year stays as set or the
         * default.
         *
         * @throws IllegalArgumentException when the year is not in 1-9999 or before the first year set
         */
        public Builder toYear(int to) {
            this.toYear = checkYear(to, fromYear, fromYear == null ? null : to);
            return this;
        }

        private static int checkYear(int year, Integer from, Integer to) {
            if (year < 1 || year > 9999) {
                throw new IllegalArgumentException("a year must be between 1 and 9999, not " + year);
            }
            if (from != null && to != null && to < from) {
                throw new IllegalArgumentException("the last year " + to + " is before the first " + from);
            }
            return year;
        }

        /**
         * The picture's width in pixels (default {@value MembershipTimeline#DEFAULT_WIDTH}); the
         * height follows from the rows and lists.
         *
         * @throws IllegalArgumentException when it is not between {@value MembershipTimeline#MIN_WIDTH}
         *     and {@value MembershipTimeline#MAX_WIDTH}
         */
        public Builder width(int pixels) {
            if (pixels < MIN_WIDTH || pixels > MAX_WIDTH) {
                throw new IllegalArgumentException("the width must be between " + MIN_WIDTH + " and " + MAX_WIDTH
                        + " pixels, not " + pixels);
            }
            this.width = pixels;
            return this;
        }

        /**
         * Draws only these members, one row each in this order (a party given twice, once);
         * default: every member, ordered by the start of its first period.
         *
         * @throws IllegalArgumentException when the list is empty
         */
        public Builder members(List<? extends Party> parties) {
            Set<Party> distinct = new LinkedHashSet<>(parties);
            if (distinct.isEmpty()) {
                throw new IllegalArgumentException("no members were chosen");
            }
            this.members = List.copyOf(distinct);
            return this;
        }

        /** The timeline. */
        public MembershipTimeline build() {
            return new MembershipTimeline(this);
        }
    }
}
