package io.github.regsec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class HoldersCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    @Test
    void printsTheCertainHolderOfAPostOnADay() {
        Cli run = Cli.run("holders", "osce-sg", "--on", "2022-10-19");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("Secretary General of the OSCE (osce-sg, OSCE Secretariat) on 2022-10-19: 1 holder\n"
                + "  Helga Maria Schmid (person:helga-maria-schmid), 2020-12-04 to 2024-09, Secretary General\n");
    }

    @Test
    void printsThePossibleHoldersUnderTheCertainOnesWithTheDateThatMakesThemUncertain() {
        Cli run = Cli.run("holders", "osce-po-dushanbe-head", "sample:central-asia", "--on", "2022-10-19");
        assertThat(run.out()).isEqualTo("Head of the OSCE Programme Office in Dushanbe (osce-po-dushanbe-head, OSCE Programme"
                + " Office in Dushanbe) on 2022-10-19: 0 holders, 1 possible\n"
                + "Possibly (a date is imprecise or unknown):\n"
                + "  Tea Jaliashvili (person:tea-jaliashvili), until 2023, Acting Head  (uncertain: start_date unknown)\n");
        // in September 2024 Helga Schmid's term ended on a day the sources do not give
        assertThat(Cli.run("holders", "osce-sg", "--on", "2024-09-15").out())
                .contains("0 holders, 1 possible", "(uncertain: end_date 2024-09)");
    }

    @Test
    void writesJsonWithCertainAndPossibleHolders() {
        Cli run = Cli.run("holders", "csto-sg", "--on", "2019-07-17", "--format", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("post").asString()).isEqualTo("csto-sg");
        assertThat(root.get("on").asString()).isEqualTo("2019-07-17");
        assertThat(root.get("certain")).singleElement().satisfies(h -> {
            assertThat(h.get("member").asString()).isEqualTo("person:valery-semerikov");
            assertThat(h.get("name").asString()).isEqualTo("Valery Semerikov");
            assertThat(h.get("role").asString()).isEqualTo("Acting Secretary General");
            assertThat(h.get("start_date").asString()).isEqualTo("2018-11");
        });
        assertThat(root.get("possible")).isEmpty();
        JsonNode possible = JSON.readTree(Cli.run("holders", "osce-po-dushanbe-head", "--on", "2022-10-19", "--format", "json")
                .out()).get("possible");
        assertThat(possible).singleElement().satisfies(h -> {
            assertThat(h.get("uncertain").asString()).isEqualTo("start_date unknown");
            assertThat(h.get("start_date").isNull()).isTrue();
        });
    }

    @Test
    void anUnknownPostIsAUsageErrorThatListsThePosts() {
        Cli.run("holders", "nato-sg").assertUsageError("there is no post 'nato-sg' in sample:central-asia", "osce-sg", "csto-sg");
    }

    @Test
    void meetingsInvolvingAPersonWorkThroughTheParty() {
        Cli run = Cli.run("meetings", "--involving", "person:tea-jaliashvili");
        assertThat(run.out()).startsWith("2 meetings\n").contains("conf-dushanbe-2022\n", "conf-dushanbe-2022-field-event");
        assertThat(Cli.run("meetings", "--involving", "person:nobody").out()).isEqualTo("0 meetings\n");
    }

    @Test
    void convertsToPopoloByNameAndSaysWhatItLeavesOut() throws IOException {
        Path out = temp.resolve("central-asia-popolo.json");
        Cli run = Cli.run("convert", "sample:central-asia", out.toString(), "--output-format", "popolo");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("(popolo)");
        assertThat(run.err()).contains("regsec convert: not written by popolo: field offices: 5 not written");
        JsonNode written = JSON.readTree(Files.readString(out));
        assertThat(written.get("persons")).hasSize(8);
        assertThat(written.get("posts")).hasSize(7);
        Cli back = Cli.run("holders", "osce-sg", out.toString(), "--input-format", "popolo", "--on", "2022-10-19");
        assertThat(back.out()).contains("Helga Maria Schmid (person:helga-maria-schmid), 2020-12-04 to 2024-09");
    }
}
