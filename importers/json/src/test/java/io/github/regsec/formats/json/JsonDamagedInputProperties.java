package io.github.regsec.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.formats.DatasetImporter;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.formats.generators.ByteMutations;
import io.github.regsec.formats.generators.ByteMutations.Mutation;
import io.github.regsec.formats.generators.ImportChecks;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.problem.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * A valid JSON document ({@code json/dataset.json}) and JSON Lines file ({@code jsonl/shuffled.jsonl}),
 * damaged byte by byte (plain, or gzipped and then damaged): reading never throws, in collecting
 * mode not even an {@link IOException} (the file is there and readable), and in fail-fast mode
 * only an {@link io.github.regsec.formats.ImportException} with the first error; the books
 * balance; every problem has its file and line. In JSON Lines, every line the damage left intact
 * still imports its record unchanged.
 *
 * <p>Tries: {@code jqwik.tries.default} in {@code junit-platform.properties} (100); a longer campaign:
 * {@code mvn -B -o install -pl importers/json -Djqwik.tries.default=10000}.
 */
class JsonDamagedInputProperties {

    private Path directory;

    @BeforeTry
    void createDirectory() throws IOException {
        directory = Files.createTempDirectory("regsec-json-damaged");
    }

    @AfterTry
    void deleteDirectory() throws IOException {
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(directory);
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return ByteMutations.mutations();
    }

    @Property
    void readingADamagedDocumentNeverThrowsAndKeepsTheBooks(@ForAll boolean gzipped,
                                                           @ForAll("mutations") List<Mutation> mutations) throws Exception {
        read(new JsonDatasetImporter(), "json/dataset.json", gzipped, mutations);
    }

    @Property
    void readingDamagedJsonLinesNeverThrowsKeepsTheBooksAndImportsEveryIntactLine(
            @ForAll boolean gzipped, @ForAll("mutations") List<Mutation> mutations) throws Exception {
        String fixture = "jsonl/shuffled.jsonl";
        ImportResult result = read(new JsonLinesDatasetImporter(), fixture, gzipped, mutations);
        if (gzipped) {
            return; // damaged gzip data may lose every line after the damage
        }

        byte[] original = Files.readAllBytes(Fixtures.path(fixture));
        ImportResult before = Fixtures.readJsonLines(fixture);
        Map<Integer, DatasetRecord> recordOnLine = new HashMap<>();
        before.dataset().records().forEach(r -> recordOnLine.put(before.locations().of(r).orElseThrow().line(), r));
        List<byte[]> originalLines = lines(original);
        byte[] broken = ByteMutations.apply(mutations, original);
        if (broken.length >= 2 && broken[0] == 0x1f && broken[1] == (byte) 0x8b) {
            return; // the damage made the file look gzipped
        }
        if (broken.length >= 2 && (broken[0] == (byte) 0xff && broken[1] == (byte) 0xfe
                || broken[0] == (byte) 0xfe && broken[1] == (byte) 0xff)) {
            return; // the damage made the file start with a UTF-16 byte order mark: refused as a whole
        }
        List<DatasetRecord> imported = result.dataset().records().toList();
        for (byte[] line : lines(broken)) {
            for (int i = 0; i < originalLines.size(); i++) {
                if (Arrays.equals(line, originalLines.get(i)) && recordOnLine.containsKey(i + 1)) {
                    assertThat(imported).as("the record of the intact line %d", i + 1).contains(recordOnLine.get(i + 1));
                }
            }
        }
    }

    /** Damages a fixture, reads it in both modes and checks what every read must give. */
    private ImportResult read(DatasetImporter importer, String fixture, boolean gzipped, List<Mutation> mutations)
            throws Exception {
        byte[] bytes = Files.readAllBytes(Fixtures.path(fixture));
        byte[] broken = ByteMutations.apply(mutations, gzipped ? gzip(bytes) : bytes);
        String name = Path.of(fixture).getFileName() + (gzipped ? ".gz" : "");
        Path file = directory.resolve(name);
        Files.write(file, broken);
        boolean gzipData = gzipped || broken.length >= 2 && broken[0] == 0x1f && broken[1] == (byte) 0x8b;
        // only a file that cannot be decompressed, or that holds nothing, has no line
        Predicate<Problem> mayLackLine = p -> gzipData || p.message().startsWith("the file is empty");

        ImportResult result = importer.read(file, ReadOptions.defaults());

        ImportChecks.assertBooksBalance(result);
        ImportChecks.assertProblemsPlaced(result, mayLackLine);
        ImportChecks.assertFailFastAgrees(result, () -> importer.read(file, ReadOptions.failingFast()));
        return result;
    }

    /** The lines of a file's bytes, without their {@code \n}. */
    private static List<byte[]> lines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                lines.add(Arrays.copyOfRange(bytes, start, i));
                start = i + 1;
            }
        }
        return lines;
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
