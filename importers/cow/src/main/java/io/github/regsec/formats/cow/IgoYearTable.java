package io.github.regsec.formats.cow;

import io.github.regsec.formats.csv.rows.CsvHeader;
import io.github.regsec.formats.csv.rows.CsvReadOptions;
import io.github.regsec.formats.csv.rows.CsvRow;
import io.github.regsec.formats.csv.rows.CsvRows;
import io.github.regsec.formats.codec.ValueReader;
import io.github.regsec.model.Name;
import io.github.regsec.model.NameKind;
import io.github.regsec.model.RecordKind;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the COW igo-year file ({@code igo_year_format3.csv}) says about each IGO: its full name
 * (and the names it had in earlier years), its start and end years and its COW number. Only the
 * columns {@code ioname, year, orgname, longorgname, sdate, deaddate, ionum} are read; the
 * per-state columns repeat what the state-year file says and are ignored.
 */
final class IgoYearTable {

    static final String IONAME = "ioname";
    static final String YEAR = "year";
    static final String ORGNAME = "orgname";
    static final String LONGORGNAME = "longorgname";
    static final String SDATE = "sdate";
    static final String DEADDATE = "deaddate";
    static final String IONUM = "ionum";

    /** One IGO as the file describes it in its latest year. */
    record IgoInfo(String ioname, String name, List<Name> formerNames, List<Location> formerNameLocations,
                   PartialDate founded, PartialDate dissolved, Integer ionum, Location location, Location firstLocation) {
    }

    /** One usable row. */
    private record Row(int year, String ioname, String name, PartialDate founded, PartialDate dissolved, Integer ionum,
                       Location location) {
    }

    private IgoYearTable() {
    }

    /**
     * What the file says: its name (for problems and messages), one {@link IgoInfo} per IGO keyed
     * by the lower-case {@code ioname} (the state-year file's column name), and the problems
     * found, in file order, for the caller to report.
     */
    record Table(String file, Map<String, IgoInfo> igos, List<Problem> problems) {
    }

    /**
     * Reads a file. Runs without an {@link io.github.regsec.formats.ImportContext} (so that it
     * can run while the state-year file is read): its problems come back in the table. A row
     * that cannot be read is reported and not used; the rows are not records, so they are not
     * counted as imported or rejected.
     *
     * @throws IOException when the file cannot be read at all
     */
    static Table load(Path path, CsvReadOptions options) throws IOException {
        try (CsvRows rows = CsvRows.open(path, options)) {
            List<Problem> problems = new ArrayList<>(rows.problems());
            Map<String, IgoInfo> result = new LinkedHashMap<>();
            if (rows.hasErrors()) {
                return new Table(rows.file(), result, problems);
            }
            CsvHeader header = rows.header();
            for (String required : List.of(IONAME, YEAR)) {
                if (!header.has(required)) {
                    problems.add(Problem.error(RuleIds.SYNTAX, "the header has no '" + required
                            + "' column: this is not a COW igo-year file (expected ioname,orgname,year, a column per state,"
                            + " then sdate,deaddate,longorgname,ionum...); its names and dates were not used")
                            .withLocation(header.location()));
                    return new Table(rows.file(), result, problems);
                }
            }
            Map<String, List<Row>> byIgo = new LinkedHashMap<>();
            for (CsvRow row : rows) {
                if (row.hasErrors()) {
                    problems.addAll(row.problems());
                    continue;
                }
                Row read = read(row, problems);
                if (read != null) {
                    byIgo.computeIfAbsent(read.ioname().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(read);
                }
            }
            for (Map.Entry<String, List<Row>> e : byIgo.entrySet()) {
                result.put(e.getKey(), info(e.getValue()));
            }
            return new Table(rows.file(), result, problems);
        }
    }

    /** A row's values, its problems added to {@code problems}; null when one of them is bad. */
    private static Row read(CsvRow row, List<Problem> problems) {
        ValueReader values = row.reader(RecordKind.ORGANIZATION, row.text(IONAME));
        String ioname = values.requiredText(IONAME);
        PartialDate year = values.require(YEAR) ? year(values, YEAR) : null;
        PartialDate founded = year(values, SDATE);
        PartialDate dissolved = year(values, DEADDATE);
        Integer ionum = values.integer(IONUM);
        if (ionum != null && ionum < 0) {
            values.syntaxError(IONUM, "'" + ionum + "' is not a COW IGO number: expected a whole number of 0 or more");
            ionum = null;
        }
        problems.addAll(values.problems());
        if (values.hasErrors()) {
            return null; // a row with a bad value is not used: the IGO's other rows tell its names and dates
        }
        String name = firstNonBlank(row.text(LONGORGNAME), row.text(ORGNAME), ioname.toUpperCase(Locale.ROOT));
        return new Row(year.year(), ioname.strip(), name.strip(), founded, dissolved, ionum, row.location());
    }

    private static PartialDate year(ValueReader values, String field) {
        Integer year = values.integer(field);
        if (year == null) {
            return null;
        }
        if (year < 1 || year > 9999) {
            values.syntaxError(field, "'" + year + "' is not a year: expected 1 to 9999");
            return null;
        }
        return PartialDate.ofYear(year);
    }

    private static String firstNonBlank(String... texts) {
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return null;
    }

    private static IgoInfo info(List<Row> rows) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingInt(Row::year));
        Row latest = sorted.get(sorted.size() - 1);
        List<Name> former = new ArrayList<>();
        List<Location> formerLocations = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            Row first = sorted.get(i);
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1).name().equals(first.name())) {
                j++;
            }
            if (!first.name().equals(latest.name())) {
                former.add(Name.of(first.name(), NameKind.FORMER, PartialDate.ofYear(first.year()),
                        PartialDate.ofYear(sorted.get(j).year())));
                formerLocations.add(first.location());
            }
            i = j + 1;
        }
        return new IgoInfo(latest.ioname(), latest.name(), former, formerLocations, latest.founded(), latest.dissolved(),
                latest.ionum(), latest.location(), sorted.get(0).location());
    }
}
