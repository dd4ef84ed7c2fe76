package io.github.regsec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MeetingsCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The ids of the listed meetings, in order: the third word of each block's first line. */
    private static List<String> ids(String out) {
        return out.lines().filter(l -> l.startsWith("  ") && !l.startsWith("    "))
                .map(l -> l.strip().split(" {2,}")[2]).toList();
    }

    @Test
    void listsEveryMeetingInDateOrderWithUndatedLast() {
        Cli run = Cli.run("meetings");
        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("6 meetings");
        assertThat(ids(run.out())).containsExactly(
                "fsc-2019-07-17", "conf-dushanbe-2022", "conf-dushanbe-2022-field-event", "workshop-drugs-youth", "visit-2025-02",
                "youth-forums-dushanbe");
        assertThat(run.out()).contains("  2022-10-18 to 2022-10-19  conference  conf-dushanbe-2022\n    High-level ",
                "  2024-10-02 to 2024-10-03  workshop  workshop-drugs-youth\n    Regional workshop ",
                "  no date  forum  youth-forums-dushanbe\n    Youth forums ");
    }

    @Test
    void showsEachMeetingsPlaceConvenorsChairAndParticipants() {
        assertThat(Cli.run("meetings", "--involving", "org:osce-fsc").out()).contains(
                "    in Vienna, Austria; convened by OSCE Forum for Security Co-operation (org:osce-fsc); "
                        + "chaired by Tajikistan (country:TJ); ");
    }

    @Test
    void findsMeetingsInvolvingEveryGivenParty() {
        Cli run = Cli.run("meetings", "--involving", "org:osce", "--involving", "org:csto");
        assertThat(run.out()).startsWith("1 meeting\n").contains("fsc-2019-07-17");
        // the session was convened by a body of the OSCE and chaired by Tajikistan
        assertThat(ids(Cli.run("meetings", "--involving", "country:TJ", "--involving", "org:osce").out()))
                .contains("fsc-2019-07-17", "conf-dushanbe-2022");
        // through the hosting field office
        assertThat(Cli.run("meetings", "--involving", "org:osce", "--topic", "youth").out())
                .startsWith("2 meetings\n").contains("workshop-drugs-youth", "youth-forums-dushanbe");
        assertThat(Cli.run("meetings", "--involving", "country:QA").out()).startsWith("1 meeting\n").contains("conf-dushanbe-2022");
        assertThat(Cli.run("meetings", "--involving", "country:FR").out()).isEqualTo("0 meetings\n");
    }

    @Test
    void aCountryTakesPartThroughItsForeignMinistry() {
        // Kazakhstan's foreign ministry convened the 2025 visit with Tajikistan's
        assertThat(ids(Cli.run("meetings", "--involving", "country:KZ").out())).containsExactly("visit-2025-02");
        assertThat(ids(Cli.run("meetings", "--involving", "country:TJ").out())).contains("visit-2025-02");
    }

    @Test
    void filtersByPlace() {
        assertThat(ids(Cli.run("meetings", "--held-in", "AT").out())).containsExactly("fsc-2019-07-17");
        assertThat(ids(Cli.run("meetings", "--held-in", "KAZ").out())).containsExactly("visit-2025-02");
        Cli.run("meetings", "--held-in", "QQ").assertUsageError("'QQ' is not a country code");
    }

    @Test
    void filtersByDateRangeLeavingUndatedMeetingsOut() {
        Cli run = Cli.run("meetings", "--from", "2022-10-15", "--to", "2025-02-11");
        assertThat(run.out()).startsWith("4 meetings\n").contains("conf-dushanbe-2022\n", "conf-dushanbe-2022-field-event",
                "workshop-drugs-youth", "visit-2025-02").doesNotContain("no date");
        assertThat(Cli.run("meetings", "--from", "2022-10-20").out()).startsWith("2 meetings\n")
                .contains("workshop-drugs-youth", "visit-2025-02").doesNotContain("youth-forums-dushanbe");
    }

    @Test
    void aMeetingThatOnlyPossiblyFallsInTheRangeIsListedApart() {
        // the visit ran 2025-02-11 to 2025-02-12: certainly in a range that holds one of its days
        assertThat(Cli.run("meetings", "--from", "2025-02-12").out()).startsWith("1 meeting\n");
        // a range inside the days of a meeting dated to the month would be possible only: none in the data
        assertThat(Cli.run("meetings", "--from", "2024-10-03", "--to", "2024-10-03").out()).startsWith("1 meeting\n");
    }

    @Test
    void jsonOutputFollowsTheFormat() {
        Cli run = Cli.run("meetings", "--involving", "org:osce", "--format", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(ValidateCommandTest.fieldNames(root)).containsExactly("count", "possible_count", "certain", "possible");
        assertThat(root.get("count").asInt()).isEqualTo(5);
        JsonNode conference = root.get("certain").get(1);
        assertThat(ValidateCommandTest.fieldNames(conference)).containsExactly("id", "title", "start_date", "end_date", "kind",
                "country", "city", "venue", "convenors", "chair", "participants");
        assertThat(conference.get("id").asString()).isEqualTo("conf-dushanbe-2022");
        assertThat(conference.get("start_date").asString()).isEqualTo("2022-10-18");
        assertThat(conference.get("end_date").asString()).isEqualTo("2022-10-19");
        assertThat(conference.get("kind").asString()).isEqualTo("conference");
        assertThat(conference.get("country").asString()).isEqualTo("TJ");
        assertThat(conference.get("convenors").get(0).get("party").asString()).isEqualTo("org:tj-gov");
        List<String> ids = new ArrayList<>();
        root.get("certain").forEach(m -> ids.add(m.get("id").asString()));
        assertThat(ids).endsWith("youth-forums-dushanbe");
        assertThat(root.get("certain").get(4).get("start_date").isNull()).isTrue();
    }

    @Test
    void showsOneMeetingWhole() {
        Cli run = Cli.run("meeting", "visit-2025-02");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Official visit of the Minister of Foreign Affairs of Tajikistan to Kazakhstan\n")
                .contains("  when: 2025-02-11 to 2025-02-12\n", "  where: Kazakhstan\n", "  participants (2):\n",
                        "    - Sirodjiddin Muhriddin, ", "  sources: src-article\n");
        JsonNode json = JSON.readTree(Cli.run("meeting", "fsc-2019-07-17", "--format", "json").out());
        assertThat(json.get("chair").asString()).isEqualTo("country:TJ");
        assertThat(json.get("city").asString()).isEqualTo("Vienna");
        Cli.run("meeting", "nope").assertUsageError("there is no meeting 'nope'");
    }

    @Test
    void usageErrors() {
        Cli.run("meetings", "--involving", "TJ").assertUsageError("'TJ' is not a party", "country:CODE");
        Cli.run("meetings", "--involving", "country:QQ").assertUsageError("'QQ' is not a country code");
        Cli.run("meetings", "--involving", "org:nato").assertUsageError("there is no organization 'nato'");
        Cli.run("meetings", "--from", "2025-01-01", "--to", "2024-01-01").assertUsageError("before --from");
    }
}
