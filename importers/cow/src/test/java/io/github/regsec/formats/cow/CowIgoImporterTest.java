package io.github.regsec.formats.cow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.regsec.formats.DatasetImporter;
import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.formats.SkippedRows;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.Identifier;
import io.github.regsec.model.Membership;
import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.NameKind;
import io.github.regsec.model.Organization;
import io.github.regsec.model.OrganizationKind;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import io.github.regsec.problem.Severity;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cow-igo importer over a real extract of the COW IGO data (see src/test/resources/cow/README.md). */
class CowIgoImporterTest {

    private static ImportResult result;
    private static Dataset dataset;

    @BeforeAll
    static void readExtract() throws IOException {
        result = new CowIgoImporter().read(Fixtures.extract(), ReadOptions.defaults());
        dataset = result.dataset();
    }

    private static List<Membership> memberships(String igo, String country) {
        Party party = Party.country(country);
        return dataset.membershipsIn(igo).stream().filter(m -> m.member().equals(party)).collect(Collectors.toList());
    }

    private static PartialDate year(int year) {
        return PartialDate.ofYear(year);
    }

    @Test
    void isRegisteredByNameAndClaimsNoFileEnding() {
        DatasetImporter importer = Formats.discover().importer("cow-igo").orElseThrow();

        assertThat(importer).isInstanceOf(CowIgoImporter.class);
        assertThat(importer.extensions()).isEmpty();
        assertThat(importer.readsDirectories()).isFalse();
        assertThat(importer.description()).contains("state_year_format3.csv");
    }

