package io.github.regsec.formats.cow;

import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.csv.rows.CsvHeader;
import io.github.regsec.formats.csv.rows.CsvRow;
import io.github.regsec.formats.csv.rows.CsvRows;
import io.github.regsec.formats.codec.ValueReader;
import io.github.regsec.model.Coverage;
import io.github.regsec.model.Identifier;
import io.github.regsec.model.Membership;
import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.Name;
import io.github.regsec.model.Organization;
import io.github.regsec.model.OrganizationKind;
import io.github.regsec.model.RecordKind;
import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.country.StateSuccession;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One read of a state-year file: gathers its membership years row by row, then makes the
 * source, the organizations and the memberships. Holds the state of one read; not thread-safe.
 */
final class StateYearImport {

    static final String CCODE = "ccode";
    static final String YEAR = "year";
    static final String STATE = "state";

    private static final Pattern RECORD_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    private static final int BAD = Integer.MIN_VALUE;
    private static final MembershipStatus[] STATUS = {null, MembershipStatus.MEMBER, MembershipStatus.ASSOCIATE,
            MembershipStatus.OBSERVER};

    /** The rows of one COW state that has no ISO code in their years. */
    private static final class Unmapped {
        final int ccode;
        final int firstLine;
        int rows;
        int firstYear = Integer.MAX_VALUE;
        int lastYear = Integer.MIN_VALUE;
        int values;
        final BitSet igos = new BitSet();

        Unmapped(int ccode, int firstLine) {
            this.ccode = ccode;
            this.firstLine = firstLine;
        }
    }

    private final ImportContext context;
    private final StateSuccession states;
    private final String file;
    private final CsvHeader header;
    private final List<String> igoIds = new ArrayList<>();
    private final List<Integer> igoColumns = new ArrayList<>();
    private final BitSet igoHasMembers = new BitSet();
    private final Map<Integer, Unmapped> unmapped = new LinkedHashMap<>();
    private final Map<Long, Integer> seen = new HashMap<>();
    /** The COW state and line that gave a country a year, by country index and year. */
    private final Map<Long, long[]> countryYears = new HashMap<>();
    private MembershipRuns runs;
    private int lastYear = Integer.MIN_VALUE;
    private int firstYear = Integer.MAX_VALUE;

    private StateYearImport(ImportContext context, StateSuccession states, CsvRows rows) {
        this.context = context;
        this.states = states;
        this.file = rows.file();
        this.header = rows.header();
    }

    /**
     * Reads a state-year file's rows; null when the file cannot be read at all (its problems
     * reported), and then nothing is imported.
     */
    static StateYearImport read(CsvRows rows, ImportContext context, StateSuccession states) throws IOException {
        context.reading(rows.file());
        for (Problem problem : rows.problems()) {
            context.report(problem);
        }
        if (rows.hasErrors()) {
            return null;
        }
        StateYearImport read = new StateYearImport(context, states, rows);
        if (!read.readHeader()) {
            return null;
        }
        read.readRows(rows);
        return read;
    }

