package io.github.regsec.formats.csv;

import static io.github.regsec.formats.csv.Fixtures.path;
import static io.github.regsec.formats.csv.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.ImportException;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.model.Organization;
import io.github.regsec.model.RecordKind;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import io.github.regsec.problem.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every kind of bad input, each from a fixture under {@code bad/}: the rule, file and line of its problem. */
class CsvBadInputTest {

    private static final String ORGS = "organizations.csv";

    /** The one problem of a result, checked for rule, severity, file and line. */
    private static Problem onlyProblem(ImportResult result, String rule, Severity severity, String file, int line) {
        assertThat(result.problems()).hasSize(1);
        return problem(result, rule, severity, file, line);
    }

    /** The problem of a result at a file and line, checked for rule and severity. */
    private static Problem problem(ImportResult result, String rule, Severity severity, String file, int line) {
        List<Problem> found = result.problems().stream()
                .filter(p -> p.location() != null && p.location().file().equals(file) && p.location().line() == line)
                .collect(Collectors.toList());
        assertThat(found).as("problems at %s:%d in %s", file, line, result.problems()).hasSize(1);
        assertThat(found.get(0).rule()).isEqualTo(rule);
        assertThat(found.get(0).severity()).isEqualTo(severity);
        return found.get(0);
    }

    private static List<String> organizationIds(ImportResult result) {
        return result.dataset().organizations().stream().map(Organization::id).collect(Collectors.toList());
    }

    /** The books balance and every rejected row has an error. */
    private static void assertAccounts(ImportResult result, long imported, long rejected) {
        assertThat(result.rowsImported()).as("imported").isEqualTo(imported);
        assertThat(result.rowsRejected()).as("rejected").isEqualTo(rejected);
        assertThat(result.rowsRead()).isEqualTo(imported + rejected);
        assertThat(result.count(Severity.ERROR)).as("errors").isGreaterThanOrEqualTo(rejected);
    }

    @Test
    void unterminatedQuoteIsReportedAtTheLineWhereTheRecordStarts() throws IOException {
        ImportResult result = read("bad/unterminated-quote");

        Problem problem = onlyProblem(result, RuleIds.SYNTAX, Severity.ERROR, ORGS, 4);
        assertThat(problem.message()).contains("never closed").contains("the rest of the file was not read");
        assertThat(problem.recordKind()).isEqualTo(RecordKind.ORGANIZATION);
        assertThat(organizationIds(result)).containsExactly("osce", "cica");
        assertAccounts(result, 2, 1);
    }

    @Test
    void textAfterAClosingQuoteIsReportedAtTheLineWhereTheRecordStarts() throws IOException {
        ImportResult result = read("bad/text-after-quote");

        Problem problem = onlyProblem(result, RuleIds.SYNTAX, Severity.ERROR, ORGS, 3);
        assertThat(problem.message()).contains("text follows the closing quote");
        assertThat(organizationIds(result)).containsExactly("osce");
        assertAccounts(result, 1, 1);
    }

    @Test
    void rowsWithTooManyOrTooFewValuesAreRejectedAndTheOthersImport() throws IOException {
        ImportResult result = read("bad/wrong-value-count");

        assertThat(result.problems()).hasSize(2);
        assertThat(problem(result, RuleIds.SYNTAX, Severity.ERROR, ORGS, 3).message())
                .startsWith("the row has 4 values but the header names 3 columns");
        assertThat(problem(result, RuleIds.SYNTAX, Severity.ERROR, ORGS, 4).message())
                .startsWith("the row has 2 values but the header names 3 columns");
        assertThat(organizationIds(result)).containsExactly("osce", "csto", "eaeu");
        assertAccounts(result, 3, 2);
        assertThat(result.locations().of(result.dataset().organization("eaeu").orElseThrow()))
                .hasValueSatisfying(l -> assertThat(l.line()).isEqualTo(7));
    }

    @Test
    void aHeaderThatNamesAColumnTwiceIsAnErrorForTheFile() throws IOException {
        ImportResult result = read("bad/duplicate-header");

        Problem problem = onlyProblem(result, RuleIds.SYNTAX, Severity.ERROR, ORGS, 1);
        assertThat(problem.field()).isEqualTo("name");
        assertThat(problem.message()).contains("column 'name' twice (columns 2 and 4)");
        assertThat(result.dataset().isEmpty()).isTrue();
        assertAccounts(result, 0, 0);
    }

    @Test
    void aByteOrderMarkIsReadAsIfAbsent() throws IOException {
        ImportResult result = read("bad/bom");

        assertThat(result.problems()).isEmpty();
        assertThat(organizationIds(result)).containsExactly("osce");
    }

