package io.github.regsec.formats.sql;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.model.Dataset;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * The databases the tests run against: DuckDB and SQLite in files of a test's temporary
 * directory, PostgreSQL at the server the system property {@value #POSTGRESQL_URL} names (set by
 * .ci/run; see sql/README.md). PostgreSQL tests are skipped, with that reason, when it is not set.
 */
final class TestDatabases {

    /** The system property with the JDBC URL of a PostgreSQL database the tests may fill. */
    static final String POSTGRESQL_URL = "regsec.test.postgresql.url";

    private TestDatabases() {
    }

    /** The URL of a fresh database of the dialect (PostgreSQL: the test server's, emptied by each write). */
    static String url(SqlDialect dialect, Path directory) {
        return switch (dialect) {
            case DUCKDB -> dialect.urlPrefix() + directory.resolve("test.duckdb");
            case SQLITE -> dialect.urlPrefix() + directory.resolve("test.sqlite");
            case POSTGRESQL -> postgresqlUrl();
        };
    }

    /** The PostgreSQL test server's URL; skips the test when none is given. */
    static String postgresqlUrl() {
        String url = System.getProperty(POSTGRESQL_URL, "");
        if (url.isBlank()) {
            url = System.getenv().getOrDefault("REGSEC_TEST_POSTGRESQL_URL", "");
        }
        assumeTrue(!url.isBlank(), "no PostgreSQL server to test against: give its URL with -D" + POSTGRESQL_URL
                + "=jdbc:postgresql://localhost:54329/regsec?user=postgres (see sql/README.md; .ci/run starts one)");
        return url;
    }

    /** The format of a dialect. */
    static SqlFormat format(SqlDialect dialect) {
        return SqlFormat.all().stream().filter(f -> f.dialect() == dialect).findFirst().orElseThrow();
    }

    /** A connection for a test's own statements. */
    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** A test dataset from src/test/resources/datasets, read from CSV. */
    static Dataset dataset(String name) throws IOException {
        ImportResult result = Formats.discover().read(resource("datasets/" + name), ReadOptions.defaults());
        if (!result.problems().isEmpty()) {
            throw new IllegalStateException(name + " has problems: " + result.problems());
        }
        return result.dataset();
    }

    /** The test datasets. */
    static List<String> datasetNames() {
        return List.of("central-asia", "complete", "people");
    }

    static Path resource(String name) {
        try {
            return Path.of(TestDatabases.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a dataset to a URL and reads it back. */
    static ImportResult roundTrip(SqlDialect dialect, String url, Dataset dataset) throws Exception {
        SqlFormat format = format(dialect);
        format.write(dataset, url, io.github.regsec.formats.WriteOptions.defaults());
        return read(dialect, url);
    }

    /** Reads a database at a URL. */
    static ImportResult read(SqlDialect dialect, String url) throws IOException {
        ImportContext context = ImportContext.collecting(ReadOptions.defaults());
        format(dialect).read(url, context);
        return context.result();
    }
}
