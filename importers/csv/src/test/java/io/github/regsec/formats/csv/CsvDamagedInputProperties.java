package io.github.regsec.formats.csv;

import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.formats.generators.ByteMutations;
import io.github.regsec.formats.generators.ByteMutations.Mutation;
import io.github.regsec.formats.generators.ImportChecks;
import io.github.regsec.model.table.RecordTable;
import io.github.regsec.model.table.RecordTables;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * A valid CSV directory ({@code datasets/complete}) with one file damaged, byte by byte (plain, or
 * gzipped and then damaged): reading never throws, in collecting mode not even an
 * {@link IOException} (the files are there and readable), and in fail-fast mode only an
 * {@link io.github.regsec.formats.ImportException} with the first error; the books balance and
 * every problem has its file and line.
 *
 * <p>Tries: {@code jqwik.tries.default} in {@code junit-platform.properties} (100); a longer campaign:
 * {@code mvn -B -o install -pl importers/csv -Djqwik.tries.default=10000}.
 */
class CsvDamagedInputProperties {

    private static final String COMPLETE = "datasets/complete";

    private final CsvDatasetImporter importer = new CsvDatasetImporter();
    private Path directory;

    @BeforeTry
    void createDirectory() throws IOException {
        directory = Files.createTempDirectory("regsec-csv-damaged");
    }

    @AfterTry
    void deleteDirectory() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Provide
    Arbitrary<String> files() {
        return Arbitraries.of(RecordTables.all().stream().map(RecordTable::csvFile)
                .filter(file -> Files.exists(Fixtures.path(COMPLETE).resolve(file))).toList());
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return ByteMutations.mutations();
    }

    @Property
    void readingADamagedFileNeverThrowsAndKeepsTheBooks(@ForAll("files") String damaged, @ForAll boolean gzipped,
                                                        @ForAll("mutations") List<Mutation> mutations) throws Exception {
        for (RecordTable<?> schema : RecordTables.all()) {
            Path original = Fixtures.path(COMPLETE).resolve(schema.csvFile());
            if (!schema.csvFile().equals(damaged) && Files.exists(original)) {
                Files.copy(original, directory.resolve(schema.csvFile()));
            }
        }
        byte[] bytes = Files.readAllBytes(Fixtures.path(COMPLETE).resolve(damaged));
        byte[] broken = ByteMutations.apply(mutations, gzipped ? gzip(bytes) : bytes);
        String name = gzipped ? damaged + ".gz" : damaged;
        Files.write(directory.resolve(name), broken);
        boolean gzipData = gzipped || broken.length >= 2 && broken[0] == 0x1f && broken[1] == (byte) 0x8b;

        ImportResult result = importer.read(directory, ReadOptions.defaults());

        ImportChecks.assertBooksBalance(result);
        // only a file that cannot be decompressed at all has no line
        ImportChecks.assertProblemsPlaced(result, p -> gzipData && p.location().file().equals(name));
        ImportChecks.assertFailFastAgrees(result, () -> importer.read(directory, ReadOptions.failingFast()));
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