    @Test
    void crlfAndBareCrLineEndsReadFineWithExactLines() throws IOException {
        for (String fixture : List.of("bad/crlf", "bad/cr")) {
            ImportResult result = read(fixture);

            assertThat(result.problems()).as(fixture).isEmpty();
            Organization osce = result.dataset().organization("osce").orElseThrow();
            assertThat(osce.name()).isEqualTo("Organization for Security" + (fixture.endsWith("crlf") ? "\r\n" : "\r")
                    + "and Co-operation in Europe");
            assertThat(organizationIds(result)).containsExactly("osce", "cica", "sco");
            assertThat(result.locations().of(result.dataset().organization("sco").orElseThrow()))
                    .hasValueSatisfying(l -> assertThat(l.toString()).isEqualTo("organizations.csv:6"));
            assertThat(result.locations().of(result.dataset().organization("cica").orElseThrow().names().get(0)))
                    .hasValueSatisfying(l -> assertThat(l.toString()).isEqualTo("names.csv:4"));
        }
    }

    @Test
    void invalidUtf8IsASyntaxErrorOnTheLineWithTheBadBytes() throws IOException {
        ImportResult result = read("bad/invalid-utf8");

        assertThat(result.problems()).hasSize(2);
        assertThat(problem(result, RuleIds.SYNTAX, Severity.ERROR, ORGS, 3).message()).contains("not UTF-8");
        // the record starts on line 5; its bad bytes are on line 6
        assertThat(problem(result, RuleIds.SYNTAX, Severity.ERROR, ORGS, 6).message()).contains("line 6");
        assertThat(organizationIds(result)).containsExactly("osce", "sco", "eaeu");
        assertThat(result.dataset().organizations()).noneMatch(o -> o.name().contains("\uFFFD"));
        assertAccounts(result, 3, 2);
    }

    @Test
    void invalidUtf8InTheHeaderIsAnErrorForTheFile() throws IOException {
        ImportResult result = read("bad/invalid-utf8-header");

        onlyProblem(result, RuleIds.SYNTAX, Severity.ERROR, ORGS, 1);
        assertAccounts(result, 0, 0);
    }

    @Test
    void anEmptyFileIsASyntaxError() throws IOException {
        ImportResult result = read("bad/empty");

        Problem problem = onlyProblem(result, RuleIds.SYNTAX, Severity.ERROR, ORGS, 1);
        assertThat(problem.message()).contains("the file is empty");
        assertAccounts(result, 0, 0);
    }

