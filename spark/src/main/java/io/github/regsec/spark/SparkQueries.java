package io.github.regsec.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.OrganizationKind;
import io.github.regsec.model.RecordKind;
import io.github.regsec.model.UnknownRecordException;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.table.RecordTables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF5;
import org.apache.spark.sql.types.DataTypes;

/**
 * The single-machine {@link io.github.regsec.model.Dataset}'s questions asked of a
 * {@link SparkDataset}, with the same answers and the same certainty: who was a member of an
 * organization on a day ({@link io.github.regsec.model.Dataset#membersOn}), certainly or only
 * possibly, and which meetings a party took part in
 * ({@link io.github.regsec.model.Dataset#meetingsInvolving}). Answers are Spark datasets built
 * from column operations on the {@code _earliest} and {@code _latest} date columns; nothing is
 * brought to the driver except to check that an organization id exists.
 *
 * <p>A period is certainly active on a day when its start is known and its start's latest day is
 * on or before the day, and its end is absent or its end's earliest day is on or after the day;
 * possibly active (and not certainly) when its start is unknown or its start's earliest day is on
 * or before the day, and its end is absent or its end's latest day is on or after it. A
 * membership from {@code 2012} is possibly, not certainly, a membership on 2012-06-01.
 *
 * <p>{@link #register(SparkDataset)} makes the same questions askable in SQL: temporary views
 * {@code regsec_<kind>} and the function {@code regsec_certainty}.
 *
 * <pre>{@code
 * SparkQueries queries = SparkQueries.register(data);
 * queries.memberPartiesOn("osce", LocalDate.of(2019, 7, 17)).show();  // member, certainty
 * spark.sql("SELECT * FROM regsec_meeting_parties WHERE party = 'country:TJ'").show();
 * }</pre>
 */
public final class SparkQueries {

    /** The certainty of what certainly holds on every reading of the dates. */
    public static final String CERTAIN = "certain";
    /** The certainty of what holds on some but not every reading of the dates. */
    public static final String POSSIBLE = "possible";
    /** The column of the certainty of an answer's row: {@value #CERTAIN} or {@value #POSSIBLE}. */
    public static final String CERTAINTY = "certainty";
    /** The column of the day asked about, of Spark type date. */
    public static final String DAY = "day";
    /** The column of a party in written form: {@code country:TJ}, {@code org:osce}, {@code person:ID}. */
    public static final String PARTY = "party";
    /** The column of a meeting's id in {@link #meetingParties()}. */
    public static final String MEETING_ID = "meeting_id";
    /** The column of a meeting's place in the dataset ({@code _order}) in {@link #meetingParties()}. */
    public static final String MEETING_ORDER = "meeting_order";
    /** The column saying whether a party takes part in a meeting directly, in {@link #meetingParties()}. */
    public static final String DIRECT = "direct";
    /** The prefix of every view and function {@link #register(SparkDataset)} registers. */
    public static final String PREFIX = "regsec_";
    /** The SQL function that classifies a period on a day: {@code regsec_certainty(start_earliest, start_latest, end_earliest, end_latest, day)}. */
    public static final String CERTAINTY_FUNCTION = PREFIX + "certainty";
    /** The view of {@link #meetingParties()}. */
    public static final String MEETING_PARTIES_VIEW = PREFIX + "meeting_parties";

    private static final String ORG = "org:";
    private static final String START = "start_date";
    private static final String END = "end_date";

    private final SparkDataset data;
    private Dataset<Row> ancestors;
    private Dataset<Row> meetingParties;

    private SparkQueries(SparkDataset data) {
        this.data = Objects.requireNonNull(data, "data");
    }

    /**
     * The questions of a dataset, without registering anything on its session.
     *
     * @param data the dataset on Spark
     * @return its queries
     */
    public static SparkQueries of(SparkDataset data) {
        return new SparkQueries(data);
    }

