package io.github.regsec.examples;

import io.github.regsec.sample.SampleData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.model.country.CountryCode;
import io.github.regsec.problem.Problem;
import io.github.regsec.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs each example program, so that none of them rots. */
class ExamplesTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void firstQuestionsAnswersFromTheBundledDataset() throws IOException {
        FirstQuestions.run(out);
        assertThat(printed()).contains(
                "OSCE participating States on 2019-07-17: 57",
                "OSCE participating States on 2012-11-20: 56",
                "OSCE participating States on 1973-06-01: 0 certainly, 35 possibly",
                "Meetings involving the OSCE and the CSTO: 1",
                "2019-07-17  Regular session of the OSCE Forum for Security Co-operation on OSCE-CSTO cooperation (chair: country:TJ)",
                "The OSCE office in Dushanbe in 2005: OSCE Centre in Dushanbe",
                "The OSCE office in Dushanbe today: OSCE Programme Office in Dushanbe",
                "The OSCE in 1990: Conference on Security and Co-operation in Europe");
    }

    @Test
    void peopleQuestionsAnswerWhoHeldAPostAndWhichMeetingsTheMinisterAttended() throws IOException {
        PeopleQuestions.run(out);
        assertThat(printed()).contains(
                "The bundled dataset: 8 persons, 7 posts",
                "The OSCE Secretary General on 2022-10-19:\n  Helga Maria Schmid (2020-12-04 to 2024-09)",
                "The head of the OSCE Programme Office in Dushanbe on 2022-10-19: 0 certain, 1 possible",
                "  possibly Tea Jaliashvili, Acting Head (start unknown, until 2023)",
                "Meetings attended by Tajikistan's Minister of Foreign Affairs: 1\n"
                        + "  2025-02-11  Official visit of the Minister of Foreign Affairs of Tajikistan to Kazakhstan",
                "Emomali Rahmon (born 1952-10-05):\n  President of the Republic of Tajikistan since 1994-11-16",
                "  took part in: High-level international conference on international and reg... (2022-10-18)");
    }

    @Test
    void buildAndValidateFindsTheTwoPlantedMistakes() {
        ValidationReport report = BuildAndValidate.run(out);
        assertThat(report.problems()).extracting(p -> p.rule() + " " + p.recordId())
                .containsExactlyInAnyOrder("chair-not-member sco-summit-2010", "membership-overlap sco-kg-again");
        assertThat(report.errors()).isEqualTo(1);
        assertThat(printed()).contains("-: error membership-overlap sco-kg-again", "errors: 1, warnings: 1")
                .doesNotContain("host-not-member");
    }

    @Test
    void convertToJsonLinesWritesEveryRecordAndReadsBackTheSame(@TempDir Path temp) throws IOException {
        Path target = temp.resolve("central-asia.jsonl");
        assertThat(ConvertToJsonLines.run(SampleData.centralAsiaDirectory(), target, out)).isTrue();
        List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(SampleData.centralAsia().size());
        assertThat(lines.get(0)).startsWith("{\"type\":\"source\"");
        ImportResult back = Formats.discover().read(target, ReadOptions.defaults());
        assertThat(back.problems()).isEmpty();
        assertThat(back.dataset().memberships()).isEqualTo(SampleData.centralAsia().memberships());
        assertThat(back.dataset().meetings()).isEqualTo(SampleData.centralAsia().meetings());
        assertThat(printed()).contains("wrote 240 records to " + target);
    }

    @Test
    void convertToJsonLinesNeverOverwritesAFileLikeTheTool(@TempDir Path temp) throws IOException {
        Path target = Files.writeString(temp.resolve("central-asia.jsonl"), "mine\n");
        assertThatThrownBy(() -> ConvertToJsonLines.run(SampleData.centralAsiaDirectory(), target, out))
                .isInstanceOf(java.nio.file.FileAlreadyExistsException.class)
                .hasMessageContaining("exists: not overwritten");
        assertThat(target).hasContent("mine");
    }

    @Test
    void convertToJsonLinesRefusesACsvDirectoryWithErrors(@TempDir Path temp) throws IOException {
        Path target = temp.resolve("faulty.jsonl");
        assertThat(ConvertToJsonLines.run(Fixtures.faulty(), target, out)).isFalse();
        assertThat(target).doesNotExist();
        assertThat(printed()).contains("meetings.csv:3", "not converted");
    }

    @Test
    void ownRuleFindsNothingInTheBundledDatasetAndTheGarbledNameInTheArticlesVersion() throws IOException {
        List<Problem> found = OwnRule.run(out);
        assertThat(printed()).contains("The bundled dataset, shared-surname problems: 0",
                "As the article wrote it, shared-surname problems: 1");
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.recordId()).isEqualTo("conf-dushanbe-2022");
            assertThat(p.message()).contains("'Antonio Rahmon' shares the surname with 'Emomali Rahmon'");
        });
    }

    @Test
    void sharedSurnameFoldsCaseAndAccents() {
        assertThat(SharedSurnameRule.fold("  António   GUTERRES ")).isEqualTo("antonio guterres");
    }

    @Test
    void alliesOnADayComparesAtopWithTheBundledDataset() throws IOException {
        // an extract of ATOP v4.01 with the four alliances (src/test/resources/atop/README.md)
        List<AlliesOnADay.Comparison> comparisons = AlliesOnADay.run(Fixtures.path("atop/atop-member-level.csv"),
                AlliesOnADay.DEFAULT_DAY, out);
        assertThat(comparisons).extracting(c -> c.pair().atopid()).containsExactly(3740, 4220, 4400, 4810);
        // ATOP has no Holy See (no COW state) and no Moldova in the CIS treaty of 1993 (ATOP 4400)
        assertThat(comparisons.get(0).onlyBundled()).extracting(CountryCode::alpha2).containsExactly("VA");
        assertThat(comparisons.get(0).both()).hasSize(55);
        assertThat(comparisons.get(1).disagrees()).isFalse();
        assertThat(comparisons.get(1).both()).extracting(CountryCode::alpha2)
                .containsExactly("AM", "BY", "KG", "KZ", "RU", "TJ", "UZ");
        assertThat(comparisons.get(2).onlyBundled()).extracting(CountryCode::alpha2).containsExactly("MD");
        assertThat(comparisons.get(3).both()).extracting(CountryCode::alpha2)
                .containsExactly("CN", "KG", "KZ", "RU", "TJ", "UZ");
        assertThat(printed()).contains("ATOP: Dataset[1 sources, 4 organizations, 0 field offices, 0 meetings, 88 memberships, 0 persons, 0 posts]",
                "135 rows read, 91 imported, 0 rejected, 44 skipped", "CSCE/OSCE (ATOP 3740, bundled osce): the sources disagree",
                "  only the bundled dataset (1): VA",
                "Collective Security Treaty / CSTO (ATOP 4220, bundled cst + csto): the sources agree",
                "  Uzbekistan (UZ): 55 by ATOP, 56 by the bundled dataset; only bundled: VA");
    }

    @Test
    void alliesOnADayKeepsWhatIsOnlyPossiblyTrueApart() throws IOException {
        // the bundled dataset knows the month only: the USSR until 1991-12, Russia from 1991-12; ATOP has the days
        List<AlliesOnADay.Comparison> comparisons = AlliesOnADay.run(Fixtures.path("atop/atop-member-level.csv"),
                LocalDate.of(1991, 12, 15), out);
        AlliesOnADay.Comparison osce = comparisons.get(0);
        assertThat(osce.atop().certain()).extracting(CountryCode::alpha2).contains("SU").doesNotContain("RU");
        assertThat(osce.possible()).extracting(CountryCode::alpha2).contains("SU", "RU");
        assertThat(osce.disagrees()).as("SU is certain in ATOP, possible in the bundled dataset").isTrue();
        assertThat(printed()).contains("  possibly (");
    }

    @Test
    void ownImporterIsFoundByNameAndReadsTheList(@TempDir Path temp) throws IOException {
        Path list = temp.resolve("sco.txt");
        Files.writeString(list, OwnImporter.SAMPLE, StandardCharsets.UTF_8);
        ImportResult result = OwnImporter.run(list, out);
        assertThat(printed()).contains("country-list", "csv",
                "sco.txt:8: error syntax", "'XX' is not a country code",
                "SCO (sco): 6 members listed: certainly [], possibly [country:CN, country:KG, country:KZ, country:RU, country:TJ, country:UZ]");
        assertThat(result.rowsRejected()).isEqualTo(1);
    }
}
