package io.github.regsec.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.formats.WriteOptions;
import io.github.regsec.formats.generators.DatasetArbitraries;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.DatasetRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Lines fast path reads every record the writer writes, however it is spelled (white
 * space anywhere JSON allows it, properties in any order, characters escaped in every way JSON
 * has), into what Jackson's path reads; and gives up on every line it does not read exactly,
 * which that path then reads.
 */
class RecordBytesDecoderProperties {

    @Property(tries = 200)
    void readsRespelledRecordsAsJacksonsPathReadsThem(@ForAll("datasets") Dataset dataset, @ForAll long seed)
            throws IOException {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (String line : jsonLines(dataset)) {
            lines.add(respell(Jackson.MAPPER.readTree(line), random, random.nextBoolean()));
        }
        byte[] file = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        ImportResult direct = read(file, true);
        ImportResult byJackson = read(file, false);
        assertThat(byJackson.problems()).isEmpty();
        assertThat(direct.problems()).isEmpty();
        assertThat(direct.dataset().records().toList()).isEqualTo(byJackson.dataset().records().toList());

        // the decoder guesses a line's kind from the line before, or from a type given first: with
        // the type first, it reads every line
        RecordBytesDecoder decoder = new RecordBytesDecoder("data.jsonl", ReadOptions.defaults().maxValueLength(),
                ReadOptions.defaults().maxNestingDepth());
        List<DatasetRecord> expected = byJackson.dataset().records().toList();
        List<DatasetRecord> decoded = new ArrayList<>();
        lines.clear();
        for (String line : jsonLines(dataset)) {
            lines.add(respell(Jackson.MAPPER.readTree(line), random, false));
        }
        for (int i = 0; i < lines.size(); i++) {
            byte[] bytes = lines.get(i).getBytes(StandardCharsets.UTF_8);
            int open = 0;
            while (bytes[open] != '{') {
                open++;
            }
            DatasetRecord record = decoder.decode(bytes, 0, open, bytes.length, isAscii(bytes), i + 1);
            assertThat(record).as("line %d: %s", i + 1, lines.get(i)).isNotNull();
            decoded.add(record);
        }
        assertThat(decoded).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Example
    void givesUpOnWhatItDoesNotReadExactly() {
        RecordBytesDecoder decoder = new RecordBytesDecoder("data.jsonl", 40, 3);
        String good = "{\"type\": \"source\", \"id\": \"s-1\", \"title\": \"A\"}";
        assertThat(decode(decoder, good)).isNotNull();
        assertThat(decode(decoder, "{\"type\": \"source\", \"id\": \"s-1\", \"ti\\u0074le\": \"A\"}")).isEqualTo(decode(decoder, good));
        for (String line : List.of(
                "{\"type\": \"source\", \"id\": \"s-1\", \"title\": \"A\",}",
                "{\"type\": \"source\", \"id\": \"s-1\", \"title\": \"A\"} x",
                "{\"type\": \"source\", \"id\": \"s-1\", \"title\": \"A\"",
                "{\"type\": \"source\" \"id\": \"s-1\"}",
                "{\"type\": \"source\", \"id\": \"s-1\", \"title\": nullx}",
                "{\"type\": \"source\", \"id\": \"s-1\", \"title\": nul}",
                "{\"type\": \"source\", \"id\": \"s-1\", \"title\": \"\\x41\"}",
                "{\"type\": \"source\", \"id\": \"s-1\", \"title\": \"\\u00g1\"}",
                "{\"type\": \"source\", \"id\": \"s-1\", \"title\": \"\\ud800\"}",
                "{\"type\": \"source\", \"id\": \"s-1\", \"title\": \"tab\there\"}",
                "{\"type\": \"source\", \"id\": \"s-1\", \"title\": 12}",
                "{\"type\": \"source\", \"id\": \"s-1\", \"title\": {}}",
                "{\"type\": \"source\", \"id\": \"s-1\", \"id\": \"s-2\"}",
                "{\"type\": \"source\", \"id\": \"s-1\", \"bogus\": \"A\"}",
                "{\"type\": \"source\", \"id\": \"" + "s".repeat(41) + "\"}",
                "{\"type\": \"sources\", \"id\": \"s-1\"}",
                "{\"id\": \"s-1\"}",
                "{}",
                "{\u00a0\"type\": \"source\", \"id\": \"s-1\"}")) {
            assertThat(decode(decoder, line)).as(line).isNull();
        }
    }

    @Example
    void readsIntegersAsJsonWritesThemAndNothingElse() {
        RecordBytesDecoder decoder = new RecordBytesDecoder("data.jsonl", 40, 3);
        String organization = "{\"type\": \"organization\", \"id\": \"o\", \"name\": \"O\", \"kind\": \"intergovernmental\", "
                + "\"member_count\": %s}";
        assertThat(decode(decoder, organization.formatted("12"))).isNotNull();
        assertThat(decode(decoder, organization.formatted("0"))).isNotNull();
        for (String number : List.of("012", "1.5", "1e3", "-", "12x", "\"12\"", "1234567890123456789")) {
            assertThat(decode(decoder, organization.formatted(number))).as(number).isNull();
        }
    }

    @Example
    void givesUpBeyondTheNestingLimit() {
        String meeting = "{\"type\": \"meeting\", \"id\": \"mt\", \"title\": \"T\", \"kind\": \"summit\", "
                + "\"participants\": [{\"role\": \"chair\"}]}";
        assertThat(decode(new RecordBytesDecoder("data.jsonl", 40, 3), meeting)).isNotNull();
        assertThat(decode(new RecordBytesDecoder("data.jsonl", 40, 2), meeting)).isNull();
        String organization = "{\"type\": \"organization\", \"id\": \"o\", \"name\": \"O\", \"kind\": \"intergovernmental\", "
                + "\"topics\": [\"a\"]}";
        assertThat(decode(new RecordBytesDecoder("data.jsonl", 40, 2), organization)).isNotNull();
        assertThat(decode(new RecordBytesDecoder("data.jsonl", 40, 1), organization)).isNull();
    }

    private static DatasetRecord decode(RecordBytesDecoder decoder, String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        return decoder.decode(bytes, 0, 0, bytes.length, isAscii(bytes), 1);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Dataset> datasets() {
        return DatasetArbitraries.datasets();
    }

    private static ImportResult read(byte[] file, boolean direct) throws IOException {
        ImportContext context = ImportContext.collecting(ReadOptions.defaults());
        JsonLinesDatasetImporter.read(new ByteArrayInputStream(file), "data.jsonl", context, LineChunks.CHUNK_BYTES, direct);
        return context.result();
    }

    private static List<String> jsonLines(Dataset dataset) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonLinesDatasetWriter().write(dataset, out, WriteOptions.defaults());
        List<String> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The same JSON spelled another way: white space between tokens, properties shuffled (but a
     * record's {@code type}, which stays first unless {@code typeAnywhere}), characters escaped.
     */
    static String respell(JsonNode node, Random random, boolean typeAnywhere) {
        StringBuilder out = new StringBuilder();
        respell(node, random, out, typeAnywhere);
        return space(random) + out + space(random);
    }

    private static void respell(JsonNode node, Random random, StringBuilder out, boolean typeAnywhere) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> properties = new ArrayList<>(node.properties());
            Collections.shuffle(properties, random);
            if (!typeAnywhere) {
                properties.sort((a, b) -> Boolean.compare(!a.getKey().equals("type"), !b.getKey().equals("type")));
            }
            out.append('{').append(space(random));
            for (int i = 0; i < properties.size(); i++) {
                if (i > 0) {
                    out.append(space(random)).append(',').append(space(random));
                }
                quote(properties.get(i).getKey(), random.nextInt(4) == 0 ? random : null, out);
                out.append(space(random)).append(':').append(space(random));
                respell(properties.get(i).getValue(), random, out, true);
            }
            out.append(space(random)).append('}');
        } else if (node.isArray()) {
            out.append('[').append(space(random));
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(space(random)).append(',').append(space(random));
                }
                respell(node.get(i), random, out, true);
            }
            out.append(space(random)).append(']');
        } else if (node.isString()) {
            quote(node.stringValue(), random, out);
        } else {
            out.append(node);
        }
    }

    /** A JSON string of the text, with some characters escaped (every way JSON has) when {@code random} is given. */
    private static void quote(String text, Random random, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            boolean escape = c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c) && !pair
                    || random != null && random.nextInt(6) == 0;
            if (!escape) {
                out.append(c);
                if (pair) {
                    out.append(text.charAt(++i));
                }
                continue;
            }
            String shortEscape = switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '/' -> "\\/";
                case '\b' -> "\\b";
                case '\f' -> "\\f";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> null;
            };
            if (shortEscape != null && (random == null || random.nextBoolean())) {
                out.append(shortEscape);
            } else {
                out.append(String.format(random != null && random.nextBoolean() ? "\\u%04X" : "\\u%04x", (int) c));
                if (pair) {
                    out.append(String.format("\\u%04x", (int) text.charAt(++i)));
                }
            }
        }
        out.append('"');
    }

    private static String space(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> " ";
            case 1 -> "\t";
            case 2 -> " \r ";
            case 3 -> "  ";
            default -> "";
        };
    }
}