    private boolean readHeader() throws IOException {
        for (String required : List.of(CCODE, YEAR)) {
            if (!header.has(required)) {
                context.report(Problem.error(RuleIds.SYNTAX, "the header has no '" + required
                        + "' column: this is not a COW state-year file (expected ccode,year,state, then one column per IGO);"
                        + " the file was not read").withLocation(header.location()));
                return false;
            }
        }
        List<String> columns = header.columns();
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.get(i);
            if (name.equals(CCODE) || name.equals(YEAR) || name.equals(STATE)) {
                continue;
            }
            Location at = Location.of(file, header.line(), i + 1);
            if (name.isEmpty()) {
                context.report(Problem.warning(RuleIds.UNKNOWN_FIELD, "column " + (i + 1)
                        + " has no name: its values are ignored").withLocation(at));
            } else if (!RECORD_ID.matcher(name).matches()) {
                context.report(Problem.error(RuleIds.SYNTAX, "'" + name + "' cannot be an organization id (1-128 letters,"
                        + " digits and . _ : -, starting with a letter or digit): the IGO column was not imported")
                        .withRecord(RecordKind.ORGANIZATION, null).withField(name).withLocation(at));
            } else {
                igoIds.add(name);
                igoColumns.add(i);
            }
        }
        runs = new MembershipRuns(igoIds.size());
        return true;
    }

    private void readRows(CsvRows rows) throws IOException {
        int igoCount = igoIds.size();
        int[] columns = igoColumns.stream().mapToInt(Integer::intValue).toArray();
        int[] status = new int[igoCount];
        for (CsvRow row : rows) {
            if (row.hasErrors()) {
                context.rejected(row.location(), row.problems());
                continue;
            }
            ValueReader values = row.reader(RecordKind.MEMBERSHIP, null);
            Integer ccode = values.require(CCODE) ? values.integer(CCODE) : null;
            Integer year = values.require(YEAR) ? values.integer(YEAR) : null;
            if (year != null && (year < 1 || year > 9999)) {
                values.syntaxError(YEAR, "'" + year + "' is not a year: expected 1 to 9999");
            }
            if (ccode != null && !values.hasErrors()) {
                if (!states.isKnown(ccode)) {
                    values.syntaxError(CCODE, "'" + ccode + "' is not a Correlates of War state code: the row was not"
                            + " imported");
                } else {
                    Integer earlier = seen.putIfAbsent(((long) ccode << 32) | year, row.line());
                    if (earlier != null) {
                        values.report(Problem.error(RuleIds.DUPLICATE_ID, "state " + ccode + " in " + year
                                + " was given on line " + earlier + " already: this row was not imported"), CCODE);
                    }
                }
            }
            if (values.hasErrors()) {
                context.rejected(row.location(), values.problems());
                continue;
            }
            CountryCode country = states.countryInYear(ccode, year).orElse(null);
            if (country != null) {
                long[] other = countryYears.putIfAbsent(((long) MembershipRuns.countryIndex(country) << 32) | year,
                        new long[] {ccode, row.line()});
                if (other != null) {
                    values.report(Problem.error(RuleIds.DUPLICATE_ID, "state " + ccode + " stands for " + country + " in "
                            + year + ", as state " + other[0] + " on line " + other[1] + " does: this row was not imported"
                            + " (" + country + " can be one state a year only)"), CCODE);
                    context.rejected(row.location(), values.problems());
                    continue;
                }
            }
            lastYear = Math.max(lastYear, year);
            firstYear = Math.min(firstYear, year);
            int memberships = 0;
            for (int k = 0; k < igoCount; k++) {
                int s = status(row, columns[k]);
                status[k] = s;
                if (s > 0) {
                    memberships++;
                    igoHasMembers.set(k);
                }
            }
            if (country == null) {
                Unmapped u = unmapped.computeIfAbsent(ccode, c -> new Unmapped(c, row.line()));
                u.rows++;
                u.firstYear = Math.min(u.firstYear, year);
                u.lastYear = Math.max(u.lastYear, year);
                u.values += memberships;
                for (int k = 0; k < igoCount; k++) {
                    if (status[k] > 0) {
                        u.igos.set(k);
                    }
                }
                context.skipped(row.location(), skipReason(ccode));
                continue;
            }
            int countryIndex = MembershipRuns.countryIndex(country);
            for (int k = 0; k < igoCount; k++) {
                if (status[k] > 0) {
                    runs.add(k, countryIndex, year, status[k], row.line());
                }
            }
        }
    }

    /** The status in a cell: 1, 2 or 3; 0 for 0, -1 and -9; 0 with a reported problem for anything else. */
    private int status(CsvRow row, int column) throws IOException {
        String value = row.get(column);
        switch (value) {
            case "1":
                return 1;
            case "2":
                return 2;
            case "3":
                return 3;
            case "0":
            case "-1":
            case "-9":
                return 0;
            default:
                int parsed = parse(value.strip());
                if (parsed != BAD) {
                    return Math.max(parsed, 0);
                }
                String name = header.columns().get(column);
                context.report(Problem.error(RuleIds.SYNTAX, name + ": '" + value + "' is not a COW membership value:"
                        + " expected 1 (full member), 2 (associate member), 3 (observer), 0 (not a member), -9 (missing)"
                        + " or -1 (the IGO does not exist that year); the year is read as missing")
                        .withRecord(RecordKind.MEMBERSHIP, null).withField(name)
                        .withLocation(Location.of(file, row.line(), column + 1)));
                return 0;
        }
    }

    private static int parse(String value) {
        try {
            int n = ValueReader.wholeNumber(value);
            return n >= -1 && n <= 3 || n == -9 ? n : BAD;
        } catch (IllegalArgumentException e) {
            return BAD;
        }
    }

    /**
     * Makes the records: the source, one organization per IGO column with a membership value
     * (named from {@code igoYear} where it describes the IGO) and the memberships; then reports
     * the states without ISO code and the IGOs the two files do not agree on.
     *
     * @param igoYear what the igo-year file says, by lower-case IGO abbreviation; null when no
     *     igo-year file was read
     * @param igoYearFile the igo-year file's name, for messages; null when none was read
     */
    void finish(Map<String, IgoYearTable.IgoInfo> igoYear, String igoYearFile) throws IOException {
        context.accept(CowIgoImporter.source(), Location.of(file));
        for (int k = 0; k < igoIds.size(); k++) {
            if (igoHasMembers.get(k)) {
                organization(k, igoYear, igoYearFile);
            }
        }
        runs.forEachRun(run -> {
            String igo = igoIds.get(run.igo());
            Membership membership = new Membership(
                    "cow-" + igo + "-" + run.country().alpha2().toLowerCase(Locale.ROOT) + "-" + run.firstYear(),
                    igo, Party.country(run.country()), STATUS[run.status()], PartialDate.ofYear(run.firstYear()),
                    run.lastYear() == lastYear ? null : PartialDate.ofYear(run.lastYear()),
                    List.of(CowIgoImporter.SOURCE_ID), null);
            context.accept(membership, Location.of(file, run.firstLine(), igoColumns.get(run.igo()) + 1));
        });
        for (Unmapped u : unmapped.values()) {
            context.report(unmappedWarning(u));
        }
        if (igoYear != null) {
            Set<String> withMembers = new HashSet<>();
            for (int k = igoHasMembers.nextSetBit(0); k >= 0; k = igoHasMembers.nextSetBit(k + 1)) {
                withMembers.add(igoIds.get(k).toLowerCase(Locale.ROOT));
            }
            for (Map.Entry<String, IgoYearTable.IgoInfo> e : igoYear.entrySet()) {
                if (!withMembers.contains(e.getKey())) {
                    context.report(Problem.warning(CowRuleIds.UNMATCHED_IGO, "IGO '" + e.getValue().ioname() + "' of "
                            + igoYearFile + " has no member in " + file + ": no organization was made for it")
                            .withRecord(RecordKind.ORGANIZATION, e.getKey()).withField(IgoYearTable.IONAME)
                            .withLocation(e.getValue().firstLocation()));
                }
            }
        }
    }

    private void organization(int k, Map<String, IgoYearTable.IgoInfo> igoYear, String igoYearFile) throws IOException {
        String id = igoIds.get(k);
        Location headerCell = Location.of(file, header.line(), igoColumns.get(k) + 1);
        IgoYearTable.IgoInfo info = igoYear == null ? null : igoYear.get(id.toLowerCase(Locale.ROOT));
        Organization.Builder builder = Organization.builder(id, info == null ? id.toUpperCase(Locale.ROOT) : info.name(),
                        OrganizationKind.INTERGOVERNMENTAL)
                .addIdentifier(new Identifier(CowIgoImporter.ABBREVIATION_SCHEME, id))
                .addSource(CowIgoImporter.SOURCE_ID);
        if (firstYear <= lastYear) { // COW lists every member state for the years its file covers
            builder.coverage(Coverage.COMPLETE).coverageStart(PartialDate.ofYear(firstYear))
                    .coverageEnd(PartialDate.ofYear(lastYear));
        }
        Location location = headerCell;
        List<Location> nameLocations = List.of();
        if (info != null) {
            builder.foundingDate(info.founded()).dissolutionDate(info.dissolved());
            if (info.ionum() != null) {
                builder.addIdentifier(new Identifier(CowIgoImporter.NUMBER_SCHEME, String.valueOf(info.ionum())));
            }
            for (int i = 0; i < info.formerNames().size(); i++) {
                builder.addName(info.formerNames().get(i));
            }
            location = info.location();
            nameLocations = info.formerNameLocations();
        } else if (igoYear != null) {
            context.report(Problem.warning(CowRuleIds.UNMATCHED_IGO, "IGO '" + id + "' has no rows in " + igoYearFile
                    + ": it is named '" + id.toUpperCase(Locale.ROOT) + "' after its abbreviation, without founding or"
                    + " dissolution year").withRecord(RecordKind.ORGANIZATION, id).withField(id).withLocation(headerCell));
        }
        context.accept(builder.build(), location, nameLocations);
    }

    /** Why the rows of a state without country code are skipped: one reason per state. */
    private String skipReason(int ccode) {
        return "COW state " + ccode + " (" + states.name(ccode).orElse("?") + ") has no ISO 3166 code";
    }

    private Problem unmappedWarning(Unmapped u) {
        String name = states.name(u.ccode).orElse("?");
        String years = u.firstYear == u.lastYear ? String.valueOf(u.firstYear) : u.firstYear + "-" + u.lastYear;
        String rows = u.rows == 1 ? "its row (" + years + ") was" : "its " + u.rows + " rows (" + years + ") were";
        String they = u.rows == 1 ? "it holds" : "they hold";
        String lost = u.values == 0 ? they + " no membership value"
                : they + " " + u.values + (u.values == 1 ? " membership value" : " membership values")
                        + " (1, 2 or 3) in " + u.igos.cardinality() + (u.igos.cardinality() == 1 ? " IGO" : " IGOs")
                        + " (" + igoList(u.igos) + ")";
        String when = states.hasAnyCountry(u.ccode) ? " in those years" : "";
        return Problem.warning(RuleIds.UNMAPPED_STATE, "COW state " + u.ccode + " (" + name + ") has no ISO 3166 code"
                + when + ": " + rows + " not imported; " + lost)
                .withRecord(RecordKind.MEMBERSHIP, null).withField(CCODE).withLocation(Location.of(file, u.firstLine));
    }

    private String igoList(BitSet igos) {
        List<String> names = new ArrayList<>();
        for (int k = igos.nextSetBit(0); k >= 0 && names.size() < 10; k = igos.nextSetBit(k + 1)) {
            names.add(igoIds.get(k));
        }
        return String.join(", ", names) + (igos.cardinality() > names.size() ? ", ..." : "");
    }
}
