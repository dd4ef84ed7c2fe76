package io.github.regsec.formats.csv.rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regsec.formats.codec.ValueReader;
import io.github.regsec.model.RecordKind;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvRowsTest {

    private static CsvRows open(String content) throws IOException {
        return open(content.getBytes(StandardCharsets.UTF_8), CsvReadOptions.defaults());
    }

    private static CsvRows open(byte[] content, CsvReadOptions options) throws IOException {
        return CsvRows.open(new ByteArrayInputStream(content), "test.csv", options);
    }

    private static List<CsvRow> rows(CsvRows rows) {
        List<CsvRow> list = new ArrayList<>();
        rows.forEach(list::add);
        return list;
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void eachRowIsOnTheLineWhereItStarts(String end) throws IOException {
        String content = String.join(end, "a,b", "1,x", "2,\"two", "lines\"", "", "3,\"\"\"quoted\"\"\"", "4,\"three", "", "lines\"", "5,y")
                + end;
        try (CsvRows rows = open(content)) {
            List<CsvRow> list = rows(rows);

            assertThat(list).extracting(CsvRow::line).containsExactly(2, 3, 6, 7, 10);
            assertThat(list).extracting(r -> r.get("a")).containsExactly("1", "2", "3", "4", "5");
            assertThat(list.get(1).get("b")).isEqualTo("two" + end + "lines");
            assertThat(list.get(2).get("b")).isEqualTo("\"quoted\"");
            assertThat(list).allMatch(r -> r.problems().isEmpty());
        }
    }

    @Test
    void linesStayExactOverManyBuffersOfInput() throws IOException {
        StringBuilder content = new StringBuilder("id,note\r\n");
        List<Integer> expected = new ArrayList<>();
        int line = 2;
        for (int i = 0; i < 3000; i++) {
            expected.add(line);
            if (i % 7 == 0) {
                content.append(i).append(",\"Заметка ").append(i).append("\r\nвторая строка\rтретья\"\r\n");
                line += 3;
            } else {
                content.append(i).append(",значение ").append(i).append(i % 2 == 0 ? "\r\n" : "\n");
                line += 1;
            }
        }
        try (CsvRows rows = open(content.toString())) {
            List<CsvRow> list = rows(rows);

            assertThat(list).extracting(CsvRow::line).isEqualTo(expected);
            assertThat(list).allMatch(r -> r.problems().isEmpty());
            assertThat(list.get(2999).get("note")).isEqualTo("значение 2999");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void badBytesAreReportedOnTheirLineEvenFarIntoTheFile(String end) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(("id,name" + end).getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 2000; i++) {
            bytes.writeBytes((i + ",\"Ташкент" + end + i + "\"" + end).getBytes(StandardCharsets.UTF_8));
        }
        // a lead byte without its continuation, on the second line of a record
        bytes.writeBytes(("x,\"first line" + end + "b").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xC3, '('});
        bytes.writeBytes(("\"" + end + "y,fine" + end).getBytes(StandardCharsets.UTF_8));
        try (CsvRows rows = open(bytes.toByteArray(), CsvReadOptions.defaults())) {
            List<CsvRow> list = rows(rows);

            assertThat(list).hasSize(2002);
            assertThat(list.subList(0, 2000)).allMatch(r -> r.problems().isEmpty());
            CsvRow bad = list.get(2000);
            assertThat(bad.line()).isEqualTo(4002);
            assertThat(bad.problems()).singleElement().satisfies(p -> {
                assertThat(p.rule()).isEqualTo(RuleIds.SYNTAX);
                assertThat(p.location().toString()).isEqualTo("test.csv:4003");
            });
            assertThat(list.get(2001).problems()).isEmpty();
            assertThat(list.get(2001).line()).isEqualTo(4004);
        }
    }

    @Test
    void repeatedValuesThatDifferInOneMiddleByteComeBackExact() throws IOException {
        // the scanner finds a repeated value again by a hash of six of its bytes, which these share
        List<String> values = List.of("organization-Xof-the-region", "organization-Yof-the-region", "organization-Xof-the-regioN");
        StringBuilder content = new StringBuilder("id,organization_id\n");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            String value = values.get(i % 7 % 3);
            content.append(i).append(',').append(value).append('\n');
            expected.add(value);
        }
        try (CsvRows rows = open(content.toString())) {
            assertThat(rows(rows)).extracting(r -> r.get("organization_id")).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void valuesAreFoundByColumnNameInAnyOrderAndNeverTrimmed() throws IOException {
        try (CsvRows rows = open("name,id,note\n\" Bishkek \",kg,\n")) {
            CsvRow row = rows.iterator().next();

            assertThat(rows.header().columns()).containsExactly("name", "id", "note");
            assertThat(rows.header().indexOf("id")).isEqualTo(1);
            assertThat(row.get("name")).isEqualTo(" Bishkek ");
            assertThat(row.text("id")).isEqualTo("kg");
            assertThat(row.get("note")).isEmpty();
            assertThat(row.text("note")).isNull();
            assertThat(row.get("missing")).isNull();
            assertThat(row.text("missing")).isNull();
            assertThat(row.get(5)).isNull();
        }
    }

    @Test
    void typedGettersGiveProblemsWithTheFileAndTheRowsLine() throws IOException {
        try (CsvRows rows = open("id,start_date\nm1,1992-01\nm2,\"1992\n-13\"\n")) {
            List<CsvRow> list = rows(rows);
            ValueReader good = list.get(0).reader(RecordKind.MEMBERSHIP, list.get(0).text("id"));
            ValueReader bad = list.get(1).reader(RecordKind.MEMBERSHIP, list.get(1).text("id"));

            assertThat(good.date("start_date")).isEqualTo(PartialDate.parse("1992-01"));
            assertThat(good.hasErrors()).isFalse();
            assertThat(bad.date("start_date")).isNull();
            assertThat(bad.problems()).singleElement().satisfies(p -> {
                assertThat(p.rule()).isEqualTo(RuleIds.SYNTAX);
                assertThat(p.recordId()).isEqualTo("m2");
                assertThat(p.field()).isEqualTo("start_date");
                assertThat(p.location().toString()).isEqualTo("test.csv:3");
            });
        }
    }

    @Test
    void readsAGzippedStream() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("id\nosce\ncica\n".getBytes(StandardCharsets.UTF_8));
        }
        try (CsvRows rows = open(gz.toByteArray(), CsvReadOptions.defaults())) {
            assertThat(rows(rows)).extracting(r -> r.get("id")).containsExactly("osce", "cica");
        }
    }

    @Test
    void aRowOverTheRecordLimitIsRejectedAndTheNextOnesAreRead() throws IOException {
        CsvReadOptions options = new CsvReadOptions(100, 12, false);
        try (CsvRows rows = open("a,b\n1,2\n123456,1234567\n3,4\n".getBytes(StandardCharsets.UTF_8), options)) {
            List<CsvRow> list = rows(rows);

            assertThat(list).extracting(CsvRow::hasErrors).containsExactly(false, true, false);
            assertThat(list.get(1).problems()).singleElement().extracting(Problem::message)
                    .isEqualTo("the row has 13 characters, more than the limit of 12");
        }
    }

    @Test
    void aRecordFarOverTheLimitStopsReadingWithoutBufferingItAll() throws IOException {
        String huge = "x".repeat(RecordLengthLimit.READ_AHEAD * 3);
        CsvReadOptions options = new CsvReadOptions(100, 1000, false);
        try (CsvRows rows = open(("a,b\n1,2\n3,\"" + huge + "\"\n5,6\n").getBytes(StandardCharsets.UTF_8), options)) {
            List<CsvRow> list = rows(rows);

            assertThat(list).hasSize(2);
            assertThat(list.get(0).hasErrors()).isFalse();
            assertThat(list.get(1).line()).isEqualTo(3);
            assertThat(list.get(1).problems()).singleElement().extracting(Problem::message).asString()
                    .startsWith("a record starting on this line is longer than the limit of 1000 characters");
        }
    }

    @Test
    void blanksAfterAClosingQuoteAreSkippedAndAQuoteInsideAValueIsACharacter() throws IOException {
        try (CsvRows rows = open("a,b,c\n\"x, y\" \t,\"\"\"q\"\"\"\u2003,a\"b\n")) {
            assertThat(rows(rows)).singleElement().extracting(CsvRow::values)
                    .isEqualTo(List.of("x, y", "\"q\"", "a\"b"));
        }
    }

    @Test
    void textAfterAClosingQuoteEndsTheFileAtTheLineTheRecordStarts() throws IOException {
        try (CsvRows rows = open("a,b\n1,2\n3,\"multi\nline\"x\n5,6\n")) {
            List<CsvRow> list = rows(rows);

            assertThat(list).extracting(CsvRow::line).containsExactly(2, 3);
            assertThat(list.get(1).problems()).singleElement().extracting(Problem::message).asString()
                    .startsWith("text follows the closing quote of a quoted value");
        }
    }

    @Test
    void blankLinesAreSkipped() throws IOException {
        try (CsvRows rows = open("\n\na,b\n\n1,2\n\n")) {
            assertThat(rows.header().line()).isEqualTo(3);
            assertThat(rows(rows)).extracting(CsvRow::line).containsExactly(5);
        }
    }

    @Test
    void aFileWithOnlyABomIsEmpty() throws IOException {
        try (CsvRows rows = open(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, CsvReadOptions.defaults())) {
            assertThat(rows.hasErrors()).isTrue();
            assertThat(rows.problems()).singleElement().extracting(Problem::message).asString().contains("empty");
            assertThat(rows(rows)).isEmpty();
        }
    }

    @Test
    void spreadsheetSafeValuesAreUnescapedInValuesButNotInTheHeader() throws IOException {
        byte[] content = "'=a,b\n'=1,'x\n".getBytes(StandardCharsets.UTF_8);
        try (CsvRows rows = open(content, CsvReadOptions.defaults().withSpreadsheetSafeValues(true))) {
            assertThat(rows.header().columns()).containsExactly("'=a", "b");
            assertThat(rows(rows)).singleElement().extracting(CsvRow::values).isEqualTo(List.of("=1", "'x"));
        }
        try (CsvRows rows = open(content, CsvReadOptions.defaults())) {
            assertThat(rows(rows)).singleElement().extracting(CsvRow::values).isEqualTo(List.of("'=1", "'x"));
        }
    }

    @Test
    void rowsCanBeIteratedOnce() throws IOException {
        try (CsvRows rows = open("a\n1\n")) {
            rows.iterator();
            assertThatThrownBy(rows::iterator).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void unknownColumnsAreListedWithTheKnownOnes() throws IOException {
        try (CsvRows rows = open("id,colour\n")) {
            assertThat(rows.header().unknownColumns(List.of("id", "name")))
                    .extracting(Problem::message).containsExactly("unknown column 'colour': its values are ignored;"
                            + " the known columns are id, name");
            assertThat(rows.header().unknownColumns(List.of("id", "colour"))).isEmpty();
        }
    }

    @Test
    void writtenRowsReadBackUnchanged() throws IOException {
        List<List<String>> values = List.of(List.of("plain", " spaced ", "a,b"), List.of("quote \"q\"", "line\nbreak", "cr\rlf\r\n"),
                List.of("", "#hash", "=1+2"), List.of("'x", "-3", "ü€😀"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvRowWriter writer = CsvRowWriter.open(out, true)) {
            writer.writeHeader(List.of("a", "b", "c"));
            for (List<String> row : values) {
                writer.writeRow(row);
            }
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("a,b,c\nplain,\" spaced \",\"a,b\"\n")
                .contains(",'=1+2\n").contains(",'-3,");
        try (CsvRows rows = open(out.toByteArray(), CsvReadOptions.defaults().withSpreadsheetSafeValues(true))) {
            assertThat(rows(rows).stream().map(CsvRow::values).collect(Collectors.toList())).isEqualTo(values);
        }
    }
}
