package io.github.regsec.formats.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.formats.WriteOptions;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Bad rows in a database edited by hand are problems with the table, the row and the column, like any import's. */
class HandEditedDatabaseTest {

    @TempDir
    Path temp;

    private String written(SqlDialect dialect) throws Exception {
        String url = TestDatabases.url(dialect, temp);
        TestDatabases.format(dialect).write(TestDatabases.dataset("central-asia"), url, WriteOptions.defaults());
        return url;
    }

    private static void execute(String url, String... statements) throws Exception {
        try (Connection connection = TestDatabases.connect(url); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void rejectsARowWithABadValueNamingTableRowAndColumn(SqlDialect dialect) throws Exception {
        String url = written(dialect);
        execute(url, "UPDATE memberships SET status = 'observer-ish' WHERE row_number = 3");

        ImportResult result = TestDatabases.read(dialect, url);

        assertThat(result.rowsRejected()).isEqualTo(1);
        Problem problem = result.problems().get(0);
        assertThat(problem.isError()).isTrue();
        assertThat(problem.field()).isEqualTo("status");
        assertThat(problem.recordId()).isNotNull();
        assertThat(problem.message()).contains("observer-ish");
        int statusColumn = new SqlSchema(dialect).tableOf(io.github.regsec.model.table.RecordTables.MEMBERSHIP)
                .columns().stream().map(SqlSchema.Column::name).toList().indexOf("status") + 1;
        assertThat(problem.location()).isEqualTo(Location.of("memberships", 3, statusColumn));
        assertThat(result.dataset().memberships()).hasSize(TestDatabases.dataset("central-asia").memberships().size() - 1);
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void warnsWhenTheDateBoundsNoLongerAgreeWithTheDate(SqlDialect dialect) throws Exception {
        String url = written(dialect);
        execute(url, "UPDATE memberships SET start_date = '1992' WHERE row_number = 1");

        ImportResult result = TestDatabases.read(dialect, url);

        assertThat(result.rowsRejected()).isZero();
        assertThat(result.problems()).anySatisfy(p -> {
            assertThat(p.rule()).isEqualTo(DatabaseReader.DATE_BOUNDS);
            assertThat(p.isError()).isFalse();
            assertThat(p.field()).isEqualTo("start_date_latest");
            assertThat(p.message()).contains("1992-12-31");
            assertThat(p.location().file()).isEqualTo("memberships");
            assertThat(p.location().line()).isEqualTo(1);
        });
        assertThat(result.dataset().memberships().get(0).startDate()).hasToString("1992");
    }

    @Test
    void rejectsAChildRowWhoseParentIsNotThere() throws Exception {
        String url = written(SqlDialect.SQLITE); // SQLite does not enforce foreign keys unless asked
        execute(url, "UPDATE meeting_participants SET meeting_id = 'no-such-meeting' WHERE row_number = 2");

        ImportResult result = TestDatabases.read(SqlDialect.SQLITE, url);

        assertThat(result.rowsRejected()).isEqualTo(1);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(RuleIds.UNKNOWN_REFERENCE);
            assertThat(p.message()).contains("no-such-meeting");
            assertThat(p.location().file()).isEqualTo("meeting_participants");
            assertThat(p.location().line()).isEqualTo(2);
        });
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void warnsOfAColumnThatIsNoFieldAndReadsTheRest(SqlDialect dialect) throws Exception {
        String url = written(dialect);
        execute(url, "ALTER TABLE organizations ADD COLUMN my_notes " + (dialect == SqlDialect.DUCKDB ? "VARCHAR" : "TEXT"));

        ImportResult result = TestDatabases.read(dialect, url);

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(RuleIds.UNKNOWN_FIELD);
            assertThat(p.isError()).isFalse();
            assertThat(p.message()).contains("my_notes");
        });
        assertThat(result.dataset().organizations()).isEqualTo(TestDatabases.dataset("central-asia").organizations());
    }

    @ParameterizedTest
    @EnumSource(value = SqlDialect.class, names = {"DUCKDB", "SQLITE"})
    void aFileThatIsNoDatabaseIsAProblemNotAnException(SqlDialect dialect) throws Exception {
        Path file = temp.resolve("notes." + TestDatabases.format(dialect).extensions().get(0));
        Files.writeString(file, "id,name\nosce,OSCE\n");

        ImportResult result = Formats.discover().read(file, ReadOptions.defaults());

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.location()).isEqualTo(Location.of(file.getFileName().toString()));
            assertThat(p.message()).contains("cannot be opened as a " + dialect.formatName() + " database");
        });
        assertThat(Files.readString(file)).isEqualTo("id,name\nosce,OSCE\n");
    }

    @ParameterizedTest
    @EnumSource(value = SqlDialect.class, names = {"DUCKDB", "SQLITE"})
    void aDatabaseWithoutTheTablesSaysSoForEachTable(SqlDialect dialect) throws Exception {
        String url = TestDatabases.url(dialect, temp);
        execute(url, "CREATE TABLE unrelated (x INTEGER)");

        ImportResult result = TestDatabases.read(dialect, url);

        assertThat(result.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).contains("the database has no table");
        });
        assertThat(result.problems()).anySatisfy(p -> assertThat(p.location()).isEqualTo(Location.of("memberships")));
        assertThat(result.dataset().isEmpty()).isTrue();
    }
}
