package io.github.regsec.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.Membership;
import io.github.regsec.model.Source;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.RuleIds;
import io.github.regsec.problem.Severity;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonLinesDatasetImporterTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", textBlock = """
            # file                     | rule          | sev     | line | col   | field  | kind    | message                                                      | read | imp | rej
            broken-line.jsonl          | syntax        | error   | 2    | 39    | -      | -       | broken JSON: unexpected character ('"'): was expecting comma  | 3    | 2   | 1
            truncated-line.jsonl       | syntax        | error   | 3    | 46    | -      | -       | broken JSON: unexpected end-of-input: an object is not closed | 3    | 2   | 1
            unknown-type.jsonl         | syntax        | error   | 1    | 10    | type   | -       | type: expected one of source, organization, field_office, meeting, membership, person or post, found the text "alliance" | 2 | 1 | 1
            type-not-text.jsonl        | syntax        | error   | 1    | 10    | type   | -       | found the number 5                                           | 1    | 0   | 1
            missing-type.jsonl         | required      | error   | 1    | 1     | type   | -       | type is required                                             | 1    | 0   | 1
            two-records.jsonl          | syntax        | error   | 1    | 48    | -      | -       | a line holds one record                                      | 2    | 1   | 1
            duplicate-property.jsonl   | syntax        | error   | 1    | 48    | title  | source  | title: the property is given twice                           | 1    | 0   | 1
            invalid-utf8.jsonl         | syntax        | error   | 2    | 45    | -      | -       | not valid UTF-8                                              | 3    | 2   | 1
            deep-nesting.jsonl         | syntax        | error   | 2    | 103   | -      | -       | the JSON nests deeper than the limit of 64 levels            | 3    | 2   | 1
            blank-lines-crlf.jsonl     | syntax        | error   | 6    | 45    | published | source | '2019-02-30' is not a date: February 2019 has 28 days      | 4    | 3   | 1
            """)
    void reportsBadLinesWithRuleFileLineAndColumnAndReadsTheOthers(String file, String rule, String severity, int line,
                                                                   int column, String field, String kind, String message,
                                                                   long read, long imported, long rejected) throws IOException {
        ImportResult result = Fixtures.readJsonLines("jsonl/bad/" + file);

        BadInput.check(result, file, rule, severity, line, column, field, kind, message, read, imported, rejected);
    }

    @Test
    void aBrokenLineLeavesTheOtherLinesToImport() throws IOException {
        ImportResult result = Fixtures.readJsonLines("jsonl/bad/broken-line.jsonl");

        assertThat(result.dataset().organization("osce")).isPresent();
        assertThat(result.dataset().membership("m1")).isPresent();
        assertThat(result.dataset().organization("csto")).isEmpty();
    }

    @Test
    void keepsLineNumbersExactAcrossBlankLinesAndCrlf() throws IOException {
        ImportResult result = Fixtures.readJsonLines("jsonl/bad/blank-lines-crlf.jsonl");

        assertThat(result.dataset().sources()).extracting(Source::id).containsExactly("s1", "s2", "s4");
        assertThat(result.dataset().sources()).extracting(s -> result.locations().of(s).orElseThrow().line())
                .containsExactly(1, 4, 7);
        assertThat(result.dataset().sources().get(2).title()).isEqualTo("Four");
    }

    @Test
    void rejectsEachLineThatIsNotARecordObject() throws IOException {
        ImportResult result = Fixtures.readJsonLines("jsonl/bad/not-an-object.jsonl");

        assertThat(result.problems()).extracting(p -> p.location().line() + ":" + p.message())
                .containsExactly("1:expected a record object {\"type\": ..., ...}, found the text \"osce\"",
                        "2:expected a record object {\"type\": ..., ...}, found an array");
        assertThat(result.dataset().organization("csto")).isPresent();
        assertThat(result.rowsRejected()).isEqualTo(2);
    }

    @Test
    void rejectsALineLongerThanTheLimit() throws IOException {
        ImportResult result = new JsonLinesDatasetImporter().read(Fixtures.path("jsonl/bad/long-line.jsonl"),
                ReadOptions.builder().maxRecordLength(200).build());

        BadInput.check(result, "long-line.jsonl", "syntax", "error", 2, 201, null, null,
                "the line is longer than the limit of 200 characters", 3, 2, 1);
        assertThat(result.dataset().sources()).extracting(Source::id).containsExactly("s1", "s3");
    }

    @Test
    void warnsOfUnknownPropertiesInRecordsAndNestedRows() throws IOException {
        ImportResult result = Fixtures.readJsonLines("jsonl/bad/unknown-property.jsonl");

        assertThat(result.problems()).allSatisfy(p -> {
            assertThat(p.rule()).isEqualTo(RuleIds.UNKNOWN_FIELD);
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(result.problems()).extracting(p -> p.field() + "@" + p.location().line() + ":" + p.location().column())
                .containsExactly("colour@1:72", "seat@1:125");
        assertThat(result.dataset().meeting("m1").orElseThrow().participants()).hasSize(1);
    }

    @Test
    void streamsAFileRecordByRecord() throws IOException {
        int lines = 200_000;
        Path file = dir.resolve("big.ndjson");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int i = 0; i < lines; i++) {
                out.write("{\"type\":\"membership\",\"id\":\"m" + i + "\",\"organization_id\":\"osce\","
                        + "\"member\":\"country:TJ\",\"status\":\"member\",\"start_date\":\"1992-01-30\","
                        + "\"note\":\"a note long enough to make the line look like real data\"}\n");
            }
        }
        long size = Files.size(file);
        AtomicLong bytesRead = new AtomicLong();
        AtomicLong records = new AtomicLong();
        AtomicLong readWhenFirstArrived = new AtomicLong(-1);
        ImportContext context = ImportContext.streaming(ReadOptions.defaults(), (DatasetRecord record, Location at, List<Location> childRows) -> {
            if (records.getAndIncrement() == 0) {
                readWhenFirstArrived.set(bytesRead.get());
            }
            assertThat(record).isInstanceOf(Membership.class);
            assertThat(at.line()).isEqualTo(records.get());
        });

        try (InputStream in = new Counting(Files.newInputStream(file), bytesRead)) {
            new JsonLinesDatasetImporter().read(in, "big.ndjson", context);
        }

        assertThat(records.get()).isEqualTo(lines);
        assertThat(context.rowsImported()).isEqualTo(lines);
        assertThat(context.problems()).isEmpty();
        assertThat(readWhenFirstArrived.get()).as("bytes read before the first record reached the sink")
                .isPositive().isLessThan(size / 10);
    }

    /** Counts the bytes read through it. */
    private static final class Counting extends FilterInputStream {
        private final AtomicLong count;

        Counting(InputStream in, AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }
    }
}
