package io.github.regsec.formats.popolo;

import static io.github.regsec.formats.popolo.PopoloFixtures.EXTRACT;
import static io.github.regsec.formats.popolo.PopoloFixtures.read;
import static io.github.regsec.formats.popolo.PopoloFixtures.resource;
import static io.github.regsec.formats.popolo.PopoloFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.fge.jsonschema.core.load.configuration.LoadingConfiguration;
import com.github.fge.jsonschema.core.load.uri.URITranslatorConfiguration;
import com.github.fge.jsonschema.core.report.ProcessingReport;
import com.github.fge.jsonschema.main.JsonSchema;
import com.github.fge.jsonschema.main.JsonSchemaFactory;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.FieldOffice;
import io.github.regsec.model.FieldOfficeKind;
import io.github.regsec.model.Identifier;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.MeetingKind;
import io.github.regsec.model.Membership;
import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.Name;
import io.github.regsec.model.NameKind;
import io.github.regsec.model.Organization;
import io.github.regsec.model.OrganizationKind;
import io.github.regsec.model.Participant;
import io.github.regsec.model.Person;
import io.github.regsec.model.Post;
import io.github.regsec.model.Source;
import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.PartialDate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Popolo writer's output is valid against the Popolo project's own JSON Schemas, and reads back. */
class PopoloWriterTest {

    private static final Map<String, String> SCHEMAS = Map.of("persons", "person", "organizations", "organization",
            "memberships", "membership", "posts", "post", "events", "event", "areas", "area");

    @TempDir
    Path dir;

    private static PartialDate date(String text) {
        return PartialDate.parse(text);
    }

    /** A dataset with every kind of record and the values Popolo has, and has not, a place for. */
    static Dataset everything() {
        return Dataset.builder()
                .add(new Source("src-osce", "OSCE Secretary General", null, "OSCE", null, "https://www.osce.org/secretary-general",
                        date("2026-12-01"), "The page of the post"))
                .add(new Source("src-article", "An article without a url", null, null, null, null, null, null))
                .add(Organization.builder("osce", "Organization for Security and Co-operation in Europe",
                        OrganizationKind.INTERGOVERNMENTAL).acronym("OSCE").foundingDate(date("1973"))
                        .website("https://www.osce.org").memberCount(57).addIdentifier(new Identifier("wikidata", "Q81299"))
                        .addName(Name.of("Conference on Security and Co-operation in Europe", NameKind.FORMER, date("1973"),
                                date("1994-12-31"))).note("Named OSCE from 1995.").addSource("src-osce").build())
                .add(Organization.builder("osce-secretariat", "OSCE Secretariat", OrganizationKind.BODY).parentId("osce").build())
                .add(Organization.builder("tj-gov", "Government of Tajikistan", OrganizationKind.GOVERNMENT)
                        .country(CountryCode.of("TJ")).build())
                .add(FieldOffice.builder("osce-po-dushanbe", "osce", "OSCE Programme Office in Dushanbe",
                        FieldOfficeKind.PROGRAMME_OFFICE, CountryCode.of("TJ")).build())
                .add(Meeting.builder("conf-2022", "Conference", MeetingKind.CONFERENCE).startDate(date("2022-10-18"))
                        .endDate(date("2022-10-19")).country(CountryCode.of("TJ")).city("Dushanbe")
                        .addConvenor(Party.organization("tj-gov")).addConvenor(Party.organization("osce"))
                        .addParticipant(Participant.builder().person("Helga Maria Schmid").personId("schmid").build()).build())
                .add(Meeting.builder("fsc-2019-07-17", "FSC session", MeetingKind.SESSION).startDate(date("2019-07-17")).build())
                .add(Meeting.builder("term", "A term", MeetingKind.OTHER).startDate(date("2013-09")).openEnded(true).build())
                .add(Membership.of("m-tj-osce", "osce", Party.country("TJ"), MembershipStatus.MEMBER, date("1992-01-30"), null))
                .add(Membership.of("m-af-osce", "osce", Party.country("AF"), MembershipStatus.PARTNER, date("2003"), null))
                .add(Membership.builder().id("h-schmid").organizationId("osce-secretariat").member(Party.person("schmid"))
                        .status(MembershipStatus.MEMBER).postId("osce-sg").role("Secretary General")
                        .startDate(date("2020-12-04")).endDate(date("2024-09")).sources(List.of("src-osce")).build())
                .add(Person.builder("schmid", "Helga Maria Schmid").gender("female").birthDate(date("1960-12-08"))
                        .note("German diplomat").build())
                .add(Post.builder("osce-sg", "osce-secretariat", "Secretary General").role("secretary-general")
                        .singleHolder(true).build())
                .build();
    }

