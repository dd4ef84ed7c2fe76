package io.github.regsec.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regsec.model.Membership;
import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.Name;
import io.github.regsec.model.NameKind;
import io.github.regsec.model.Organization;
import io.github.regsec.model.OrganizationKind;
import io.github.regsec.model.party.Party;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import io.github.regsec.problem.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportContextTest {

    private static final Location LINE_2 = Location.of("memberships.csv", 2);
    private static final Location LINE_3 = Location.of("memberships.csv", 3);

    private static Membership membership(String id) {
        return Membership.of(id, "osce", Party.country("TJ"), MembershipStatus.MEMBER, null, null);
    }

    private static Problem error(String message) {
        return Problem.error(RuleIds.SYNTAX, message);
    }

    @Test
    void tellsItsProgressListenerOfEveryRowAndFileAsTheReadGoes() throws ImportException {
        List<String> heard = new ArrayList<>();
        ImportContext context = ImportContext.collecting(ReadOptions.defaults(), new ReadProgress() {
            @Override
            public void rowsRead(long rowsRead) {
                heard.add("rows " + rowsRead);
            }

            @Override
            public void reading(String file) {
                heard.add("file " + file);
            }
        });
        context.reading("organizations.csv");
        Organization osce = Organization.builder("osce", "OSCE", OrganizationKind.INTERGOVERNMENTAL)
                .names(List.of(Name.of("CSCE", NameKind.FORMER, null, null))).build();
        context.accept(osce, Location.of("organizations.csv", 2)); // the record and its name: two rows
        context.reading("memberships.csv");
        context.rejected(LINE_2, List.of(error("bad date")));
        context.accept(membership("m1"), LINE_3);

        assertThat(heard).containsExactly("file organizations.csv", "rows 2", "file memberships.csv", "rows 3", "rows 4");
        assertThat(context.result().rowsRead()).isEqualTo(4);
    }

    @Test
    void keepsTheBooksOfImportedAndRejectedRows() throws ImportException {
        ImportContext context = ImportContext.collecting(ReadOptions.defaults());
        context.reading("memberships.csv");
        Membership good = membership("m1");
        context.accept(good, LINE_2);
        context.rejected(LINE_3, List.of(error("bad date")));

        ImportResult result = context.result();
        assertThat(result.rowsRead()).isEqualTo(2);
        assertThat(result.rowsImported()).isEqualTo(1);
        assertThat(result.rowsRejected()).isEqualTo(1);
        assertThat(result.dataset().memberships()).containsExactly(good);
        assertThat(result.locations().of(good)).contains(LINE_2);
        assertThat(result.files()).containsExactly("memberships.csv");
        assertThat(result.hasErrors()).isTrue();
    }

    @Test
    void countsSkippedRowsByReasonWithoutAProblem() throws ImportException {
        ImportContext context = ImportContext.collecting(ReadOptions.defaults());
        context.accept(membership("m1"), LINE_2);
        context.skipped(LINE_3, "the COW state has no ISO 3166 code");
        context.skipped(Location.of("memberships.csv", 4), "a later phase, merged into the membership before it");
        context.skipped(Location.of("memberships.csv", 5), "the COW state has no ISO 3166 code");

        ImportResult result = context.result();
        assertThat(result.rowsRead()).isEqualTo(4);
        assertThat(result.rowsImported()).isEqualTo(1);
        assertThat(result.rowsRejected()).isZero();
        assertThat(result.rowsSkipped()).isEqualTo(3);
        assertThat(result.skipped()).containsExactly(
                new SkippedRows("the COW state has no ISO 3166 code", 2, LINE_3),
                new SkippedRows("a later phase, merged into the membership before it", 1, Location.of("memberships.csv", 4)));
        assertThat(result.skipped().get(0)).hasToString("2 rows: the COW state has no ISO 3166 code (first at memberships.csv:3)");
        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset().size()).isEqualTo(1);
    }

    @Test
    void refusesToSkipARowWithoutAReason() {
        ImportContext context = ImportContext.collecting(ReadOptions.defaults());
        assertThatThrownBy(() -> context.skipped(LINE_2, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(context.rowsSkipped()).isZero();
    }

    @Test
    void refusesBooksThatDoNotBalance() {
        ImportResult good = ImportContext.collecting(ReadOptions.defaults()).result();
        assertThatThrownBy(() -> new ImportResult(good.dataset(), List.of(), good.locations(), List.of(), 3, 1, 1, 0, List.of(), 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plus skipped (0)");
        assertThatThrownBy(() -> new ImportResult(good.dataset(), List.of(), good.locations(), List.of(), 3, 1, 1, 1, List.of(), 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("add up");
    }

    @Test
    void refusesToRejectARowWithoutAnError() {
        ImportContext context = ImportContext.collecting(ReadOptions.defaults());
        assertThatThrownBy(() -> context.rejected(LINE_2, List.of(Problem.warning(RuleIds.UNKNOWN_FIELD, "odd"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsAndLocatesChildRowsWhereTheyWereRead() {
        ImportContext context = ImportContext.collecting(ReadOptions.defaults());
        Name former = Name.of("CSCE", NameKind.FORMER, null, null);
        Organization osce = Organization.builder("osce", "OSCE", OrganizationKind.INTERGOVERNMENTAL).addName(former).build();
        context.accept(osce, Location.of("organizations.csv", 2), List.of(Location.of("names.csv", 2)));

        ImportResult result = context.result();
        assertThat(result.rowsRead()).isEqualTo(2);
        assertThat(result.locations().of(osce.names().get(0))).contains(Location.of("names.csv", 2));
        assertThat(result.locations().of(osce)).contains(Location.of("organizations.csv", 2));
    }

    @Test
    void acceptsAFilesRecordsAtOnceAsOneAfterAnother() {
        Organization osce = Organization.builder("osce", "OSCE", OrganizationKind.INTERGOVERNMENTAL).build();
        Organization csto = Organization.builder("csto", "CSTO", OrganizationKind.INTERGOVERNMENTAL)
                .addName(Name.of("Collective Security Treaty", NameKind.FORMER, null, null)).build();
        List<Membership> memberships = List.of(membership("m1"), membership("m2"), membership("m3"));
        ImportContext atOnce = ImportContext.collecting(ReadOptions.defaults());
        ImportContext oneByOne = ImportContext.collecting(ReadOptions.defaults());
        atOnce.acceptAll(List.of(osce, csto), "organizations.csv", new int[] {2, 4}, null);
        atOnce.acceptAll(List.of(), "names.csv", new int[0], null);
        atOnce.acceptAll(memberships, "memberships.csv", new int[] {2, 3, 5, 99}, new int[] {1, 7, 1});
        oneByOne.accept(osce, "organizations.csv", 2, 0);
        oneByOne.accept(csto, "organizations.csv", 4, 0);
        for (int i = 0; i < memberships.size(); i++) {
            oneByOne.accept(memberships.get(i), "memberships.csv", new int[] {2, 3, 5}[i], new int[] {1, 7, 1}[i]);
        }

        ImportResult expected = oneByOne.result();
        ImportResult result = atOnce.result();
        assertThat(result.rowsRead()).isEqualTo(expected.rowsRead()).isEqualTo(6); // with the CSTO's name
        assertThat(result.dataset().records()).containsExactlyElementsOf(expected.dataset().records().toList());
        for (var record : expected.dataset().records().toList()) {
            assertThat(result.locations().of(record)).isEqualTo(expected.locations().of(record)).isPresent();
        }
        assertThat(result.locations().of(csto.names().get(0))).contains(Location.of("organizations.csv", 4));
        assertThat(result.locations().of(memberships.get(1))).contains(Location.of("memberships.csv", 3, 7));
        assertThat(result.locations().of(osce)).contains(Location.of("organizations.csv", 2)); // column unknown
    }

    @Test
    void refusesRecordsWithoutALineEach() {
        ImportContext context = ImportContext.collecting(ReadOptions.defaults());
        List<Membership> two = List.of(membership("m1"), membership("m2"));
        assertThatThrownBy(() -> context.acceptAll(two, "memberships.csv", new int[] {2}, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("2 records but 1 lines");
        assertThatThrownBy(() -> context.acceptAll(two, "memberships.csv", new int[] {2, 3}, new int[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("2 records but 2 lines and 1 columns");
        assertThatThrownBy(() -> context.acceptAll(two, "memberships.csv", new int[] {2, -3}, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(context.rowsImported()).isZero();
    }

    @Test
    void streamingHandsAFilesRecordsOnOneByOne() {
        List<String> seen = new ArrayList<>();
        ImportContext context = ImportContext.streaming(ReadOptions.defaults(),
                (record, location, childRows) -> seen.add(record.id() + "@" + location));
        context.acceptAll(List.of(membership("m1"), membership("m2")), "memberships.csv", new int[] {2, 3}, null);

        assertThat(seen).containsExactly("m1@memberships.csv:2", "m2@memberships.csv:3");
        assertThat(context.rowsImported()).isEqualTo(2);
    }

    @Test
    void refusesAChildRowWithoutALocation() {
        ImportContext context = ImportContext.collecting(ReadOptions.defaults());
        Organization osce = Organization.builder("osce", "OSCE", OrganizationKind.INTERGOVERNMENTAL)
                .addName(Name.of("CSCE", NameKind.FORMER, null, null)).build();
        assertThatThrownBy(() -> context.accept(osce, LINE_2, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void locatesDerivedRecordsWithoutCountingThem() {
        ImportContext context = ImportContext.collecting(ReadOptions.defaults());
        Organization osce = Organization.builder("osce", "OSCE", OrganizationKind.INTERGOVERNMENTAL).build();
        context.accept(membership("m1"), LINE_2);
        context.derived(osce, LINE_2);

        ImportResult result = context.result();
        assertThat(result.rowsRead()).isEqualTo(1);
        assertThat(result.dataset().organizations()).containsExactly(osce);
        assertThat(result.locations().of(osce)).contains(LINE_2);
    }

    @Test
    void failFastStopsAtTheFirstErrorWithTheProblem() throws ImportException {
        ImportContext context = ImportContext.collecting(ReadOptions.failingFast());
        context.report(Problem.warning(RuleIds.UNKNOWN_FIELD, "column 'colour' is not known"));
        Problem first = error("bad date").withLocation(LINE_3);
        assertThatThrownBy(() -> context.rejected(LINE_3, List.of(first)))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problem()).isEqualTo(first))
                .hasMessage("memberships.csv:3: error syntax: bad date");
    }

    @Test
    void streamingHandsRecordsOnWithTheirLocationAndKeepsNoDataset() {
        List<String> seen = new ArrayList<>();
        ImportContext context = ImportContext.streaming(ReadOptions.defaults(),
                (record, location, childRows) -> seen.add(record.id() + "@" + location));
        context.accept(membership("m1"), LINE_2);
        context.accept(membership("m2"), LINE_3);

        assertThat(seen).containsExactly("m1@memberships.csv:2", "m2@memberships.csv:3");
        assertThat(context.rowsImported()).isEqualTo(2);
        assertThatThrownBy(context::result).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keepsAtMostMaxProblemsAndCountsEveryOneFound() throws ImportException {
        ImportContext context = ImportContext.collecting(ReadOptions.builder().maxProblems(2).build());
        for (int line = 2; line < 7; line++) {
            context.rejected(Location.of("memberships.csv", line), List.of(error("bad row " + line)));
        }
        context.report(Problem.warning(RuleIds.UNKNOWN_FIELD, "odd").withLocation(Location.of("memberships.csv", 7)));

        ImportResult result = context.result();
        List<Problem> problems = result.problems();
        assertThat(problems).hasSize(3);
        Problem leftOut = problems.get(2);
        assertThat(leftOut.rule()).isEqualTo(RuleIds.PROBLEMS_LEFT_OUT);
        assertThat(leftOut.severity()).isEqualTo(Severity.WARNING);
        assertThat(leftOut.location()).isEqualTo(Location.of("memberships.csv"));
        assertThat(leftOut.message()).startsWith("4 more problems (3 errors, 1 warning) were found in memberships.csv "
                + "and not listed: only the first 2");
        assertThat(result.count(Severity.ERROR)).isEqualTo(5);
        assertThat(result.count(Severity.WARNING)).isEqualTo(1);
        assertThat(context.problemCount(Severity.ERROR)).isEqualTo(5);
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.rowsRejected()).isEqualTo(5);
    }

    @Test
    void leftOutWarningsAloneAreNoError() throws ImportException {
        ImportContext context = ImportContext.collecting(ReadOptions.builder().maxProblems(1).build());
        context.report(Problem.warning(RuleIds.UNKNOWN_FIELD, "a"));
        context.report(Problem.warning(RuleIds.UNKNOWN_FIELD, "b"));

        assertThat(context.result().problems()).extracting(Problem::severity).containsExactly(Severity.WARNING, Severity.WARNING);
        assertThat(context.result().problems().get(1).location()).as("no file named: none to name").isNull();
        assertThat(context.result().count(Severity.WARNING)).isEqualTo(2);
        assertThat(context.hasErrors()).isFalse();
    }

    @Test
    void leftOutErrorsAreErrorsThoughTheLastProblemIsAWarning() throws ImportException {
        ImportContext context = ImportContext.collecting(ReadOptions.builder().maxProblems(1).build());
        context.report(Problem.warning(RuleIds.UNKNOWN_FIELD, "a"));
        context.report(error("bad").withLocation(Location.of("a.jsonl", 3)));
        context.report(error("bad").withLocation(Location.of("b.jsonl", 3)));

        ImportResult result = context.result();
        assertThat(result.problems()).noneMatch(Problem::isError);
        assertThat(result.problems().get(1).message()).contains(" in a.jsonl, b.jsonl ");
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.count(Severity.ERROR)).isEqualTo(2);
    }

    @Test
    void locatesARecordAcceptedByLineNumberAndMakesItsLocationWhenAsked() {
        ImportContext context = ImportContext.collecting(ReadOptions.defaults());
        Membership first = membership("m1");
        Membership second = membership("m2");
        Organization osce = Organization.builder("osce", "OSCE", OrganizationKind.INTERGOVERNMENTAL)
                .addName(Name.of("CSCE", NameKind.FORMER, null, null)).build();
        context.accept(first, "memberships.csv", 2, 0);
        context.accept(second, "memberships.jsonl", 9, 17);
        context.accept(osce, "organizations.csv", 4, 0);

        ImportResult result = context.result();
        assertThat(result.rowsImported()).isEqualTo(4);
        assertThat(result.locations().of(first)).contains(LINE_2);
        assertThat(result.locations().of(second)).contains(Location.of("memberships.jsonl", 9, 17));
        assertThat(result.locations().of(osce.names().get(0))).contains(Location.of("organizations.csv", 4));
        assertThat(result.locations().of(membership("m1"))).as("an equal record is another instance").isEmpty();
        assertThat(result.locations().size()).isEqualTo(4);
        assertThatThrownBy(() -> context.accept(first, "memberships.csv", -1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsTheLastPlaceOfAnInstanceLocatedTwiceAndCountsItOnce() {
        ImportContext context = ImportContext.collecting(ReadOptions.defaults());
        Organization osce = Organization.builder("osce", "OSCE", OrganizationKind.INTERGOVERNMENTAL).build();
        context.derived(osce, LINE_2);
        context.accept(osce, "organizations.csv", 5, 0);

        assertThat(context.result().locations().of(osce)).contains(Location.of("organizations.csv", 5));
        assertThat(context.result().locations().size()).isEqualTo(1);
    }

    @Test
    void knowsNoPlaceOfARecordDerivedWithoutALocation() {
        ImportContext context = ImportContext.collecting(ReadOptions.defaults());
        Organization osce = Organization.builder("osce", "OSCE", OrganizationKind.INTERGOVERNMENTAL).build();
        Membership located = membership("m1");
        context.derived(osce, null);
        context.accept(located, LINE_2);

        assertThat(context.result().locations().of(osce)).isEmpty();
        assertThat(context.result().locations().of(located)).contains(LINE_2);
        assertThat(context.result().locations().size()).isEqualTo(2);
    }

    /** Reports rows of two files into a context: the way an importer reads them. */
    private static void readTwoFiles(ImportContext first, ImportContext second, List<Membership> records)
            throws ImportException {
        first.reading("organizations.csv");
        first.report(Problem.warning(RuleIds.UNKNOWN_FIELD, "column 'colour' is not known").withLocation(Location.of("organizations.csv", 1)));
        first.accept(records.get(0), "organizations.csv", 2, 0);
        first.rejected(Location.of("organizations.csv", 3), List.of(error("bad date").withLocation(Location.of("organizations.csv", 3))));
        first.skipped(Location.of("organizations.csv", 4), "a state without a country code");
        second.reading("memberships.csv");
        second.accept(records.get(1), LINE_2);
        second.rejected(LINE_3, List.of(error("bad status").withLocation(LINE_3), error("bad end").withLocation(LINE_3)));
        second.accept(records.get(2), "memberships.csv", 4, 0);
        second.skipped(Location.of("memberships.csv", 5), "a state without a country code");
        second.rejected(Location.of("memberships.csv", 6), List.of(error("bad member").withLocation(Location.of("memberships.csv", 6))));
    }

    private static ReadProgress filesHeard(List<String> heard) {
        return new ReadProgress() {
            @Override
            public void rowsRead(long rowsRead) {
            }

            @Override
            public void reading(String file) {
                heard.add(file);
            }
        };
    }

    @Test
    void partsMergedInOrderGiveWhatOneContextGives() throws ImportException {
        for (int maxProblems : new int[] {1, 2, 3, 100}) {
            ReadOptions options = ReadOptions.builder().maxProblems(maxProblems).build();
            List<Membership> records = List.of(membership("m1"), membership("m2"), membership("m3"));
            List<String> heardOne = new ArrayList<>();
            ImportContext one = ImportContext.collecting(options, filesHeard(heardOne));
            readTwoFiles(one, one, records);

            List<String> heardParts = new ArrayList<>();
            ImportContext whole = ImportContext.collecting(options, filesHeard(heardParts));
            ImportContext first = whole.part();
            ImportContext second = whole.part();
            readTwoFiles(first, second, records); // as if on two threads, the second file done first
            whole.merge(first);
            whole.merge(second);

            ImportResult expected = one.result();
            ImportResult actual = whole.result();
            assertThat(actual.dataset().memberships()).containsExactlyElementsOf(expected.dataset().memberships());
            assertThat(actual.problems()).isEqualTo(expected.problems());
            assertThat(actual.files()).isEqualTo(expected.files());
            assertThat(actual.skipped()).isEqualTo(expected.skipped());
            assertThat(List.of(actual.rowsRead(), actual.rowsImported(), actual.rowsRejected(), actual.rowsSkipped(),
                    actual.count(Severity.ERROR), actual.count(Severity.WARNING)))
                    .isEqualTo(List.of(expected.rowsRead(), expected.rowsImported(), expected.rowsRejected(),
                            expected.rowsSkipped(), expected.count(Severity.ERROR), expected.count(Severity.WARNING)));
            for (Membership record : records) {
                assertThat(actual.locations().of(record)).isEqualTo(expected.locations().of(record));
            }
            assertThat(heardParts).as("files are heard of in order").isEqualTo(heardOne);
        }
    }

    @Test
    void aFailFastMergeThrowsThePartsFirstErrorAfterTheRecordsBeforeIt() throws ImportException {
        List<Membership> seen = new ArrayList<>();
        ImportContext whole = ImportContext.streaming(ReadOptions.failingFast(), (record, location, children) -> seen.add((Membership) record));
        ImportContext part = whole.part();
        part.accept(membership("m1"), LINE_2);
        Problem first = error("bad date").withLocation(LINE_3);
        assertThatThrownBy(() -> part.rejected(LINE_3, List.of(first))).isInstanceOf(ImportException.class);

        assertThatThrownBy(() -> whole.merge(part)).isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).problem()).isEqualTo(first));
        assertThat(seen).extracting(Membership::id).containsExactly("m1");
        assertThatThrownBy(() -> whole.merge(part)).as("a part is merged once").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> whole.merge(ImportContext.collecting(ReadOptions.defaults())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
