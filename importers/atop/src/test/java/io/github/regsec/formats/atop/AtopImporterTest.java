package io.github.regsec.formats.atop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regsec.formats.CompanionFile;
import io.github.regsec.formats.DatasetImporter;
import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.Identifier;
import io.github.regsec.model.Membership;
import io.github.regsec.model.Organization;
import io.github.regsec.model.OrganizationKind;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import io.github.regsec.problem.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importer over a real extract of ATOP v4.01: thirteen alliances (src/test/resources/atop/README.md). */
class AtopImporterTest {

    static final String FILE = "atop-member-level.csv";

    private static ImportResult result;
    private static Dataset dataset;

    static Path extract() throws URISyntaxException {
        return Path.of(AtopImporterTest.class.getResource("/atop/" + FILE).toURI());
    }

    @BeforeAll
    static void importTheExtract() throws Exception {
        result = Formats.discover().read(extract(), AtopImporter.NAME, ReadOptions.defaults());
        dataset = result.dataset();
    }

    private static PartialDate date(String text) {
        return text == null ? null : PartialDate.parse(text);
    }

    private static List<String> memberships(String organization) {
        return dataset.membershipsIn(organization).stream()
                .map(m -> m.member().text().substring(8) + " " + m.startDate() + "/" + (m.endDate() == null ? ".." : m.endDate()))
                .toList();
    }

    private static int lineOf(String prefix) throws Exception {
        List<String> lines = Files.readAllLines(extract());
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line starts with " + prefix);
    }

    @Test
    void isRegisteredByNameAndClaimsNoEnding() {
        DatasetImporter importer = Formats.discover().importer(AtopImporter.NAME).orElseThrow();
        assertThat(importer).isInstanceOf(AtopImporter.class);
        assertThat(importer.extensions()).isEmpty();
        assertThat(importer.description()).contains("ATOP v4.01", AtopImporter.ALLIANCE_LEVEL_FILE);
    }

    @Test
    void makesOneOrganizationPerAllianceWithDatesAndObligationsFromTheAllianceLevel() {
        assertThat(dataset.organizations()).extracting(Organization::id).containsExactly("atop-1005", "atop-1035",
                "atop-1320", "atop-3285", "atop-3455", "atop-3625", "atop-3640", "atop-3740", "atop-4016", "atop-4070",
                "atop-4220", "atop-4400", "atop-4810");
        Organization cst = dataset.organization("atop-4220").orElseThrow();
        assertThat(cst.name()).isEqualTo("ATOP alliance 4220");
        assertThat(cst.kind()).isEqualTo(OrganizationKind.OTHER);
        assertThat(cst.identifiers()).containsExactly(new Identifier("atop", "4220"));
        assertThat(cst.foundingDate()).isEqualTo(date("1992-05-15"));
        assertThat(cst.dissolutionDate()).isNull();
        assertThat(cst.topics()).containsExactly("defence", "non-aggression", "consultation");
        assertThat(cst.note()).contains("multilateral", "in force at the end of the data (2018)");
        Organization warsawPact = dataset.organization("atop-3285").orElseThrow();
        assertThat(warsawPact.foundingDate()).isEqualTo(date("1955-05-14"));
        assertThat(warsawPact.dissolutionDate()).isEqualTo(date("1991-07-01"));
        assertThat(dataset.organization("atop-1035").orElseThrow().dissolutionDate()).isEqualTo(date("1822-12"));
        assertThat(dataset.organization("atop-3740").orElseThrow().topics()).containsExactly("non-aggression");
    }

