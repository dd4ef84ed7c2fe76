package io.github.regsec.formats.atop;

import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.codec.ValueReader;
import io.github.regsec.formats.csv.rows.CsvHeader;
import io.github.regsec.formats.csv.rows.CsvRow;
import io.github.regsec.formats.csv.rows.CsvRows;
import io.github.regsec.model.Identifier;
import io.github.regsec.model.Membership;
import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.Organization;
import io.github.regsec.model.OrganizationKind;
import io.github.regsec.model.RecordKind;
import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.country.StateLifetime;
import io.github.regsec.model.country.StateSpan;
import io.github.regsec.model.country.StateSuccession;
import io.github.regsec.model.party.CountryParty;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.DatePrecision;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.model.time.Period;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One read of the ATOP files: the member-level rows (and the alliance-level rows, when given)
 * gathered, then turned into the source, one organization per alliance and one membership per
 * member and continuous period. Holds the state of one read; not thread-safe.
 */
final class AtopRead {

    static final String ATOPID = "atopid";
    static final String MEMBER = "member";
    static final String PHASE = "phase";
    static final String BILAT = "bilat";
    private static final List<String> MEMBER_COLUMNS = List.of(ATOPID, MEMBER, "yrent", "moent", "dayent", "yrexit",
            "moexit", "dayexit");
    private static final List<String> ALLIANCE_COLUMNS = List.of(ATOPID, "begyr", "begmo", "begday", "endyr", "endmo",
            "endday");
    /** Why a row that continues a membership already imported is skipped: one text for all of them. */
    static final String MERGED = "a later phase of a membership already imported from an earlier row: merged into it"
            + " (a phase boundary is not an exit)";
    private static final String STATE_TABLE = "docs/FORMATS.md#countries";

    /** One good member-level row. */
    private record MemberRow(Location location, int atopid, int ccode, PartialDate entry, PartialDate exit, int phase,
                             Set<Obligation> obligations, boolean bilateral) {
    }

    /** A part of a member-level row with one country code; most rows are one piece. */
    private record Piece(MemberRow row, CountryCode country, PartialDate start, PartialDate end, String note) {
    }

    /** What the alliance-level file says about an alliance. */
    private record Alliance(int atopid, Location location, PartialDate begin, PartialDate end,
                            Set<Obligation> obligations, boolean bilateral) {
    }

    /** The rows of one COW state that has no country code. */
    private static final class Unmapped {
        final Location first;
        int rows;
        int firstYear = Integer.MAX_VALUE;
        int lastYear = Integer.MIN_VALUE;
        final Set<Integer> alliances = new TreeSet<>();

        Unmapped(Location first) {
            this.first = first;
        }
    }

    private final ImportContext context;
    private final StateSuccession states;
    private String memberFile;
    private final List<MemberRow> rows = new ArrayList<>();
    private final Map<Integer, List<Piece>> pieces = new LinkedHashMap<>();
    private final Map<Integer, Unmapped> unmapped = new LinkedHashMap<>();
    private final Map<Integer, Alliance> alliances = new LinkedHashMap<>();
    private final Set<Integer> badAllianceRows = new HashSet<>();
    /** The alliances the member-level file names on any row, good or not. */
    private final Set<Integer> namedAlliances = new HashSet<>();
    private boolean allianceFileRead;

    AtopRead(ImportContext context, StateSuccession states) {
        this.context = context;
        this.states = states;
    }

    // ---------------------------------------------------------------- member level

