package io.github.regsec.formats.popolo;

import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.formats.WriteOptions;
import io.github.regsec.model.Dataset;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The Popolo test data: the extract under src/test/resources, the full file in the shared fixtures when present. */
final class PopoloFixtures {

    static final String EXTRACT = "popolo/zimbabwe-senate-extract.json";
    static final String FULL = "popolo/zimbabwe-senate-ep-popolo-v1.0.json";

    private PopoloFixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(PopoloFixtures.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The shared fixtures directory ({@code ../shared/fixtures} from the reactor root), if there is one. */
    static Optional<Path> sharedFixture(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("..").resolve("shared").resolve("fixtures").resolve(name).normalize();
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static ImportResult read(Path path) throws IOException {
        return new PopoloImporter().read(path, ReadOptions.defaults());
    }

    static String write(Dataset dataset) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PopoloWriter().write(dataset, out, WriteOptions.defaults());
        return out.toString(StandardCharsets.UTF_8);
    }
}
