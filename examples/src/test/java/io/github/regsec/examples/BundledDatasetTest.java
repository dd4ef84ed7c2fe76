package io.github.regsec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.importers.Formats;
import io.github.regsec.importers.ImportResult;
import io.github.regsec.importers.ReadOptions;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.Organization;
import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.problem.Problem;
import io.github.regsec.validation.DatasetValidator;
import io.github.regsec.validation.ValidationReport;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled Central Asia dataset: where it is read from, the facts users check, and that it is clean. */
class BundledDatasetTest {

    private static ImportResult imported;
    private static Dataset dataset;

    @BeforeAll
    static void read() throws IOException {
        imported = BundledDataset.read();
        dataset = imported.dataset();
    }

    private static List<String> codes(String organizationId, String day) {
        return dataset.memberCountriesOn(organizationId, LocalDate.parse(day)).stream().map(CountryCode::alpha2)
                .collect(Collectors.toList());
    }

    @Test
    void readsWithoutProblemsFromTheBuildDirectory() throws IOException {
        assertThat(BundledDataset.path()).isDirectory();
        assertThat(imported.problems()).isEmpty();
        assertThat(imported.files()).contains("organizations.csv", "memberships.csv", "names.csv",
                "meeting_participants.csv");
        assertThat(dataset.organizations()).extracting(Organization::id).contains("osce", "osce-fsc",
                "osce-secretariat", "csto", "cis", "sco", "un", "unoct", "unrcca", "eu", "eu-act-2", "tj-gov", "tj-mfa",
                "kz-mfa", "ru-mfa", "isaec");
        assertThat(dataset.fieldOffices()).hasSize(5);
        assertThat(dataset.meetings()).hasSize(6);
    }

    @Test
    void readsFromAJarThroughAZipFileSystem(@TempDir Path temp) throws Exception {
        Path jar = temp.resolve("bundled.jar");
        Path directory = BundledDataset.path();
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> files = Files.list(directory)) {
            for (Path csv : files.sorted().collect(Collectors.toList())) {
                out.putNextEntry(new JarEntry("io/github/regsec/examples/central-asia/" + csv.getFileName()));
                out.write(Files.readAllBytes(csv));
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            URL marker = loader.getResource("io/github/regsec/examples/central-asia/organizations.csv");
            assertThat(marker.getProtocol()).isEqualTo("jar");

            Path inJar = BundledDataset.directoryOf(marker);
            assertThat(inJar.getFileSystem().provider().getScheme()).isEqualTo("jar");
            assertThat(inJar).isDirectory();
            ImportResult fromJar = Formats.discover().read(inJar, ReadOptions.defaults());
            assertThat(fromJar.problems()).isEmpty();
            assertThat(fromJar.dataset().size()).isEqualTo(dataset.size());

            // a second lookup reuses the open file system
            assertThat(BundledDataset.directoryOf(marker).getFileSystem()).isSameAs(inJar.getFileSystem());
            inJar.getFileSystem().close();
        }
    }

    @Test
    void osceHas57ParticipatingStatesOnTheDayOfTheFscSession() {
        assertThat(codes("osce", "2019-07-17")).hasSize(57).contains("TJ", "MN", "RU", "RS", "ME", "MK", "AD")
                .doesNotContain("SU", "YU", "CS", "DD", "AF");
        Organization osce = dataset.organization("osce").orElseThrow();
        assertThat(osce.memberCount()).isEqualTo(57);
    }

    @Test
    void osceHad56StatesTheDayBeforeMongoliaJoined() {
        assertThat(codes("osce", "2012-11-20")).hasSize(56).doesNotContain("MN");
        assertThat(codes("osce", "2012-11-21")).hasSize(57).contains("MN");
    }

