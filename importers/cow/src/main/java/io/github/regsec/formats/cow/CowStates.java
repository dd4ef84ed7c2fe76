package io.github.regsec.formats.cow;

import io.github.regsec.formats.csv.rows.CsvReadOptions;
import io.github.regsec.formats.csv.rows.CsvRow;
import io.github.regsec.formats.csv.rows.CsvRows;
import io.github.regsec.model.country.CountryCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Correlates of War state codes ({@code ccode}) and the ISO 3166-1 country each stands for,
 * year by year: Russia (365) is {@code RU} until 1922, the USSR {@code SU} 1923-1991 and
 * {@code RU} again from 1992; Bavaria (245) has no ISO code at all. Loaded from the bundled table
 * {@code cow-states.csv} (columns {@code ccode,cow_abbreviation,cow_name,iso_alpha2,from_year,to_year};
 * years inclusive, empty for open). No ISO code stands for two COW states in the same year: the
 * table is checked when it is loaded. Immutable and safe to share.
 */
public final class CowStates {

    private static final String TABLE = "cow-states.csv";
    private static final CowStates BUNDLED = load();

    /** One row of the table: a state's ISO code (or none) over a span of years. */
    private record Span(int ccode, String abbreviation, String name, CountryCode country, int from, int to) {
        boolean covers(int year) {
            return from <= year && year <= to;
        }
    }

    private final Map<Integer, List<Span>> spans;

    private CowStates(Map<Integer, List<Span>> spans) {
        this.spans = spans;
    }

    /**
     * The table bundled with this module.
     *
     * @return the COW state codes with their names and ISO countries by year
     */
    public static CowStates bundled() {
        return BUNDLED;
    }

    /**
     * True when the table knows this COW state code.
     *
     * @param ccode a COW state code ({@code 702} is Tajikistan)
     * @return whether the code is in the table
     */
    public boolean isKnown(int ccode) {
        return spans.containsKey(ccode);
    }

    /**
     * The ISO country a COW state stands for in a year; empty when the state has no ISO code
     * that year (a nineteenth-century German state, Austria-Hungary) or the code is unknown.
     *
     * @param ccode a COW state code
     * @param year the year, as COW's state-year files give it
     * @return the ISO country, or empty
     */
    public Optional<CountryCode> countryOn(int ccode, int year) {
        for (Span span : spans.getOrDefault(ccode, List.of())) {
            if (span.covers(year)) {
                return Optional.ofNullable(span.country());
            }
        }
        return Optional.empty();
    }

    /**
     * True when the state has an ISO code in at least one year.
     *
     * @param ccode a COW state code
     * @return whether some year maps it to an ISO country
     */
    public boolean hasAnyCountry(int ccode) {
        return spans.getOrDefault(ccode, List.of()).stream().anyMatch(s -> s.country() != null);
    }

    /**
     * The state's name as COW gives it ({@code Bavaria}), or empty for an unknown code.
     *
     * @param ccode a COW state code
     * @return the name, or empty
     */
    public Optional<String> name(int ccode) {
        List<Span> list = spans.get(ccode);
        return list == null ? Optional.empty() : Optional.of(list.get(0).name());
    }

    /**
     * The state's COW abbreviation ({@code BAV}), or empty for an unknown code.
     *
     * @param ccode a COW state code
     * @return the abbreviation, or empty
     */
    public Optional<String> abbreviation(int ccode) {
        List<Span> list = spans.get(ccode);
        return list == null ? Optional.empty() : Optional.of(list.get(0).abbreviation());
    }

    private static CowStates load() {
        try (InputStream in = CowStates.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("the COW state table " + TABLE + " is missing from the regsec-importers-cow jar");
            }
            try (CsvRows rows = CsvRows.open(in, TABLE, CsvReadOptions.defaults())) {
                if (rows.hasErrors()) {
                    throw new IllegalStateException("the bundled " + TABLE + " cannot be read: " + rows.problems());
                }
                Map<Integer, List<Span>> spans = new HashMap<>();
                List<Span> all = new ArrayList<>();
                for (CsvRow row : rows) {
                    Span span = span(row);
                    for (Span other : spans.getOrDefault(span.ccode(), List.of())) {
                        if (overlap(span, other)) {
                            throw broken(row, "its years overlap another row of state " + span.ccode());
                        }
                    }
                    for (Span other : all) {
                        if (span.country() != null && span.country().equals(other.country()) && overlap(span, other)) {
                            throw broken(row, span.country() + " stands for state " + other.ccode() + " in the same years");
                        }
                    }
                    spans.computeIfAbsent(span.ccode(), k -> new ArrayList<>()).add(span);
                    all.add(span);
                }
                spans.replaceAll((k, v) -> List.copyOf(v));
                return new CowStates(Collections.unmodifiableMap(spans));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled " + TABLE + " cannot be read", e);
        }
    }

    private static Span span(CsvRow row) {
        if (row.hasErrors()) {
            throw broken(row, row.problems().toString());
        }
        try {
            int ccode = Integer.parseInt(row.get("ccode"));
            String iso = row.text("iso_alpha2");
            String from = row.text("from_year");
            String to = row.text("to_year");
            return new Span(ccode, row.get("cow_abbreviation"), row.get("cow_name"),
                    iso == null ? null : CountryCode.parse(iso),
                    from == null ? Integer.MIN_VALUE : Integer.parseInt(from),
                    to == null ? Integer.MAX_VALUE : Integer.parseInt(to));
        } catch (IllegalArgumentException e) {
            throw broken(row, e.getMessage());
        }
    }

    private static boolean overlap(Span a, Span b) {
        return a.from() <= b.to() && b.from() <= a.to();
    }

    private static IllegalStateException broken(CsvRow row, String why) {
        return new IllegalStateException("the bundled " + TABLE + " is broken at line " + row.line() + ": " + why);
    }
}
