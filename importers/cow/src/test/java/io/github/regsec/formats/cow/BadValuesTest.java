package io.github.regsec.formats.cow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.ImportException;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.Membership;
import io.github.regsec.model.RecordKind;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import io.github.regsec.problem.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad input becomes problems with file, line and column, never exceptions (the hand-written {@code cow/bad} file). */
class BadValuesTest {

    private static final String FILE = "state_year_format3.csv";

    private static ImportResult readBad(ReadOptions options) throws IOException {
        return new CowIgoImporter().read(Fixtures.path("bad/" + FILE), options);
    }

    @Test
    void reportsAValueThatIsNoCowStatusOnItsCellAndReadsItAsMissing() throws IOException {
        ImportResult result = readBad(ReadOptions.defaults());

        assertThat(result.problems()).filteredOn(p -> p.rule().equals(RuleIds.SYNTAX) && p.location().hasColumn())
                .extracting(Problem::field, Problem::location, Problem::recordKind)
                .containsExactly(
                        tuple("osce", Location.of(FILE, 3, 4), RecordKind.MEMBERSHIP),
                        tuple("un", Location.of(FILE, 4, 5), RecordKind.MEMBERSHIP));
        assertThat(result.problems().get(0).message()).startsWith("osce: 'x' is not a COW membership value: expected 1");
        // osce: 1992, then 'x' in 1993 ends the run; un: 1992-1993, then '7' in 1994
        assertThat(result.dataset().memberships()).extracting(Membership::id, m -> String.valueOf(m.endDate()))
                .containsExactly(tuple("cow-osce-tj-1992", "1992"), tuple("cow-osce-tj-1994", "null"),
                        tuple("cow-un-tj-1992", "1993"));
    }