    @Test
    void aHeaderOnlyFileHasNoRecordsAndNoProblem() throws IOException {
        ImportResult result = read("bad/header-only");

        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset().isEmpty()).isTrue();
        assertThat(result.files()).containsExactly(ORGS);
    }

    @Test
    void unknownColumnsAreWarnedAboutOnTheHeaderLineAndIgnored() throws IOException {
        ImportResult result = read("bad/unknown-columns");

        assertThat(result.problems()).extracting(Problem::rule, Problem::severity, Problem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RuleIds.UNKNOWN_FIELD, Severity.WARNING, "colour"),
                        org.assertj.core.groups.Tuple.tuple(RuleIds.UNKNOWN_FIELD, Severity.WARNING, null),
                        org.assertj.core.groups.Tuple.tuple(RuleIds.UNKNOWN_FIELD, Severity.WARNING, "founded"));
        assertThat(result.problems()).allMatch(p -> p.location().toString().equals("organizations.csv:1"));
        assertThat(result.problems().get(0).message()).startsWith("unknown column 'colour': its values are ignored");
        assertThat(result.problems().get(1).message()).isEqualTo("column 5 has no name: its values are ignored");
        Organization osce = result.dataset().organization("osce").orElseThrow();
        assertThat(osce.foundingDate()).isNull();
        assertAccounts(result, 1, 0);
    }

    @Test
    void badValuesAreSyntaxErrorsWithTheValueAndWhatWasExpected() throws IOException {
        ImportResult result = read("bad/bad-values");

        assertThat(problem(result, RuleIds.SYNTAX, Severity.ERROR, ORGS, 3).message())
                .isEqualTo("kind: 'club' is not one of intergovernmental, body, programme, government, government_agency,"
                        + " nongovernmental, academic, other");
        Problem country = problem(result, RuleIds.SYNTAX, Severity.ERROR, ORGS, 4);
        assertThat(country.field()).isEqualTo("country");
        assertThat(country.recordId()).isEqualTo("gov-zz");
        assertThat(country.message()).startsWith("country: 'ZZ' is not a country code");
        assertThat(problem(result, RuleIds.SYNTAX, Severity.ERROR, ORGS, 5).message())
                .isEqualTo("member_count: 'many' is not a whole number");
        assertThat(problem(result, RuleIds.SYNTAX, Severity.ERROR, ORGS, 6).message())
                .isEqualTo("member_count: '-3x' is not a whole number");
        // digits of other scripts are digits to Java, not to the format: never read as 12 or 57
        assertThat(problem(result, RuleIds.SYNTAX, Severity.ERROR, ORGS, 7).message())
                .isEqualTo("member_count: '\u0661\u0662' is not a whole number: write it with the digits 0-9");
        assertThat(problem(result, RuleIds.SYNTAX, Severity.ERROR, ORGS, 8).message())
                .isEqualTo("member_count: '\uff15\uff17' is not a whole number: write it with the digits 0-9");

        String memberships = "memberships.csv";
        assertThat(problem(result, RuleIds.SYNTAX, Severity.ERROR, memberships, 3).message())
                .isEqualTo("start_date: '2019-02-30' is not a date: February 2019 has 28 days");
        Problem month = problem(result, RuleIds.SYNTAX, Severity.ERROR, memberships, 4);
        assertThat(month.field()).isEqualTo("end_date");
        assertThat(month.message()).startsWith("end_date: '2019-13' is not a date");
        assertThat(problem(result, RuleIds.SYNTAX, Severity.ERROR, memberships, 5).message())
                .startsWith("member: 'country:XX' is not a party");
        assertThat(problem(result, RuleIds.SYNTAX, Severity.ERROR, memberships, 6).message())
                .isEqualTo("member: 'nation:TJ' is not a party: expected country:CODE (country:TJ), org:ID (org:osce)"
                        + " or person:ID (person:emomali-rahmon)");
        assertThat(problem(result, RuleIds.SYNTAX, Severity.ERROR, memberships, 7).message())
                .startsWith("status: 'full_member' is not one of member, associate");

        String meetings = "meetings.csv";
        assertThat(problem(result, RuleIds.SYNTAX, Severity.ERROR, meetings, 2).message())
                .isEqualTo("attendance: '12.5' is not a whole number");
        List<Problem> twoBad = Fixtures.problemsIn(result, meetings).stream().filter(p -> p.location().line() == 3)
                .collect(Collectors.toList());
        assertThat(twoBad).extracting(Problem::field).containsExactly("convenors", "chair");

        assertThat(organizationIds(result)).containsExactly("osce");
        assertThat(result.dataset().memberships()).hasSize(1);
        assertThat(result.dataset().meetings()).isEmpty();
        assertAccounts(result, 2, 13);
        assertThat(result.problems()).noneMatch(p -> p.message().contains("Exception"));
    }

    @Test
    void aDirectoryWithoutOrganizationsIsAnErrorAndTheOtherFilesAreStillRead() throws IOException {
        ImportResult result = read("bad/missing-organizations");

        Problem problem = onlyProblem(result, RuleIds.SYNTAX, Severity.ERROR, ORGS, 0);
        assertThat(problem.message()).contains("no organizations.csv");
        assertThat(result.dataset().memberships()).hasSize(1);
        assertThat(result.files()).containsExactly("memberships.csv");
    }

    @Test
    void childRowsWhoseParentIsNotThereAreRejectedWithUnknownReference() throws IOException {
        ImportResult result = read("bad/unknown-reference");

        assertThat(problem(result, RuleIds.SYNTAX, Severity.ERROR, ORGS, 3).recordId()).isEqualTo("broken");
        Problem nato = problem(result, RuleIds.UNKNOWN_REFERENCE, Severity.ERROR, "names.csv", 3);
        assertThat(nato.field()).isEqualTo("record_id");
        assertThat(nato.recordKind()).isEqualTo(RecordKind.NAME);
        assertThat(nato.message()).isEqualTo("record_id: 'nato' names no organization, field office or person in the dataset");
        assertThat(problem(result, RuleIds.UNKNOWN_REFERENCE, Severity.ERROR, "names.csv", 4).message())
                .isEqualTo("record_id: 'broken' names an organization, field office or person that was not imported:"
                        + " its row (organizations.csv:3) has errors");
        Problem noParent = problem(result, RuleIds.REQUIRED, Severity.ERROR, "names.csv", 5);
        assertThat(noParent.field()).isEqualTo("record_id");
        Problem meeting = problem(result, RuleIds.UNKNOWN_REFERENCE, Severity.ERROR, "meeting_participants.csv", 3);
        assertThat(meeting.field()).isEqualTo("meeting_id");
        assertThat(meeting.message()).isEqualTo("meeting_id: 'mc-1999' names no meeting in the dataset");
        // an organization's id is not a meeting
        problem(result, RuleIds.UNKNOWN_REFERENCE, Severity.ERROR, "meeting_participants.csv", 4);

        assertThat(result.dataset().organization("osce").orElseThrow().names()).hasSize(1);
        assertThat(result.dataset().meeting("mc-2019").orElseThrow().participants()).hasSize(1);
        assertThat(result.problems()).hasSize(6);
        // imported: osce, mc-2019, one name, one participant; rejected: broken, three names, two participants
        assertAccounts(result, 4, 6);
    }

    @Test
    void aValueOverTheLengthLimitRejectsItsRow() throws IOException {
        ImportResult result = new CsvDatasetImporter().read(path("bad/long-value"),
                ReadOptions.builder().maxValueLength(20).build());

        Problem problem = onlyProblem(result, RuleIds.SYNTAX, Severity.ERROR, ORGS, 3);
        assertThat(problem.field()).isEqualTo("note");
        assertThat(problem.recordId()).isEqualTo("cica");
        assertThat(problem.message()).isEqualTo("note: the value has 49 characters, more than the limit of 20");
        assertThat(organizationIds(result)).containsExactly("osce");
        assertAccounts(result, 1, 1);
    }

    @Test
    void aFileNameTheFormatDoesNotKnowIsASyntaxError() throws IOException {
        ImportResult result = read(path("bad/unknown-file-name/orgs.csv"));

        Problem problem = onlyProblem(result, RuleIds.SYNTAX, Severity.ERROR, "orgs.csv", 0);
        assertThat(problem.message()).startsWith("cannot tell what orgs.csv holds: the files of a CSV dataset are sources.csv,");
        assertThat(result.dataset().isEmpty()).isTrue();
    }

    @Test
    void otherCsvFilesInTheDirectoryAreWarnedAboutAndNotRead() throws IOException {
        ImportResult result = read("bad/extra-files");

        Problem problem = onlyProblem(result, RuleIds.UNKNOWN_FIELD, Severity.WARNING, "organisations.csv", 0);
        assertThat(problem.message()).startsWith("the format has no file named organisations.csv: it was not read");
        assertThat(organizationIds(result)).containsExactly("osce");
    }

    @Test
    void aFileGivenPlainAndGzippedIsAnErrorAndOnlyThePlainOneIsRead() throws IOException {
        ImportResult result = read("bad/both-plain-and-gzip");

        onlyProblem(result, RuleIds.SYNTAX, Severity.ERROR, "organizations.csv.gz", 0);
        assertThat(organizationIds(result)).containsExactly("osce");
    }

    @Test
    void aGzNamedFileThatIsNotGzipIsAnErrorForTheFile() throws IOException {
        ImportResult result = read("bad/not-gzip");

        Problem problem = onlyProblem(result, RuleIds.SYNTAX, Severity.ERROR, "organizations.csv.gz", 0);
        assertThat(problem.message()).contains("cannot be decompressed");
        assertAccounts(result, 0, 0);
    }

    @Test
    void truncatedGzipDataEndsTheFileWithAProblemAfterTheRowsBefore() throws IOException {
        ImportResult result = read("bad/truncated-gzip");

        assertThat(result.problems()).hasSize(1);
        Problem problem = result.problems().get(0);
        assertThat(problem.rule()).isEqualTo(RuleIds.SYNTAX);
        assertThat(problem.message()).contains("gzip data is damaged or ends early");
        int imported = result.dataset().organizations().size();
        assertThat(imported).isBetween(1, 2999);
        assertThat(problem.location().line()).isEqualTo(imported + 2);
        assertAccounts(result, imported, 1);
    }

    @Test
    void failFastStopsAtTheFirstErrorWithItsProblem() {
        ImportContext context = ImportContext.collecting(ReadOptions.failingFast());

        assertThatThrownBy(() -> new CsvDatasetImporter().read(path("bad/bad-values"), context))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.problem().location().toString()).isEqualTo("organizations.csv:3");
                    assertThat(e.problem().field()).isEqualTo("kind");
                });
    }

    @Test
    void aStreamIsReadAsTheKindItsNameSays() throws IOException {
        ImportContext context = ImportContext.collecting(ReadOptions.defaults());
        try (var in = Files.newInputStream(path("bad/bad-values/memberships.csv"))) {
            new CsvDatasetImporter().read(in, "memberships.csv", context);
        }
        ImportResult result = context.result();

        assertThat(result.dataset().memberships()).hasSize(1);
        problem(result, RuleIds.SYNTAX, Severity.ERROR, "memberships.csv", 3);
        assertAccounts(result, 1, 5);
    }

    @Test
    void namesReadOnTheirOwnHaveNoParentAndAreRejected() throws IOException {
        ImportResult result = read(path("datasets/complete/names.csv"));

        assertThat(result.problems()).hasSize(6).allMatch(p -> p.rule().equals(RuleIds.UNKNOWN_REFERENCE));
        assertAccounts(result, 0, 6);
    }
}
