package io.github.regsec.formats.cow;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.model.Answer;
import io.github.regsec.model.Membership;
import io.github.regsec.model.country.StateSuccession;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Stream;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The importer over the full COW files of the project's shared fixtures
 * ({@code ../shared/fixtures/cow-igo}, found from the working directory upwards, or given with
 * {@code -Dregsec.cow.fixtures=DIR}). Skipped when they are absent: users who clone the project
 * do not have them.
 */
class FullDatasetTest {

    private static final String STATE_YEAR = "state_year_format3.csv.gz";

    private static Path directory;
    private static ImportResult result;
    /** The IGOs whose member counts are checked. */
    private static final List<String> IGOS = List.of("osce", "un", "cis", "nato", "upu", "ccnr", "csto", "sco");

    private static int igoCount;
    private static List<String[]> rawRows;

    @BeforeAll
    static void importTheFullFile() throws IOException {
        directory = find();
        Assumptions.assumeTrue(directory != null, "the shared COW fixtures (../shared/fixtures/cow-igo) are absent");
        long start = System.nanoTime();
        result = Formats.discover().read(directory.resolve(STATE_YEAR), "cow-igo", ReadOptions.defaults());
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("cow-igo: imported %s (with igo_year_format3.csv.gz) in %d ms: %d organizations, %d memberships;"
                        + " %d cores, Java %s%n", STATE_YEAR, millis, result.dataset().organizations().size(),
                result.dataset().memberships().size(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        readRaw();
    }

    private static Path find() {
        String given = System.getProperty("regsec.cow.fixtures");
        if (given != null) {
            return Files.isRegularFile(Path.of(given, STATE_YEAR)) ? Path.of(given) : null;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (Path candidate : List.of(dir.resolve("shared/fixtures/cow-igo"), dir.resolve("../shared/fixtures/cow-igo"))) {
                if (Files.isRegularFile(candidate.resolve(STATE_YEAR))) {
                    return candidate.normalize();
                }
            }
        }
        return null;
    }

    /**
     * The raw file, read with a plain split (it has no quoted values), keeping of each row
     * {@code ccode}, {@code year} and the columns of {@link #IGOS}, in that order.
     */
    private static void readRaw() throws IOException {
        rawRows = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(directory.resolve(STATE_YEAR)));
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> columns = List.of(reader.readLine().split(",", -1));
            igoCount = columns.size() - 3;
            int[] keep = new int[IGOS.size() + 2];
            keep[0] = columns.indexOf("ccode");
            keep[1] = columns.indexOf("year");
            for (int i = 0; i < IGOS.size(); i++) {
                keep[i + 2] = columns.indexOf(IGOS.get(i));
            }
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] values = line.split(",", -1);
                assertThat(values).hasSameSizeAs(columns);
                String[] kept = new String[keep.length];
                for (int i = 0; i < keep.length; i++) {
                    kept[i] = values[keep[i]];
                }
                rawRows.add(kept);
            }
        }
    }

    /** True when the succession table gives the state no ISO code in that year: its row is skipped, not imported. */
    private static boolean unmapped(int ccode, int year) {
        return StateSuccession.bundled().countryInYear(ccode, year).isEmpty();
    }

    /**
     * The member count of an IGO in a year equals the number of 1s in the raw file's column for
     * that year, not counting the states that have no ISO code that year (their rows are not
     * imported: Austria-Hungary in the UPU in 1900, Bavaria in the CCNR in 1850).
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"osce, 1995", "osce, 2014", "un, 1950", "un, 2000", "cis, 2000", "nato, 1990", "upu, 1900",
            "ccnr, 1850", "csto, 2010", "sco, 2014"})
    void countsTheMembersTheRawFileHasForAnIgoAndYear(String igo, int year) {
        int column = IGOS.indexOf(igo) + 2;
        int raw = 0;
        int skipped = 0;
        for (String[] row : rawRows) {
            if (Integer.parseInt(row[1]) == year && row[column].equals("1")) {
                if (unmapped(Integer.parseInt(row[0]), year)) {
                    skipped++;
                } else {
                    raw++;
                }
            }
        }
        // COW codes membership by year: a state that joined or left in that year is only possibly a member mid-year
        Answer<Membership> onDay = result.dataset().membersOn(igo, LocalDate.of(year, 7, 1));
        long members = Stream.concat(onDay.certain().stream(), onDay.possible().stream()).map(Membership::member)
                .distinct().count();

        assertThat(raw).isPositive();
        assertThat(members).as("%s members in %d (%d raw 1s of states without ISO code not counted)", igo, year, skipped)
                .isEqualTo(raw);
        if (igo.equals("upu") || igo.equals("ccnr")) {
            assertThat(skipped).as("the case of states without ISO code is exercised").isPositive();
        }
    }

    @Test
    void importsTheWholeFileWithoutErrors() {
        assertThat(result.hasErrors()).isFalse();
        assertThat(result.rowsRejected()).isZero();
        assertThat(result.dataset().organizations()).hasSize(igoCount);
        assertThat(result.dataset().organization("osce").orElseThrow().name())
                .isEqualTo("Organization for Security and Cooperation in Europe (OSCE)");
    }

    @Test
    void warnsOnceForEachStateWithoutIsoCodeWithItsRowCount() {
        Map<Integer, Integer> unmappedRows = new HashMap<>();
        for (String[] row : rawRows) {
            int ccode = Integer.parseInt(row[0]);
            if (unmapped(ccode, Integer.parseInt(row[1]))) {
                unmappedRows.merge(ccode, 1, Integer::sum);
            }
        }
        List<Problem> warnings = result.problems().stream().filter(p -> p.rule().equals(RuleIds.UNMAPPED_STATE))
                .collect(java.util.stream.Collectors.toList());

        assertThat(warnings).hasSize(unmappedRows.size());
        assertThat(result.rowsSkipped()).as("every row of a state without ISO code is skipped, none lost")
                .isEqualTo(unmappedRows.values().stream().mapToInt(Integer::intValue).sum());
        assertThat(result.skipped()).hasSize(unmappedRows.size());
        assertThat(result.rowsRead()).isEqualTo(result.rowsImported() + result.rowsRejected() + result.rowsSkipped());
        unmappedRows.forEach((ccode, rows) -> assertThat(warnings).filteredOn(
                p -> p.message().startsWith("COW state " + ccode + " ")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("its " + rows + " rows")));
    }
}
