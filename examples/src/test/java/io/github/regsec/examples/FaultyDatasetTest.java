package io.github.regsec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.Severity;
import io.github.regsec.validation.DatasetValidator;
import io.github.regsec.validation.ValidationReport;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled dataset coded as the seed article has it (src/test/resources/central-asia-faulty,
 * see its README): validation catches each of the article's errors.
 */
class FaultyDatasetTest {

    private static ValidationReport report;

    @BeforeAll
    static void validate() throws IOException {
        ImportResult imported = Formats.discover().read(Fixtures.faulty(), ReadOptions.defaults());
        report = DatasetValidator.builder().asOf(LocalDate.of(2026, 1, 1)).addRule(new SharedSurnameRule()).build()
                .validate(imported);
    }

    private static List<Problem> problems(String rule) {
        return report.problems(rule);
    }

    @Test
    void catchesTheCisListedTwice() {
        assertThat(problems("duplicate-value")).singleElement().satisfies(p -> {
            assertThat(p.recordId()).isEqualTo("visit-2025-02");
            assertThat(p.field()).isEqualTo("topics");
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.location().file()).isEqualTo("meetings.csv");
            assertThat(p.location().line()).isEqualTo(5);
            assertThat(p.message()).contains("cis");
        });
    }

    @Test
    void catchesTheWorkshopDateWithoutAYear() {
        assertThat(problems("syntax")).extracting(Problem::field).contains("start_date", "end_date");
        assertThat(problems("syntax")).allSatisfy(p -> {
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
            assertThat(p.location().file()).isEqualTo("meetings.csv");
            assertThat(p.location().line()).isEqualTo(3);
        });
        assertThat(report.hasErrors()).isTrue();
        assertThat(report.dataset().meeting("workshop-drugs-youth")).isEmpty();
    }

    @Test
    void catchesCentralAsianStatesRecordedAsPartnersInsteadOfParticipatingStates() {
        assertThat(problems("member-count")).singleElement().satisfies(p -> {
            assertThat(p.recordId()).isEqualTo("osce");
            assertThat(p.message()).contains("57", "52");
        });
        assertThat(problems("host-not-member")).extracting(Problem::recordId).containsExactlyInAnyOrder(
                "osce-po-dushanbe", "osce-po-astana", "osce-po-bishkek", "osce-centre-ashgabat", "osce-pcu");
        assertThat(problems("chair-not-member")).extracting(Problem::recordId).containsExactly("fsc-2019-07-17");
    }

    @Test
    void ownRuleCatchesTheGarbledNameOfTheUnSecretaryGeneral() {
        assertThat(problems(SharedSurnameRule.ID)).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("Antonio Rahmon", "Emomali Rahmon");
            assertThat(p.field()).isEqualTo("person");
            assertThat(p.location().file()).isEqualTo("meeting_participants.csv");
            assertThat(p.location().line()).isEqualTo(12);
        });
    }
}