    @Test
    void rejectsRowsWithAnUnknownOrUnreadableStateOrTooFewValuesOrGivenTwice() throws IOException {
        ImportResult result = readBad(ReadOptions.defaults());

        assertThat(result.rowsRejected()).isEqualTo(4);
        assertThat(result.problems()).filteredOn(p -> !p.location().hasColumn() && p.severity() == Severity.ERROR)
                .extracting(Problem::rule, p -> p.location().line(), Problem::field)
                .containsExactly(
                        tuple(RuleIds.SYNTAX, 5, "ccode"),
                        tuple(RuleIds.DUPLICATE_ID, 6, "ccode"),
                        tuple(RuleIds.SYNTAX, 7, "ccode"),
                        tuple(RuleIds.SYNTAX, 8, null));
        assertThat(result.problems()).filteredOn(p -> p.location().line() == 5).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("'999' is not a Correlates of War state code"));
        assertThat(result.problems()).filteredOn(p -> p.location().line() == 6).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("given on line 4 already"));
    }

    @Test
    void keepsTheBooksWithEveryRejectedRowEveryImportedRecordAndEverySkippedRow() throws IOException {
        ImportResult result = readBad(ReadOptions.defaults());

        // the source, osce, un and three memberships; Bavaria's row skipped; four rows rejected
        assertThat(result.rowsImported()).isEqualTo(result.dataset().size()).isEqualTo(6);
        assertThat(result.rowsSkipped()).isEqualTo(1);
        assertThat(result.rowsRead()).isEqualTo(11);
        assertThat(result.problems()).filteredOn(p -> p.rule().equals(RuleIds.UNMAPPED_STATE)).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("COW state 245 (Bavaria) has no ISO 3166 code: its row"
                        + " (1850) was not imported; it holds 1 membership value (1, 2 or 3) in 1 IGO (un)"));
    }

    @Test
    void stopsAtTheFirstErrorInFailFastMode() {
        assertThatThrownBy(() -> readBad(ReadOptions.failingFast())).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.problem().location()).isEqualTo(Location.of(FILE, 3, 4)));
    }

    @Test
    void streamsRecordsWithTheirLocations() throws IOException {
        List<DatasetRecord> records = new ArrayList<>();
        List<Location> locations = new ArrayList<>();
        ImportContext context = ImportContext.streaming(ReadOptions.defaults(), (record, location, childRows) -> {
            records.add(record);
            locations.add(location);
        });

        new CowIgoImporter().read(Fixtures.path("bad/" + FILE), context);

        assertThat(records).hasSize(6).first().isEqualTo(CowIgoImporter.source());
        assertThat(locations.get(0)).isEqualTo(Location.of(FILE));
        assertThat(records.get(3).id()).isEqualTo("cow-osce-tj-1992");
        assertThat(locations.get(3)).isEqualTo(Location.of(FILE, 2, 4));
    }

    @Test
    void reportsAFileThatIsNoStateYearFile() throws IOException {
        ImportContext context = ImportContext.collecting(ReadOptions.defaults());
        byte[] csv = "year,state,osce\n1995,tajikistan,1\n".getBytes(StandardCharsets.UTF_8);

        new CowIgoImporter().read(new ByteArrayInputStream(csv), "igos.csv", context);

        assertThat(context.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(RuleIds.SYNTAX);
            assertThat(p.message()).contains("no 'ccode' column");
            assertThat(p.location()).isEqualTo(Location.of("igos.csv", 1));
        });
        assertThat(context.result().dataset().isEmpty()).isTrue();
    }

    @Test
    void reportsAnIgoColumnWhoseNameCannotBeAnId() throws IOException {
        ImportContext context = ImportContext.collecting(ReadOptions.defaults());
        byte[] csv = "ccode,year,state,bad name,un\n702,1995,tajikistan,1,1\n".getBytes(StandardCharsets.UTF_8);

        new CowIgoImporter().read(new ByteArrayInputStream(csv), "igos.csv", context);

        assertThat(context.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("bad name");
            assertThat(p.location()).isEqualTo(Location.of("igos.csv", 1, 4));
        });
        assertThat(context.result().dataset().organizations()).extracting(DatasetRecord::id).containsExactly("un");
    }

    @Test
    void failsWithoutReadingWhenTheIgoYearFileGivenDoesNotExist() {
        Path missing = Fixtures.path("bad").resolve("no_such_igo_year.csv");

        assertThatThrownBy(() -> new CowIgoImporter().withIgoYearFile(missing)
                .read(Fixtures.path("bad/" + FILE), ReadOptions.defaults()))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining("no_such_igo_year.csv");
    }

    @Test
    void reportsBadIgoYearRowsAndUsesTheGoodOnes() throws IOException {
        String igoYear = "igo_year_format3.csv";
        ImportResult result = new CowIgoImporter().withIgoYearFile(Fixtures.path("bad-igo-year/" + igoYear))
                .read(Fixtures.path("runs/" + FILE), ReadOptions.defaults());

        assertThat(result.problems()).filteredOn(Problem::isError)
                .extracting(Problem::rule, Problem::location, Problem::field)
                .containsExactly(
                        tuple(RuleIds.SYNTAX, Location.of(igoYear, 3), "sdate"),
                        tuple(RuleIds.SYNTAX, Location.of(igoYear, 5), "year"),
                        tuple(RuleIds.SYNTAX, Location.of(igoYear, 6), null));
        assertThat(result.dataset().organization("un").orElseThrow().foundingDate()).hasToString("1945");
        assertThat(result.dataset().organization("osce").orElseThrow().name())
                .isEqualTo("Organization for Security and Cooperation in Europe (OSCE)");
        assertThat(result.dataset().organization("sco").orElseThrow().name()).isEqualTo("SCO");
        assertThat(result.problems()).filteredOn(p -> p.rule().equals(CowRuleIds.UNMATCHED_IGO)).singleElement()
                .satisfies(p -> {
                    assertThat(p.message()).startsWith("IGO 'sco' has no rows in igo_year_format3.csv");
                    assertThat(p.location()).isEqualTo(Location.of(FILE, 1, 6));
                });
        assertThat(result.rowsRejected()).as("igo-year rows are not records").isZero();
    }
}