    /** Reads the member-level rows; false when the file cannot be read at all (its problems reported). */
    boolean readMembers(CsvRows file) throws IOException {
        memberFile = file.file();
        if (!start(file, MEMBER_COLUMNS, "a member-level file (atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit...)")) {
            return false;
        }
        CsvHeader header = file.header();
        for (CsvRow row : file) {
            if (row.hasErrors()) {
                context.rejected(row.location(), row.problems());
                continue;
            }
            ValueReader values = row.reader(RecordKind.MEMBERSHIP, null);
            Integer atopid = positive(values, ATOPID);
            if (atopid != null) {
                namedAlliances.add(atopid);
            }
            Integer ccode = positive(values, MEMBER);
            PartialDate entry = AtopDates.read(values, "yrent", "moent", "dayent");
            boolean inForce = AtopDates.inForce(values, "yrexit");
            PartialDate exit = inForce ? null : AtopDates.read(values, "yrexit", "moexit", "dayexit");
            Integer phase = header.has(PHASE) && values.text(PHASE) != null ? values.integer(PHASE) : Integer.valueOf(0);
            Set<Obligation> obligations = obligations(values, header);
            Boolean bilateral = flag(values, header, BILAT);
            if (ccode != null && !states.isKnown(ccode)) {
                values.syntaxError(MEMBER, "'" + ccode + "' is not a Correlates of War state code that regsec's state table"
                        + " knows (" + STATE_TABLE + "): the row was not imported");
            }
            if (entry != null && exit != null && exit.isCertainlyBefore(entry)) {
                values.report(Problem.error(RuleIds.DATE_ORDER, "the exit " + exit + " is before the entry " + entry
                        + ": the row was not imported"), "yrexit");
            }
            if (values.hasErrors()) {
                context.rejected(row.location(), values.problems());
                continue;
            }
            MemberRow member = new MemberRow(row.location(), atopid, ccode, entry, exit, phase == null ? 0 : phase,
                    obligations, Boolean.TRUE.equals(bilateral));
            if (!states.hasAnyCountry(ccode)) {
                Unmapped u = unmapped.computeIfAbsent(ccode, c -> new Unmapped(row.location()));
                u.rows++;
                u.firstYear = Math.min(u.firstYear, entry.year());
                u.lastYear = Math.max(u.lastYear, exit == null ? entry.year() : exit.year());
                u.alliances.add(atopid);
                context.skipped(row.location(), "COW state " + ccode + " (" + states.name(ccode).orElse("?")
                        + ") has no ISO 3166 code");
                continue;
            }
            List<Piece> parts = pieces(member, values);
            if (parts == null) {
                context.rejected(row.location(), values.problems());
                continue;
            }
            rows.add(member);
            pieces.computeIfAbsent(atopid, k -> new ArrayList<>()).addAll(parts);
        }
        return true;
    }

