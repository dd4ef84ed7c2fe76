package io.github.regsec.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.ImportException;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.formats.WriteOptions;
import io.github.regsec.formats.generators.ByteMutations;
import io.github.regsec.formats.generators.ByteMutations.Mutation;
import io.github.regsec.formats.generators.DatasetArbitraries;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * JSON Lines reads the same whatever the number of threads and the size of the chunks, and
 * decoding records straight from the bytes gives what reading every line on its own gives: the
 * same records in the same order, the same problems in the same order with the same lines and
 * columns, the same locations and counts, the same first error in fail-fast mode, and the same
 * records handed to a streaming sink. On the real fixtures, damaged byte by byte (plain or
 * gzipped), and on generated datasets with bad lines planted among the good ones.
 */
class JsonLinesThreadsProperties {

    /** Lines that each hold a problem, of every kind the format knows (and a few that are fine). */
    private static final List<byte[]> BAD_LINES = List.of(
            bytes("{\"type\": \"membership\", \"id\": \"m-x\", \"organization_id\": \"o\""),
            bytes("{\"type\": \"membership\", \"id\": \"m-y\", \"bogus\": 1, \"organization_id\": \"o\", "
                    + "\"member\": \"country:TJ\", \"status\": \"full\"}"),
            bytes("{\"type\": \"membership\", \"id\": \"m-z\", \"organization_id\": \"o\", \"member\": \"country:TJ\", "
                    + "\"status\": \"full\", \"start_date\": \"2019-02-30\"}"),
            bytes("{\"type\": \"membership\", \"id\": \"m-w\", \"organization_id\": \"o\", \"member\": \"country:TJ\", "
                    + "\"status\": \"full\", \"type\": \"membership\"}"),
            bytes("{\"id\": \"m-v\", \"organization_id\": \"o\", \"member\": \"country:TJ\", \"status\": \"full\", "
                    + "\"type\": \"membership\", \"note\": \"type last, \u00e9t\u00e9 \ud83c\udf0d\"}"),
            bytes("{\"id\": \"o-v\", \"name\": \"Type last\", \"kind\": \"intergovernmental\", \"type\": \"organization\", "
                    + "\"names\": [{\"name\": \"\u00c9\", \"lang\": \"fr\"}, {\"name\": \"\"}]}"),
            bytes("{\"type\": \"meeting\", \"id\": \"mt-v\", \"title\": \"\u0421\u0430\u043c\u043c\u0438\u0442\", "
                    + "\"kind\": \"summit\", \"participants\": [{\"role\": \"chair\"}, 5, {\"person\": \"\u00c9 \ud83c\udf0d\"}]}"),
            bytes("{\"type\": \"organization\", \"id\": \"o-w\", \"name\": \"x\", \"kind\": \"intergovernmental\", "
                    + "\"member_count\": \"12\", \"topics\": [\"a;b\", 3]}"),
            bytes("{\"type\": \"post\", \"id\": \"p-w\", \"organization_id\": \"o\", \"label\": \"   \", \"single_holder\": 1}"),
            bytes("{\"type\": \"membership\", \"id\": \"m-u\", \"organization_id\": \"o\", \"member\": \" country:TJ\", "
                    + "\"status\": \"member\", \"start_date\": \"2019-13\", \"sources\": [\"s\"]}"),
            bytes("{\"type\": \"membership\", \"id\": \"m-t\", \"organization_id\": \"o\", \"member\": \"country:tj\", "
                    + "\"status\": \"member\", \"start_date\": \"0000\", \"end_date\": \"2020-02-29\", \"sources\": [\"s\", \"s;t\"]}"),
            bytes("{\"type\": \"membership\", \"id\": \"m-s\", \"organization_id\": \"o\", \"member\": \"country:TJ\", "
                    + "\"status\": \"member\", \"start_date\": \"2019-2-1\", \"end_date\": \"2021-02-29\", \"sources\": [\" s \"]}"),
            bytes("{\"type\": \"membership\", \"id\": \"m-r\", \"organization_id\": \"o\", \"member\": \"country:TJ\", "
                    + "\"status\": \"Member\", \"start_date\": \"\uff12\uff10\uff11\uff19\", \"sources\": [\"s\"]}"),
            bytes("{\"type\": \"membership\", \"id\": \"m-q\", \"organization_id\": \"o\", \"member\": \"country:TJ\", "
                    + "\"status\": \"member\", \"start_date\": \"2019\", \"sources\": [\"s\"]}"),
            bytes("{\"type\": \"nope\"}"),
            bytes("{\"type\": 3}"),
            bytes("{}"),
            bytes("[1, 2]"),
            bytes("\"just a text\""),
            bytes("{\"type\": \"source\", \"id\": \"s-v\"} {\"type\": \"source\", \"id\": \"s-w\"}"),
            bytes("{\"type\": \"source\", \"id\": \"s-x\"}   \t"),
            bytes("  \t{\"type\": \"source\", \"id\": \"s-y\", \"title\": \"\\ud800 half\"}\r"),
            bytes("{\"type\": \"source\", \"id\": \"s-z\", \"note\": \"" + "long ".repeat(60) + "\"}"),
            bytes(""),
            bytes("   "),
            bytes("\r"),
            bytes("\u2003"),
            bytes("\f"),
            bytes("\ufeff{\"type\": \"source\", \"id\": \"s-bom\"}"),
            new byte[] {'{', '"', 't', 'y', 'p', 'e', '"', ':', '"', (byte) 0xff, '"', '}'},
            new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"', '}'},
            new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xc3},
            bytes("{\"type\": \"source\", \"id\": \"s-deep\", \"note\": [[[[[[[[1]]]]]]]]}"),
            bytes("{\"type\": \"organization\", \"id\": \"o-n\", \"name\": \"N\", \"kind\": \"intergovernmental\", "
                    + "\"member_count\": 012}"),
            bytes("{\"type\": \"organization\", \"id\": \"o-m\", \"name\": \"N\", \"kind\": \"intergovernmental\", "
                    + "\"member_count\": -0}"),
            bytes("{\"type\": \"organization\", \"id\": \"o-f\", \"name\": \"N\", \"kind\": \"intergovernmental\", "
                    + "\"member_count\": 1.0, \"topics\": [\"a\"]}"),
            bytes("{\"type\": \"organization\", \"id\": \"o-e\", \"name\": \"N\", \"kind\": \"intergovernmental\", "
                    + "\"member_count\": 1e2}"),
            bytes("{\"type\": \"post\", \"id\": \"p-t\", \"organization_id\": \"o\", \"label\": \"L\", \"single_holder\": tru}"),
            bytes("{\"type\": \"post\", \"id\": \"p-u\", \"organization_id\": \"o\", \"label\": \"L\", \"single_holder\": true }"),
            bytes("{\"type\":\"source\",\"id\":\"s-e\",\"title\":\"a\\/b \\\"q\\\" \\u00e9\\ud83c\\udf0d \\t\"}"),
            bytes("{\"type\":\"source\",\"id\":\"s-t\",\"title\":\"x\",}"),
            bytes("{\"type\":\"source\",\"id\":\"s-n\",\"title\":nullx}"),
            bytes("{\"ty\\u0070e\":\"source\",\"id\":\"s-u\"}"),
            bytes("{\"type\":\"source\",\"id\":\"s-c\",\"title\":\"ctl\u0001\"}"),
            bytes("{\"type\":\"meeting\",\"id\":\"mt-e\",\"title\":\"T\",\"kind\":\"summit\","
                    + "\"participants\":[{\"role\":\"chair\",\"role\":\"chair\"},{}]}"));

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return ByteMutations.mutations();
    }

    @Provide
    Arbitrary<String> fixtures() {
        return Arbitraries.of("jsonl/shuffled.jsonl", "jsonl/bad/blank-lines-crlf.jsonl", "jsonl/bad/broken-line.jsonl",
                "jsonl/bad/invalid-utf8.jsonl", "jsonl/bad/long-line.jsonl", "jsonl/bad/two-records.jsonl",
                "jsonl/bad/unknown-property.jsonl", "hostile/truncated-utf8.jsonl", "hostile/cr-inside-line.jsonl",
                "hostile/lone-surrogate.jsonl", "hostile/latin1.jsonl", "hostile/utf16-bom.jsonl");
    }

    /** A generated dataset as JSON Lines, with bad lines planted at random places. */
    @Provide
    Arbitrary<byte[]> planted() {
        Arbitrary<List<int[]>> plantings = Combinators.combine(Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, BAD_LINES.size() - 1)).as((at, which) -> new int[] {at, which})
                .list().ofMaxSize(12);
        return Combinators.combine(DatasetArbitraries.datasets(), plantings, Arbitraries.of("\n", "\r\n"))
                .as(JsonLinesThreadsProperties::plant);
    }

    @Property
    void fixturesReadTheSameOnAnyThreadsInAnyChunks(@ForAll("fixtures") String fixture, @ForAll boolean gzipped,
                                                     @ForAll("mutations") List<Mutation> mutations,
                                                     @ForAll @IntRange(min = 1, max = 4) int threads,
                                                     @ForAll @IntRange(min = 16, max = 700) int chunkBytes)
            throws IOException {
        byte[] bytes = Files.readAllBytes(Fixtures.path(fixture));
        byte[] broken = ByteMutations.apply(mutations, gzipped ? gzip(bytes) : bytes);
        assertReadsTheSame(broken, gzipped ? "data.jsonl.gz" : "data.jsonl", ReadOptions.defaults(), threads, chunkBytes);
    }

    @Property
    void plantedErrorsReadTheSameOnAnyThreadsInAnyChunks(@ForAll("planted") byte[] file, @ForAll boolean tightLimits,
                                                         @ForAll boolean gzipped,
                                                         @ForAll @IntRange(min = 1, max = 4) int threads,
                                                         @ForAll @IntRange(min = 16, max = 700) int chunkBytes)
            throws IOException {
        ReadOptions options = tightLimits
                ? ReadOptions.builder().maxValueLength(30).maxRecordLength(250).maxNestingDepth(4).build()
                : ReadOptions.defaults();
        assertReadsTheSame(gzipped ? gzip(file) : file, gzipped ? "data.jsonl.gz" : "data.jsonl", options, threads,
                chunkBytes);
    }

    /** Reads line by line on one thread, and straight from the bytes in chunks on threads; compares everything. */
    private static void assertReadsTheSame(byte[] file, String name, ReadOptions options, int threads, int chunkBytes)
            throws IOException {
        ReadOptions one = options.toBuilder().threads(1).build();
        ReadOptions many = options.toBuilder().threads(threads).build();
        ImportResult expected = collect(file, name, one, LineChunks.CHUNK_BYTES, false);
        ImportResult actual = collect(file, name, many, chunkBytes, true);

        List<DatasetRecord> records = expected.dataset().records().toList();
        List<DatasetRecord> read = actual.dataset().records().toList();
        assertThat(read).isEqualTo(records);
        assertThat(actual.problems()).isEqualTo(expected.problems());
        for (int i = 0; i < records.size(); i++) { // locations are kept by identity: each result's own records
            assertThat(actual.locations().of(read.get(i))).isEqualTo(expected.locations().of(records.get(i)));
        }
        assertThat(List.of(actual.rowsRead(), actual.rowsImported(), actual.rowsRejected(), actual.errors(), actual.warnings()))
                .isEqualTo(List.of(expected.rowsRead(), expected.rowsImported(), expected.rowsRejected(), expected.errors(),
                        expected.warnings()));
        assertThat(stream(file, name, many, chunkBytes, true)).isEqualTo(stream(file, name, one, LineChunks.CHUNK_BYTES, false));
        assertThat(firstError(file, name, many, chunkBytes, true))
                .isEqualTo(firstError(file, name, one, LineChunks.CHUNK_BYTES, false));
    }

    private static ImportResult collect(byte[] file, String name, ReadOptions options, int chunkBytes, boolean direct)
            throws IOException {
        ImportContext context = ImportContext.collecting(options);
        JsonLinesDatasetImporter.read(new ByteArrayInputStream(file), name, context, chunkBytes, direct);
        return context.result();
    }

    /** What a streaming read hands its sink, in order, and the problems. */
    private static List<Object> stream(byte[] file, String name, ReadOptions options, int chunkBytes, boolean direct)
            throws IOException {
        List<Object> handed = new ArrayList<>();
        ImportContext context = ImportContext.streaming(options, (record, location, childRows) -> {
            handed.add(record);
            handed.add(location);
            handed.add(List.<Location>copyOf(childRows));
        });
        JsonLinesDatasetImporter.read(new ByteArrayInputStream(file), name, context, chunkBytes, direct);
        handed.add(context.problems());
        return handed;
    }

    /** The problem a fail-fast read stops at, or null when it reads to the end. */
    private static Problem firstError(byte[] file, String name, ReadOptions options, int chunkBytes, boolean direct)
            throws IOException {
        try {
            collect(file, name, options.toBuilder().failFast(true).build(), chunkBytes, direct);
            return null;
        } catch (ImportException e) {
            return e.problem();
        }
    }

    private static byte[] plant(Dataset dataset, List<int[]> plantings, String lineEnd) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new JsonLinesDatasetWriter().write(dataset, out, WriteOptions.defaults());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<byte[]> lines = new ArrayList<>(List.of(new String(out.toByteArray(), StandardCharsets.UTF_8).split("\n")).stream()
                .map(JsonLinesThreadsProperties::bytes).toList());
        for (int[] planting : plantings) {
            lines.add(planting[0] % (lines.size() + 1), BAD_LINES.get(planting[1]));
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        for (byte[] line : lines) {
            file.writeBytes(line);
            file.writeBytes(bytes(lineEnd));
        }
        return file.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
