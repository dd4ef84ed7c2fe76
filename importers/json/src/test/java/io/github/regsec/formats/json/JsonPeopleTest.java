package io.github.regsec.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.formats.WriteOptions;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.Membership;
import io.github.regsec.model.Person;
import io.github.regsec.model.Post;
import io.github.regsec.model.party.Party;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import io.github.regsec.problem.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Persons, posts and the people in memberships and meetings, in both JSON formats; a Popolo file given to them. */
class JsonPeopleTest {

    @TempDir
    Path dir;

    @Test
    void readsPersonsPostsBooleansAndOpenEndedMeetings() throws IOException {
        ImportResult result = Fixtures.readJson("json/people.json");

        assertThat(result.problems()).isEmpty();
        Dataset d = result.dataset();
        assertThat(d.persons()).extracting(Person::id).containsExactly("helga-schmid", "sirodjiddin-muhriddin");
        assertThat(d.person("sirodjiddin-muhriddin").orElseThrow().names()).hasSize(2);
        assertThat(d.posts()).extracting(Post::id, Post::singleHolder).containsExactly(tuple("osce-sg", true),
                tuple("tj-mfa-minister", null), tuple("osce-po-dushanbe-head", true),
                tuple("osce-po-dushanbe-officer", false));
        Membership schmid = d.membership("h-schmid").orElseThrow();
        assertThat(schmid.member()).isEqualTo(Party.person("helga-schmid"));
        assertThat(schmid.postId()).isEqualTo("osce-sg");
        assertThat(d.meeting("term-8").orElseThrow().isOpenEnded()).isTrue();
        assertThat(d.meeting("conf-2022").orElseThrow().participants().get(0).personId()).isEqualTo("helga-schmid");
    }

    @Test
    void writesThePeopleDocumentByteForByteAndJsonLinesWithTheNewTypes() throws IOException {
        Dataset people = Fixtures.readJson("json/people.json").dataset();
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        new JsonDatasetWriter().write(people, json, WriteOptions.defaults());
        assertThat(json.toByteArray()).isEqualTo(Files.readAllBytes(Fixtures.path("json/people.json")));

        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        new JsonLinesDatasetWriter().write(people, lines, WriteOptions.defaults());
        String text = lines.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("{\"type\":\"person\",\"id\":\"helga-schmid\"",
                "{\"type\":\"post\",\"id\":\"osce-sg\",\"organization_id\":\"osce-secretariat\",\"label\":\"Secretary General\","
                        + "\"role\":\"secretary-general\",\"single_holder\":true");
        Path file = dir.resolve("people.jsonl");
        Files.writeString(file, text);
        ImportResult reread = new JsonLinesDatasetImporter().read(file, ReadOptions.defaults());
        assertThat(reread.problems()).isEmpty();
        assertThat(Fixtures.records(reread.dataset())).isEqualTo(Fixtures.records(people));
    }

    @Test
    void aDocumentWithoutPersonsOrPostsHasNoSuchArrays() throws IOException {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        new JsonDatasetWriter().write(Fixtures.readJson("json/dataset.json").dataset(), json, WriteOptions.defaults());
        assertThat(json.toString(StandardCharsets.UTF_8)).doesNotContain("\"persons\"", "\"posts\"");
    }

    @Test
    void aBooleanMustBeAJsonBoolean() throws IOException {
        Path file = dir.resolve("post.json");
        Files.writeString(file, "{\"posts\": [{\"id\": \"a\", \"organization_id\": \"osce\", \"label\": \"A\", \"single_holder\": \"true\"}]}");

        ImportResult result = new JsonDatasetImporter().read(file, ReadOptions.defaults());

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(RuleIds.SYNTAX);
            assertThat(p.field()).isEqualTo("single_holder");
            assertThat(p.message()).isEqualTo("single_holder: expected true or false (a JSON boolean), found the text \"true\"");
        });
        assertThat(result.rowsRejected()).isEqualTo(1);
    }

    @Test
    void aPopoloFileGetsOneProblemThatNamesThePopoloImporter() throws IOException {
        ImportResult result = Fixtures.readJson("json/popolo/zimbabwe-senate-extract.json");

        assertThat(result.problems()).singleElement().satisfies(popolo("persons", 14));
        assertThat(result.dataset().isEmpty()).isTrue();
        assertThat(result.rowsRead()).isZero();
    }

    @Test
    void aPopoloFileIsRecognizedWhateverItsFirstCollection() throws IOException {
        String organizationsFirst = "{\n  \"organizations\": [{\"classification\": \"party\", \"id\": \"party/mdc\", \"name\": \"MDC\"}],\n"
                + "  \"persons\": []\n}\n";
        Path file = dir.resolve("orgs-first.json");
        Files.writeString(file, organizationsFirst);
        assertThat(new JsonDatasetImporter().read(file, ReadOptions.defaults()).problems()).singleElement()
                .satisfies(popolo("organizations", 2));

        Path events = dir.resolve("events-first.json");
        Files.writeString(events, "{\"events\": [], \"persons\": []}");
        assertThat(new JsonDatasetImporter().read(events, ReadOptions.defaults()).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("the top-level collection 'events'"));

        Path identifiers = dir.resolve("identifiers.json");
        Files.writeString(identifiers, "{\"persons\": [{\"id\": \"a\", \"name\": \"A\", \"identifiers\": "
                + "[{\"scheme\": \"wikidata\", \"identifier\": \"Q1\"}]}]}");
        assertThat(new JsonDatasetImporter().read(identifiers, ReadOptions.defaults()).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("identifiers as objects"));
    }

    @Test
    void aRegsecDocumentWithAStrayPopoloPropertyIsReadAsRegsec() throws IOException {
        Path file = dir.resolve("regsec.json");
        Files.writeString(file, "{\"format\": \"regsec-dataset/1\", \"persons\": [{\"id\": \"a\", \"name\": \"A\", \"sort_name\": \"A\"}]}");

        ImportResult result = new JsonDatasetImporter().read(file, ReadOptions.defaults());

        assertThat(result.dataset().persons()).hasSize(1);
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.rule()).isEqualTo(RuleIds.UNKNOWN_FIELD));
    }

    private static java.util.function.Consumer<Problem> popolo(String field, int line) {
        return p -> {
            assertThat(p.rule()).isEqualTo(RuleIds.SYNTAX);
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
            assertThat(p.field()).isEqualTo(field);
            assertThat(p.location().line()).isEqualTo(line);
            assertThat(p.message()).startsWith("this looks like a Popolo file, not a regsec JSON document (")
                    .contains("--input-format popolo");
        };
    }
}
