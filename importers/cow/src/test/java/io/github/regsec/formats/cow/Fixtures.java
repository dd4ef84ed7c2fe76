package io.github.regsec.formats.cow;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The test resources under {@code src/test/resources/cow}, as paths. */
final class Fixtures {

    private Fixtures() {
    }

    /** A file or directory under {@code cow/}. */
    static Path path(String relative) {
        URL url = Fixtures.class.getResource("/cow/" + relative);
        if (url == null) {
            throw new IllegalArgumentException("no test resource cow/" + relative);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The real extract's state-year file, with its igo-year file next to it. */
    static Path extract() {
        return path("extract/state_year_format3.csv");
    }

    /** The real extract's igo-year file. */
    static Path extractIgoYear() {
        return path("extract/igo_year_format3.csv");
    }

    /** The same state-year extract, gzipped, alone in its directory. */
    static Path gzipped() {
        return path("gzipped/state_year_format3.csv.gz");
    }
}