    @Test
    void readsUzbekistanAsFullCstoMemberFrom2002To2011() {
        assertThat(memberships("csto", "UZ")).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("cow-csto-uz-2002");
            assertThat(m.status()).isEqualTo(MembershipStatus.MEMBER);
            assertThat(m.startDate()).isEqualTo(year(2002));
            assertThat(m.endDate()).isEqualTo(year(2011));
        });
    }

    @Test
    void readsTurkmenistanAsCisMemberThenAssociateStillOpenAtTheEndOfTheData() {
        List<Membership> cis = memberships("cis", "TM");

        assertThat(cis).extracting(Membership::status, Membership::startDate, Membership::endDate).containsExactly(
                tuple(MembershipStatus.MEMBER, year(1991), year(2004)),
                tuple(MembershipStatus.ASSOCIATE, year(2005), null));
    }

    @Test
    void splitsRussiasRunsWhereItsCountryCodeChanges() {
        assertThat(memberships("cis", "SU")).extracting(Membership::startDate, Membership::endDate)
                .containsExactly(tuple(year(1991), year(1991)));
        assertThat(memberships("cis", "RU")).extracting(Membership::id, Membership::startDate, Membership::endDate)
                .containsExactly(tuple("cow-cis-ru-1992", year(1992), null));
        assertThat(memberships("un", "SU")).extracting(Membership::startDate, Membership::endDate)
                .containsExactly(tuple(year(1945), year(1991)));
        // the Russian Empire is RU, the USSR SU from 1923 (founded in the last days of 1922), Russia RU from 1992
        assertThat(dataset.membershipsIn("upu").stream()
                .filter(m -> m.member().equals(Party.country("RU")) || m.member().equals(Party.country("SU"))))
                .extracting(m -> m.member().text(), Membership::startDate, Membership::endDate)
                .containsExactlyInAnyOrder(
                        tuple("country:RU", year(1874), year(1922)),
                        tuple("country:SU", year(1923), year(1991)),
                        tuple("country:RU", year(1992), null));
    }

    @Test
    void joinsTheRunsOfTwoStatesThatStandForOneCountryInTurn() {
        // the German Federal Republic (260) until 1989, then Germany (255) from 1990: one NATO membership
        assertThat(memberships("nato", "DE")).singleElement().satisfies(m -> {
            assertThat(m.startDate()).isEqualTo(year(1955));
            assertThat(m.endDate()).isNull();
        });
        assertThat(memberships("un", "DD")).extracting(Membership::startDate, Membership::endDate)
                .containsExactly(tuple(year(1965), year(1989)));
    }

    @Test
    void endsARunInAYearWithoutRowAndSplitsSerbiaFromYugoslavia() {
        // 345 has no rows 1942-1943 (occupation); Serbia until 1918, Yugoslavia 1919-2005, Serbia from 2006
        assertThat(dataset.membershipsIn("upu").stream()
                .filter(m -> m.member().equals(Party.country("RS")) || m.member().equals(Party.country("YU"))))
                .extracting(m -> m.member().text(), Membership::startDate, Membership::endDate)
                .containsExactlyInAnyOrder(
                        tuple("country:RS", year(1878), year(1918)),
                        tuple("country:YU", year(1919), year(1941)),
                        tuple("country:YU", year(1944), year(1992)),
                        tuple("country:YU", year(2001), year(2005)),
                        tuple("country:RS", year(2006), null));
    }

    @Test
    void warnsOnceForAStateWithoutIsoCodeWithTheRowsSkipped() {
        List<Problem> warnings = result.problems().stream()
                .filter(p -> p.rule().equals(RuleIds.UNMAPPED_STATE)).collect(Collectors.toList());

        assertThat(warnings).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.message()).startsWith("COW state 245 (Bavaria) has no ISO 3166 code: its 56 rows (1816-1871)"
                    + " were not imported; they hold 54 membership values (1, 2 or 3) in 1 IGO (ccnr)");
            assertThat(p.field()).isEqualTo("ccode");
            assertThat(p.location()).isEqualTo(Location.of("state_year_format3.csv", 2));
        });
        assertThat(result.hasErrors()).isFalse();
    }

    @Test
    void citesTheDatasetFromEveryRecord() {
        assertThat(dataset.sources()).containsExactly(CowIgoImporter.source());
        assertThat(CowIgoImporter.source().title()).contains("Correlates of War IGO Version 3.0");
        assertThat(CowIgoImporter.source().author()).contains("Pevehouse").contains("Jamison");
        assertThat(CowIgoImporter.source().published()).isEqualTo(year(2020));
        assertThat(dataset.organizations()).isNotEmpty()
                .allSatisfy(o -> assertThat(o.sources()).containsExactly(CowIgoImporter.SOURCE_ID));
        assertThat(dataset.memberships()).isNotEmpty()
                .allSatisfy(m -> assertThat(m.sources()).containsExactly(CowIgoImporter.SOURCE_ID));
    }

    @Test
    void makesOneOrganizationPerIgoColumnNamedFromTheIgoYearFileNextToIt() {
        assertThat(dataset.organizations()).extracting(Organization::id)
                .containsExactly("ccnr", "cis", "csto", "ivwo", "nato", "osce", "sco", "un", "upu");
        Organization osce = dataset.organization("osce").orElseThrow();

        assertThat(osce.name()).isEqualTo("Organization for Security and Cooperation in Europe (OSCE)");
        assertThat(osce.kind()).isEqualTo(OrganizationKind.INTERGOVERNMENTAL);
        assertThat(osce.foundingDate()).isEqualTo(year(1973));
        assertThat(osce.dissolutionDate()).isNull();
        assertThat(osce.identifiers()).containsExactly(Identifier.parse("cow:osce"), Identifier.parse("cow-ionum:3770"));
        assertThat(result.files()).containsExactly("state_year_format3.csv", "igo_year_format3.csv");
    }

    @Test
    void keepsTheEarlierNamesOfTheIgoYearFileAsFormerNames() {
        Organization ivwo = dataset.organization("ivwo").orElseThrow();

        assertThat(ivwo.name()).isEqualTo("International Vine and Wine Office");
        assertThat(ivwo.dissolutionDate()).isEqualTo(year(2003));
        assertThat(ivwo.names()).singleElement().satisfies(n -> {
            assertThat(n.name()).isEqualTo("International Wine Office");
            assertThat(n.kind()).isEqualTo(NameKind.FORMER);
            assertThat(n.startDate()).isEqualTo(year(1924));
            assertThat(n.endDate()).isEqualTo(year(1964));
        });
        assertThat(dataset.nameOn("ivwo", LocalDate.of(1950, 7, 1))).contains("International Wine Office");
        assertThat(result.locations().of(ivwo.names().get(0)).orElseThrow().file()).isEqualTo("igo_year_format3.csv");
    }

    @Test
    void warnsAboutAnIgoOfTheIgoYearFileThatNoStateIsAMemberOf() {
        assertThat(result.problems()).filteredOn(p -> p.rule().equals(CowRuleIds.UNMATCHED_IGO)).singleElement()
                .satisfies(p -> {
                    assertThat(p.message()).contains("'EU'").contains("no organization was made");
                    assertThat(p.location().file()).isEqualTo("igo_year_format3.csv");
                });
        assertThat(dataset.organization("eu")).isEmpty();
    }

    @Test
    void namesIgosAfterTheirAbbreviationWithoutIgoYearFile() throws IOException {
        Dataset gz = new CowIgoImporter().read(Fixtures.gzipped(), ReadOptions.defaults()).dataset();
        Dataset plain = new CowIgoImporter().withoutIgoYearFile().read(Fixtures.extract(), ReadOptions.defaults())
                .dataset();

        Organization osce = gz.organization("osce").orElseThrow();
        assertThat(osce.name()).isEqualTo("OSCE");
        assertThat(osce.foundingDate()).isNull();
        assertThat(osce.identifiers()).containsExactly(Identifier.parse("cow:osce"));
        assertThat(gz.memberships()).isEqualTo(plain.memberships()).isEqualTo(dataset.memberships());
        assertThat(gz.organizations()).isEqualTo(plain.organizations());
    }

    @Test
    void readsAnIgoYearFileGivenAsOption() throws IOException {
        CowIgoImporter importer = new CowIgoImporter().withIgoYearFile(Fixtures.extractIgoYear());

        Dataset fromFile = importer.read(Fixtures.gzipped(), ReadOptions.defaults()).dataset();
        io.github.regsec.formats.ImportContext context = io.github.regsec.formats.ImportContext
                .collecting(ReadOptions.defaults());
        try (var in = java.nio.file.Files.newInputStream(Fixtures.gzipped())) {
            importer.read(in, "state_year_format3.csv.gz", context);
        }

        assertThat(importer.igoYearFile()).contains(Fixtures.extractIgoYear());
        assertThat(fromFile.organization("osce").orElseThrow().foundingDate()).isEqualTo(year(1973));
        assertThat(context.result().dataset().organizations()).isEqualTo(fromFile.organizations());
        assertThat(context.result().dataset().memberships()).isEqualTo(dataset.memberships());
    }

    @Test
    void readsTheStateYearFileInADirectory() throws IOException {
        ImportResult fromDirectory = new CowIgoImporter().read(Fixtures.path("extract"), ReadOptions.defaults());

        assertThat(fromDirectory.dataset().memberships()).isEqualTo(dataset.memberships());
        assertThat(fromDirectory.dataset().organizations()).isEqualTo(dataset.organizations());
    }

    @Test
    void givesMembershipsUniqueDeterministicIdsAndTheCellWhereTheyStart() throws IOException {
        List<Membership> again = new CowIgoImporter().read(Fixtures.extract(), ReadOptions.defaults()).dataset()
                .memberships();
        Set<String> ids = new HashSet<>();
        dataset.records().map(DatasetRecord::id).forEach(id -> assertThat(ids.add(id)).as("unique id %s", id).isTrue());

        assertThat(again).isEqualTo(dataset.memberships());
        Membership csto = dataset.membership("cow-csto-uz-2002").orElseThrow();
        // Uzbekistan's 2002 row, column 6 (csto)
        int line = lineOf("704,2002,");
        assertThat(result.locations().of(csto)).contains(Location.of("state_year_format3.csv", line, 6));
    }

    @Test
    void countsEveryRecordAsARowImportedAndTheRowsOfAStateWithoutIsoCodeAsSkipped() {
        long names = dataset.organizations().stream().mapToLong(o -> o.names().size()).sum();

        assertThat(result.rowsRejected()).isZero();
        assertThat(result.rowsImported()).isEqualTo(dataset.size() + names);
        assertThat(result.rowsSkipped()).as("Bavaria's rows").isEqualTo(56);
        assertThat(result.skipped()).singleElement().isEqualTo(new SkippedRows("COW state 245 (Bavaria) has no ISO 3166 code",
                56, Location.of("state_year_format3.csv", 2)));
        assertThat(result.rowsRead()).isEqualTo(result.rowsImported() + result.rowsSkipped());
        assertThat(result.locations().size()).isEqualTo((int) result.rowsImported());
    }

    @Test
    void answersWhoWereOsceMembersAtTheEndOfTheData() {
        assertThat(dataset.memberPartiesOn("osce", LocalDate.of(2014, 6, 30))).extracting(Party::text)
                .containsExactly("country:DE", "country:KG", "country:KZ", "country:RS", "country:RU", "country:TJ",
                        "country:TM", "country:UZ");
    }

    private static int lineOf(String prefix) {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(Fixtures.extract());
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(prefix)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("no line starts with " + prefix);
    }
}
