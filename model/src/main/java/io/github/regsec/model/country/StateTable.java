package io.github.regsec.model.country;

import io.github.regsec.model.time.PartialDate;
import io.github.regsec.model.time.Period;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled state table {@code states.csv}, read once: the rows by COW state code and by
 * country code. See the file's header for its sources and rules; the checks here make sure no
 * state has two codes on one day and no code two states.
 */
final class StateTable {

    static final String FILE = "states.csv";
    private static final List<String> COLUMNS = List.of("ccode", "cow_abbreviation", "cow_name", "alpha2", "from", "to", "note");

    /** The bundled table, read on first use. */
    static final StateTable BUNDLED = load();

    final Map<Integer, List<StateSpan>> byCcode;
    final Map<CountryCode, List<StateSpan>> byCountry;

    private StateTable(Map<Integer, List<StateSpan>> byCcode, Map<CountryCode, List<StateSpan>> byCountry) {
        this.byCcode = byCcode;
        this.byCountry = byCountry;
    }

    private static StateTable load() {
        try (InputStream in = StateTable.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("the state table " + FILE + " is missing from the regsec-model jar");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("the state table " + FILE + " cannot be read", e);
        }
    }

    static StateTable read(BufferedReader reader) throws IOException {
        Map<Integer, List<StateSpan>> byCcode = new LinkedHashMap<>();
        Map<CountryCode, List<StateSpan>> byCountry = new HashMap<>();
        boolean header = true;
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = cells(line, lineNumber);
            if (header) {
                if (!cells.equals(COLUMNS)) {
                    throw broken(lineNumber, "the header is " + cells + ", expected " + COLUMNS);
                }
                header = false;
                continue;
            }
            if (cells.size() != COLUMNS.size()) {
                throw broken(lineNumber, cells.size() + " values, expected " + COLUMNS.size());
            }
            StateSpan span = span(cells, lineNumber);
            if (span.ccode() != null) {
                List<StateSpan> same = byCcode.computeIfAbsent(span.ccode(), k -> new ArrayList<>());
                for (StateSpan other : same) {
                    if (overlap(span.period(), other.period())) {
                        throw broken(lineNumber, "its days overlap another row of COW state " + span.ccode());
                    }
                    if (!other.cowName().equals(span.cowName()) || !other.cowAbbreviation().equals(span.cowAbbreviation())) {
                        throw broken(lineNumber, "COW state " + span.ccode() + " has another name or abbreviation on another row");
                    }
                }
                same.add(span);
            }
            if (span.country() != null) {
                List<StateSpan> same = byCountry.computeIfAbsent(span.country(), k -> new ArrayList<>());
                for (StateSpan other : same) {
                    if (overlap(span.period(), other.period())) {
                        throw broken(lineNumber, span.country() + " stands for another state (line of COW state "
                                + other.ccode() + ") on some of the same days");
                    }
                }
                same.add(span);
            }
        }
        Comparator<StateSpan> byStart = Comparator.comparing(s -> first(s.period()));
        byCcode.replaceAll((k, v) -> v.stream().sorted(byStart).toList());
        byCountry.replaceAll((k, v) -> v.stream().sorted(byStart).toList());
        return new StateTable(Map.copyOf(byCcode), Map.copyOf(byCountry));
    }

    private static StateSpan span(List<String> cells, int line) {
        try {
            Integer ccode = cells.get(0).isEmpty() ? null : Integer.valueOf(cells.get(0));
            String abbreviation = empty(cells.get(1));
            String name = empty(cells.get(2));
            if ((ccode == null) != (abbreviation == null) || (ccode == null) != (name == null)) {
                throw broken(line, "a COW state needs its code, abbreviation and name, or none of them");
            }
            CountryCode country = cells.get(3).isEmpty() ? null : CountryCode.of(cells.get(3));
            PartialDate from = day(cells.get(4), line);
            PartialDate to = day(cells.get(5), line);
            Period period = Period.of(from, to);
            if (from != null && to != null && to.earliest().isBefore(from.earliest())) {
                throw broken(line, "'to' " + to + " is before 'from' " + from);
            }
            return new StateSpan(ccode, abbreviation, name, country, period, empty(cells.get(6)));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw broken(line, e.getMessage());
        }
    }

    private static PartialDate day(String text, int line) {
        if (text.isEmpty()) {
            return null;
        }
        PartialDate date = PartialDate.parse(text);
        if (date.day() == 0) {
            throw broken(line, "'" + text + "' is not a full day (YYYY-MM-DD)");
        }
        return date;
    }

    private static String empty(String text) {
        return text.isEmpty() ? null : text;
    }

    /** The first day of a period, {@link LocalDate#MIN} when open. */
    static LocalDate first(Period period) {
        return period.start() == null ? LocalDate.MIN : period.start().earliest();
    }

    /** The last day of a period, {@link LocalDate#MAX} when open. */
    static LocalDate last(Period period) {
        return period.end() == null ? LocalDate.MAX : period.end().latest();
    }

    private static boolean overlap(Period a, Period b) {
        return !first(a).isAfter(last(b)) && !first(b).isAfter(last(a));
    }

    /** The cells of one CSV line: commas separate, double quotes quote, {@code ""} is a quote. */
    private static List<String> cells(String line, int lineNumber) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw broken(lineNumber, "a quote does not close");
        }
        cells.add(cell.toString());
        return cells;
    }

    private static IllegalStateException broken(int line, String why) {
        return new IllegalStateException("the state table " + FILE + " is broken at line " + line + ": " + why);
    }
}