    @Test
    void osceSuccessionOfFormerStates() {
        assertThat(codes("osce", "1975-08-01")).hasSize(35).contains("SU", "YU", "CS", "DD", "DE", "VA", "US");
        assertThat(codes("osce", "1990-10-03")).doesNotContain("DD").contains("DE");
        assertThat(codes("osce", "1993-01-01")).contains("CZ", "SK").doesNotContain("CS");
        assertThat(codes("osce", "1995-06-01")).contains("RU").doesNotContain("SU", "YU");
        assertThat(dataset.membersOn("osce", LocalDate.of(1995, 6, 1), MembershipStatus.SUSPENDED))
                .extracting(m -> m.member().text()).containsExactly("country:YU");
        assertThat(codes("osce", "2000-11-10")).contains("RS");
        assertThat(dataset.membersOn("osce", LocalDate.of(2019, 7, 17), MembershipStatus.PARTNER))
                .extracting(m -> m.member().text()).containsExactly("country:AF");
    }

    @Test
    void scoMembersBeforeAndAfterIndiaAndPakistanJoined() {
        assertThat(codes("sco", "2017-06-08")).containsExactly("CN", "KG", "KZ", "RU", "TJ", "UZ");
        assertThat(codes("sco", "2017-06-09")).containsExactly("CN", "IN", "KG", "KZ", "PK", "RU", "TJ", "UZ");
        assertThat(codes("sco", "2024-07-04")).contains("IR", "BY").hasSize(10);
        assertThat(dataset.membersOn("sco", LocalDate.of(2019, 1, 1), MembershipStatus.OBSERVER))
                .extracting(m -> m.member().text()).containsExactlyInAnyOrder("country:AF", "country:MN");
    }

    @Test
    void uzbekistanCstoHistory() {
        assertThat(codes("cst", "1995-01-01")).contains("UZ");
        assertThat(codes("cst", "2000-01-01")).doesNotContain("UZ");
        assertThat(codes("csto", "2003-01-01")).containsExactly("AM", "BY", "KG", "KZ", "RU", "TJ");
        assertThat(codes("csto", "2008-01-01")).contains("UZ").hasSize(7);
        assertThat(codes("csto", "2013-01-01")).doesNotContain("UZ");
        assertThat(dataset.membershipsOf(Party.country("UZ")).stream()
                .filter(m -> m.organizationId().startsWith("cst"))
                .map(m -> m.organizationId() + " " + m.period()))
                .containsExactly("cst 1992-05-15/1999", "csto 2006/2012");
        // Armenia froze its participation in 2024
        assertThat(codes("csto", "2025-06-01")).doesNotContain("AM").containsExactly("BY", "KG", "KZ", "RU", "TJ");
        assertThat(dataset.membersOn("csto", LocalDate.of(2025, 6, 1), MembershipStatus.SUSPENDED))
                .extracting(m -> m.member().text()).containsExactly("country:AM");
    }

    @Test
    void cisAndUnMemberships() {
        assertThat(codes("cis", "2004-06-01")).contains("GE", "UA", "TM");
        assertThat(codes("cis", "2006-06-01")).contains("GE", "UA").doesNotContain("TM");
        assertThat(dataset.membersOn("cis", LocalDate.of(2006, 6, 1), MembershipStatus.ASSOCIATE))
                .extracting(m -> m.member().text()).containsExactly("country:TM");
        assertThat(codes("cis", "2009-08-19")).doesNotContain("GE");
        assertThat(codes("cis", "2019-01-01")).doesNotContain("UA");
        assertThat(codes("un", "1992-03-02")).containsExactly("AF", "KG", "KZ", "TJ", "TM", "UZ");
    }

    @Test
    void dushanbeOfficeNamesOverTime() {
        assertThat(dataset.nameOn("osce-po-dushanbe", LocalDate.of(1996, 1, 1))).hasValue("OSCE Mission to Tajikistan");
        assertThat(dataset.nameOn("osce-po-dushanbe", LocalDate.of(2005, 6, 1))).hasValue("OSCE Centre in Dushanbe");
        assertThat(dataset.nameOn("osce-po-dushanbe", LocalDate.of(2010, 1, 1))).hasValue("OSCE Office in Tajikistan");
        assertThat(dataset.nameOn("osce-po-dushanbe", LocalDate.now())).hasValue("OSCE Programme Office in Dushanbe");
        assertThat(dataset.nameOn("osce-po-astana", LocalDate.of(2003, 1, 1))).hasValue("OSCE Centre in Almaty");
        assertThat(dataset.nameOn("osce-po-astana", LocalDate.of(2020, 1, 1))).hasValue("OSCE Programme Office in Nur-Sultan");
        assertThat(dataset.nameOn("osce", LocalDate.of(1990, 1, 1))).hasValue("Conference on Security and Co-operation in Europe");
        assertThat(dataset.nameOn("osce", LocalDate.of(1995, 1, 1))).hasValue("Organization for Security and Co-operation in Europe");
    }

