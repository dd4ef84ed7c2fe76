package io.github.regsec.formats.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.formats.WriteOptions;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.DatasetRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class SqlRoundTripTest {

    @TempDir
    Path temp;

    static Stream<Arguments> dialectsAndDatasets() {
        return Stream.of(SqlDialect.values())
                .flatMap(d -> TestDatabases.datasetNames().stream().map(n -> Arguments.of(d, n)));
    }

    static List<DatasetRecord> records(Dataset dataset) {
        return dataset.records().collect(Collectors.toList());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("dialectsAndDatasets")
    void readsBackTheDatasetItWrote(SqlDialect dialect, String name) throws Exception {
        Dataset original = TestDatabases.dataset(name);

        ImportResult back = TestDatabases.roundTrip(dialect, TestDatabases.url(dialect, temp), original);

        assertThat(back.problems()).isEmpty();
        assertThat(records(back.dataset())).isEqualTo(records(original));
        assertThat(back.rowsRejected()).isZero();
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void replacesTheDatasetWrittenBefore(SqlDialect dialect) throws Exception {
        String url = TestDatabases.url(dialect, temp);
        TestDatabases.roundTrip(dialect, url, TestDatabases.dataset("central-asia"));
        Dataset second = TestDatabases.dataset("complete");

        ImportResult back = TestDatabases.roundTrip(dialect, url, second);

        assertThat(back.problems()).isEmpty();
        assertThat(records(back.dataset())).isEqualTo(records(second));
    }

    @ParameterizedTest
    @EnumSource(value = SqlDialect.class, names = {"DUCKDB", "SQLITE"})
    void writesAndReadsFilesByTheirEnding(SqlDialect dialect) throws Exception {
        Dataset original = TestDatabases.dataset("central-asia");
        Formats formats = Formats.discover();
        for (String ending : TestDatabases.format(dialect).extensions()) {
            for (String name : List.of("x." + ending, "x." + ending + ".gz")) {
                Path file = temp.resolve(name);
                assertThat(formats.writerFor(file).name()).isEqualTo(dialect.formatName());

                formats.write(original, file, WriteOptions.defaults());
                ImportResult back = formats.read(file, ReadOptions.defaults());

                assertThat(back.problems()).isEmpty();
                assertThat(records(back.dataset())).isEqualTo(records(original));
            }
        }
        assertThat(temp.toFile().list()).allSatisfy(f -> assertThat(f).doesNotContain("regsec-"));
    }

    @Test
    void picksTheFormatOfAJdbcUrl() throws Exception {
        Formats formats = Formats.discover();

        assertThat(formats.writerForUrl("jdbc:postgresql://localhost/regsec").name()).isEqualTo("postgresql");
        assertThat(formats.importerForUrl("jdbc:postgresql://localhost/regsec").name()).isEqualTo("postgresql");
        assertThat(formats.writerForUrl("jdbc:duckdb:/tmp/x.duckdb").name()).isEqualTo("duckdb");
        assertThat(formats.writerForUrl("jdbc:sqlite:x.db").name()).isEqualTo("sqlite");
        assertThat(Formats.isUrl("jdbc:sqlite:x.db")).isTrue();
        assertThat(Formats.isUrl("x.db")).isFalse();
    }

    @Test
    void writesToAPostgresqlUrlThroughFormats() throws Exception {
        String url = TestDatabases.postgresqlUrl();
        Dataset original = TestDatabases.dataset("people");
        Formats formats = Formats.discover();

        formats.writerForUrl(url).write(original, url, WriteOptions.defaults());

        assertThat(records(TestDatabases.read(SqlDialect.POSTGRESQL, url).dataset())).isEqualTo(records(original));
    }

    @Test
    void leavesNoPasswordInItsMessages() {
        assertThat(SqlFormat.redacted("jdbc:postgresql://h/db?user=me&password=secret&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?user=me&password=***&ssl=true");
        assertThat(SqlFormat.redacted("jdbc:postgresql://me:secret@h/db")).isEqualTo("jdbc:postgresql://me:***@h/db");
    }

    @Test
    void aDuckDbFileIsReadWithoutBeingChanged() throws Exception {
        Path file = temp.resolve("x.duckdb");
        Formats.discover().write(TestDatabases.dataset("central-asia"), file, WriteOptions.defaults());
        byte[] before = Files.readAllBytes(file);

        Formats.discover().read(file, ReadOptions.defaults());

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
