package io.github.regsec.formats.csv;

import static io.github.regsec.formats.csv.Fixtures.listing;
import static io.github.regsec.formats.csv.Fixtures.path;
import static io.github.regsec.formats.csv.Fixtures.read;
import static io.github.regsec.formats.csv.Fixtures.records;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.formats.WriteOptions;
import io.github.regsec.model.table.RecordTable;
import io.github.regsec.model.table.RecordTables;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.Membership;
import io.github.regsec.model.Person;
import io.github.regsec.model.Post;
import io.github.regsec.model.MeetingKind;
import io.github.regsec.model.NameKind;
import io.github.regsec.model.Organization;
import io.github.regsec.model.ParticipationMode;
import io.github.regsec.model.RecordKind;
import io.github.regsec.model.party.Party;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRoundTripTest {

    private static final String COMPLETE = "datasets/complete";
    private static final String PEOPLE = "datasets/people";

    @TempDir
    Path temp;

    private final CsvDatasetWriter writer = new CsvDatasetWriter();

    @Test
    void readsEveryKindOfRecordWithoutProblems() throws IOException {
        ImportResult result = read(COMPLETE);

        assertThat(result.problems()).isEmpty();
        Dataset dataset = result.dataset();
        assertThat(dataset.sources()).hasSize(3);
        assertThat(dataset.organizations()).extracting(Organization::id).containsExactly("osce", "osce-fsc", "cica", "tj-mfa");
        assertThat(dataset.fieldOffices()).hasSize(3);
        assertThat(dataset.meetings()).hasSize(3);
        assertThat(dataset.memberships()).hasSize(5);
        // 18 top-level rows, 6 names, 4 participants
        assertThat(result.rowsRead()).isEqualTo(28);
        assertThat(result.rowsImported()).isEqualTo(28);
        assertThat(result.files()).containsExactly("sources.csv", "organizations.csv", "names.csv", "field_offices.csv",
                "meetings.csv", "meeting_participants.csv", "memberships.csv");

        Organization osce = dataset.organization("osce").orElseThrow();
        assertThat(osce.note()).isEqualTo("Known as the CSCE until 1994.\nRenamed at the Budapest summit.");
        assertThat(osce.topics()).as("its topics cell is empty").isEmpty();
        assertThat(osce.names()).extracting(n -> n.name() + "/" + n.kind())
                .containsExactly("Conference on Security and Co-operation in Europe/FORMER",
                        "Организация по безопасности и сотрудничеству в Европе/TRANSLATION", "OSCE/ACRONYM");
        assertThat(dataset.fieldOffice("osce-po-dushanbe").orElseThrow().names()).hasSize(2);
        assertThat(dataset.nameOn("osce", java.time.LocalDate.of(1990, 1, 1))).contains("Conference on Security and Co-operation in Europe");

        Meeting council = dataset.meeting("mc-2019").orElseThrow();
        assertThat(council.kind()).isEqualTo(MeetingKind.SESSION);
        assertThat(council.summary()).isEqualTo("Twenty-sixth meeting, \"Bratislava\"");
        assertThat(council.topics()).containsExactly("security", "border-management");
        assertThat(council.participants()).extracting(p -> p.mode()).containsExactly(ParticipationMode.IN_PERSON, ParticipationMode.VIDEO);
        Meeting side = dataset.meeting("mc-2019-side").orElseThrow();
        assertThat(side.venue()).isEqualTo(" Hall B");
        assertThat(side.convenors()).containsExactly(Party.parse("org:osce"), Party.parse("country:TJ"));
        assertThat(dataset.membership("m-cica-osce").orElseThrow().note()).isEqualTo("=HYPERLINK(\"https://www.s-cica.org\")");
    }

    @Test
    void writingWhatWasReadGivesTheFixtureFilesByteForByte() throws IOException {
        Path out = temp.resolve("out");
        writer.write(read(COMPLETE).dataset(), out, WriteOptions.defaults());

        // a dataset without persons or posts is written as before this version: the seven files, none of the new columns
        assertThat(listing(out)).isEqualTo(listing(path(COMPLETE))).hasSize(7);
        for (String file : listing(out)) {
            assertThat(out.resolve(file)).as(file).hasSameBinaryContentAs(path(COMPLETE).resolve(file));
        }
    }

    @Test
    void readsPersonsPostsAndThePeopleInMembershipsAndMeetings() throws IOException {
        ImportResult result = read(PEOPLE);

        assertThat(result.problems()).isEmpty();
        Dataset dataset = result.dataset();
        assertThat(dataset.persons()).extracting(Person::id).containsExactly("helga-schmid", "sirodjiddin-muhriddin");
        Person muhriddin = dataset.person("sirodjiddin-muhriddin").orElseThrow();
        assertThat(muhriddin.names()).extracting(n -> n.name() + "/" + n.kind())
                .containsExactly("Sirodjiddin Aslov/FORMER", "Сироджиддин Мухриддин/TRANSLATION");
        assertThat(muhriddin.birthDate()).isNull();
        assertThat(dataset.person("helga-schmid").orElseThrow().birthDate()).hasToString("1960-12-08");
        assertThat(dataset.posts()).extracting(Post::id, Post::singleHolder).containsExactly(
                tuple("osce-sg", true), tuple("tj-mfa-minister", null), tuple("osce-po-dushanbe-head", true),
                tuple("osce-po-dushanbe-officer", false));
        Membership schmid = dataset.membership("h-schmid").orElseThrow();
        assertThat(schmid.member()).isEqualTo(Party.person("helga-schmid"));
        assertThat(schmid.postId()).isEqualTo("osce-sg");
        assertThat(schmid.role()).isEqualTo("Secretary General");
        assertThat(dataset.membership("h-muhriddin").orElseThrow().onBehalfOf()).isEqualTo(Party.country("TJ"));
        assertThat(dataset.meeting("conf-2022").orElseThrow().participants().get(0).personId()).isEqualTo("helga-schmid");
        assertThat(dataset.meeting("conf-2022").orElseThrow().chair()).isEqualTo(Party.person("helga-schmid"));
        assertThat(dataset.meeting("term-8").orElseThrow().isOpenEnded()).isTrue();
        assertThat(dataset.holdersOn("osce-sg", java.time.LocalDate.of(2022, 10, 19)))
                .extracting(Membership::id).containsExactly("h-schmid");
        assertThat(result.locations().of(muhriddin)).hasValueSatisfying(l -> assertThat(l).hasToString("persons.csv:3"));
    }

    @Test
    void writingPeopleGivesTheFixtureFilesByteForByte() throws IOException {
        Path out = temp.resolve("people");
        writer.write(read(PEOPLE).dataset(), out, WriteOptions.defaults());

        assertThat(listing(out)).isEqualTo(listing(path(PEOPLE))).hasSize(9);
        for (String file : listing(out)) {
            assertThat(out.resolve(file)).as(file).hasSameBinaryContentAs(path(PEOPLE).resolve(file));
        }
    }

    @Test
    void aColumnAddedLaterIsWrittenOnlyWhenARowHasAValue() throws IOException {
        Dataset people = read(PEOPLE).dataset();
        Dataset withoutRoles = Dataset.builder().addAll(people.records()
                .map(r -> r instanceof Membership m ? m.toBuilder().role(null).build() : r).toList()).build();
        Path out = temp.resolve("without-roles");

        writer.write(withoutRoles, out, WriteOptions.defaults());

        assertThat(Files.readString(out.resolve("memberships.csv")))
                .startsWith("id,organization_id,member,status,post_id,on_behalf_of,start_date,end_date,sources,note\n");
        assertThat(records(read(out).dataset())).isEqualTo(records(withoutRoles));
    }

    @Test
    void aBooleanIsTrueOrFalse() throws IOException {
        Path dir = temp.resolve("bad-boolean");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("organizations.csv"), "id,name,kind\nosce,OSCE,intergovernmental\n");
        Files.writeString(dir.resolve("posts.csv"), "id,organization_id,label,single_holder\n"
                + "a,osce,A, true \nb,osce,B,yes\nc,osce,C,True\n");

        ImportResult result = read(dir);

        assertThat(result.dataset().posts()).extracting(Post::id, Post::singleHolder).containsExactly(tuple("a", true));
        assertThat(result.problems()).extracting(p -> p.location().toString() + " " + p.message()).containsExactly(
                "posts.csv:3 single_holder: 'yes' is not true or false",
                "posts.csv:4 single_holder: 'True' is not true or false");
    }

    @Test
    void readingWhatWasWrittenGivesEqualRecordsInTheSameOrderAndTheSameBytesAgain() throws IOException {
        Dataset original = read(COMPLETE).dataset();
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");

        writer.write(original, first, WriteOptions.defaults());
        ImportResult reread = read(first);
        writer.write(reread.dataset(), second, WriteOptions.defaults());

        assertThat(reread.problems()).isEmpty();
        assertThat(records(reread.dataset())).isEqualTo(records(original));
        for (String file : listing(first)) {
            assertThat(second.resolve(file)).hasSameBinaryContentAs(first.resolve(file));
        }
    }

    @Test
    void everyRecordKindRoundTripsOnItsOwn() throws IOException {
        Dataset complete = read(COMPLETE).dataset();
        Dataset people = read(PEOPLE).dataset();
        for (RecordKind kind : List.of(RecordKind.SOURCE, RecordKind.ORGANIZATION, RecordKind.FIELD_OFFICE,
                RecordKind.MEETING, RecordKind.MEMBERSHIP, RecordKind.PERSON, RecordKind.POST)) {
            Dataset from = kind == RecordKind.PERSON || kind == RecordKind.POST ? people : complete;
            Dataset only = Dataset.builder().addAll(from.records().filter(r -> r.recordKind() == kind)
                    .collect(Collectors.toList())).build();
            Path out = temp.resolve(kind.formatName());

            writer.write(only, out, WriteOptions.defaults());
            ImportResult reread = read(out);

            assertThat(records(reread.dataset())).as(kind.formatName()).isEqualTo(records(only)).isNotEmpty();
            // each kind alone reads back cleanly: no name or participant is written without its parent
            assertThat(reread.problems()).as(kind.formatName()).isEmpty();
        }
    }

    @Test
    void writesAllSevenFilesWithHeadersForAnEmptyDataset() throws IOException {
        Path out = temp.resolve("empty");

        writer.write(Dataset.empty(), out, WriteOptions.defaults());

        assertThat(listing(out)).containsExactlyInAnyOrderElementsOf(RecordTables.all().stream()
                .filter(t -> !t.writtenWhenUsed()).map(RecordTable::csvFile).collect(Collectors.toList()));
        assertThat(out.resolve("memberships.csv")).hasContent("id,organization_id,member,status,start_date,end_date,sources,note\n");
        ImportResult reread = read(out);
        assertThat(reread.problems()).isEmpty();
        assertThat(reread.dataset().isEmpty()).isTrue();
    }

    @Test
    void readsMessyFilesAsTheSameDataset() throws IOException {
        // columns shuffled, every value quoted, CRLF and bare-CR line ends, a BOM, gzipped files,
        // alpha-3 and lower-case country codes
        ImportResult messy = read("datasets/messy");

        assertThat(messy.problems()).isEmpty();
        assertThat(records(messy.dataset())).isEqualTo(records(read(COMPLETE).dataset()));
        assertThat(messy.files()).contains("names.csv.gz", "memberships.csv.gz");
    }

    @Test
    void readsAGzippedDirectory() throws IOException {
        ImportResult gzipped = read("datasets/gzipped");

        assertThat(gzipped.problems()).isEmpty();
        assertThat(records(gzipped.dataset())).isEqualTo(records(read(COMPLETE).dataset()));
        assertThat(gzipped.locations().of(gzipped.dataset().organization("cica").orElseThrow()))
                .hasValueSatisfying(l -> assertThat(l.toString()).isEqualTo("organizations.csv.gz:5"));
    }

    @Test
    void readsAndWritesADirectoryInsideAZipFile() throws IOException {
        Dataset original = read(COMPLETE).dataset();
        Path zip = temp.resolve("dataset.zip");
        URI uri = URI.create("jar:" + zip.toUri());
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of("create", "true"))) {
            writer.write(original, fs.getPath("/data/central-asia"), WriteOptions.defaults());
        }

        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
            Path directory = fs.getPath("/data/central-asia");
            ImportResult result = read(directory);

            assertThat(result.problems()).isEmpty();
            assertThat(records(result.dataset())).isEqualTo(records(original));
            ImportResult single = read(directory.resolve("memberships.csv"));
            assertThat(single.dataset().memberships()).isEqualTo(original.memberships());
        }
    }

    @Test
    void spreadsheetSafeValuesAreEscapedOnWritingAndRestoredOnReadingWithTheOption() throws IOException {
        Dataset original = read(COMPLETE).dataset();
        Path out = temp.resolve("safe");

        writer.write(original, out, WriteOptions.spreadsheetSafe());

        String memberships = Files.readString(out.resolve("memberships.csv"));
        assertThat(memberships).contains(",'-dissolved in December 1991\n", ",\"'=HYPERLINK(\"\"https://www.s-cica.org\"\")\"\n",
                ",'@chair 2010\n");
        // a value with a leading apostrophe but no formula character is written as it is
        assertThat(Files.readString(out.resolve("organizations.csv"))).contains(",'Ministry' is the usual short form\n");

        assertThat(out.resolve(CsvDatasetWriter.SPREADSHEET_SAFE_MARKER)).isRegularFile();
        ImportResult restored = read(out); // the marker file says to restore the values
        assertThat(restored.problems()).isEmpty();
        assertThat(records(restored.dataset())).isEqualTo(records(original));
        assertThat(records(new CsvDatasetImporter().withSpreadsheetSafeValues(true).read(out, ReadOptions.defaults())
                .dataset())).isEqualTo(records(original));

        Files.delete(out.resolve(CsvDatasetWriter.SPREADSHEET_SAFE_MARKER));
        ImportResult raw = read(out); // without the marker, nothing is changed
        assertThat(raw.dataset().membership("m-osce-su").orElseThrow().note()).isEqualTo("'-dissolved in December 1991");
    }

    @Test
    void writingRawRemovesAnEarlierSpreadsheetSafeMarker() throws IOException {
        Dataset original = read(COMPLETE).dataset();
        Path out = temp.resolve("rewritten");
        writer.write(original, out, WriteOptions.spreadsheetSafe());
        writer.write(original, out, WriteOptions.defaults());

        assertThat(out.resolve(CsvDatasetWriter.SPREADSHEET_SAFE_MARKER)).doesNotExist();
        assertThat(records(read(out).dataset())).isEqualTo(records(original));
    }

    @Test
    void rewritingADirectoryReplacesTheOldDatasetWholeAndKeepsOtherFiles() throws IOException {
        Dataset original = read(COMPLETE).dataset();
        Path out = Files.createDirectories(temp.resolve("dataset"));
        Files.writeString(out.resolve("memberships.csv.gz"), "an earlier dataset's gzipped file");
        Files.writeString(out.resolve("README.md"), "where this data comes from");

        writer.write(original, out, WriteOptions.defaults());

        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("README.md",
                    "field_offices.csv", "meeting_participants.csv", "meetings.csv", "memberships.csv", "names.csv",
                    "organizations.csv", "sources.csv");
        }
        assertThat(Files.readString(out.resolve("README.md"))).isEqualTo("where this data comes from");
        assertThat(records(read(out).dataset())).isEqualTo(records(original));
        try (var siblings = Files.list(temp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("dataset"); // nothing left beside it
        }
    }

    @Test
    void theOptionNeverChangesAnApostropheAUserTypedBeforeOrdinaryText() throws IOException {
        ImportResult result = new CsvDatasetImporter().withSpreadsheetSafeValues(true).read(path(COMPLETE), ReadOptions.defaults());

        assertThat(result.dataset().organization("tj-mfa").orElseThrow().note()).isEqualTo("'Ministry' is the usual short form");
    }

    @Test
    void writingToAStreamIsNotSupported() {
        assertThatThrownBy(() -> writer.write(Dataset.empty(), new ByteArrayOutputStream(), WriteOptions.defaults()))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("directory");
    }

    @Test
    void refusesAListItemThatCsvCannotCarry() {
        Dataset dataset = Dataset.builder().add(Organization.builder("osce", "OSCE",
                io.github.regsec.model.OrganizationKind.INTERGOVERNMENTAL).sources(List.of("a;b")).build()).build();

        assertThatThrownBy(() -> writer.write(dataset, temp.resolve("bad"), WriteOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("organization osce: sources item 'a;b'");
    }

    @Test
    void refusesATextWithHalfASurrogatePairInsteadOfWritingAQuestionMark() {
        Dataset dataset = Dataset.builder().add(new io.github.regsec.model.Source("s1", "broken \uD83D pair", null, null,
                null, null, null, null)).build();

        assertThatThrownBy(() -> writer.write(dataset, temp.resolve("lone"), WriteOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("source s1: title holds half of a UTF-16 surrogate pair (\\uD83D at character 8)");
    }

    @Test
    void aRefusedDatasetLeavesTheTargetAsItWas() throws IOException {
        Path target = temp.resolve("existing");
        writer.write(read(COMPLETE).dataset(), target, WriteOptions.defaults());
        byte[] sources = Files.readAllBytes(target.resolve("sources.csv"));
        Dataset refused = Dataset.builder().add(new io.github.regsec.model.Source("s1", "Title", null, null, null, null,
                null, null)).add(new io.github.regsec.model.Membership("m1", "osce",
                Party.parse("country:TJ"), io.github.regsec.model.MembershipStatus.MEMBER, null, null, List.of("a;b"), null))
                .build();

        assertThatThrownBy(() -> writer.write(refused, target, WriteOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("membership m1: sources item 'a;b'");
        assertThat(target.resolve("sources.csv")).hasBinaryContent(sources);
    }

    @Test
    void writesNamesWithKindsSpelledOut() throws IOException {
        Dataset dataset = Dataset.builder().add(Organization.builder("osce", "OSCE",
                io.github.regsec.model.OrganizationKind.INTERGOVERNMENTAL)
                .addName(io.github.regsec.model.Name.of("CSCE", null, null, null)).build()).build();
        Path out = temp.resolve("names");

        writer.write(dataset, out, WriteOptions.defaults());

        assertThat(Files.readString(out.resolve("names.csv"), StandardCharsets.UTF_8))
                .isEqualTo("record_id,name,kind,lang,start_date,end_date,city,note\nosce,CSCE,alias,,,,,\n");
        assertThat(read(out).dataset().organization("osce").orElseThrow().names()).extracting(n -> n.kind())
                .containsExactly(NameKind.ALIAS);
    }
}
