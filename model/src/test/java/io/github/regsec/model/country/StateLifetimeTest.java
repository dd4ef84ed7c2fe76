package io.github.regsec.model.country;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.model.time.PartialDate;
import io.github.regsec.model.time.Period;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StateLifetimeTest {

    private static StateLifetime of(String code) {
        return StateLifetime.of(CountryCode.of(code)).orElseThrow();
    }

    private static Period period(String start, String end) {
        return Period.of(start == null ? null : PartialDate.parse(start), end == null ? null : PartialDate.parse(end));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "SU | from 1922-12-30 to 1991-12-25",
            "CS | from 1918-10-28 to 1992-12-31",
            "DD | from 1949-10-07 to 1990-10-02",
            "YU | from 1918-12-01 to 2006-06-04",
            "RU | until 1922-12-29 and from 1990-06-12",
            "RS | until 1918-11-30 and from 2006-06-05",
            "ME | until 1918-11-30 and from 2006-06-03",
            "DE | always",
            "CZ | from 1993-01-01",
            "KZ | from 1991-12-16",
            "UA | from 1991-08-24",
            "TJ | from 1991-09-09",
            "XK | from 2008-02-17"})
    void knowsTheDaysACodeStoodForAState(String code, String words) {
        assertThat(of(code)).hasToString(words);
    }

    @Test
    void saysWhetherAStateExistedOnADay() {
        assertThat(of("SU").existedOn(LocalDate.of(1991, 12, 25))).isTrue();
        assertThat(of("SU").existedOn(LocalDate.of(1991, 12, 26))).isFalse();
        assertThat(of("RU").existedOn(LocalDate.of(1960, 1, 1))).isFalse();
        assertThat(of("RU").existedOn(LocalDate.of(1991, 12, 8))).as("the Russian SFSR signed the CIS agreement").isTrue();
        assertThat(of("SU").lastDay()).contains(LocalDate.of(1991, 12, 25));
        assertThat(of("RU").lastDay()).isEmpty();
    }

    @Test
    void formerCodesHaveEnded() {
        CountryCode.all().stream().filter(CountryCode::isFormer)
                .forEach(code -> assertThat(StateLifetime.of(code).orElseThrow().lastDay()).as("%s", code).isPresent());
    }

    @Test
    void saysNothingAboutCodesTheTableDoesNotCover() {
        assertThat(StateLifetime.of(CountryCode.of("PR"))).isEmpty();
        assertThat(StateLifetime.of(CountryCode.of("VA"))).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}/{2}: certainly outside {3}")
    @CsvSource(nullValues = "-", value = {
            // the USSR as a member in 2020, or still a member today
            "SU, 2020, -, true", "SU, 1973, -, true", "SU, 1973, 1995, true", "SU, -, 1995, true",
            // a 1990 membership with a 1991 end may end by 1991-12-25
            "SU, 1990, 1991, false", "SU, 1975-08-01, 1991-12, false", "SU, -, 1991, false", "SU, 1922, 1930, false",
            "SU, 1922-12, 1930, false", "SU, 1922-11, 1930, true",
            // Kazakhstan from 1991-12-16: a start in December 1991 may fit, one in November does not
            "KZ, 1991-12, -, false", "KZ, 1991, -, false", "KZ, 1991-11, -, true", "KZ, 1985, 1990, true",
            // Russia: a gap from 1922-12-30 to 1990-06-11
            "RU, 1950, 1960, true", "RU, 1900, 2000, true", "RU, 1990, -, false", "RU, 1900, 1922, false",
            "RU, 1991-12-08, -, false",
            // nothing is certain about an unknown start; a state that still exists
            "CZ, -, -, false", "DE, 1800, -, false", "CZ, 1993-01-01, -, false", "CZ, 1992-11-23, -, true"})
    void isCertainOnlyWhenEveryReadingHasADayOutside(String code, String start, String end, boolean outside) {
        assertThat(of(code).certainlyOutside(period(start, end))).isEqualTo(outside);
    }
}
