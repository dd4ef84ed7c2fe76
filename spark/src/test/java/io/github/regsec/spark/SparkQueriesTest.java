package io.github.regsec.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.model.Answer;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.FieldOffice;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.Membership;
import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.Organization;
import io.github.regsec.model.Person;
import io.github.regsec.model.UnknownRecordException;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.sample.SampleData;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SparkQueriesTest {

    private static final Path PLANTED = Path.of("../validation/src/test/resources/planted/planted.jsonl");

    /** The documented SQL query: members of an organization on a day, certain and possible. */
    static final String MEMBERS_ON_SQL = """
            SELECT member, min(certainty) AS certainty
            FROM (SELECT member,
                         regsec_certainty(start_date_earliest, start_date_latest,
                                          end_date_earliest, end_date_latest, DATE '%s') AS certainty
                  FROM regsec_memberships
                  WHERE organization_id = '%s' AND status = 'member')
            WHERE certainty IS NOT NULL
            GROUP BY member
            ORDER BY certainty, member""";

    /** The same on many days and every organization at once, as a test asks it. */
    private static final String MEMBERS_ON_DAYS_SQL = """
            SELECT day, organization_id, member, min(certainty) AS certainty
            FROM (SELECT d.day, m.organization_id, m.member,
                         regsec_certainty(m.start_date_earliest, m.start_date_latest,
                                          m.end_date_earliest, m.end_date_latest, d.day) AS certainty
                  FROM regsec_memberships m CROSS JOIN question_days d
                  WHERE m.status = 'member')
            WHERE certainty IS NOT NULL
            GROUP BY day, organization_id, member""";

    private static Fixture centralAsia;

    /** A dataset on one machine and on Spark, with each record's place in both. */
    private record Fixture(Dataset single, SparkDataset data, SparkQueries queries,
                           Map<DatasetRecord, Long> orders, List<LocalDate> days) {

        /** The dataset on Spark, its views registered on the session when asked (replacing those there). */
        static Fixture of(ImportResult imported, boolean register) {
            Dataset single = imported.dataset();
            Map<DatasetRecord, Long> orders = new IdentityHashMap<>();
            long order = 0;
            for (DatasetRecord record : (Iterable<DatasetRecord>) single.records()::iterator) {
                orders.put(record, order++); // as SparkDataset.of numbers them
            }
            SparkDataset data = SparkDataset.of(LocalSpark.session(), imported);
            return new Fixture(single, data, register ? SparkQueries.register(data) : SparkQueries.of(data), orders,
                    questionDays(single));
        }

        long order(DatasetRecord record) {
            return orders.get(record);
        }

        /** Every id membersOn answers for: organizations, field offices and the ids memberships name. */
        Set<String> organizationIds() {
            Set<String> ids = new TreeSet<>();
            single.organizations().forEach(o -> ids.add(o.id()));
            single.fieldOffices().forEach(f -> ids.add(f.id()));
            single.memberships().forEach(m -> ids.add(m.organizationId()));
            return ids;
        }

        org.apache.spark.sql.Dataset<Row> daysFrame() {
            List<Row> rows = days.stream().map(d -> RowFactory.create(Date.valueOf(d))).toList();
            return LocalSpark.session().createDataFrame(rows, DataTypes.createStructType(List.of(
                    DataTypes.createStructField(SparkQueries.DAY, DataTypes.DateType, false))));
        }
    }

    @BeforeAll
    static void readCentralAsia() throws Exception {
        centralAsia = Fixture.of(SampleData.readCentralAsia(), true);
    }

    /**
     * Every 29th day from 1945 to 2030, and every first and last possible day of a membership's
     * start and end with the days either side, where certain turns possible and possible none.
     */
    private static List<LocalDate> questionDays(Dataset single) {
        Set<LocalDate> days = new TreeSet<>();
        for (LocalDate d = LocalDate.of(1945, 1, 1); d.isBefore(LocalDate.of(2031, 1, 1)); d = d.plusDays(29)) {
            days.add(d);
        }
        for (Membership m : single.memberships()) {
            for (PartialDate date : new PartialDate[] {m.startDate(), m.endDate()}) {
                if (date != null) {
                    for (LocalDate bound : List.of(date.earliest(), date.latest())) {
                        days.add(bound.minusDays(1));
                        days.add(bound);
                        days.add(bound.plusDays(1));
                    }
                }
            }
        }
        return List.copyOf(days);
    }

    // ---- members on a day ----

    @Test
    void membershipsOnEveryDayAreThoseOfOneMachineForEveryOrganization() {
        Fixture f = centralAsia;
        assertThat(f.days()).hasSizeGreaterThan(1000);
        Map<String, Set<Long>> spark = new HashMap<>();
        for (Row row : f.queries().membershipsOn(f.daysFrame(), null)
                .select("day", "organization_id", "certainty", "_order").collectAsList()) {
            spark.computeIfAbsent(key(row.getString(1), row.getDate(0).toLocalDate(), row.getString(2)),
                    k -> new TreeSet<>()).add(row.getLong(3));
        }
        Map<String, Set<Long>> expected = new HashMap<>();
        for (String id : f.organizationIds()) {
            for (LocalDate day : f.days()) {
                Answer<Membership> answer = f.single().membersOn(id, day, null);
                put(expected, key(id, day, SparkQueries.CERTAIN), answer.certain(), f::order);
                put(expected, key(id, day, SparkQueries.POSSIBLE), answer.possible(), f::order);
            }
        }
        assertNotVacuous(expected);
        assertSame(spark, expected);
    }

    @Test
    void memberPartiesOnEveryDayAreThoseOfOneMachineForEveryOrganization() {
        Fixture f = centralAsia;
        Map<String, Set<String>> spark = partiesByKey(f.queries().memberPartiesOn(f.daysFrame())
                .select("day", "organization_id", "certainty", "member").collectAsList());
        assertNotVacuous(expectedParties(f));
        assertSame(spark, expectedParties(f));
    }

    @Test
    void documentedSqlGivesTheMembersOfOneMachineOnEveryDay() {
        Fixture f = centralAsia;
        SparkQueries.register(f.data());
        f.daysFrame().createOrReplaceTempView("question_days");
        Map<String, Set<String>> spark = partiesByKey(LocalSpark.session().sql(MEMBERS_ON_DAYS_SQL)
                .select("day", "organization_id", "certainty", "member").collectAsList());
        assertSame(spark, expectedParties(f));
    }

    @Test
    void documentedSingleDaySqlAndMemberPartiesOnListMembersInTheOrderOfOneMachine() {
        Fixture f = centralAsia;
        SparkQueries.register(f.data());
        SparkSession spark = LocalSpark.session();
        List<String[]> asked = new ArrayList<>(List.of(new String[] {"osce", "2019-07-17"},
                new String[] {"csto", "2012-06-01"}, new String[] {"sco", "2017-06-09"}));
        new TreeSet<>(expectedParties(f).keySet()).stream().filter(k -> k.endsWith(" " + SparkQueries.POSSIBLE))
                .limit(3).forEach(k -> asked.add(k.split(" ")));
        int possible = 0;
        for (String[] question : asked) {
            LocalDate day = LocalDate.parse(question[1]);
            Answer<Party> expected = f.single().memberPartiesOn(question[0], day);
            possible += expected.possible().size();
            List<String> expectedRows = new ArrayList<>();
            expected.certain().forEach(p -> expectedRows.add(p.text() + " certain"));
            expected.possible().forEach(p -> expectedRows.add(p.text() + " possible"));
            assertThat(texts(spark.sql(MEMBERS_ON_SQL.formatted(day, question[0])).collectAsList()))
                    .as("SQL %s on %s", question[0], day).containsExactlyElementsOf(expectedRows);
            assertThat(texts(f.queries().memberPartiesOn(question[0], day).collectAsList()))
                    .as("memberPartiesOn %s on %s", question[0], day).containsExactlyElementsOf(expectedRows);
        }
        assertThat(possible).as("some questions have possible members").isPositive();
    }

    @Test
    void membersOnListsMembershipsInTheOrderOfOneMachine() {
        Fixture f = centralAsia;
        int possible = 0;
        for (String id : List.of("osce", "csto", "cis", "sco", "un", "eu")) {
            for (LocalDate day : List.of(LocalDate.of(1992, 6, 1), LocalDate.of(2012, 6, 1), LocalDate.of(2024, 10, 2))) {
                for (MembershipStatus status : new MembershipStatus[] {MembershipStatus.MEMBER, null}) {
                    Answer<Membership> expected = f.single().membersOn(id, day, status);
                    possible += expected.possible().size();
                    List<Long> expectedOrders = new ArrayList<>();
                    expected.certain().forEach(m -> expectedOrders.add(f.order(m)));
                    expected.possible().forEach(m -> expectedOrders.add(f.order(m)));
                    List<Long> actual = f.queries().membersOn(id, day, status).select("_order").collectAsList()
                            .stream().map(r -> r.getLong(0)).toList();
                    assertThat(actual).as("%s on %s, status %s", id, day, status).containsExactlyElementsOf(expectedOrders);
                }
            }
        }
        assertThat(possible).as("some answers are possible ones").isPositive();
    }

    @Test
    void unknownOrganizationIsRejectedAsOnOneMachine() {
        Fixture f = centralAsia;
        LocalDate day = LocalDate.of(2019, 7, 17);
        UnknownRecordException unknown = catchThrowableOfType(UnknownRecordException.class,
                () -> f.single().membersOn("osec", day));
        assertThat(unknown.getMessage()).contains("'osec'", "'osce'");
        assertThatThrownBy(() -> f.queries().membersOn("osec", day)).isInstanceOf(UnknownRecordException.class)
                .hasMessage(unknown.getMessage());
        assertThatThrownBy(() -> f.queries().memberPartiesOn("osec", day)).isInstanceOf(UnknownRecordException.class)
                .hasMessage(unknown.getMessage());
        UnknownRecordException noId = catchThrowableOfType(UnknownRecordException.class,
                () -> f.single().membersOn(null, day));
        assertThatThrownBy(() -> f.queries().membersOn(null, day)).isInstanceOf(UnknownRecordException.class)
                .hasMessage(noId.getMessage());
        for (FieldOffice office : f.single().fieldOffices()) { // an office is known, with or without members
            Answer<Membership> expected = f.single().membersOn(office.id(), day);
            assertThat(f.queries().membersOn(office.id(), day).collectAsList())
                    .hasSize(expected.certain().size() + expected.possible().size());
        }
    }

    // ---- meetings ----

    @Test
    void meetingsInvolvingEachPartyAreThoseOfOneMachine() {
        assertMeetingsOfEveryParty(centralAsia);
    }

    @Test
    void meetingsInvolvingEachPartyOfFaultyDataAreThoseOfOneMachine() throws Exception {
        // duplicate ids, a parent loop, unknown references
        assertMeetingsOfEveryParty(Fixture.of(Formats.discover().read(PLANTED), false));
    }

    @Test
    void meetingsInvolvingSeveralPartiesAreThoseOfOneMachine() {
        Fixture f = centralAsia;
        List<Party> involved = new ArrayList<>(new TreeSet<>(f.single().meetings().stream()
                .flatMap(m -> f.single().partiesOf(m).stream()).toList()));
        List<Party> asked = List.of(Party.organization("osce"), Party.country("TJ"), Party.organization("un"),
                Party.country("KZ"), Party.organization("eu"));
        assertThat(involved).containsAll(List.of(Party.country("TJ"), Party.country("KZ")));
        int found = 0;
        for (int i = 0; i < asked.size(); i++) {
            for (int j = i + 1; j < asked.size(); j++) {
                List<Long> expected = orders(f, f.single().meetingsInvolving(asked.get(i), asked.get(j)));
                found += expected.size();
                assertThat(sparkOrders(f.queries().meetingsInvolving(asked.get(i), asked.get(j))))
                        .as("%s and %s", asked.get(i), asked.get(j)).containsExactlyElementsOf(expected);
            }
        }
        assertThat(found).isPositive();
        assertThat(sparkOrders(f.queries().meetingsInvolving())).containsExactlyElementsOf(
                orders(f, f.single().meetingsInvolving()));
    }

    private static void assertMeetingsOfEveryParty(Fixture f) {
        Dataset single = f.single();
        Set<Party> parties = new TreeSet<>();
        for (Meeting m : single.meetings()) {
            parties.addAll(single.partiesOf(m));
        }
        for (Membership m : single.memberships()) {
            parties.add(m.member());
            if (m.onBehalfOf() != null) {
                parties.add(m.onBehalfOf());
            }
        }
        single.organizations().stream().map(Organization::id).map(Party::organization).forEach(parties::add);
        single.organizations().stream().map(Organization::country).filter(c -> c != null).map(Party::country)
                .forEach(parties::add);
        single.fieldOffices().stream().map(FieldOffice::organizationId).map(Party::organization).forEach(parties::add);
        single.persons().stream().map(Person::id).map(Party::person).forEach(parties::add);
        parties.add(Party.organization("named-nowhere"));

        // the view, every party at once
        Map<String, Set<Long>> byParty = new HashMap<>();
        Map<Long, Set<String>> direct = new HashMap<>();
        for (Row row : f.queries().meetingParties().collectAsList()) {
            byParty.computeIfAbsent(row.getAs(SparkQueries.PARTY), k -> new TreeSet<>())
                    .add(row.getAs(SparkQueries.MEETING_ORDER));
            if (row.<Boolean>getAs(SparkQueries.DIRECT)) {
                direct.computeIfAbsent(row.getAs(SparkQueries.MEETING_ORDER), k -> new TreeSet<>())
                        .add(row.getAs(SparkQueries.PARTY));
            }
        }
        int involvements = 0;
        int uninvolvedAsked = 0;
        for (Party party : parties) {
            List<Long> expected = orders(f, single.meetingsInvolving(party));
            involvements += expected.size();
            assertThat(byParty.getOrDefault(party.text(), Set.of())).as("view, %s", party)
                    .containsExactlyInAnyOrderElementsOf(expected);
            if (!expected.isEmpty() || uninvolvedAsked++ < 3) { // one Spark job each: not every uninvolved party
                assertThat(sparkOrders(f.queries().meetingsInvolving(party))).as("meetingsInvolving(%s)", party)
                        .containsExactlyElementsOf(expected);
            }
        }
        assertThat(involvements).isGreaterThan(single.meetings().size());
        for (Meeting m : single.meetings()) {
            assertThat(direct.getOrDefault(f.order(m), Set.of())).as("parties of %s", m.id())
                    .containsExactlyInAnyOrderElementsOf(single.partiesOf(m).stream().map(Party::text).toList());
        }
    }

    // ---- helpers ----

    private static Map<String, Set<String>> expectedParties(Fixture f) {
        Map<String, Set<String>> expected = new HashMap<>();
        for (String id : f.organizationIds()) {
            for (LocalDate day : f.days()) {
                Answer<Party> answer = f.single().memberPartiesOn(id, day);
                put(expected, key(id, day, SparkQueries.CERTAIN), answer.certain(), Party::text);
                put(expected, key(id, day, SparkQueries.POSSIBLE), answer.possible(), Party::text);
            }
        }
        return expected;
    }

    /** Rows of day, organization_id, certainty, member by organization, day and certainty. */
    private static Map<String, Set<String>> partiesByKey(List<Row> rows) {
        Map<String, Set<String>> byKey = new HashMap<>();
        for (Row row : rows) {
            byKey.computeIfAbsent(key(row.getString(1), row.getDate(0).toLocalDate(), row.getString(2)),
                    k -> new TreeSet<>()).add(row.getString(3));
        }
        return byKey;
    }

    private static String key(String organizationId, LocalDate day, String certainty) {
        return organizationId + " " + day + " " + certainty;
    }

    private static <T, V extends Comparable<V>> void put(Map<String, Set<V>> map, String key, List<T> items,
                                                        Function<T, V> value) {
        if (!items.isEmpty()) {
            map.put(key, items.stream().map(value).collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    private static <V> void assertNotVacuous(Map<String, Set<V>> expected) {
        long certain = expected.keySet().stream().filter(k -> k.endsWith(" " + SparkQueries.CERTAIN)).count();
        long possible = expected.keySet().stream().filter(k -> k.endsWith(" " + SparkQueries.POSSIBLE)).count();
        assertThat(certain).as("questions with certain answers").isGreaterThan(1000);
        assertThat(possible).as("questions with possible answers").isGreaterThan(100);
    }

    /** Equal maps, reported by the first few differing questions rather than the whole maps. */
    private static <V> void assertSame(Map<String, Set<V>> actual, Map<String, Set<V>> expected) {
        Map<String, String> differences = new TreeMap<>();
        Set<String> keys = new TreeSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        for (String key : keys) {
            Set<V> a = actual.getOrDefault(key, Set.of());
            Set<V> e = expected.getOrDefault(key, Set.of());
            if (!a.equals(e) && differences.size() < 10) {
                differences.put(key, "spark " + a + ", one machine " + e);
            }
        }
        assertThat(differences).isEmpty();
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
    }

    private static List<String> texts(List<Row> rows) {
        return rows.stream().map(r -> r.getString(0) + " " + r.getString(1)).toList();
    }

    private static List<Long> orders(Fixture f, List<Meeting> meetings) {
        return meetings.stream().map(f::order).toList();
    }

    private static List<Long> sparkOrders(org.apache.spark.sql.Dataset<Row> meetings) {
        return meetings.select("_order").collectAsList().stream().map(r -> r.getLong(0)).toList();
    }
}
