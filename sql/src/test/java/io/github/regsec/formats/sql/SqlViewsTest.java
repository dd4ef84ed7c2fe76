package io.github.regsec.formats.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.formats.WriteOptions;
import io.github.regsec.model.Answer;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.Membership;
import io.github.regsec.model.Organization;
import io.github.regsec.model.party.Party;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The views give the answers the {@link Dataset} questions give, certain and possible, on the bundled dataset. */
class SqlViewsTest {

    @TempDir
    Path temp;

    /** Every first and fifteenth of a month from 1985 to 2026, and each membership's own bounds and their neighbours. */
    private static List<LocalDate> days(Dataset dataset) {
        Set<LocalDate> days = new java.util.TreeSet<>();
        for (LocalDate d = LocalDate.of(1985, 1, 1); d.isBefore(LocalDate.of(2027, 1, 1)); d = d.plusMonths(1)) {
            days.add(d);
            days.add(d.withDayOfMonth(15));
        }
        for (Membership m : dataset.memberships()) {
            for (var date : new io.github.regsec.model.time.PartialDate[] {m.startDate(), m.endDate()}) {
                if (date != null) {
                    for (LocalDate edge : List.of(date.earliest(), date.latest())) {
                        days.add(edge.minusDays(1));
                        days.add(edge);
                        days.add(edge.plusDays(1));
                    }
                }
            }
        }
        return new ArrayList<>(days);
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void membersOnADayAgreeWithTheDataset(SqlDialect dialect) throws Exception {
        Dataset dataset = TestDatabases.dataset("central-asia");
        String url = TestDatabases.url(dialect, temp);
        TestDatabases.format(dialect).write(dataset, url, WriteOptions.defaults());
        List<LocalDate> days = days(dataset);
        int compared = 0;
        int possibleSeen = 0;

        try (Connection connection = TestDatabases.connect(url);
             PreparedStatement query = connection.prepareStatement(dialect.membersOnQuery())) {
            for (LocalDate day : days) {
                query.setString(1, null);
                query.setString(2, day.toString());
                Map<String, List<String>> certain = new HashMap<>();
                Map<String, List<String>> possible = new HashMap<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        Map<String, List<String>> target = rs.getString("certainty").equals("certain") ? certain : possible;
                        target.computeIfAbsent(rs.getString("organization_id"), k -> new ArrayList<>())
                                .add(rs.getString("membership_id"));
                    }
                }
                for (Organization organization : dataset.organizations()) {
                    Answer<Membership> expected = dataset.membersOn(organization.id(), day, null);
                    assertThat(certain.getOrDefault(organization.id(), List.of())).as("certain in %s on %s", organization.id(), day)
                            .isEqualTo(expected.certain().stream().map(Membership::id).collect(Collectors.toList()));
                    assertThat(possible.getOrDefault(organization.id(), List.of())).as("possible in %s on %s", organization.id(), day)
                            .isEqualTo(expected.possible().stream().map(Membership::id).collect(Collectors.toList()));
                    compared++;
                    possibleSeen += expected.possible().size();
                }
            }
        }
        assertThat(days).hasSizeGreaterThan(1000);
        assertThat(compared).isGreaterThan(10_000);
        assertThat(possibleSeen).as("the days tested include days with only possible members").isPositive();
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void membershipPeriodsAreOneRowPerMembershipWithTheirBounds(SqlDialect dialect) throws Exception {
        Dataset dataset = TestDatabases.dataset("central-asia");
        String url = TestDatabases.url(dialect, temp);
        TestDatabases.format(dialect).write(dataset, url, WriteOptions.defaults());

        try (Connection connection = TestDatabases.connect(url); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT membership_id, start_date, possible_from, certain_from"
                     + " FROM membership_periods ORDER BY row_number")) {
            for (Membership m : dataset.memberships()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(m.id());
                assertThat(rs.getString(2)).isEqualTo(m.startDate() == null ? null : m.startDate().toString());
                assertThat(rs.getString(3)).isEqualTo(m.startDate() == null ? null : m.startDate().earliest().toString());
                assertThat(rs.getString(4)).isEqualTo(m.startDate() == null ? null : m.startDate().latest().toString());
            }
            assertThat(rs.next()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void meetingPartiesAreTheDatasetsPartiesOfEachMeeting(SqlDialect dialect) throws Exception {
        Dataset dataset = TestDatabases.dataset("central-asia");
        String url = TestDatabases.url(dialect, temp);
        TestDatabases.format(dialect).write(dataset, url, WriteOptions.defaults());
        Map<String, Set<String>> parties = new TreeMap<>();

        try (Connection connection = TestDatabases.connect(url); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT meeting_id, party FROM meeting_parties")) {
            while (rs.next()) {
                parties.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
            }
        }

        Map<String, Set<String>> expected = new TreeMap<>();
        for (Meeting meeting : dataset.meetings()) {
            Set<String> of = dataset.partiesOf(meeting).stream().map(Party::toString).collect(Collectors.toSet());
            if (!of.isEmpty()) {
                expected.put(meeting.id(), of);
            }
        }
        assertThat(parties).isEqualTo(expected);
        assertThat(expected.values().stream().anyMatch(s -> s.stream().anyMatch(p -> p.startsWith("country:")))).isTrue();
    }

    @Test
    void exportsParquetFromDuckDb() throws Exception {
        Dataset dataset = TestDatabases.dataset("central-asia");
        String url = TestDatabases.url(SqlDialect.DUCKDB, temp);
        TestDatabases.format(SqlDialect.DUCKDB).write(dataset, url, WriteOptions.defaults());
        Path parquet = temp.resolve("memberships.parquet");

        try (Connection connection = TestDatabases.connect(url); Statement statement = connection.createStatement()) {
            statement.execute("COPY memberships TO '" + parquet + "' (FORMAT parquet)");
            try (ResultSet rs = statement.executeQuery("SELECT count(*), count(start_date_earliest) FROM '" + parquet + "'")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(dataset.memberships().size());
                assertThat(rs.getLong(2)).isEqualTo(dataset.memberships().stream().filter(m -> m.startDate() != null).count());
            }
        }
        assertThat(Files.readAllBytes(parquet)).startsWith('P', 'A', 'R', '1');
    }
}
