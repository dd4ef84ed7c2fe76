package io.github.regsec.formats.json;

import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.problem.Problem;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Test fixtures under {@code src/test/resources} and small helpers. */
final class Fixtures {

    private Fixtures() {
    }

    /** A fixture file by its path under the test resources, e.g. {@code json/dataset.json}. */
    static Path path(String name) {
        URL url = Fixtures.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ImportResult readJson(String name) throws IOException {
        return new JsonDatasetImporter().read(path(name), ReadOptions.defaults());
    }

    static ImportResult readJsonLines(String name) throws IOException {
        return new JsonLinesDatasetImporter().read(path(name), ReadOptions.defaults());
    }

    /** Every record of a dataset, in dataset order. */
    static List<DatasetRecord> records(Dataset dataset) {
        return dataset.records().collect(Collectors.toList());
    }

    /** The problems, one a line, for assertion messages. */
    static String show(List<Problem> problems) {
        return problems.stream().map(p -> p.toString() + " [" + p.rule() + ", field " + p.field() + "]")
                .collect(Collectors.joining("\n"));
    }
}