    /**
     * Registers on the dataset's session the SQL functions ({@link #registerFunctions}) and a
     * temporary view per record kind, named {@code regsec_} and the kind's JSON name
     * ({@code regsec_organizations}, {@code regsec_field_offices}, {@code regsec_meetings},
     * {@code regsec_memberships}, {@code regsec_persons}, {@code regsec_posts},
     * {@code regsec_sources}, and the child rows {@code regsec_participants} and
     * {@code regsec_names}), with the schemas of {@link SparkSchemas#of}, and the view
     * {@value #MEETING_PARTIES_VIEW} of {@link #meetingParties()}. Views of the same names are replaced.
     *
     * @param data the dataset on Spark
     * @return its queries
     */
    public static SparkQueries register(SparkDataset data) {
        SparkQueries queries = of(data);
        registerFunctions(data.spark());
        for (var table : RecordTables.all()) {
            data.rows(table.kind()).createOrReplaceTempView(PREFIX + table.jsonName());
        }
        queries.meetingParties().createOrReplaceTempView(MEETING_PARTIES_VIEW);
        return queries;
    }

    /**
     * Registers the SQL function {@code regsec_certainty(start_earliest, start_latest,
     * end_earliest, end_latest, day)} on a session: {@code 'certain'} when a period with these
     * date bounds is certainly active on the day, {@code 'possible'} when only possibly,
     * null when not (or when the day is null); as {@link #certaintyOn(String, String, Column)}.
     * The bounds are the {@code _earliest} and {@code _latest} columns of the period's start and
     * end (null for an unknown start or an absent end), all of SQL type {@code DATE}.
     *
     * @param spark the session
     */
    public static void registerFunctions(SparkSession spark) {
        spark.udf().register(CERTAINTY_FUNCTION, (UDF5<Object, Object, Object, Object, Object, String>)
                SparkQueries::certainty, DataTypes.StringType);
    }

    // ---- memberships ----

    /**
     * The certainty of a period on a day, as a column: {@value #CERTAIN} when every reading of
     * its dates includes the day, {@value #POSSIBLE} when only some reading does, null when none
     * does; as {@link io.github.regsec.model.time.Period#certainlyActiveOn} and
     * {@link io.github.regsec.model.time.Period#possiblyActiveOn}. Reads the columns
     * {@code <startField>_earliest}, {@code <startField>_latest}, {@code <endField>_earliest}
     * and {@code <endField>_latest}.
     *
     * @param startField the period's start field ({@code start_date}, {@code opening_date})
     * @param endField the period's end field ({@code end_date}, {@code closing_date})
     * @param day the day, a column of Spark type date
     * @return a string column, null when the period is not active on the day or the day is null
     */
    public static Column certaintyOn(String startField, String endField, Column day) {
        Column startEarliest = col(startField + SparkSchemas.EARLIEST);
        Column startLatest = col(startField + SparkSchemas.LATEST);
        Column endEarliest = col(endField + SparkSchemas.EARLIEST);
        Column endLatest = col(endField + SparkSchemas.LATEST);
        Column certain = startLatest.isNotNull().and(startLatest.leq(day))
                .and(endEarliest.isNull().or(endEarliest.geq(day)));
        // a period that certainly ends before it starts is active on no day: then no day is
        // between the start's earliest and the end's latest day, so the test below says so
        Column possible = startEarliest.isNull().or(startEarliest.leq(day))
                .and(endLatest.isNull().or(endLatest.geq(day)));
        return when(day.isNull(), lit(null).cast(DataTypes.StringType))
                .when(certain, lit(CERTAIN)).when(possible, lit(POSSIBLE));
    }

