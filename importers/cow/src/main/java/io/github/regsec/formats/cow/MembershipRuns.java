package io.github.regsec.formats.cow;

import io.github.regsec.model.country.CountryCode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The membership years of a state-year file, gathered per (IGO, country) and turned into runs:
 * consecutive years with the same status. Only years with a membership status (1, 2 or 3) are
 * kept, so a year with 0, -1 or -9, and a year with no row at all, ends a run. Years are sorted
 * before runs are formed, so two COW states that stand for the same country in turn (the German
 * Federal Republic until 1989, Germany from 1990) give one run. Not thread-safe: one per read.
 */
final class MembershipRuns {

    /** A run: one status held in consecutive years, and the line of the row where it starts. */
    record Run(int igo, CountryCode country, int status, int firstYear, int lastYear, int firstLine) {
    }

    /** Receives runs. */
    @FunctionalInterface
    interface RunSink {
        void accept(Run run);
    }

    private static final List<CountryCode> COUNTRIES = CountryCode.all();
    private static final Map<CountryCode, Integer> INDEX = index();

    private final int igoCount;
    private final long[][] entries;
    private final int[] sizes;

    MembershipRuns(int igoCount) {
        this.igoCount = igoCount;
        this.entries = new long[igoCount * COUNTRIES.size()][];
        this.sizes = new int[entries.length];
    }

    private static Map<CountryCode, Integer> index() {
        Map<CountryCode, Integer> index = new HashMap<>();
        for (int i = 0; i < COUNTRIES.size(); i++) {
            index.put(COUNTRIES.get(i), i);
        }
        return Map.copyOf(index);
    }

    /** The dense index of a country, for {@link #add}. */
    static int countryIndex(CountryCode country) {
        return INDEX.get(country);
    }

    /**
     * Adds one membership year.
     *
     * @param igo the IGO's index
     * @param country the country's {@linkplain #countryIndex index}
     * @param year the year, 1 to 9999
     * @param status 1, 2 or 3
     * @param line the line of the row
     */
    void add(int igo, int country, int year, int status, int line) {
        int slot = igo * COUNTRIES.size() + country;
        long[] list = entries[slot];
        int size = sizes[slot];
        if (list == null) {
            list = new long[8];
            entries[slot] = list;
        } else if (size == list.length) {
            list = Arrays.copyOf(list, size * 2);
            entries[slot] = list;
        }
        list[size] = ((long) year << 40) | ((long) status << 32) | (line & 0xFFFF_FFFFL);
        sizes[slot] = size + 1;
    }

    /** Every run, by IGO index, then country code, then first year. */
    void forEachRun(RunSink sink) {
        for (int igo = 0; igo < igoCount; igo++) {
            for (int c = 0; c < COUNTRIES.size(); c++) {
                int slot = igo * COUNTRIES.size() + c;
                if (entries[slot] != null) {
                    runsOf(igo, COUNTRIES.get(c), entries[slot], sizes[slot], sink);
                }
            }
        }
    }

    private static void runsOf(int igo, CountryCode country, long[] list, int size, RunSink sink) {
        Arrays.sort(list, 0, size);
        int i = 0;
        while (i < size) {
            int status = status(list[i]);
            int first = year(list[i]);
            int line = line(list[i]);
            int last = first;
            int j = i + 1;
            // the same year twice cannot happen: a (state, year) row is read once and no country stands for two states at once
            while (j < size && year(list[j]) == last + 1 && status(list[j]) == status) {
                last++;
                j++;
            }
            sink.accept(new Run(igo, country, status, first, last, line));
            i = j;
        }
    }

    private static int year(long entry) {
        return (int) (entry >>> 40);
    }

    private static int status(long entry) {
        return (int) (entry >>> 32) & 0xFF;
    }

    private static int line(long entry) {
        return (int) entry;
    }
}
