package io.github.regsec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.model.Membership;
import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.OrganizationKind;
import io.github.regsec.problem.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The example importer of a two-column membership list. */
class CountryListImporterTest {

    private static ImportResult read(String text) throws IOException {
        ImportContext context = ImportContext.collecting(ReadOptions.defaults());
        new CountryListImporter().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "list.txt", context);
        return context.result();
    }

    @Test
    void isRegisteredThroughServiceLoader() {
        assertThat(Formats.discover().importer(CountryListImporter.NAME)).get().isInstanceOf(CountryListImporter.class);
    }

    @Test
    void readsAFixtureFileIntoOrganizationsAndMemberships() throws IOException {
        Path file = Fixtures.path("country-list/cis-1991.txt");
        ImportResult result = Formats.discover().read(file, CountryListImporter.NAME, ReadOptions.defaults());
        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset().organizations()).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo("cis");
            assertThat(o.name()).isEqualTo("CIS");
            assertThat(o.kind()).isEqualTo(OrganizationKind.INTERGOVERNMENTAL);
        });
        assertThat(result.dataset().memberships()).extracting(Membership::id)
                .containsExactly("cis-by", "cis-ru", "cis-ua", "cis-kz");
        assertThat(result.dataset().memberships()).allMatch(m -> m.status() == MembershipStatus.MEMBER && m.startDate() == null);
        assertThat(result.locations().of(result.dataset().memberships().get(3)).orElseThrow().line()).isEqualTo(5);
        assertThat(result.files()).containsExactly("cis-1991.txt");
    }

    @Test
    void rejectsRowsWithABadCountryOrTheWrongNumberOfValues() throws IOException {
        ImportResult result = read("country,organization\nTJ,OSCE\nQQ,OSCE\nKZ\nKG,OSCE,extra\n, OSCE\n");
        assertThat(result.dataset().memberships()).extracting(Membership::id).containsExactly("osce-tj");
        assertThat(result.rowsRejected()).isEqualTo(4);
        assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                "list.txt:3: error syntax: country: 'QQ' is not a country code: expected ISO 3166-1 alpha-2 (TJ) or alpha-3 (TJK)",
                "list.txt:4: error syntax: the row has 1 value but the header names 2 columns: every row needs one value per column (quote a value that holds a ',')",
                "list.txt:5: error syntax: the row has 3 values but the header names 2 columns: every row needs one value per column (quote a value that holds a ',')",
                "list.txt:6: error required: country is required: give a value");
        assertThat(read("country,organization\nTJ,\n").problems()).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("organization"));
    }

    @Test
    void reportsAMissingOrWrongHeader() throws IOException {
        assertThat(read("\n\n").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("empty"));
        assertThat(read("state,org\nTJ,OSCE\n").problems()).extracting(Problem::message)
                .containsExactly("the header is [state, org]: expected the columns country and organization");
    }

    @Test
    void makesIdsFromNames() {
        assertThat(CountryListImporter.slug(" EU-ACT 2 ")).isEqualTo("eu-act-2");
        assertThat(CountryListImporter.slug("Shanghai Cooperation Organisation")).isEqualTo("shanghai-cooperation-organisation");
    }
}