    /**
     * The memberships of every organization active on each of many days, certainly or possibly:
     * {@link #membersOn(String, LocalDate, MembershipStatus)} for every organization id and every
     * day in one job. Each row is a membership row ({@link SparkSchemas#of} of
     * {@code membership}) with the columns {@value #DAY} first and {@value #CERTAINTY} last, for
     * each day it is active on; in no particular order.
     *
     * @param days a dataset with a column {@value #DAY} of Spark type date (other columns are ignored)
     * @param status only memberships with this status; null for any status
     * @return the memberships active on each day
     */
    public Dataset<Row> membershipsOn(Dataset<Row> days, MembershipStatus status) {
        Dataset<Row> memberships = data.rows(RecordKind.MEMBERSHIP);
        if (status != null) {
            memberships = memberships.filter(col("status").equalTo(lit(status.formatName())));
        }
        List<Column> columns = new ArrayList<>();
        columns.add(col(DAY));
        for (String name : memberships.columns()) {
            columns.add(col(name));
        }
        columns.add(certaintyOn(START, END, col(DAY)).as(CERTAINTY));
        return memberships.crossJoin(days.select(col(DAY))).select(columns.toArray(Column[]::new))
                .filter(col(CERTAINTY).isNotNull());
    }

    /**
     * The parties that are full members ({@link MembershipStatus#MEMBER}) of every organization
     * on each of many days: {@link #memberPartiesOn(String, LocalDate)} for every organization and
     * every day in one job. Columns {@value #DAY}, {@code organization_id}, {@code member} and
     * {@value #CERTAINTY}: {@value #CERTAIN} when one of the party's memberships certainly is
     * active that day, else {@value #POSSIBLE}; in no particular order.
     *
     * @param days a dataset with a column {@value #DAY} of Spark type date (other columns are ignored)
     * @return one row per day, organization and member
     */
    public Dataset<Row> memberPartiesOn(Dataset<Row> days) {
        return parties(membershipsOn(days, MembershipStatus.MEMBER), col(DAY), col("organization_id"));
    }

    /** Per member (and the given keys): certain when any membership is certain. */
    private static Dataset<Row> parties(Dataset<Row> memberships, Column... keys) {
        List<Column> groups = new ArrayList<>(List.of(keys));
        groups.add(col("member"));
        return memberships.groupBy(groups.toArray(Column[]::new))
                .agg(max(when(col(CERTAINTY).equalTo(lit(CERTAIN)), 1).otherwise(0)).as("any_certain"))
                .withColumn(CERTAINTY, when(col("any_certain").equalTo(1), lit(CERTAIN)).otherwise(lit(POSSIBLE)))
                .drop("any_certain");
    }

    /**
     * The memberships in an organization active on a day, as
     * {@link io.github.regsec.model.Dataset#membersOn(String, LocalDate, MembershipStatus)}: the
     * membership rows ({@link SparkSchemas#of} of {@code membership}) whose
     * {@code organization_id} is the id, whose status is the one asked for, and whose period is
     * active on the day, with a last column {@value #CERTAINTY}; certain ones first, each in
     * dataset order ({@code _order}). Memberships in the organization's bodies are not counted.
     *
     * @param organizationId the id of an organization or field office of the dataset, or an id its memberships name
     * @param day the day asked about; not null
     * @param status only memberships with this status; null for any status
     * @return the day's memberships
     * @throws UnknownRecordException when the dataset knows nothing of the id, with the message of
     *     the single-machine dataset (naming the id and the organization ids close to it)
     */
    public Dataset<Row> membersOn(String organizationId, LocalDate day, MembershipStatus status) {
        Objects.requireNonNull(day, "day");
        requireKnownOrganization(organizationId);
        Dataset<Row> memberships = data.rows(RecordKind.MEMBERSHIP)
                .filter(col("organization_id").equalTo(lit(organizationId)));
        if (status != null) {
            memberships = memberships.filter(col("status").equalTo(lit(status.formatName())));
        }
        return memberships.withColumn(CERTAINTY, certaintyOn(START, END, lit(day)))
                .filter(col(CERTAINTY).isNotNull())
                .orderBy(col(CERTAINTY), col(SparkSchemas.ORDER)); // "certain" sorts before "possible"
    }