    @Test
    void writesWhatTheSchemasAccept() throws Exception {
        assertValid(write(everything()));
        assertValid(write(read(resource(EXTRACT)).dataset()));
    }

    @Test
    void givesTheRecordsPopoloCanHoldBack() throws IOException {
        Dataset original = everything();
        Path file = dir.resolve("everything.json");
        Files.writeString(file, write(original));
        ImportResult reread = read(file);
        Dataset d = reread.dataset();

        assertThat(reread.problems()).filteredOn(p -> p.isError()).isEmpty();
        assertThat(d.persons()).isEqualTo(original.persons());
        assertThat(d.posts()).isEqualTo(original.posts());
        assertThat(d.membership("m-af-osce").orElseThrow()).isEqualTo(original.membership("m-af-osce").orElseThrow());
        assertThat(d.membership("h-schmid").orElseThrow().postId()).isEqualTo("osce-sg");
        assertThat(d.organization("osce").orElseThrow().names()).isEqualTo(original.organization("osce").orElseThrow().names());
        assertThat(d.organization("osce").orElseThrow().website()).isEqualTo("https://www.osce.org");
        assertThat(d.organization("tj-gov").orElseThrow().country()).isEqualTo(CountryCode.of("TJ"));
        assertThat(d.meeting("term").orElseThrow().isOpenEnded()).isTrue();
        // a meeting with one date took place within it: written with that date at both ends
        Meeting fsc = d.meeting("fsc-2019-07-17").orElseThrow();
        assertThat(fsc.isOpenEnded()).isFalse();
        assertThat(fsc.period()).isEqualTo(original.meeting("fsc-2019-07-17").orElseThrow().period());
    }

    @Test
    void listsWhatPopoloHasNoPlaceFor() {
        assertThat(new PopoloWriter().leftOut(everything())).containsExactly(
                "organizations' acronym: 1 not written: Popolo has no place for it",
                "organizations' member_count: 1 not written: Popolo has no place for it",
                "meetings' convenors after the first organization: 1 not written: a Popolo event has one organization",
                "meetings' city: 1 not written: Popolo has no place for it",
                "meetings' participants: 1 not written: Popolo events have no participants",
                "field offices: 1 not written: Popolo has no field offices (posts and memberships that name one keep its id)",
                "sources' title: 1 not written: Popolo has no place for it",
                "sources' publisher: 1 not written: Popolo has no place for it",
                "sources' accessed: 1 not written: Popolo has no place for it",
                "sources without a url: 1 not written: a Popolo source is a link");
        assertThat(new PopoloWriter().leftOut(Dataset.empty())).isEmpty();
    }

    private static void assertValid(String written) throws Exception {
        Path schemas = resource("popolo/schemas");
        URITranslatorConfiguration translator = URITranslatorConfiguration.newBuilder()
                .setNamespace(schemas.toUri().toString())
                .addPathRedirect("http://www.popoloproject.com/schemas/", schemas.toUri().toString()).freeze();
        JsonSchemaFactory factory = JsonSchemaFactory.newBuilder().setLoadingConfiguration(
                LoadingConfiguration.newBuilder().setURITranslatorConfiguration(translator).freeze()).freeze();
        com.fasterxml.jackson.databind.JsonNode document = new ObjectMapper().readTree(written);
        int checked = 0;
        for (Map.Entry<String, String> collection : SCHEMAS.entrySet()) {
            JsonSchema schema = factory.getJsonSchema("http://www.popoloproject.com/schemas/" + collection.getValue() + ".json#");
            for (com.fasterxml.jackson.databind.JsonNode item : document.get(collection.getKey())) {
                ProcessingReport report = schema.validate(item, true);
                assertThat(report.isSuccess()).as("%s %s: %s", collection.getKey(), item, report).isTrue();
                checked++;
            }
        }
        assertThat(checked).isPositive();
        // a schema violation is caught: the check can fail
        JsonSchema person = factory.getJsonSchema("http://www.popoloproject.com/schemas/person.json#");
        assertThat(person.validate(new ObjectMapper().readTree("{\"birth_date\": \"5 October 1952\"}")).isSuccess()).isFalse();
    }
}
