package io.github.regsec.examples;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Paths of the test fixtures under src/test/resources. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A fixture file or directory by its resource path, e.g. {@code central-asia-faulty}. */
    public static Path path(String resource) {
        URL url = Fixtures.class.getResource("/" + resource);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + resource);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The copy of the bundled dataset with the seed article's errors as written. */
    public static Path faulty() {
        return path("central-asia-faulty");
    }
}