    /**
     * The full memberships ({@link MembershipStatus#MEMBER}) in an organization active on a day;
     * see {@link #membersOn(String, LocalDate, MembershipStatus)}.
     *
     * @param organizationId the organization's id
     * @param day the day asked about; not null
     * @return the day's full memberships, certain ones first, each in dataset order
     * @throws UnknownRecordException when the dataset knows nothing of the id
     */
    public Dataset<Row> membersOn(String organizationId, LocalDate day) {
        return membersOn(organizationId, day, MembershipStatus.MEMBER);
    }

    /**
     * The parties that are full members of an organization on a day, as
     * {@link io.github.regsec.model.Dataset#memberPartiesOn}: columns {@code member} and
     * {@value #CERTAINTY}, {@value #CERTAIN} when one of the party's memberships certainly is
     * active that day, else {@value #POSSIBLE}; certain ones first, each sorted by the party's
     * written form.
     *
     * @param organizationId the organization's id
     * @param day the day asked about; not null
     * @return one row per member
     * @throws UnknownRecordException when the dataset knows nothing of the id
     */
    public Dataset<Row> memberPartiesOn(String organizationId, LocalDate day) {
        return parties(membersOn(organizationId, day)).orderBy(col(CERTAINTY), col("member"));
    }

    /**
     * Throws for an id the dataset knows nothing of (no organization or field office has it and
     * no membership names it), as the single-machine dataset does: a misspelt id is never
     * answered with nobody.
     */
    private void requireKnownOrganization(String organizationId) {
        Column named = col("id").equalTo(lit(organizationId));
        Dataset<Row> found = data.rows(RecordKind.ORGANIZATION).select(col("id")).filter(named)
                .union(data.rows(RecordKind.FIELD_OFFICE).select(col("id")).filter(named))
                .union(data.rows(RecordKind.MEMBERSHIP).select(col("organization_id").as("id")).filter(named));
        if (organizationId != null && !found.isEmpty()) {
            return;
        }
        Set<String> known = new LinkedHashSet<>();
        data.rows(RecordKind.ORGANIZATION).select(col("id")).collectAsList().forEach(r -> known.add(r.getString(0)));
        data.rows(RecordKind.MEMBERSHIP).select(col("organization_id")).distinct().collectAsList()
                .forEach(r -> known.add(r.getString(0)));
        throw UnknownRecordException.among(RecordKind.ORGANIZATION, organizationId, known);
    }

    /** The function behind {@value #CERTAINTY_FUNCTION}: dates as java.sql.Date or LocalDate. */
    private static String certainty(Object startEarliest, Object startLatest, Object endEarliest, Object endLatest,
                                    Object day) {
        LocalDate d = localDate(day);
        if (d == null) {
            return null;
        }
        LocalDate se = localDate(startEarliest);
        LocalDate sl = localDate(startLatest);
        LocalDate ee = localDate(endEarliest);
        LocalDate el = localDate(endLatest);
        if (sl != null && !sl.isAfter(d) && (ee == null || !ee.isBefore(d))) {
            return CERTAIN;
        }
        if ((se == null || !se.isAfter(d)) && (el == null || !el.isBefore(d))) {
            return POSSIBLE;
        }
        return null;
    }

    private static LocalDate localDate(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        throw new IllegalArgumentException(CERTAINTY_FUNCTION + " takes dates, not " + value.getClass().getSimpleName()
                + " (" + value + "): give the _earliest and _latest columns and a DATE");
    }

    // ---- meetings ----

