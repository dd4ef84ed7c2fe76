package io.github.regsec.formats.sql;

import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.ImportException;
import io.github.regsec.formats.InputFiles;
import io.github.regsec.formats.OutputFiles;
import io.github.regsec.formats.UrlDatasetImporter;
import io.github.regsec.formats.UrlDatasetWriter;
import io.github.regsec.formats.WriteOptions;
import io.github.regsec.formats.codec.WritabilityCheck;
import io.github.regsec.model.Dataset;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * A dataset in an SQL database: the importer and writer of one {@link SqlDialect}, found through
 * {@link io.github.regsec.formats.Formats} by a file's ending ({@code .duckdb}, {@code .sqlite},
 * {@code .db}) or by a JDBC URL ({@code jdbc:postgresql://localhost/regsec}), and usable on a
 * connection of your own ({@link #write(Dataset, Connection)}, {@link #read(Connection, ImportContext)}).
 *
 * <p>The layout (tables, columns, date bounds, views) is in docs/FORMATS.md#sql-databases. A
 * write runs in one transaction that first drops the tables and views of a dataset written
 * before: the database holds the old dataset or the new one, never a mix. A file database is
 * built in a temporary directory and then takes the target's place ({@link OutputFiles}), so a
 * {@code .gz} name compresses it and a failed write leaves the old file as it was.
 */
public abstract class SqlFormat implements UrlDatasetImporter, UrlDatasetWriter {

    private final SqlDialect dialect;

    /**
     * For the three formats.
     *
     * @param dialect the database this format reads and writes
     */
    SqlFormat(SqlDialect dialect) {
        this.dialect = dialect;
    }

    /**
     * The database this format reads and writes.
     *
     * @return its dialect
     */
    public SqlDialect dialect() {
        return dialect;
    }

    @Override
    public String name() {
        return dialect.formatName();
    }

    @Override
    public boolean acceptsUrl(String url) {
        return dialect.accepts(url);
    }

    /**
     * Writes a dataset over a connection of your own, in one transaction (the connection's
     * auto-commit setting is restored afterwards), replacing the dataset written there before.
     *
     * @param dataset the dataset to write
     * @param connection an open connection to a database of this format's dialect
     * @throws IllegalArgumentException when the dataset holds a value the format cannot carry unchanged
     *     (see {@link WritabilityCheck}), or two records of a kind share an id
     * @throws SQLException when the database refuses a statement (nothing is written then)
     */
    public void write(Dataset dataset, Connection connection) throws SQLException {
        WritabilityCheck.check(dataset);
        new DatabaseWriter(connection, dialect).write(dataset);
    }

    /**
     * Reads a dataset over a connection of your own. Problems name the table as the file, the
     * row's {@code row_number} as the line and the column's place in the table as the column.
     *
     * @param connection an open connection to a database of this format's dialect
     * @param context where every row, record and problem is reported
     * @throws ImportException when the context stops the read (fail-fast)
     * @throws SQLException when the database fails while it is read
     */
    public void read(Connection connection, ImportContext context) throws SQLException, ImportException {
        new DatabaseReader(connection, dialect, context).read();
    }

    @Override
    public void write(Dataset dataset, String url, WriteOptions options) throws IOException {
        WritabilityCheck.check(dataset);
        try (Connection connection = connect(url, false)) {
            new DatabaseWriter(connection, dialect).write(dataset);
        } catch (SQLException e) {
            throw new IOException(dialect.formatName() + " refused the write to " + redacted(url) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void read(String url, ImportContext context) throws IOException {
        try (Connection connection = connect(url, true)) {
            readReporting(connection, redacted(url), context);
        } catch (SQLException e) {
            throw new IOException("cannot read " + redacted(url) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void write(Dataset dataset, Path target, WriteOptions options) throws IOException {
        WritabilityCheck.check(dataset); // before the target is created or replaced
        withFileDatabase(database -> {
            write(dataset, url(database), options);
            try (OutputStream out = OutputFiles.replace(target)) {
                Files.copy(database, out);
            }
        });
    }

    @Override
    public void write(Dataset dataset, OutputStream out, WriteOptions options) throws IOException {
        WritabilityCheck.check(dataset);
        withFileDatabase(database -> {
            write(dataset, url(database), options);
            Files.copy(database, out);
        });
    }

    @Override
    public void read(Path path, ImportContext context) throws IOException {
        String fileName = InputFiles.fileName(path);
        if (!fileName.endsWith(".gz") && Files.isRegularFile(path)) {
            readFile(path, fileName, context);
            return;
        }
        try (InputStream in = InputFiles.open(path)) {
            read(in, fileName, context);
        }
    }

    @Override
    public void read(InputStream in, String fileName, ImportContext context) throws IOException {
        withFileDatabase(database -> {
            Files.copy(in, database);
            readFile(database, fileName, context);
        });
    }

    private void readFile(Path database, String fileName, ImportContext context) throws IOException {
        if (!isFileDatabase()) {
            throw new IOException("the " + name() + " format reads a " + dialect.urlPrefix() + " URL, not a file");
        }
        try (Connection connection = connect(url(database), true)) {
            try (ResultSet tables = connection.getMetaData().getTables(null, null, "%", null)) {
                tables.next(); // SQLite opens a file lazily: this is where one that is no database fails
            }
            readReporting(connection, fileName, context);
        } catch (SQLException e) { // not a database of this kind at all
            context.reading(fileName);
            context.report(Problem.error(RuleIds.SYNTAX, fileName + " cannot be opened as a " + dialect.formatName()
                    + " database: " + e.getMessage()).withLocation(Location.of(fileName)));
        }
    }

    /** Reads, and makes a database that fails part way a problem of the read rather than an exception. */
    private void readReporting(Connection connection, String where, ImportContext context)
            throws SQLException, ImportException {
        try {
            read(connection, context);
        } catch (SQLException e) {
            context.report(Problem.error(RuleIds.SYNTAX, where + " could not be read to its end: " + e.getMessage())
                    .withLocation(Location.of(where)));
        }
    }

    private boolean isFileDatabase() {
        return dialect != SqlDialect.POSTGRESQL;
    }

    private String url(Path database) throws IOException {
        if (!isFileDatabase()) {
            throw new IOException("the " + name() + " format writes to a " + dialect.urlPrefix()
                    + " URL, not a file: give the URL (jdbc:postgresql://HOST/DATABASE?user=...)");
        }
        return dialect.urlPrefix() + database.toAbsolutePath();
    }

    /** Something done with a database file in a temporary directory, removed afterwards. */
    private interface FileWork {
        void run(Path database) throws IOException;
    }

    private void withFileDatabase(FileWork work) throws IOException {
        if (!isFileDatabase()) {
            url(null); // says why not
        }
        Path directory = Files.createTempDirectory("regsec-" + name());
        try {
            work.run(directory.resolve("dataset." + extensions().get(0)));
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /**
     * Opens a connection with the driver of this format's dialect, found on this module's class
     * loader (so it works from a plugin jar, which {@link java.sql.DriverManager} would not see).
     */
    private Connection connect(String url, boolean readOnly) throws SQLException {
        Properties properties = new Properties();
        switch (dialect) {
            case DUCKDB -> {
                if (readOnly) {
                    properties.setProperty("duckdb.read_only", "true");
                }
            }
            case SQLITE -> {
                if (readOnly) {
                    properties.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY: never creates a file
                }
            }
            case POSTGRESQL -> properties.setProperty("reWriteBatchedInserts", "true");
        }
        for (Driver driver : ServiceLoader.load(Driver.class, SqlFormat.class.getClassLoader())) {
            if (driver.acceptsURL(url)) {
                Connection connection = driver.connect(url, properties);
                if (connection != null) {
                    return connection;
                }
            }
        }
        throw new SQLException("no JDBC driver for " + dialect.urlPrefix() + " URLs is on the class path");
    }

    /** A URL without its password, for messages. */
    static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//([^/@:]+):[^/@]*@", "//$1:***@");
    }

    /** The formats, for tests and for users who pick one by dialect. */
    static List<SqlFormat> all() {
        return List.of(new DuckDbFormat(), new SqliteFormat(), new PostgresqlFormat());
    }
}
