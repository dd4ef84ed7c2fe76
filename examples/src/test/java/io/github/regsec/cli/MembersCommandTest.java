package io.github.regsec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.examples.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MembersCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void listsTheOsceParticipatingStatesOnADay() {
        Cli run = Cli.run("members", "osce", "--on", "2019-07-17");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo(
                "OSCE (Organization for Security and Co-operation in Europe) on 2019-07-17, status member: 57");
        assertThat(lines).hasSize(59);
        assertThat(lines.get(58)).isEqualTo("This dataset's list of OSCE members is complete for this day.");
        assertThat(lines.get(1)).matches("  country:AD  Andorra +since 1996-04-25");
        assertThat(lines).anyMatch(l -> l.matches("  country:TJ  Tajikistan +since 1992-01-30"));
    }

    @Test
    void countsFiftySixTheDayBeforeMongoliaJoined() {
        assertThat(Cli.run("members", "osce", "sample:central-asia", "--on", "2012-11-20").out())
                .startsWith("OSCE (Organization for Security and Co-operation in Europe) on 2012-11-20, status member: 56\n")
                .doesNotContain("country:MN");
    }

    @Test
    void jsonOutputFollowsTheFormatSortedByParty() {
        Cli run = Cli.run("members", "osce", "--on", "2019-07-17", "--format", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(ValidateCommandTest.fieldNames(root)).containsExactly("organization", "on", "status", "coverage",
                "count", "possible_count", "certain", "possible");
        assertThat(root.get("coverage").asString()).isEqualTo("complete");
        assertThat(root.get("organization").asString()).isEqualTo("osce");
        assertThat(root.get("on").asString()).isEqualTo("2019-07-17");
        assertThat(root.get("count").asInt()).isEqualTo(57);
        JsonNode members = root.get("certain");
        assertThat(members.size()).isEqualTo(57);
        List<String> parties = new ArrayList<>();
        members.forEach(m -> parties.add(m.get("party").asString()));
        assertThat(parties).isSorted().contains("country:MN");
        JsonNode austria = members.get(parties.indexOf("country:AT"));
        assertThat(ValidateCommandTest.fieldNames(austria)).containsExactly("party", "name", "status", "start_date", "end_date");
        assertThat(austria.get("name").asString()).isEqualTo("Austria");
        assertThat(austria.get("status").asString()).isEqualTo("member");
        assertThat(austria.get("start_date").asString()).isEqualTo("1973");
        assertThat(austria.get("end_date").isNull()).isTrue();
        assertThat(run.out()).startsWith("{\n  \"organization\": \"osce\",\n").endsWith("}\n");
    }

    @Test
    void listsEveryStatusWithAll() {
        // Armenia froze its participation in February 2024: both statuses are possible on a day of that month
        Cli run = Cli.run("members", "csto", "--on", "2024-02-15", "--status", "all");
        assertThat(run.out()).startsWith("CSTO (Collective Security Treaty Organization) on 2024-02-15, status all: "
                        + "5 certain, 2 possible\n")
                .contains("Possibly, because a date is imprecise or unknown:\n")
                .containsPattern("country:AM  Armenia +member +2002-10-07 to 2024-02  \\(ends 2024-02\\)\n")
                .containsPattern("country:AM  Armenia +suspended +since 2024-02  \\(starts 2024-02\\)\n");
        assertThat(Cli.run("members", "csto", "--on", "2025-01-01", "--status", "all").out())
                .contains("status all: 6\n  country:AM  Armenia     suspended         since 2024-02\n");
        assertThat(Cli.run("members", "sco", "--on", "2019-01-01", "--status", "observer").out())
                .contains("status observer: 4", "country:AF", "country:BY", "country:IR", "country:MN");
    }

    @Test
    void listsNoCstoMemberBeforeTheCharterWasSigned() {
        // the founders' start is 2002-10-07, the day the Charter was signed
        Cli run = Cli.run("members", "csto", "--on", "2002-03-01");
        assertThat(run.out()).startsWith("CSTO (Collective Security Treaty Organization) on 2002-03-01, status member: 0\n")
                .doesNotContain("country:");
    }

    @Test
    void saysAListIsPartialInWordsAndInJson() {
        assertThat(Cli.run("members", "un", "--on", "2020-01-01").out())
                .endsWith("6 listed; this dataset's list of UN members is partial.\n");
        JsonNode root = JSON.readTree(Cli.run("members", "un", "--on", "2020-01-01", "--format", "json").out());
        assertThat(root.get("coverage").asString()).isEqualTo("partial");
    }

    @Test
    void aYearOnlyStartIsPossibleNotCertainWithTheDateThatMakesItSo() {
        JsonNode root = JSON.readTree(Cli.run("members", "csto", "--on", "2024-02-15", "--status", "all", "--format",
                "json").out());
        assertThat(root.get("count").asInt()).isEqualTo(5);
        assertThat(root.get("possible").size()).isEqualTo(2);
        assertThat(root.get("possible").get(0).get("party").asString()).isEqualTo("country:AM");
        assertThat(root.get("possible").get(0).get("uncertain").asString()).isEqualTo("ends 2024-02");
    }

    @Test
    void showsUzbekistansCstoHistory() {
        assertThat(Cli.run("members", "csto", "--on", "2008-01-01").out()).contains("country:UZ  Uzbekistan  ");
        assertThat(Cli.run("members", "csto", "--on", "2013-01-01").out()).doesNotContain("country:UZ");
    }

    @Test
    void usageErrors() {
        Cli.run("members", "nato").assertUsageError("there is no organization 'nato' in sample:central-asia", "osce");
        Cli.run("members", "osce", "--on", "2019-13-01").assertUsageError("'2019-13-01' is not a date: month 13 is not a month");
        // the day parser says what the library says
        Cli.run("members", "osce", "--on", "2019-02-29").assertUsageError("'2019-02-29' is not a date: February 2019 has 28 days");
        // a misspelt id: the close ids first
        Cli.run("members", "osec").assertUsageError("there is no organization 'osec' in sample:central-asia (did you mean 'osce'?)");
        Cli.run("members", "osce", "--status", "friend").assertUsageError("'friend' is not one of", "observer", "all");
        Cli.run("members").assertUsageError("ORG_ID");
    }

    @Test
    void readsOtherFormatsAndExitsOneWhenRowsCouldNotBeRead() {
        Cli run = Cli.run("members", "osce", Fixtures.faulty().toString(), "--on", "2019-07-17");
        assertThat(run.exitCode()).isEqualTo(RegsecCommand.DATA_ERRORS);
        assertThat(run.out()).contains("status member: 52");
        assertThat(run.err()).contains("that kept rows from being read", "regsec validate");
    }
}