    /**
     * Which parties take part in which meetings: one row per meeting and party, with the columns
     * {@value #MEETING_ID}, {@value #MEETING_ORDER} (the meeting's {@code _order}, which tells
     * meetings sharing an id apart), {@value #PARTY} and {@value #DIRECT}. The rows with
     * {@value #DIRECT} true are {@link io.github.regsec.model.Dataset#partiesOf} of each meeting:
     * convenors, chair, supporters, participants' affiliations, participants' persons
     * ({@code person:ID}), the organization of the hosting field office, and the country of each
     * government or government agency among them. The rows with {@value #DIRECT} false add the
     * organizations whose bodies or programmes (at any depth, through {@code parent_id}) take
     * part: all the rows of a party are the meetings
     * {@link io.github.regsec.model.Dataset#meetingsInvolving} gives for it. An id names the first
     * record with it, in the single-machine dataset's order. In no particular order.
     *
     * @return the meetings' parties
     */
    public synchronized Dataset<Row> meetingParties() {
        if (meetingParties == null) {
            Dataset<Row> direct = directParties();
            Dataset<Row> through = direct.filter(col(PARTY).startsWith(ORG))
                    .join(ancestors(), col(PARTY).equalTo(concat(lit(ORG), col("descendant"))))
                    .select(col(MEETING_ID), col(MEETING_ORDER), concat(lit(ORG), col("ancestor")).as(PARTY),
                            lit(false).as(DIRECT));
            meetingParties = direct.withColumn(DIRECT, lit(true)).unionByName(through)
                    .groupBy(col(MEETING_ID), col(MEETING_ORDER), col(PARTY)).agg(max(col(DIRECT)).as(DIRECT));
        }
        return meetingParties;
    }

    /**
     * The meetings in which every given party takes part, as
     * {@link io.github.regsec.model.Dataset#meetingsInvolving(Collection)}: a party takes part as
     * convenor, chair, supporter, a participant's affiliation, or through the hosting field
     * office's organization; an organization also through its bodies and programmes; a person
     * ({@code person:ID}) as a participant whose {@code person_id} names them, or as convenor,
     * chair or supporter; a country also through its government and government agencies. With no
     * parties, every meeting. The meeting rows ({@link SparkSchemas#of} of {@code meeting}) in
     * date order: by first possible day (of the start, or of the end when the start is unknown),
     * undated last, dataset order among equals.
     *
     * @param parties the parties that must all take part; none may be null
     * @return the meetings, in date order
     */
    public Dataset<Row> meetingsInvolving(Collection<? extends Party> parties) {
        Set<String> texts = new LinkedHashSet<>();
        for (Party party : parties) {
            texts.add(Objects.requireNonNull(party, "parties must not contain null").text());
        }
        Dataset<Row> meetings = data.rows(RecordKind.MEETING);
        if (!texts.isEmpty()) {
            Dataset<Row> involving = meetingParties().filter(col(PARTY).isin(texts.toArray()))
                    .groupBy(col(MEETING_ORDER)).count()
                    .filter(col("count").equalTo(lit((long) texts.size())));
            meetings = meetings.join(involving, meetings.col(SparkSchemas.ORDER).equalTo(involving.col(MEETING_ORDER)),
                    "left_semi");
        }
        return meetings.orderBy(coalesce(col(START + SparkSchemas.EARLIEST), col(END + SparkSchemas.EARLIEST))
                .asc_nulls_last(), col(SparkSchemas.ORDER));
    }

    /**
     * The meetings in which every given party takes part; see {@link #meetingsInvolving(Collection)}.
     *
     * @param parties the parties that must all take part; none may be null
     * @return the meetings, in date order
     */
    public Dataset<Row> meetingsInvolving(Party... parties) {
        return meetingsInvolving(List.of(parties));
    }

