package io.github.regsec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MeetingsCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void listsEveryMeetingInDateOrderWithUndatedLast() {
        Cli run = Cli.run("meetings");
        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("6 meetings");
        assertThat(lines.subList(1, 7)).extracting(l -> l.strip().split(" {2,}")[2]).containsExactly(
                "fsc-2019-07-17", "conf-dushanbe-2022", "conf-dushanbe-2022-field-event", "workshop-drugs-youth", "visit-2025-02",
                "youth-forums-dushanbe");
        assertThat(lines.get(2)).matches("  2022-10-18 to 2022-10-19 +conference +conf-dushanbe-2022 +High-level .*");
        assertThat(lines.get(4)).matches("  2024-10-02 to 2024-10-03 +workshop +workshop-drugs-youth +Regional workshop .*");
        assertThat(lines.get(6)).matches("  no date +forum +youth-forums-dushanbe +Youth forums .*");
    }

    @Test
    void findsMeetingsInvolvingEveryGivenParty() {
        Cli run = Cli.run("meetings", "--involving", "org:osce", "--involving", "org:csto");
        assertThat(run.out()).startsWith("1 meeting\n").contains("fsc-2019-07-17");
        // the session was convened by a body of the OSCE and chaired by Tajikistan
        assertThat(Cli.run("meetings", "--involving", "country:TJ", "--involving", "org:osce").out())
                .startsWith("2 meetings\n").contains("fsc-2019-07-17", "conf-dushanbe-2022 ");
        // through the hosting field office
        assertThat(Cli.run("meetings", "--involving", "org:osce", "--topic", "youth").out())
                .startsWith("2 meetings\n").contains("workshop-drugs-youth", "youth-forums-dushanbe");
        assertThat(Cli.run("meetings", "--involving", "country:QA").out()).startsWith("1 meeting\n").contains("conf-dushanbe-2022");
        assertThat(Cli.run("meetings", "--involving", "country:FR").out()).isEqualTo("0 meetings\n");
    }

    @Test
    void filtersByDateRangeLeavingUndatedMeetingsOut() {
        Cli run = Cli.run("meetings", "--from", "2022-10-15", "--to", "2025-02-11");
        assertThat(run.out()).startsWith("4 meetings\n").contains("conf-dushanbe-2022 ", "conf-dushanbe-2022-field-event",
                "workshop-drugs-youth", "visit-2025-02").doesNotContain("no date");
        assertThat(Cli.run("meetings", "--from", "2022-10-20").out()).startsWith("2 meetings\n")
                .contains("workshop-drugs-youth", "visit-2025-02").doesNotContain("youth-forums-dushanbe");
    }

    @Test
    void jsonOutputFollowsTheFormat() {
        Cli run = Cli.run("meetings", "--involving", "org:osce", "--format", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(ValidateCommandTest.fieldNames(root)).containsExactly("count", "meetings");
        assertThat(root.get("count").asInt()).isEqualTo(5);
        JsonNode conference = root.get("meetings").get(1);
        assertThat(ValidateCommandTest.fieldNames(conference)).containsExactly("id", "title", "start_date", "end_date", "kind");
        assertThat(conference.get("id").asString()).isEqualTo("conf-dushanbe-2022");
        assertThat(conference.get("start_date").asString()).isEqualTo("2022-10-18");
        assertThat(conference.get("end_date").asString()).isEqualTo("2022-10-19");
        assertThat(conference.get("kind").asString()).isEqualTo("conference");
        List<String> ids = new ArrayList<>();
        root.get("meetings").forEach(m -> ids.add(m.get("id").asString()));
        assertThat(ids).endsWith("youth-forums-dushanbe");
        assertThat(root.get("meetings").get(4).get("start_date").isNull()).isTrue();
    }

    @Test
    void usageErrors() {
        Cli.run("meetings", "--involving", "TJ").assertUsageError("'TJ' is not a party", "country:CODE");
        Cli.run("meetings", "--involving", "country:QQ").assertUsageError("'QQ' is not a country code");
        Cli.run("meetings", "--involving", "org:nato").assertUsageError("there is no organization 'nato'");
        Cli.run("meetings", "--from", "2025-01-01", "--to", "2024-01-01").assertUsageError("before --from");
    }
}