    @Test
    void keepsTheArticlesGapsAsGaps() {
        Meeting workshop = dataset.meeting("workshop-drugs-youth").orElseThrow();
        assertThat(workshop.startDate()).isNull();
        assertThat(workshop.endDate()).isNull();
        assertThat(workshop.note()).contains("October 2 and 3", "NSAIDs");
        Meeting conference = dataset.meeting("conf-dushanbe-2022").orElseThrow();
        assertThat(conference.startDate()).isEqualTo(PartialDate.parse("2022-10"));
        assertThat(conference.endDate()).isEqualTo(PartialDate.parse("2022-10-19"));
        assertThat(dataset.meeting("conf-dushanbe-2022-field-event").orElseThrow().parentId()).isEqualTo("conf-dushanbe-2022");
        Meeting session = dataset.meeting("fsc-2019-07-17").orElseThrow();
        assertThat(session.chair()).isEqualTo(Party.country("TJ"));
        assertThat(session.convenors()).containsExactly(Party.organization("osce-fsc"));
    }

    @Test
    void storesCorrectedFactsWithANoteOnWhatTheArticleHad() {
        Meeting visit = dataset.meeting("visit-2025-02").orElseThrow();
        assertThat(visit.topics()).containsOnlyOnce("cis");
        assertThat(visit.note()).contains("CIS twice");
        assertThat(dataset.meeting("conf-dushanbe-2022").orElseThrow().participants())
                .anySatisfy(p -> {
                    assertThat(p.person()).isEqualTo("António Guterres");
                    assertThat(p.note()).contains("Antonio Rahmon");
                });
    }

    @Test
    void theArticleIsOneSourceCitedByTheRecordsItSupports() {
        assertThat(dataset.source("src-article").orElseThrow().author()).isEqualTo("Mahmedov Muhammadjon");
        assertThat(dataset.meetings()).allSatisfy(m -> assertThat(m.sources()).contains("src-article"));
        assertThat(dataset.organization("isaec").orElseThrow().sources()).contains("src-article");
        assertThat(dataset.records().filter(r -> !r.sources().isEmpty()).flatMap(r -> r.sources().stream()))
                .allMatch(id -> dataset.source(id).isPresent());
    }

    @Test
    void meetingsInvolvingTheOsceAndTheCsto() {
        assertThat(dataset.meetingsInvolving(Party.organization("osce"), Party.organization("csto")))
                .extracting(Meeting::id).containsExactly("fsc-2019-07-17");
        assertThat(dataset.meetingsInvolving(Party.organization("osce"))).extracting(Meeting::id)
                .containsExactly("fsc-2019-07-17", "conf-dushanbe-2022", "workshop-drugs-youth", "youth-forums-dushanbe",
                        "conf-dushanbe-2022-field-event");
    }

    @Test
    void validatesWithNoErrorsAndOnlyTheArticlesGapsAsWarnings() {
        ValidationReport report = DatasetValidator.builder().asOf(LocalDate.of(2026, 1, 1)).build().validate(imported);
        assertThat(report.errors()).as(report.toText()).isZero();
        assertThat(report.problems()).as(report.toText()).extracting(p -> p.rule() + " " + p.recordId())
                .containsExactly("missing-date workshop-drugs-youth", "missing-date youth-forums-dushanbe",
                        "missing-date conf-dushanbe-2022-field-event");
        assertThat(report.problems()).extracting(Problem::location).allSatisfy(l -> assertThat(l.file()).isEqualTo("meetings.csv"));
    }
}