    /** The parties of each meeting as the single-machine partiesOf: meeting_id, meeting_order, party. */
    private Dataset<Row> directParties() {
        Dataset<Row> meetings = data.rows(RecordKind.MEETING);
        Column id = col("id").as(MEETING_ID);
        Column order = col(SparkSchemas.ORDER).as(MEETING_ORDER);
        Dataset<Row> convenors = meetings.select(id, order, explode(col("convenors")).as(PARTY));
        Dataset<Row> chair = meetings.select(id, order, col("chair").as(PARTY));
        Dataset<Row> supporters = meetings.select(id, order, explode(col("supporters")).as(PARTY));
        Dataset<Row> participants = meetings.select(id, order, explode(col("participants")).as("p"));
        Dataset<Row> affiliations = participants.select(col(MEETING_ID), col(MEETING_ORDER), col("p.affiliation").as(PARTY));
        Dataset<Row> persons = participants.select(col(MEETING_ID), col(MEETING_ORDER),
                concat(lit("person:"), col("p.person_id")).as(PARTY));
        // the hosting office, when the first record with its id is a field office
        Dataset<Row> offices = firstRecords(RecordKind.FIELD_OFFICE).select(col("id").as("office_id"),
                col("organization_id"));
        Dataset<Row> hosts = meetings.select(id, order, col("host_office_id"))
                .join(offices, col("host_office_id").equalTo(col("office_id")))
                .select(col(MEETING_ID), col(MEETING_ORDER), concat(lit(ORG), col("organization_id")).as(PARTY));
        Dataset<Row> named = convenors.union(chair).union(supporters).union(affiliations).union(persons).union(hosts)
                .filter(col(PARTY).isNotNull());
        // a government or its agency involves its country
        Dataset<Row> governments = firstRecords(RecordKind.ORGANIZATION)
                .filter(col("kind").isin(OrganizationKind.GOVERNMENT.formatName(),
                        OrganizationKind.GOVERNMENT_AGENCY.formatName()).and(col("country").isNotNull()))
                .select(concat(lit(ORG), col("id")).as("government"), col("country"));
        Dataset<Row> countries = named.join(governments, col(PARTY).equalTo(col("government")))
                .select(col(MEETING_ID), col(MEETING_ORDER), concat(lit("country:"), col("country")).as(PARTY));
        return named.union(countries).distinct();
    }

    /**
     * The records of a kind that are the first record with their id in the dataset, as the
     * single-machine dataset's id index finds them: records of an earlier kind (sources,
     * organizations, field offices, meetings, memberships, persons, posts) first, then dataset order.
     */
    private Dataset<Row> firstRecords(RecordKind kind) {
        Dataset<Row> all = null;
        for (int rank = 0; rank < SparkDataset.RECORD_KINDS.size(); rank++) {
            Dataset<Row> ids = data.rows(SparkDataset.RECORD_KINDS.get(rank))
                    .select(col("id").as("first_id"), struct(lit(rank).as("rank"), col(SparkSchemas.ORDER).as("order")).as("at"));
            all = all == null ? ids : all.union(ids);
        }
        Dataset<Row> first = all.groupBy(col("first_id")).agg(org.apache.spark.sql.functions.min(col("at")).as("at"))
                .filter(col("at.rank").equalTo(lit(SparkDataset.RECORD_KINDS.indexOf(kind))))
                .select(col("at.order").as("first_order"));
        Dataset<Row> records = data.rows(kind);
        return records.join(first, records.col(SparkSchemas.ORDER).equalTo(first.col("first_order")), "left_semi");
    }

    /**
     * Every (descendant, ancestor) pair of organization ids through {@code parent_id}, at any
     * depth: the transitive closure of the organizations' parent links, computed level by level
     * (one small job per level of the hierarchy) and kept for the session.
     */
    private synchronized Dataset<Row> ancestors() {
        if (ancestors == null) {
            Dataset<Row> links = data.rows(RecordKind.ORGANIZATION).filter(col("parent_id").isNotNull())
                    .select(col("id").as("descendant"), col("parent_id").as("ancestor")).distinct();
            Dataset<Row> closure = links.localCheckpoint();
            while (true) {
                Dataset<Row> next = closure.as("c").join(links.as("l"), col("c.ancestor").equalTo(col("l.descendant")))
                        .select(col("c.descendant").as("descendant"), col("l.ancestor").as("ancestor"))
                        .except(closure);
                if (next.isEmpty()) {
                    break;
                }
                closure = closure.union(next).localCheckpoint();
            }
            ancestors = closure;
        }
        return ancestors;
    }
}
