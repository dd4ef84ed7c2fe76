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
    void keepsAtMostMaxProblemsAndSaysHowManyMoreThereWere() throws ImportException {
        ImportContext context = ImportContext.collecting(ReadOptions.builder().maxProblems(2).build());
        for (int line = 2; line < 7; line++) {
            context.rejected(Location.of("memberships.csv", line), List.of(error("bad row " + line)));
        }

        List<Problem> problems = context.result().problems();
        assertThat(problems).hasSize(3);
        assertThat(problems.get(2).severity()).isEqualTo(Severity.ERROR);
        assertThat(problems.get(2).message()).startsWith("3 more problems were found and not listed: only the first 2");
        assertThat(context.result().rowsRejected()).isEqualTo(5);
    }

    @Test
    void leftOutWarningsAloneGiveAWarning() throws ImportException {
        ImportContext context = ImportContext.collecting(ReadOptions.builder().maxProblems(1).build());
        context.report(Problem.warning(RuleIds.UNKNOWN_FIELD, "a"));
        context.report(Problem.warning(RuleIds.UNKNOWN_FIELD, "b"));

        assertThat(context.result().problems()).extracting(Problem::severity).containsExactly(Severity.WARNING, Severity.WARNING);
        assertThat(context.hasErrors()).isFalse();
    }
}
