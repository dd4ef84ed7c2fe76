package io.github.regsec.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.InputFiles;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.formats.WriteOptions;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.NameKind;
import io.github.regsec.model.Organization;
import io.github.regsec.model.ParticipationMode;
import io.github.regsec.model.country.CountryCode;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonRoundTripTest {

    private final JsonDatasetImporter jsonReader = new JsonDatasetImporter();
    private final JsonLinesDatasetImporter linesReader = new JsonLinesDatasetImporter();
    private final JsonDatasetWriter jsonWriter = new JsonDatasetWriter();
    private final JsonLinesDatasetWriter linesWriter = new JsonLinesDatasetWriter();

    @TempDir
    Path dir;

    @Test
    void readsEveryKindOfRecordFromTheDocument() throws IOException {
        ImportResult result = Fixtures.readJson("json/dataset.json");

        assertThat(result.problems()).isEmpty();
        Dataset d = result.dataset();
        assertThat(d.sources()).hasSize(2);
        assertThat(d.organizations()).hasSize(3);
        assertThat(d.fieldOffices()).hasSize(1);
        assertThat(d.meetings()).hasSize(2);
        assertThat(d.memberships()).hasSize(2);
        assertThat(result.rowsRead()).isEqualTo(10 + 3 + 2); // records, names, participants
        assertThat(result.rowsImported()).isEqualTo(15);
        assertThat(result.rowsRejected()).isZero();

        Organization osce = d.organization("osce").orElseThrow();
        assertThat(osce.memberCount()).isEqualTo(57);
        assertThat(osce.note()).isEqualTo("Line one\nline two");
        assertThat(osce.names()).extracting(n -> n.name() + "/" + n.kind())
                .containsExactly("Conference on Security and Co-operation in Europe/FORMER", "ОБСЕ/TRANSLATION");
        assertThat(d.source("osce-handbook").orElseThrow().note()).isEqualTo("Quotes \"inside\", a back\\slash and Душанбе.");
        Meeting plenary = d.meeting("fsc-2019-07").orElseThrow();
        assertThat(plenary.title()).isEqualTo("FSC plenary 🇦🇹");
        assertThat(plenary.participants()).extracting(p -> p.mode())
                .containsExactly(ParticipationMode.IN_PERSON, ParticipationMode.VIDEO);
        assertThat(d.fieldOffice("osce-dushanbe").orElseThrow().names().get(0).kind()).isEqualTo(NameKind.FORMER);
    }

    @Test
    void remembersWhereEveryRecordAndChildRowStarts() throws IOException {
        ImportResult result = Fixtures.readJson("json/dataset.json");
        Organization osce = result.dataset().organization("osce").orElseThrow();

        assertThat(result.locations().of(osce)).hasValueSatisfying(at -> {
            assertThat(at.file()).isEqualTo("dataset.json");
            assertThat(at.line()).isEqualTo(20);
            assertThat(at.column()).isEqualTo(5);
        });
        assertThat(result.locations().of(osce.names().get(1))).hasValueSatisfying(at -> assertThat(at.line()).isEqualTo(47));
        assertThat(result.locations().size()).isEqualTo(15);
    }

    @Test
    void writesTheDocumentFixtureByteForByte() throws IOException {
        byte[] fixture = Files.readAllBytes(Fixtures.path("json/dataset.json"));
        Dataset dataset = Fixtures.readJson("json/dataset.json").dataset();

        byte[] first = toJson(dataset);
        byte[] second = toJson(jsonReader.read(write(first, "again.json"), ReadOptions.defaults()).dataset());

        assertThat(new String(first, StandardCharsets.UTF_8)).isEqualTo(new String(fixture, StandardCharsets.UTF_8));
        assertThat(second).isEqualTo(first);
        assertThat(first).doesNotContain((byte) '\r');
    }

    @Test
    void writesAllFiveArraysForAnEmptyDataset() throws IOException {
        assertThat(new String(toJson(Dataset.empty()), StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(Fixtures.path("json/empty-dataset.json")));
        assertThat(toJsonLines(Dataset.empty())).isEmpty();
    }

    @Test
    void everyKindRoundTripsThroughJsonLines() throws IOException {
        Dataset dataset = Fixtures.readJson("json/dataset.json").dataset();

        byte[] lines = toJsonLines(dataset);
        ImportResult back = linesReader.read(write(lines, "dataset.jsonl"), ReadOptions.defaults());

        assertThat(back.problems()).isEmpty();
        assertThat(Fixtures.records(back.dataset())).isEqualTo(Fixtures.records(dataset));
        assertThat(toJsonLines(back.dataset())).isEqualTo(lines);
        String text = new String(lines, StandardCharsets.UTF_8);
        assertThat(text).endsWith("}\n").doesNotContain("\r");
        assertThat(text.split("\n")).hasSize(10).allSatisfy(line -> assertThat(line).startsWith("{\"type\":\""));
        assertThat(text.split("\n")[1]).startsWith("{\"type\":\"source\",\"id\":\"press-2019\",\"url\":\"https://example.org/press/2019/07\"}");
    }

    @Test
    void jsonLinesInAnyOrderHoldTheSameRecordsAsTheDocument() throws IOException {
        ImportResult lines = Fixtures.readJsonLines("jsonl/shuffled.jsonl");
        assertThat(lines.problems()).isEmpty();

        assertThat(Fixtures.records(lines.dataset())).isEqualTo(Fixtures.records(Fixtures.readJson("json/dataset.json").dataset()));
        assertThat(new String(toJson(lines.dataset()), StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(Fixtures.path("json/dataset.json")));
        assertThat(lines.dataset().meeting("fsc-2019-07").orElseThrow().country()).isEqualTo(CountryCode.parse("AT"));
    }

    @Test
    void documentToJsonLinesAndBackGivesTheSameDocument() throws IOException {
        Dataset dataset = Fixtures.readJson("json/dataset.json").dataset();
        Dataset viaLines = linesReader.read(write(toJsonLines(dataset), "x.ndjson"), ReadOptions.defaults()).dataset();

        assertThat(toJson(viaLines)).isEqualTo(Files.readAllBytes(Fixtures.path("json/dataset.json")));
    }

    @Test
    void gzipsWhenTheTargetEndsInGzAndReadsItBack() throws IOException {
        Dataset dataset = Fixtures.readJson("json/dataset.json").dataset();
        Path json = dir.resolve("out.json.gz");
        Path lines = dir.resolve("out.ndjson.gz");

        jsonWriter.write(dataset, json, WriteOptions.defaults());
        linesWriter.write(dataset, lines, WriteOptions.defaults());

        for (Path gz : new Path[] {json, lines}) {
            byte[] head = Files.readAllBytes(gz);
            assertThat(new byte[] {head[0], head[1]}).containsExactly(0x1f, 0x8b);
        }
        ImportResult fromJson = jsonReader.read(json, ReadOptions.defaults());
        ImportResult fromLines = linesReader.read(lines, ReadOptions.defaults());
        assertThat(fromJson.problems()).isEmpty();
        assertThat(fromJson.files()).containsExactly("out.json.gz");
        assertThat(Fixtures.records(fromJson.dataset())).isEqualTo(Fixtures.records(dataset));
        assertThat(Fixtures.records(fromLines.dataset())).isEqualTo(Fixtures.records(dataset));
        try (InputStream in = InputFiles.open(json)) {
            assertThat(in.readAllBytes()).isEqualTo(toJson(dataset));
        }
    }

    @Test
    void readsAGzippedStreamByItsFirstBytes() throws IOException {
        Dataset dataset = Fixtures.readJson("json/dataset.json").dataset();
        Path gz = dir.resolve("data.json.gz");
        jsonWriter.write(dataset, gz, WriteOptions.defaults());

        var context = io.github.regsec.formats.ImportContext.collecting(ReadOptions.defaults());
        try (InputStream in = Files.newInputStream(gz)) {
            jsonReader.read(in, "data.json", context);
        }
        assertThat(Fixtures.records(context.result().dataset())).isEqualTo(Fixtures.records(dataset));
    }

    @Test
    void writingToAStreamLeavesTheStreamOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream out = new FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        Dataset dataset = Fixtures.readJson("json/dataset.json").dataset();

        jsonWriter.write(dataset, out, WriteOptions.defaults());
        linesWriter.write(dataset, out, WriteOptions.defaults());

        assertThat(closed[0]).isFalse();
        assertThat(bytes.size()).isEqualTo(toJson(dataset).length + toJsonLines(dataset).length);
    }

    @Test
    void readsADocumentThatStartsWithAByteOrderMark() throws IOException {
        ImportResult result = Fixtures.readJson("json/bad/bom.json");

        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset().organizations()).hasSize(1);
    }

    private byte[] toJson(Dataset dataset) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        jsonWriter.write(dataset, out, WriteOptions.defaults());
        return out.toByteArray();
    }

    private byte[] toJsonLines(Dataset dataset) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        linesWriter.write(dataset, out, WriteOptions.defaults());
        return out.toByteArray();
    }

    private Path write(byte[] content, String name) throws IOException {
        return Files.write(dir.resolve(name), content);
    }


    @Test
    void bothWritersRefuseAListItemWithSpacesAroundItThatWouldReadBackTrimmed() {
        Dataset dataset = Dataset.builder().add(Organization.builder("osce", "OSCE",
                io.github.regsec.model.OrganizationKind.INTERGOVERNMENTAL).sources(java.util.List.of("src-1", " src-2"))
                .build()).build();

        for (io.github.regsec.formats.DatasetWriter writer : java.util.List.of(jsonWriter, linesWriter)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> writer.write(dataset, out, WriteOptions.defaults()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("organization osce: sources item ' src-2' cannot be written so that it reads"
                            + " back unchanged");
            assertThat(out.size()).isZero();
        }
    }

    @Test
    void bothWritersRefuseATextWithHalfASurrogatePair() throws IOException {
        Dataset dataset = Dataset.builder().add(Organization.builder("osce", "OSCE",
                io.github.regsec.model.OrganizationKind.INTERGOVERNMENTAL)
                .addName(new io.github.regsec.model.Name("broken \uDE00 pair", null, null, null, null, null, null)).build())
                .build();
        Path target = dir.resolve("refused.json");

        for (io.github.regsec.formats.DatasetWriter writer : java.util.List.of(jsonWriter, linesWriter)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> writer.write(dataset, target, WriteOptions.defaults()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("organization osce, name 1: name holds half of a UTF-16 surrogate pair"
                            + " (\\uDE00 at character 8) without its other half: it is not a character, and no UTF-8 file"
                            + " can hold it");
            assertThat(target).doesNotExist();
        }
    }
}
