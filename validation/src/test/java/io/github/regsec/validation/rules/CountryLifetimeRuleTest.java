package io.github.regsec.validation.rules;

import static io.github.regsec.validation.TestData.meeting;
import static io.github.regsec.validation.TestData.member;
import static io.github.regsec.validation.TestData.office;
import static io.github.regsec.validation.TestData.org;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.regsec.formats.Formats;
import io.github.regsec.formats.UnknownFormatException;
import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.party.Party;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import io.github.regsec.problem.Severity;
import io.github.regsec.validation.TestData;
import io.github.regsec.validation.Validation;
import io.github.regsec.validation.ValidationReport;
import io.github.regsec.validation.ValidationRuleIds;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountryLifetimeRuleTest {

    @Test
    void reportsTheUssrAsAMemberIn2020() {
        List<Problem> problems = Check.problems(ValidationRuleIds.COUNTRY_LIFETIME, org("osce", null, null),
                member("m1", "osce", "country:SU", "2020", null));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.recordId()).isEqualTo("m1");
            assertThat(p.field()).isEqualTo("member");
            assertThat(p.message()).isEqualTo("the membership (from 2020 on, still ongoing) certainly has days on which"
                    + " SU (USSR) stood for no state: it did from 1922-12-30 to 1991-12-25; use the code of the state of"
                    + " those days (docs/FORMATS.md#countries), or correct the dates");
        });
    }

    @ParameterizedTest(name = "{0} {1}/{2}: reported {3}")
    @CsvSource(nullValues = "-", value = {
            "SU, 1990, 1991, false", "SU, 1973, -, true", "SU, 1973, 1991-12, false", "SU, -, 1995, true",
            "KZ, 1985, 1990, true", "KZ, 1991-12, -, false", "RU, 1991-12-08, -, false", "RU, 1950, 1960, true",
            "CS, 1993-01-01, -, true", "CZ, 1993-01-01, -, false", "DD, 1973, 1990-10-02, false",
            "YU, 2000-11-10, 2006-06-04, false", "RS, 2000-11-10, -, true", "PR, 1950, -, false"})
    void speaksOnlyWhenEveryReadingOfTheDatesIsOutside(String country, String start, String end, boolean reported) {
        List<Problem> problems = Check.problems(ValidationRuleIds.COUNTRY_LIFETIME, org("osce", null, null),
                member("m", "osce", "country:" + country, start, end));
        assertThat(problems).hasSize(reported ? 1 : 0);
    }

    @Test
    void checksTheHostCountryOfAFieldOfficeWhileItIsOpen() {
        List<Problem> problems = Check.problems(ValidationRuleIds.COUNTRY_LIFETIME, org("osce", null, null),
                office("open", "osce", "YU", "2010", null), office("closed", "osce", "YU", "1998-10", "1999-06"),
                office("may-fit", "osce", "DD", "1989", "1990"), office("late", "osce", "DD", "1989", "1991"));
        assertThat(problems).extracting(Problem::recordId, Problem::field).containsExactly(
                tuple("open", "country"), tuple("late", "country"));
        assertThat(problems.get(0).message()).startsWith("the field office (from 2010 on, still ongoing) certainly has days"
                + " on which YU (Yugoslavia) stood for no state: it did from 1918-12-01 to 2006-06-04");
    }

    @Test
    void checksAMeetingsCountryAndChairOnItsDays() {
        List<Problem> problems = Check.problems(ValidationRuleIds.COUNTRY_LIFETIME,
                meeting("moscow", "1995-06-01", null).country(CountryCode.of("SU")).build(),
                meeting("chaired", "1991-03", null).chair(Party.parse("country:DD")).build(),
                meeting("both", "1992-01-10", "1992-01-12").country(CountryCode.of("YU")).chair(Party.parse("country:SU")).build(),
                meeting("december", "1991-12", null).country(CountryCode.of("SU")).build(),
                meeting("undated", null, null).country(CountryCode.of("SU")).build(),
                meeting("org-chair", "2020", null).chair(Party.parse("org:osce")).build());
        assertThat(problems).extracting(Problem::recordId, Problem::field).containsExactly(
                tuple("moscow", "country"), tuple("chaired", "chair"), tuple("both", "chair"));
        assertThat(problems.get(0).message()).startsWith("the meeting (on 1995-06-01) certainly has days on which SU (USSR)"
                + " stood for no state");
    }

    @Test
    void canBeSwitchedOffOrMadeAnError() {
        var dataset = io.github.regsec.model.Dataset.builder().add(org("osce", null, null))
                .add(member("m1", "osce", "country:SU", "2020", null)).build();
        assertThat(io.github.regsec.validation.DatasetValidator.builder().discoverRules(false).asOf(TestData.AS_OF)
                .disable(ValidationRuleIds.COUNTRY_LIFETIME).build().validate(dataset).problems(ValidationRuleIds.COUNTRY_LIFETIME)).isEmpty();
        assertThat(io.github.regsec.validation.DatasetValidator.builder().discoverRules(false).asOf(TestData.AS_OF)
                .severity(ValidationRuleIds.COUNTRY_LIFETIME, Severity.ERROR).build().validate(dataset).errors()).isEqualTo(1);
    }

    // ---- the planted fixture in three formats: src/test/resources/country-lifetime

    private static List<Tuple> found(String resource) throws Exception {
        Path path = Path.of(CountryLifetimeRuleTest.class.getResource("/country-lifetime/" + resource).toURI());
        try {
            Formats.discover().importerFor(path);
        } catch (UnknownFormatException e) {
            assumeTrue(false, "no importer for " + resource + " on the class path");
        }
        ValidationReport report = Validation.validate(path, TestData.AS_OF);
        assertThat(report.imported().problems()).as("reading problems").isEmpty();
        return report.problems(ValidationRuleIds.COUNTRY_LIFETIME).stream().map(p -> tuple(p.recordKind().formatName(), p.recordId(),
                p.field(), p.location().file(), p.location().line())).toList();
    }

    @Test
    void findsThePlantedCasesInACsvDirectory() throws Exception {
        assertThat(found("csv")).containsExactly(
                tuple("field_office", "office-yu-2010", "country", "field_offices.csv", 2),
                tuple("meeting", "meeting-su-1995", "country", "meetings.csv", 2),
                tuple("meeting", "meeting-dd-chair", "chair", "meetings.csv", 3),
                tuple("meeting", "meeting-rs-2005", "country", "meetings.csv", 4),
                tuple("membership", "m-su-2020", "member", "memberships.csv", 2),
                tuple("membership", "m-su-ongoing", "member", "memberships.csv", 3),
                tuple("membership", "m-kz-1985", "member", "memberships.csv", 5),
                tuple("membership", "m-cs-1993", "member", "memberships.csv", 7));
    }

    @Test
    void findsThePlantedCasesInAJsonDocument() throws Exception {
        String file = "country-lifetime.json";
        assertThat(found(file)).containsExactly(
                tuple("field_office", "office-yu-2010", "country", file, 7),
                tuple("meeting", "meeting-su-1995", "country", file, 11),
                tuple("meeting", "meeting-dd-chair", "chair", file, 12),
                tuple("meeting", "meeting-rs-2005", "country", file, 13),
                tuple("membership", "m-su-2020", "member", file, 18),
                tuple("membership", "m-su-ongoing", "member", file, 19),
                tuple("membership", "m-kz-1985", "member", file, 21),
                tuple("membership", "m-cs-1993", "member", file, 23));
    }

    @Test
    void findsThePlantedCasesInJsonLines() throws Exception {
        String file = "country-lifetime.jsonl";
        assertThat(found(file)).containsExactly(
                tuple("membership", "m-su-2020", "member", file, 1),
                tuple("membership", "m-su-ongoing", "member", file, 2),
                tuple("membership", "m-kz-1985", "member", file, 4),
                tuple("membership", "m-cs-1993", "member", file, 6),
                tuple("meeting", "meeting-su-1995", "country", file, 9),
                tuple("meeting", "meeting-dd-chair", "chair", file, 10),
                tuple("meeting", "meeting-rs-2005", "country", file, 11),
                tuple("field_office", "office-yu-2010", "country", file, 14));
    }
}