    @Test
    void citesTheDatasetFromEveryRecord() {
        assertThat(dataset.sources()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("atop-v4.01");
            assertThat(s.author()).startsWith("Leeds, Brett Ashley");
            assertThat(s.title()).isEqualTo("Alliance Treaty Obligations and Provisions, 1815-1944");
        });
        dataset.records().filter(r -> !(r instanceof io.github.regsec.model.Source))
                .forEach(r -> assertThat(r.sources()).as(r.id()).containsExactly("atop-v4.01"));
    }

    @Test
    void mergesConsecutivePhasesOfOneMemberIntoOneMembership() {
        // ATOP ends phase 1 of the Collective Security Treaty on 2002-10-07, the day phase 2 begins
        assertThat(memberships("atop-4220")).containsExactly(
                "AM 1992-05-15/..", "KG 1992-05-15/..", "KZ 1992-05-15/..", "RU 1992-05-15/..", "TJ 1992-05-15/..",
                "UZ 1992-05-15/1999-04-20", "AZ 1993-09-24/1999-04-20", "GE 1993-12-09/1999-04-20", "BY 1994-01-03/..",
                "UZ 2006-08-17/2012-06-28");
        Membership russia = dataset.membership("atop-4220-ru-1992-05-15").orElseThrow();
        assertThat(russia.note()).contains("phases 1, 2");
        assertThat(memberships("atop-4400")).hasSize(9).contains("GE 1993-12-09/2009-08-18");
        assertThat(memberships("atop-4810")).contains("RU 1996-04-26/..", "UZ 2001-06-15/..", "IN 2015-06-10/..");
    }

    @Test
    void cutsAMembershipWhereTheStatesCodeChanges() {
        List<String> osce = memberships("atop-3740");
        // the USSR until 1991-12-25, Russia from 1991-12-26; Yugoslavia (345) to 1992-05, again from 2000-11-27: YU, then RS
        assertThat(osce).contains("SU 1975-08-01/1991-12-25", "RU 1991-12-26/..", "YU 1975-08-01/1992-05",
                "YU 2000-11-27/2006-06-04", "RS 2006-06-05/..", "ME 2006-06-22/..");
        // Czechoslovakia to its last day, its successors from the next
        assertThat(osce).contains("CS 1975-08-01/1992-12-31", "CZ 1993-01-01/..", "SK 1993-01-01/..");
        // the GDR until the day before unification; the Federal Republic (260) and Germany (255) are one DE
        assertThat(osce).contains("DD 1975-08-01/1990-10-02", "DE 1975-08-01/..");
        assertThat(osce).hasSize(61);
        assertThat(dataset.membership("atop-3740-ru-1991-12-26").orElseThrow().note())
                .contains("SU until 1991-12-25, then RU from 1991-12-26",
                        "Continues the membership of SU (USSR), which ceased to exist on 1991-12-25");
        assertThat(dataset.membership("atop-3740-dd-1975-08-01").orElseThrow().note())
                .contains("ATOP ends it on 1990-10-03, the day after COW state 265 (German Democratic Republic) ceased to exist");
    }

    @Test
    void keepsTheCodeOfAStateThatLivesOnUnderAnotherCowCode() {
        // ATOP lists the German Federal Republic (260) in the Moscow Treaty until 1990-11-09: DE throughout
        assertThat(memberships("atop-3640")).containsExactly("DE 1970-08-12/1990-11-09", "SU 1970-08-12/1990-11-09");
    }

    @Test
    void recordsBothSuccessorsOfACzechoslovakTreatyAndThePartnerOnce() {
        // France-Czechoslovakia: ATOP continues it with the Czech Republic (phase 2) and Slovakia (phase 3)
        assertThat(memberships("atop-4070")).containsExactly("CS 1991-10-01/1992-12-31", "FR 1991-10-01/..",
                "CZ 1993-01-01/..", "SK 1993-01-01/..");
        assertThat(dataset.membership("atop-4070-fr-1991-10-01").orElseThrow().note()).contains("phases 1, 2, 3");
        assertThat(dataset.organization("atop-4070").orElseThrow().note()).contains(
                "From 1993-01-01 ATOP records it in parallel phases (phase 2 with CZ, phase 3 with SK)",
                "not allied with each other through it");
        assertThat(memberships("atop-3625")).containsExactly("CS 1970-05-06/1992-12-31", "SU 1970-05-06/1991-12-25",
                "RU 1991-12-26/1993-08-26", "CZ 1993-01-01/1993-08-26", "SK 1993-01-01/1993-08-26");
    }

    @Test
    void keepsReducedPrecisionWhereAtopGivesNoMonthOrDay() {
        assertThat(memberships("atop-1035")).containsExactly("DE 1815-11-20/1822-12", "GB 1815-11-20/1822-12",
                "RU 1815-11-20/1822-12");
        assertThat(memberships("atop-3455")).contains("RW 1963-03/1964-03-10", "TG 1963-07/1964-03-10");
    }

    @Test
    void answersWhoWasAMemberOnADay() {
        assertThat(dataset.memberCountriesOn("atop-4220", LocalDate.of(2008, 6, 30))).extracting(c -> c.alpha2())
                .containsExactly("AM", "BY", "KG", "KZ", "RU", "TJ", "UZ");
        assertThat(dataset.memberCountriesOn("atop-4220", LocalDate.of(2002, 10, 7))).as("a phase boundary").hasSize(6);
        assertThat(dataset.memberCountriesOn("atop-3740", LocalDate.of(1991, 12, 26))).extracting(c -> c.alpha2())
                .contains("RU").doesNotContain("SU");
    }

    @Test
    void reportsAnUnknownStateCodeAtItsLine() throws Exception {
        int line = lineOf("1320,,,8152,");
        assertThat(result.problems()).filteredOn(Problem::isError).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(RuleIds.SYNTAX);
            assertThat(p.field()).isEqualTo("member");
            assertThat(p.location()).isEqualTo(Location.of(FILE, line));
            assertThat(p.message()).contains("'8152' is not a Correlates of War state code");
        });
        assertThat(memberships("atop-1320")).containsExactly("FR 1874-03-15/1883-08-25");
    }

    @Test
    void skipsTheRowsOfStatesWithoutIsoCodeWithOneWarningEach() {
        List<Problem> warnings = result.problems().stream().filter(p -> p.rule().equals(RuleIds.UNMAPPED_STATE)).toList();
        assertThat(warnings).extracting(p -> p.message().substring(0, p.message().indexOf(':')))
                .containsExactly("COW state 300 (Austria-Hungary) has no ISO 3166 code", "COW state 245 (Bavaria) has no ISO 3166 code",
                        "COW state 240 (Hanover) has no ISO 3166 code");
        assertThat(warnings).allMatch(p -> p.severity() == Severity.WARNING);
        assertThat(memberships("atop-1005")).containsExactly("FR 1815-01-03/1815-02-08", "GB 1815-01-03/1815-02-08",
                "NL 1815-01-31/1815-02-08");
    }

    @Test
    void accountsForEveryRowOfBothFiles() {
        assertThat(result.files()).containsExactly(FILE, AtopImporter.ALLIANCE_LEVEL_FILE);
        assertThat(result.rowsRead()).as("181 member-level and 13 alliance-level rows").isEqualTo(194);
        assertThat(result.rowsRejected()).isEqualTo(1);
        assertThat(result.rowsRead()).isEqualTo(result.rowsImported() + result.rowsRejected() + result.rowsSkipped());
        long merged = result.skipped().stream().filter(s -> s.reason().equals(AtopRead.MERGED)).mapToLong(s -> s.rows())
                .sum();
        assertThat(result.skipped()).extracting(s -> s.reason()).containsExactly(
                "COW state 300 (Austria-Hungary) has no ISO 3166 code", "COW state 245 (Bavaria) has no ISO 3166 code",
                "COW state 240 (Hanover) has no ISO 3166 code", AtopRead.MERGED);
        // every membership is one imported row or made from a row already counted (a cut at a code change)
        long derived = dataset.memberships().size() - (result.rowsImported() - dataset.organizations().size());
        // 3625 (USSR/Russia), 3740 (Yugoslavia/Serbia) and 4016 (USSR/Russia): the second part of one row
        assertThat(derived).as("memberships made by a cut").isEqualTo(3);
        assertThat(merged).isPositive();
        assertThat(result.locations().size()).isEqualTo(dataset.size());
    }

    @Test
    void givesEveryRecordAUniqueIdAndALocation() {
        Set<String> ids = new HashSet<>();
        dataset.records().map(DatasetRecord::id).forEach(id -> assertThat(ids.add(id)).as("unique id %s", id).isTrue());
        Membership russia = dataset.membership("atop-4220-ru-1992-05-15").orElseThrow();
        assertThat(result.locations().of(russia)).isPresent().get().extracting(Location::file).isEqualTo(FILE);
        assertThat(result.locations().of(dataset.organization("atop-4220").orElseThrow()))
                .contains(Location.of(AtopImporter.ALLIANCE_LEVEL_FILE, 12));
    }

    @Test
    void readsGzippedFilesAndFindsTheAllianceLevelBesideThem(@TempDir Path temp) throws Exception {
        Path directory = extract().getParent();
        for (String name : List.of(FILE, AtopImporter.ALLIANCE_LEVEL_FILE)) {
            try (InputStream in = Files.newInputStream(directory.resolve(name));
                 OutputStream out = new GZIPOutputStream(Files.newOutputStream(temp.resolve(name + ".gz")))) {
                in.transferTo(out);
            }
        }
        ImportResult gzipped = new AtopImporter().read(temp.resolve(FILE + ".gz"), ReadOptions.defaults());
        assertThat(gzipped.files()).containsExactly(FILE + ".gz", AtopImporter.ALLIANCE_LEVEL_FILE + ".gz");
        assertThat(gzipped.dataset().memberships()).isEqualTo(dataset.memberships());
        assertThat(gzipped.dataset().organizations()).isEqualTo(dataset.organizations());
        ImportResult fromDirectory = new AtopImporter().read(temp, ReadOptions.defaults());
        assertThat(fromDirectory.dataset().memberships()).isEqualTo(dataset.memberships());
    }

    @Test
    void readsWithoutTheAllianceLevel() throws Exception {
        ImportResult alone = new AtopImporter().withoutAllianceFile().read(extract(), ReadOptions.defaults());
        assertThat(alone.files()).containsExactly(FILE);
        assertThat(alone.dataset().memberships()).isEqualTo(dataset.memberships());
        Organization cst = alone.dataset().organization("atop-4220").orElseThrow();
        assertThat(cst.foundingDate()).isNull();
        assertThat(cst.topics()).as("from the member level").containsExactly("defence", "non-aggression", "consultation");
        assertThat(cst.note()).contains("dates and obligations from the member level");
        assertThat(alone.problems()).noneMatch(p -> p.rule().equals(AtopRuleIds.UNMATCHED_ALLIANCE));
        assertThat(alone.rowsRead()).isEqualTo(181);
    }

    @Test
    void readsAStreamWithTheAllianceFileGiven() throws Exception {
        AtopImporter importer = new AtopImporter().withAllianceFile(extract().resolveSibling(AtopImporter.ALLIANCE_LEVEL_FILE));
        assertThat(importer.allianceFile()).isPresent();
        ImportContext context = ImportContext.collecting(ReadOptions.defaults());
        try (InputStream in = Files.newInputStream(extract())) {
            importer.read(in, FILE, context);
        }
        assertThat(context.result().dataset().organizations()).isEqualTo(dataset.organizations());
        assertThatThrownBy(() -> new AtopImporter().withAllianceFile(extract().resolveSibling("none.csv"))
                .read(extract(), ReadOptions.defaults())).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void findsTheAllianceLevelBesideAtopsOwnFileNames(@TempDir Path temp) throws IOException {
        Path members = Files.createFile(temp.resolve("atop4_01m.csv"));
        Path alliances = Files.createFile(temp.resolve("atop4_01a.csv.gz"));
        CompanionFile companion = CompanionFile.lookedForBeside("the alliance-level file");
        assertThat(companion.resolve(members, AtopImporter.besideNames(members))).isEqualTo(alliances.toAbsolutePath());
        Path other = Files.createFile(temp.resolve("other.csv"));
        assertThat(companion.resolve(other, AtopImporter.besideNames(other))).isNull();
    }
}
