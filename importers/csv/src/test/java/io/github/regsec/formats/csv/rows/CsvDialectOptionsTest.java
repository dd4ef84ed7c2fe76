package io.github.regsec.formats.csv.rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regsec.problem.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link CsvRows} in other dialects: tab-separated, without quoting, without a header row; the
 * same UTF-8 strictness and exact line numbers as regsec's own CSV. The fixtures under
 * {@code src/test/resources/tsv} are real data (the Correlates of War IGO v3.0, see its README).
 */
class CsvDialectOptionsTest {

    private static final CsvReadOptions TSV = CsvReadOptions.defaults().withSeparator('\t').withoutQuotes();

    private static Path fixture(String name) throws Exception {
        return Path.of(CsvDialectOptionsTest.class.getResource("/tsv/" + name).toURI());
    }

    private static List<CsvRow> rows(CsvRows rows) {
        List<CsvRow> list = new ArrayList<>();
        rows.forEach(list::add);
        return list;
    }

    private static CsvRows open(String content, CsvReadOptions options) throws IOException {
        InputStream in = new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
        return CsvRows.open(in, "list.tsv", options);
    }

    @Test
    void readsAHeaderlessTsvWithGivenColumnNamesFromLineOne() throws Exception {
        try (CsvRows rows = CsvRows.open(fixture("cow-members-2005.tsv"), TSV.withColumns("ccode", "state", "igo", "year"))) {
            assertThat(rows.problems()).isEmpty();
            assertThat(rows.header().columns()).containsExactly("ccode", "state", "igo", "year");
            assertThat(rows.header().line()).isZero();
            List<CsvRow> list = rows(rows);
            assertThat(list).hasSize(13).allMatch(r -> r.problems().isEmpty());
            assertThat(list.get(0).line()).isEqualTo(1);
            assertThat(list.get(0).get("state")).isEqualTo("russia");
            assertThat(list.get(0).location().toString()).isEqualTo("cow-members-2005.tsv:1");
            assertThat(list).filteredOn(r -> r.get("igo").equals("sco")).extracting(r -> r.get("ccode"))
                    .containsExactly("365", "702", "703", "704", "705", "710");
            assertThat(list.get(12).line()).isEqualTo(13);
        }
    }

    @Test
    void readsTheSameRowsUnderAHeaderRowWithCrLfLineEnds() throws Exception {
        try (CsvRows headerless = CsvRows.open(fixture("cow-members-2005.tsv"), TSV.withColumns("ccode", "state", "igo", "year"));
             CsvRows withHeader = CsvRows.open(fixture("cow-members-2005-header.tsv"), TSV)) {
            assertThat(withHeader.header().columns()).containsExactly("ccode", "state", "igo", "year");
            List<CsvRow> a = rows(headerless);
            List<CsvRow> b = rows(withHeader);
            assertThat(b).extracting(CsvRow::values).isEqualTo(a.stream().map(CsvRow::values).toList());
            assertThat(b).extracting(CsvRow::line).containsExactlyElementsOf(a.stream().map(r -> r.line() + 1).toList());
        }
    }

    @Test
    void withoutQuotesAQuoteIsPartOfTheValueAndCommasAreText() throws IOException {
        try (CsvRows rows = open("country\tname\nCI\tCote d\"Ivoire, \"the\"\n", TSV)) {
            CsvRow row = rows(rows).get(0);
            assertThat(row.problems()).isEmpty();
            assertThat(row.get("name")).isEqualTo("Cote d\"Ivoire, \"the\"");
        }
    }

    @Test
    void aSemicolonFileWithQuotesKeepsRfc4180Quoting() throws IOException {
        try (CsvRows rows = open("a;b\n1;\"x;y\"\n2;\"two\nlines\"\n3;z\n", CsvReadOptions.defaults().withSeparator(';'))) {
            List<CsvRow> list = rows(rows);
            assertThat(list).extracting(r -> r.get("b")).containsExactly("x;y", "two\nlines", "z");
            assertThat(list).extracting(CsvRow::line).containsExactly(2, 3, 5);
        }
    }

    @Test
    void aWrongValueCountNamesTheGivenColumnsAndTheSeparator() throws IOException {
        try (CsvRows rows = open("TJ\tcsto\n\nKZ\n", TSV.withColumns("country", "organization"))) {
            List<CsvRow> list = rows(rows);
            assertThat(list).extracting(CsvRow::line).containsExactly(1, 3);
            assertThat(list.get(1).problems()).extracting(Problem::message).containsExactly("the row has 1 value but the file "
                    + "has 2 columns (country, organization): every row needs one value per column (a value cannot hold a tab)");
            assertThat(list.get(1).problems().get(0).location().line()).isEqualTo(3);
        }
    }

    @Test
    void bytesThatAreNotUtf8AreAProblemOnTheirLineWithoutAHeaderToo() throws IOException {
        byte[] latin1 = "TJ\tcsto\nAT\tOSZE \u00d6sterreich\n".getBytes(StandardCharsets.ISO_8859_1);
        try (CsvRows rows = CsvRows.open(new ByteArrayInputStream(latin1), "list.tsv", TSV.withColumns("country", "organization"))) {
            List<CsvRow> list = rows(rows);
            assertThat(list.get(0).problems()).isEmpty();
            assertThat(list.get(1).problems()).extracting(Problem::message)
                    .containsExactly("line 2 holds bytes that are not UTF-8: save the file as UTF-8");
        }
    }

    @Test
    void refusesADialectThatCannotWork() {
        assertThatThrownBy(() -> CsvReadOptions.defaults().withSeparator('"')).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must differ");
        assertThatThrownBy(() -> CsvReadOptions.defaults().withSeparator('\n')).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CsvReadOptions.defaults().withColumns("a", "a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CsvReadOptions.defaults().withColumns()).isInstanceOf(IllegalArgumentException.class);
        assertThat(CsvReadOptions.defaults().hasHeaderRow()).isTrue();
        assertThat(CsvReadOptions.defaults().separator()).isEqualTo(',');
        assertThat(CsvReadOptions.defaults().quote()).isEqualTo('"');
    }
}
