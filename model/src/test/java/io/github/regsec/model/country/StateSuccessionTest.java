package io.github.regsec.model.country;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StateSuccessionTest {

    private static final StateSuccession TABLE = StateSuccession.bundled();

    private static String on(int ccode, String day) {
        return TABLE.countryOn(ccode, LocalDate.parse(day)).map(CountryCode::alpha2).orElse("-");
    }

    @ParameterizedTest(name = "COW {0} on {1} is {2}")
    @CsvSource({
            "365, 1815-06-01, RU", "365, 1922-12-29, RU", "365, 1922-12-30, SU", "365, 1991-12-25, SU",
            "365, 1991-12-26, RU", "365, 2020-01-01, RU",
            "315, 1918-10-28, CS", "315, 1992-12-31, CS", "315, 1993-01-01, -",
            "316, 1993-01-01, CZ", "317, 1993-01-01, SK",
            "345, 1881-01-01, RS", "345, 1918-11-30, RS", "345, 1918-12-01, YU", "345, 1992-06-01, YU",
            "345, 2004-01-01, YU", "345, 2006-06-04, YU", "345, 2006-06-05, RS",
            "341, 1912-10-08, ME", "341, 1950-01-01, -", "341, 2006-06-03, ME",
            "255, 1815-06-01, DE", "255, 1949-05-22, DE", "255, 1960-01-01, -", "255, 1990-10-03, DE",
            "260, 1949-05-23, DE", "260, 1990-10-02, DE", "260, 1990-10-03, -",
            "265, 1949-10-07, DD", "265, 1990-10-02, DD", "265, 1990-10-03, -",
            "678, 1990-05-21, YE", "679, 1990-05-22, YE", "680, 1980-01-01, -",
            "702, 1991-09-09, TJ", "705, 2010-01-01, KZ", "347, 2008-02-17, XK"})
    void givesTheCodeOfTheDay(int ccode, String day, String expected) {
        assertThat(on(ccode, day)).isEqualTo(expected);
    }

    @Test
    void aStateBeforeItsFirstDayHasTheCodeOfWhatItBecame() {
        // ATOP has the Ukrainian SSR (369) in a treaty of 1990 and the Czech Republic (316) in one of 1992-11-23
        assertThat(on(369, "1990-11-19")).isEqualTo("UA");
        assertThat(on(316, "1992-11-23")).isEqualTo("CZ");
    }

    @Test
    void neverGivesOneCodeToTwoStatesOnADay() {
        // before 1949-05-23 Germany (255) is DE, so the German Federal Republic (260) is nothing then
        assertThat(on(260, "1900-01-01")).isEqualTo("-");
        assertThat(on(679, "1980-01-01")).isEqualTo("-");
        for (LocalDate day = LocalDate.of(1815, 1, 1); day.getYear() < 2020; day = day.plusDays(29)) {
            Map<CountryCode, Integer> holders = new HashMap<>();
            for (int ccode = 1; ccode < 1000; ccode++) {
                Optional<CountryCode> code = TABLE.countryOn(ccode, day);
                if (code.isPresent()) {
                    Integer other = holders.put(code.get(), ccode);
                    assertThat(other).as("%s on %s stands for COW %s and %s", code.get(), day, other, ccode).isNull();
                }
            }
        }
    }

    @ParameterizedTest(name = "COW {0} in {1} is {2}")
    @CsvSource({
            "365, 1922, RU", "365, 1923, SU", "365, 1991, SU", "365, 1992, RU",
            "345, 1918, RS", "345, 1919, YU", "345, 2005, YU", "345, 2006, RS",
            "255, 1945, DE", "255, 1990, DE", "260, 1989, DE", "265, 1989, DD", "315, 1992, CS", "316, 1993, CZ",
            "678, 1989, YE", "679, 1990, YE", "369, 1990, UA", "369, 1991, UA"})
    void givesTheCodeOfMostOfAYear(int ccode, int year, String expected) {
        assertThat(TABLE.countryInYear(ccode, year).map(CountryCode::alpha2).orElse("-")).isEqualTo(expected);
    }

    @Test
    void listsTheDaysAStatesCodeChanges() {
        assertThat(TABLE.changesBetween(365, LocalDate.of(1975, 8, 1), null)).containsExactly(LocalDate.of(1991, 12, 26));
        assertThat(TABLE.changesBetween(365, LocalDate.of(1815, 1, 1), LocalDate.of(1991, 12, 25)))
                .containsExactly(LocalDate.of(1922, 12, 30));
        assertThat(TABLE.changesBetween(345, LocalDate.of(1900, 1, 1), null))
                .containsExactly(LocalDate.of(1918, 12, 1), LocalDate.of(2006, 6, 5));
        // the German Federal Republic gets DE when Germany (255) gives it up, and loses it at unification
        assertThat(TABLE.changesBetween(260, LocalDate.of(1900, 1, 1), null))
                .containsExactly(LocalDate.of(1949, 5, 23), LocalDate.of(1990, 10, 3));
        assertThat(TABLE.changesBetween(315, LocalDate.of(1975, 8, 1), LocalDate.of(1993, 1, 1)))
                .containsExactly(LocalDate.of(1993, 1, 1));
        assertThat(TABLE.changesBetween(2, LocalDate.of(1815, 1, 1), null)).isEmpty();
        assertThat(TABLE.changesBetween(8152, LocalDate.of(1815, 1, 1), null)).isEmpty();
    }

    @Test
    void statesWithoutACodeAreKnownAndUnknownCodesAreNot() {
        assertThat(TABLE.isKnown(245)).isTrue();
        assertThat(TABLE.hasAnyCountry(245)).isFalse();
        assertThat(TABLE.name(245)).contains("Bavaria");
        assertThat(TABLE.abbreviation(300)).contains("AUH");
        assertThat(TABLE.countryOn(245, LocalDate.of(1850, 1, 1))).isEmpty();
        assertThat(TABLE.countryInYear(245, 1850)).isEmpty();
        assertThat(TABLE.isKnown(8152)).isFalse();
        assertThat(TABLE.countryOn(8152, LocalDate.of(1880, 1, 1))).isEmpty();
        assertThat(TABLE.spans(8152)).isEmpty();
    }

    @Test
    void listsTheStepsOfAState() {
        assertThat(TABLE.spans(365)).extracting(s -> s.country().alpha2() + " " + s.period())
                .containsExactly("RU ../1922-12-29", "SU 1922-12-30/1991-12-25", "RU 1991-12-26/..");
        assertThat(TABLE.spans(365)).allSatisfy(s -> assertThat(s.cowName()).isEqualTo("Russia"));
    }

    /** Every state of COW's list (states2016.csv, when the shared fixtures are present) is in the table with COW's name. */
    @Test
    void knowsEveryStateOfCowsList() throws IOException {
        Path list = shared("cow-igo/states2016.csv");
        Assumptions.assumeTrue(list != null, "the shared fixtures (../shared/fixtures/cow-igo) are absent");
        List<String> lines = Files.readAllLines(list, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("stateabb,ccode,statenme,");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            int ccode = Integer.parseInt(f[1]);
            assertThat(TABLE.isKnown(ccode)).as("COW state %s", ccode).isTrue();
            assertThat(TABLE.abbreviation(ccode)).contains(f[0]);
            assertThat(TABLE.name(ccode)).contains(f[2]);
        }
    }

    /** A file of the project's shared fixtures, found from the working directory upwards; null when absent. */
    static Path shared(String file) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (Path candidate : List.of(dir.resolve("shared/fixtures"), dir.resolve("../shared/fixtures"))) {
                if (Files.isRegularFile(candidate.resolve(file))) {
                    return candidate.resolve(file).normalize();
                }
            }
        }
        return null;
    }
}