    /**
     * The row cut where the COW state's country code changes (Russia, 365: {@code SU} until
     * 1991-12-25, {@code RU} from 1991-12-26); null with an error in {@code values} when the
     * state table gives the state no code on some of the row's days. A change inside the
     * uncertain days of a reduced-precision entry or exit does not cut: the row then keeps the
     * code of its entry's last day, or of its exit's first day. ATOP ends a state that ceased to
     * exist on the day its successor begins (the German Federal Republic on 1990-10-03); such a
     * last day without a code is dropped, so that the membership ends on the state's last day.
     */
    private List<Piece> pieces(MemberRow row, ValueReader values) {
        LocalDate from = row.entry().latest();
        LocalDate to = row.exit() == null ? null : row.exit().earliest();
        List<LocalDate> changes = to != null && to.isBefore(from) ? List.of() : states.changesBetween(row.ccode(), from, to);
        List<PartialDate> starts = new ArrayList<>();
        List<PartialDate> ends = new ArrayList<>();
        List<CountryCode> codes = new ArrayList<>();
        starts.add(row.entry());
        codes.add(states.countryOn(row.ccode(), from).orElse(null));
        for (LocalDate change : changes) {
            ends.add(PartialDate.of(change.minusDays(1)));
            starts.add(PartialDate.of(change));
            codes.add(states.countryOn(row.ccode(), change).orElse(null));
        }
        ends.add(row.exit());
        String state = "COW state " + row.ccode() + " (" + states.name(row.ccode()).orElse("?") + ")";
        List<String> notes = new ArrayList<>();
        int last = codes.size() - 1;
        List<StateSpan> spans = states.spans(row.ccode());
        StateSpan lastSpan = spans.get(spans.size() - 1);
        if (last > 0 && codes.get(last) == null && lastSpan.country() != null && lastSpan.period().end() != null
                && starts.get(last).earliest().isAfter(lastSpan.period().end().latest())) {
            CountryCode continued = lastSpan.country();
            boolean lives = StateLifetime.of(continued).map(l -> l.existedOn(starts.get(last).earliest())
                    && (ends.get(last) == null ? l.lastDay().isEmpty() : l.existedOn(ends.get(last).latest()))).orElse(false);
            if (lives) {
                // the state's code lives on under another COW state (the German Federal Republic's DE, Germany's from 1990-10-03)
                notes.add("ATOP lists " + state + " after " + lastSpan.period().end() + ", when its code " + continued
                        + " passed to another COW state: " + continued + " throughout");
                codes.set(last, continued);
            } else if (row.exit() != null && row.exit().precision() == DatePrecision.DAY
                    && row.exit().earliest().equals(changes.get(last - 1))) {
                // ATOP ends a state that ceased to exist on the day its successor began (the GDR on 1990-10-03)
                notes.add("ATOP ends it on " + row.exit() + ", the day after " + state + " ceased to exist; it ends here on"
                        + " the state's last day, " + ends.get(last - 1));
                starts.remove(last);
                ends.remove(last);
                codes.remove(last);
            }
        }
        // a code that continues from one piece to the next is one piece
        for (int i = codes.size() - 1; i > 0; i--) {
            if (codes.get(i) != null && codes.get(i).equals(codes.get(i - 1))) {
                ends.set(i - 1, ends.get(i));
                starts.remove(i);
                ends.remove(i);
                codes.remove(i);
            }
        }
        int missing = codes.indexOf(null);
        if (missing >= 0) {
            PartialDate end = ends.get(missing);
            values.report(Problem.error(AtopRuleIds.OUTSIDE_STATE_TABLE, "ATOP lists " + state + " from " + row.entry()
                    + (row.exit() == null ? " on (still in force)" : " to " + row.exit()) + ", but regsec's state table"
                    + " gives it no country code from " + starts.get(missing) + (end == null ? " on" : " to " + end)
                    + " (the state did not exist then: " + STATE_TABLE + "): the row was not imported"), MEMBER);
            return null;
        }
        if (codes.size() > 1) {
            List<String> steps = new ArrayList<>();
            for (int i = 0; i < codes.size(); i++) {
                steps.add(codes.get(i) + (i == 0 ? " until " + ends.get(0) : i == codes.size() - 1 ? " from " + starts.get(i)
                        : " from " + starts.get(i) + " to " + ends.get(i)));
            }
            notes.add(state + " is " + String.join(", then ", steps) + " in regsec's state table (" + STATE_TABLE
                    + "): ATOP's row is split there");
        }
        List<Piece> result = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            result.add(new Piece(row, codes.get(i), starts.get(i), ends.get(i), String.join("; ", notes)));
        }
        return result;
    }

    // ---------------------------------------------------------------- alliance level

    /** Reads the alliance-level rows; false when the file cannot be read at all (its problems reported). */
    boolean readAlliances(CsvRows file) throws IOException {
        if (!start(file, ALLIANCE_COLUMNS, "an alliance-level file (atopid,begyr,begmo,begday,endyr,endmo,endday...)")) {
            return false;
        }
        allianceFileRead = true;
        CsvHeader header = file.header();
        for (CsvRow row : file) {
            if (row.hasErrors()) {
                context.rejected(row.location(), row.problems());
                continue;
            }
            ValueReader values = row.reader(RecordKind.ORGANIZATION, null);
            Integer atopid = positive(values, ATOPID);
            PartialDate begin = AtopDates.read(values, "begyr", "begmo", "begday");
            boolean inForce = AtopDates.inForce(values, "endyr");
            PartialDate end = inForce ? null : AtopDates.read(values, "endyr", "endmo", "endday");
            Set<Obligation> obligations = obligations(values, header);
            Boolean bilateral = flag(values, header, BILAT);
            if (atopid != null && alliances.containsKey(atopid)) {
                values.report(Problem.error(RuleIds.DUPLICATE_ID, "alliance " + atopid + " was given on line "
                        + alliances.get(atopid).location().line() + " already: this row was not imported"), ATOPID);
            }
            if (begin != null && end != null && end.isCertainlyBefore(begin)) {
                values.report(Problem.error(RuleIds.DATE_ORDER, "the end " + end + " is before the begin " + begin
                        + ": the row was not imported"), "endyr");
            }
            if (values.hasErrors()) {
                if (atopid != null) {
                    badAllianceRows.add(atopid);
                }
                context.rejected(row.location(), values.problems());
                continue;
            }
            alliances.put(atopid, new Alliance(atopid, row.location(), begin, end, obligations, Boolean.TRUE.equals(bilateral)));
        }
        return true;
    }

    // ---------------------------------------------------------------- the records

    /**
     * Makes the records: the source, the organizations (from the alliance level where it
     * describes the alliance), the memberships; counts every member-level row that starts no
     * membership as skipped, merged into the one it continues; reports the states without code.
     */
    void finish() throws IOException {
        context.derived(AtopImporter.source(), Location.of(memberFile));
        Map<Integer, List<Membership>> memberships = new LinkedHashMap<>();
        Map<Membership, MemberRow> firstRows = new LinkedHashMap<>();
        for (Map.Entry<Integer, List<Piece>> e : pieces.entrySet()) {
            memberships.put(e.getKey(), memberships(e.getKey(), e.getValue(), firstRows));
        }
        // organizations: the alliance level's, in its order, then those only the member level has
        for (Alliance alliance : alliances.values()) {
            List<Piece> parts = pieces.getOrDefault(alliance.atopid(), List.of());
            if (!namedAlliances.contains(alliance.atopid())) {
                context.report(Problem.warning(AtopRuleIds.UNMATCHED_ALLIANCE, "alliance " + alliance.atopid()
                        + " has no member rows in " + memberFile + ": its organization has no memberships")
                        .withRecord(RecordKind.ORGANIZATION, AtopImporter.organizationId(alliance.atopid())).withField(ATOPID)
                        .withLocation(alliance.location()));
            }
            context.accept(organization(alliance.atopid(), alliance, parts), alliance.location());
        }
        for (Map.Entry<Integer, List<Piece>> e : pieces.entrySet()) {
            int atopid = e.getKey();
            if (alliances.containsKey(atopid)) {
                continue;
            }
            Location first = e.getValue().stream().map(p -> p.row().location()).min(Comparator.naturalOrder()).orElseThrow();
            if (allianceFileRead) {
                context.report(Problem.warning(AtopRuleIds.UNMATCHED_ALLIANCE, "alliance " + atopid + " has no"
                        + (badAllianceRows.contains(atopid) ? " readable" : "") + " row in the alliance-level file: its"
                        + " organization is made from the member level, without founding or end date")
                        .withRecord(RecordKind.ORGANIZATION, AtopImporter.organizationId(atopid)).withField(ATOPID)
                        .withLocation(first));
            }
            context.derived(organization(atopid, null, e.getValue()), first);
        }
        // memberships: each member-level row is counted once, on the first membership it starts
        Set<MemberRow> counted = new HashSet<>();
        for (List<Membership> list : memberships.values()) {
            for (Membership membership : list) {
                MemberRow first = firstRows.get(membership);
                if (counted.add(first)) {
                    context.accept(membership, first.location());
                } else {
                    context.derived(membership, first.location());
                }
            }
        }
        for (MemberRow row : rows) {
            if (!counted.contains(row)) {
                context.skipped(row.location(), MERGED);
            }
        }
        for (Map.Entry<Integer, Unmapped> e : unmapped.entrySet()) {
            context.report(unmappedWarning(e.getKey(), e.getValue()));
        }
    }

    /**
     * The memberships of one alliance: the pieces of each country sorted by start and merged
     * while each begins by the day after the last one ends (ATOP ends a phase on the day the
     * next begins, so consecutive phases touch or overlap by that day; parallel phases of one
     * member overlap): one membership per member and continuous period.
     */
    private List<Membership> memberships(int atopid, List<Piece> parts, Map<Membership, MemberRow> firstRows) {
        Map<CountryCode, List<Piece>> byCountry = new TreeMap<>();
        for (Piece piece : parts) {
            byCountry.computeIfAbsent(piece.country(), k -> new ArrayList<>()).add(piece);
        }
        Comparator<Piece> order = Comparator.comparing((Piece p) -> p.start().earliest())
                .thenComparing(p -> p.row().location());
        List<List<Piece>> groups = new ArrayList<>();
        for (List<Piece> list : byCountry.values()) {
            list.sort(order);
            List<Piece> group = null;
            LocalDate groupEnd = null; // the latest day the group may reach; MAX while in force
            for (Piece piece : list) {
                if (group != null && !piece.start().earliest().isAfter(groupEnd.equals(LocalDate.MAX) ? groupEnd : groupEnd.plusDays(1))) {
                    group.add(piece);
                } else {
                    group = new ArrayList<>();
                    group.add(piece);
                    groups.add(group);
                    groupEnd = LocalDate.MIN;
                }
                LocalDate end = piece.end() == null ? LocalDate.MAX : piece.end().latest();
                if (end.isAfter(groupEnd)) {
                    groupEnd = end;
                }
            }
        }
        groups.sort(Comparator.comparing((List<Piece> g) -> g.get(0).start().earliest())
                .thenComparing(g -> g.get(0).country()));
        List<Membership> result = new ArrayList<>();
        for (List<Piece> group : groups) {
            Piece first = group.get(0);
            PartialDate end = null;
            boolean inForce = false;
            for (Piece piece : group) {
                if (piece.end() == null) {
                    inForce = true;
                } else if (end == null || piece.end().latest().isAfter(end.latest())) {
                    end = piece.end();
                }
            }
            if (inForce) {
                end = null;
            }
            Membership membership = new Membership(
                    AtopImporter.organizationId(atopid) + "-" + first.country().alpha2().toLowerCase(Locale.ROOT) + "-"
                            + first.start(),
                    AtopImporter.organizationId(atopid), Party.country(first.country()), MembershipStatus.MEMBER,
                    first.start(), end, List.of(AtopImporter.SOURCE_ID), note(atopid, group, result));
            result.add(membership);
            firstRows.put(membership, first.row());
        }
        return result;
    }

    /** Where a membership comes from: the COW states and phases, cuts, and whose membership it continues. */
    private String note(int atopid, List<Piece> group, List<Membership> earlier) {
        Set<Integer> ccodes = new LinkedHashSet<>();
        Set<Integer> phases = new TreeSet<>();
        Set<String> notes = new LinkedHashSet<>();
        for (Piece piece : group) {
            ccodes.add(piece.row().ccode());
            if (piece.row().phase() > 0) {
                phases.add(piece.row().phase());
            }
            if (!piece.note().isEmpty()) {
                notes.add(piece.note());
            }
        }
        StringBuilder note = new StringBuilder("ATOP v4.01 alliance ").append(atopid).append(", ");
        note.append(ccodes.size() == 1 ? "COW state " : "COW states ").append(ccodes.stream()
                .map(c -> c + " (" + states.name(c).orElse("?") + ")").collect(Collectors.joining(" and ")));
        if (!phases.isEmpty()) {
            note.append(phases.size() == 1 ? ", phase " : ", phases ").append(phases.stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")));
        }
        Set<Integer> lines = new TreeSet<>();
        group.forEach(p -> lines.add(p.row().location().line()));
        note.append(lines.size() == 1 ? " (line " : " (lines ").append(lines.stream().map(String::valueOf)
                .collect(Collectors.joining(", "))).append(")");
        for (String n : notes) {
            note.append(". ").append(n);
        }
        PartialDate start = group.get(0).start();
        if (start.precision() == DatePrecision.DAY) {
            LocalDate dayBefore = start.earliest().minusDays(1);
            for (Membership m : earlier) {
                if (m.endDate() != null && m.endDate().precision() == DatePrecision.DAY && m.endDate().earliest().equals(dayBefore)
                        && m.member() instanceof CountryParty predecessor
                        && StateLifetime.of(predecessor.country()).flatMap(StateLifetime::lastDay).filter(dayBefore::equals).isPresent()) {
                    note.append(". Continues the membership of ").append(predecessor.country()).append(" (")
                            .append(predecessor.country().name()).append("), which ceased to exist on ").append(dayBefore)
                            .append(", as ATOP records it");
                }
            }
        }
        return note.append('.').toString();
    }

    private Organization organization(int atopid, Alliance alliance, List<Piece> parts) {
        String id = AtopImporter.organizationId(atopid);
        Set<Obligation> obligations = EnumSet.noneOf(Obligation.class);
        boolean bilateral;
        if (alliance != null) {
            obligations.addAll(alliance.obligations());
            bilateral = alliance.bilateral();
        } else {
            parts.forEach(p -> obligations.addAll(p.row().obligations()));
            bilateral = parts.stream().anyMatch(p -> p.row().bilateral());
        }
        StringBuilder note = new StringBuilder("Alliance ").append(atopid).append(" of the Alliance Treaty Obligations and"
                + " Provisions data (ATOP) v4.01: ").append(bilateral ? "bilateral" : "multilateral");
        if (alliance == null) {
            note.append("; dates and obligations from the member level");
        } else if (alliance.end() == null) {
            note.append("; in force at the end of the data (2018)");
        }
        note.append('.');
        String parallel = bilateral ? parallelPhases(parts) : null;
        if (parallel != null) {
            note.append(' ').append(parallel);
        }
        Organization.Builder builder = Organization.builder(id, "ATOP alliance " + atopid, OrganizationKind.OTHER)
                .addIdentifier(new Identifier(AtopImporter.SCHEME, String.valueOf(atopid)))
                .addSource(AtopImporter.SOURCE_ID)
                .note(note.toString());
        if (alliance != null) {
            builder.foundingDate(alliance.begin()).dissolutionDate(alliance.end());
        }
        for (Obligation obligation : Obligation.ALL) {
            if (obligations.contains(obligation)) {
                builder.addTopic(obligation.topic());
            }
        }
        return builder.build();
    }

    /**
     * For a bilateral alliance whose phases run side by side (ATOP continues a bilateral treaty of
     * Czechoslovakia as one treaty with the Czech Republic and one with Slovakia, phases 2 and 3
     * from 1993-01-01): which member belongs to which phase, so that readers know that members of
     * different phases are not allied with each other through this record; null for others.
     */
    private String parallelPhases(List<Piece> parts) {
        Map<Integer, List<Piece>> byPhase = new TreeMap<>();
        parts.forEach(p -> byPhase.computeIfAbsent(p.row().phase(), k -> new ArrayList<>()).add(p));
        Set<Integer> parallel = new TreeSet<>();
        for (Map.Entry<Integer, List<Piece>> a : byPhase.entrySet()) {
            for (Map.Entry<Integer, List<Piece>> b : byPhase.entrySet()) {
                if (a.getKey() < b.getKey() && overlap(a.getValue(), b.getValue())) {
                    parallel.add(a.getKey());
                    parallel.add(b.getKey());
                }
            }
        }
        if (parallel.isEmpty()) {
            return null;
        }
        Set<CountryCode> common = new TreeSet<>();
        boolean firstPhase = true;
        for (int phase : parallel) {
            Set<CountryCode> countries = byPhase.get(phase).stream().map(Piece::country).collect(Collectors.toSet());
            if (firstPhase) {
                common.addAll(countries);
                firstPhase = false;
            } else {
                common.retainAll(countries);
            }
        }
        List<String> each = new ArrayList<>();
        for (int phase : parallel) {
            Set<CountryCode> own = byPhase.get(phase).stream().map(Piece::country).filter(c -> !common.contains(c))
                    .collect(Collectors.toCollection(TreeSet::new));
            each.add("phase " + phase + (own.isEmpty() ? "" : " with " + own.stream().map(CountryCode::alpha2)
                    .collect(Collectors.joining(", "))));
        }
        PartialDate from = parallel.stream().flatMap(p -> byPhase.get(p).stream()).map(Piece::start)
                .min(Comparator.comparing(PartialDate::earliest)).orElseThrow();
        return "From " + from + " ATOP records it in parallel phases (" + String.join(", ", each) + "), each a treaty of its"
                + " own: members of different phases are members here but not allied with each other through it.";
    }

    /** True when some piece of one list certainly overlaps some piece of the other. */
    private static boolean overlap(List<Piece> a, List<Piece> b) {
        for (Piece x : a) {
            for (Piece y : b) {
                if (Period.of(x.start(), x.end()).certainlyOverlaps(Period.of(y.start(), y.end()))
                        && !(x.end() != null && y.start().earliest().equals(x.end().latest()))
                        && !(y.end() != null && x.start().earliest().equals(y.end().latest()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private Problem unmappedWarning(int ccode, Unmapped u) {
        String years = u.firstYear == u.lastYear ? String.valueOf(u.firstYear) : u.firstYear + "-" + u.lastYear;
        String alliancesText = u.alliances.stream().limit(10).map(String::valueOf).collect(Collectors.joining(", "))
                + (u.alliances.size() > 10 ? ", ..." : "");
        return Problem.warning(RuleIds.UNMAPPED_STATE, "COW state " + ccode + " (" + states.name(ccode).orElse("?")
                        + ") has no ISO 3166 code: " + (u.rows == 1 ? "its row (" + years + ") was" : "its " + u.rows
                        + " rows (" + years + ") were") + " skipped, in " + u.alliances.size()
                        + (u.alliances.size() == 1 ? " alliance (" : " alliances (") + alliancesText + ")")
                .withRecord(RecordKind.MEMBERSHIP, null).withField(MEMBER).withLocation(u.first);
    }

    // ---------------------------------------------------------------- values

    /** Notes the file, reports its own problems and checks its header; false when it cannot be read. */
    private boolean start(CsvRows file, List<String> required, String what) throws IOException {
        context.reading(file.file());
        for (Problem problem : file.problems()) {
            context.report(problem);
        }
        if (file.hasErrors()) {
            return false;
        }
        for (String column : required) {
            if (!file.header().has(column)) {
                context.report(Problem.error(RuleIds.SYNTAX, "the header has no '" + column + "' column: this is not " + what
                        + "; the file was not read").withLocation(file.header().location()));
                return false;
            }
        }
        return true;
    }

    /** A whole number above 0, required; null with a problem recorded otherwise. */
    private static Integer positive(ValueReader values, String column) {
        if (!values.require(column)) {
            return null;
        }
        Integer n = values.integer(column);
        if (n != null && n < 1) {
            values.syntaxError(column, "'" + n + "' is not an ATOP " + (column.equals(MEMBER) ? "member (a COW state code)"
                    : "alliance id") + ": expected a whole number above 0");
            return null;
        }
        return n;
    }

    /** The obligation columns the file has, read as flags. */
    private static Set<Obligation> obligations(ValueReader values, CsvHeader header) {
        Set<Obligation> set = EnumSet.noneOf(Obligation.class);
        for (Obligation obligation : Obligation.ALL) {
            if (Boolean.TRUE.equals(flag(values, header, obligation.column()))) {
                set.add(obligation);
            }
        }
        return set;
    }

    /** A 0/1 column: null when the file has no such column or the cell is empty; a problem for other values. */
    private static Boolean flag(ValueReader values, CsvHeader header, String column) {
        if (!header.has(column) || values.text(column) == null) {
            return null;
        }
        String text = values.text(column).strip();
        if (text.equals("1")) {
            return Boolean.TRUE;
        }
        if (text.equals("0")) {
            return Boolean.FALSE;
        }
        values.syntaxError(column, "'" + values.text(column) + "' is not an ATOP flag: expected 1 (yes) or 0 (no)");
        return null;
    }
}
