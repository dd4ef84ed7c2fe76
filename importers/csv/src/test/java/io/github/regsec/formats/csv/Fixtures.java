package io.github.regsec.formats.csv;

import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Test fixtures under {@code src/test/resources} and helpers to read them. */
final class Fixtures {

    private Fixtures() {
    }

    /** A fixture file or directory, e.g. {@code bad/empty}. */
    static Path path(String name) {
        URL url = Fixtures.class.getResource("/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Reads a fixture with the default importer and options. */
    static ImportResult read(String name) throws IOException {
        return read(path(name));
    }

    /** Reads a path with the default importer and options. */
    static ImportResult read(Path path) throws IOException {
        return new CsvDatasetImporter().read(path, ReadOptions.defaults());
    }

    /** Every record of a dataset in dataset order. */
    static List<DatasetRecord> records(Dataset dataset) {
        return dataset.records().collect(Collectors.toList());
    }

    /** The problems of a result on one file. */
    static List<Problem> problemsIn(ImportResult result, String file) {
        return result.problems().stream().filter(p -> p.location() != null && p.location().file().equals(file))
                .collect(Collectors.toList());
    }

    /** The names of the files in a directory, sorted. */
    static List<String> listing(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
