package io.github.regsec.formats.atop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.regsec.formats.ImportException;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.model.Organization;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import io.github.regsec.problem.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The made-up rows of src/test/resources/atop/bad, one fault each. */
class BadInputTest {

    private static final String MEMBERS = "atop-member-level.csv";
    private static final String ALLIANCES = "atop-alliance-level.csv";

    private static ImportResult read(ReadOptions options) throws Exception {
        Path file = Path.of(BadInputTest.class.getResource("/atop/bad/" + MEMBERS).toURI());
        return new AtopImporter().read(file, options);
    }

    @Test
    void reportsEachBadRowAtItsLineAndRejectsIt() throws Exception {
        ImportResult result = read(ReadOptions.defaults());
        assertThat(result.problems()).filteredOn(Problem::isError)
                .extracting(Problem::rule, p -> p.location().file(), p -> p.location().line(), Problem::field)
                .containsExactly(
                        tuple(RuleIds.SYNTAX, MEMBERS, 4, "member"),
                        tuple(RuleIds.SYNTAX, MEMBERS, 5, "moent"),
                        tuple(RuleIds.SYNTAX, MEMBERS, 6, "dayent"),
                        tuple(RuleIds.DATE_ORDER, MEMBERS, 7, "yrexit"),
                        tuple(AtopRuleIds.OUTSIDE_STATE_TABLE, MEMBERS, 8, "member"),
                        tuple(RuleIds.SYNTAX, MEMBERS, 9, "member"),
                        tuple(RuleIds.SYNTAX, MEMBERS, 11, "defense"),
                        tuple(RuleIds.REQUIRED, MEMBERS, 12, "member"),
                        tuple(RuleIds.DUPLICATE_ID, ALLIANCES, 3, "atopid"),
                        tuple(RuleIds.DATE_ORDER, ALLIANCES, 5, "endyr"));
        assertThat(messageAt(result, MEMBERS, 4)).contains("'999' is not a Correlates of War state code");
        assertThat(messageAt(result, MEMBERS, 5)).contains("yrent/moent/dayent 1990/13/1 is not a date");
        assertThat(messageAt(result, MEMBERS, 6)).contains("gives a day without a month");
        assertThat(messageAt(result, MEMBERS, 8)).isEqualTo("ATOP lists COW state 315 (Czechoslovakia) from 1990-01-01 to"
                + " 1995-06-01, but regsec's state table gives it no country code from 1993-01-01 to 1995-06-01 (the state"
                + " did not exist then: docs/FORMATS.md#countries): the row was not imported");
        assertThat(messageAt(result, MEMBERS, 9)).contains("'x' is not a whole number");
        assertThat(messageAt(result, MEMBERS, 11)).contains("'7' is not an ATOP flag");
        assertThat(messageAt(result, ALLIANCES, 3)).contains("alliance 9001 was given on line 2 already");
    }

    private static String messageAt(ImportResult result, String file, int line) {
        return result.problems().stream().filter(p -> p.location().file().equals(file) && p.location().line() == line)
                .map(Problem::message).findFirst().orElseThrow();
    }

    @Test
    void warnsWhereTheTwoFilesDoNotMatchAndForAStateWithoutCode() throws Exception {
        ImportResult result = read(ReadOptions.defaults());
        assertThat(result.problems()).filteredOn(p -> p.severity() == Severity.WARNING)
                .extracting(Problem::rule, Problem::recordId, p -> p.location().line())
                .containsExactlyInAnyOrder(
                        tuple(AtopRuleIds.UNMATCHED_ALLIANCE, "atop-9003", 4),
                        tuple(AtopRuleIds.UNMATCHED_ALLIANCE, "atop-9002", 10),
                        tuple(RuleIds.UNMAPPED_STATE, null, 13));
        // alliance 9002 has members but no alliance-level row: made from the member level
        Organization made = result.dataset().organization("atop-9002").orElseThrow();
        assertThat(made.foundingDate()).isNull();
        assertThat(made.topics()).containsExactly("non-aggression");
        assertThat(result.dataset().organization("atop-9003")).isPresent();
        assertThat(result.dataset().organization("atop-9004")).as("its row was rejected").isEmpty();
    }

    @Test
    void keepsTheBooks() throws Exception {
        ImportResult result = read(ReadOptions.defaults());
        // member level: 12 rows, 3 imported, 8 rejected, 1 skipped; alliance level: 4 rows, 2 imported, 2 rejected
        assertThat(result.rowsRead()).isEqualTo(16);
        assertThat(result.rowsImported()).isEqualTo(5);
        assertThat(result.rowsRejected()).isEqualTo(10);
        assertThat(result.rowsSkipped()).isEqualTo(1);
        assertThat(result.count(Severity.ERROR)).isEqualTo(result.rowsRejected());
        assertThat(result.dataset().memberships()).extracting(m -> m.id())
                .containsExactly("atop-9001-ca-1990-01-01", "atop-9001-us-1990-01-01", "atop-9002-us-1991-02-03");
    }

    @Test
    void stopsAtTheFirstErrorInFailFastMode() {
        assertThatThrownBy(() -> read(ReadOptions.failingFast())).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.problem().location()).isEqualTo(Location.of(MEMBERS, 4)));
    }

    @Test
    void reportsAFileThatIsNoMemberLevelFile(@TempDir Path temp) throws Exception {
        Path file = temp.resolve(MEMBERS);
        Files.writeString(file, "ccode,year\n2,1990\n", StandardCharsets.UTF_8);
        ImportResult result = new AtopImporter().withoutAllianceFile().read(file, ReadOptions.defaults());
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(RuleIds.SYNTAX);
            assertThat(p.message()).startsWith("the header has no 'atopid' column: this is not a member-level file");
            assertThat(p.location()).isEqualTo(Location.of(MEMBERS, 1));
        });
        assertThat(result.dataset().isEmpty()).isTrue();
    }
}
