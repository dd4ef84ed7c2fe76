package io.github.regsec.formats.popolo;

import static io.github.regsec.formats.popolo.PopoloFixtures.EXTRACT;
import static io.github.regsec.formats.popolo.PopoloFixtures.FULL;
import static io.github.regsec.formats.popolo.PopoloFixtures.read;
import static io.github.regsec.formats.popolo.PopoloFixtures.resource;
import static io.github.regsec.formats.popolo.PopoloFixtures.sharedFixture;
import static io.github.regsec.formats.popolo.PopoloFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.regsec.formats.ImportResult;
import io.github.regsec.model.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Popolo to regsec to Popolo keeps every field regsec models; regsec to Popolo to regsec keeps
 * the records Popolo can hold.
 */
class PopoloRoundTripTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The Popolo fields regsec models, per collection; {@code other_names} and {@code sources} compared item by item. */
    private static final Map<String, List<String>> MODELLED = Map.of(
            "persons", List.of("id", "name", "gender", "birth_date", "death_date", "summary", "identifiers", "other_names",
                    "sources"),
            "organizations", List.of("id", "name", "parent_id", "founding_date", "dissolution_date", "description",
                    "identifiers", "other_names", "sources"),
            "memberships", List.of("person_id", "organization_id", "post_id", "role", "on_behalf_of_id", "start_date",
                    "end_date", "sources"),
            "posts", List.of("id", "label", "organization_id", "start_date", "end_date", "identifiers", "sources"),
            "events", List.of("id", "name", "description", "start_date", "end_date", "organization_id", "parent_id",
                    "location", "identifiers", "sources"));

    @TempDir
    Path dir;

    @Test
    void popoloToRegsecToPopoloKeepsEveryFieldRegsecModelsInTheExtract() throws IOException {
        assertKeepsModelledFields(resource(EXTRACT));
    }

    @Test
    void popoloToRegsecToPopoloKeepsEveryFieldRegsecModelsInTheFullFile() throws IOException {
        Optional<Path> full = sharedFixture(FULL);
        assumeTrue(full.isPresent(), "the shared fixtures (../shared/fixtures) are not here");
        assertKeepsModelledFields(full.get());
    }

    @Test
    void readsAsManyRecordsAsTheFullFileHas() throws IOException {
        Optional<Path> full = sharedFixture(FULL);
        assumeTrue(full.isPresent(), "the shared fixtures (../shared/fixtures) are not here");
        JsonNode original = JSON.readTree(full.get().toFile());
        ImportResult result = read(full.get());
        Dataset d = result.dataset();

        assertThat(d.persons()).hasSize(original.get("persons").size()).hasSize(67);
        assertThat(d.organizations()).hasSize(original.get("organizations").size()).hasSize(4);
        assertThat(d.memberships()).hasSize(original.get("memberships").size()).hasSize(68);
        assertThat(d.posts()).hasSize(original.get("posts").size()).isEmpty();
        assertThat(d.meetings()).hasSize(original.get("events").size()).hasSize(1);
        assertThat(result.rowsRejected()).isZero();
        assertThat(result.problems()).extracting(p -> p.message()).contains(
                "areas: not imported: regsec has countries, not other areas (12 areas: 'constituency' ×12)",
                "memberships[].area_id: not imported: the area is not a country (67 values)",
                "persons[].images: not imported: regsec has no place for it (36 values)",
                "persons[].contact_details: not imported: regsec has no place for it (16 values)");
    }

    @Test
    void writingWhatWasReadGivesTheSameDocumentAgain() throws IOException {
        Dataset first = read(resource(EXTRACT)).dataset();
        String written = write(first);
        Path again = dir.resolve("again.json");
        Files.writeString(again, written);
        ImportResult reread = read(again);

        assertThat(reread.problems()).filteredOn(p -> p.isError()).isEmpty();
        assertThat(reread.dataset().records().toList()).isEqualTo(first.records().toList());
        assertThat(write(reread.dataset())).isEqualTo(written);
    }

    private static void assertKeepsModelledFields(Path popolo) throws IOException {
        JsonNode original = JSON.readTree(popolo.toFile());
        JsonNode written = JSON.readTree(write(read(popolo).dataset()));
        for (Map.Entry<String, List<String>> collection : MODELLED.entrySet()) {
            List<JsonNode> before = items(original, collection.getKey());
            List<JsonNode> after = items(written, collection.getKey());
            assertThat(after).as(collection.getKey()).hasSameSizeAs(before);
            for (int i = 0; i < before.size(); i++) {
                assertThat(project(after.get(i), collection.getValue()))
                        .as("%s[%d]", collection.getKey(), i)
                        .isEqualTo(project(before.get(i), collection.getValue()));
            }
        }
    }

    private static List<JsonNode> items(JsonNode document, String collection) {
        List<JsonNode> items = new ArrayList<>();
        JsonNode array = document.get(collection);
        if (array != null) {
            array.forEach(items::add);
        }
        return items;
    }

    /** The modelled fields of a Popolo object, as a map (nulls left out; identifiers and names without Popolo-only parts). */
    private static Map<String, Object> project(JsonNode node, List<String> fields) {
        Map<String, Object> kept = new LinkedHashMap<>();
        for (String field : fields) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                continue;
            }
            if (field.equals("other_names")) {
                List<Map<String, Object>> names = new ArrayList<>();
                value.forEach(n -> names.add(project(n, List.of("name", "lang", "note", "start_date", "end_date"))));
                kept.put(field, names);
            } else if (field.equals("sources")) {
                List<Map<String, Object>> links = new ArrayList<>();
                value.forEach(n -> links.add(project(n, List.of("url", "note"))));
                kept.put(field, links);
            } else if (field.equals("identifiers")) {
                List<Map<String, Object>> identifiers = new ArrayList<>();
                value.forEach(n -> identifiers.add(project(n, List.of("scheme", "identifier"))));
                kept.put(field, identifiers);
            } else {
                kept.put(field, value.isString() ? value.asString() : value.toString());
            }
        }
        return kept;
    }
}
