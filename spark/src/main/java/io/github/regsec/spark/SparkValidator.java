package io.github.regsec.spark;

import io.github.regsec.formats.codec.Decoded;
import io.github.regsec.model.RecordKind;
import io.github.regsec.model.table.Field;
import io.github.regsec.model.table.RecordTable;
import io.github.regsec.model.table.RecordTables;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import io.github.regsec.problem.Severity;
import io.github.regsec.validation.ConsistencyRule;
import io.github.regsec.validation.DatasetValidator;
import io.github.regsec.validation.ValidationRuleIds;
import io.github.regsec.validation.rules.PossibleDuplicateRule;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Validates a {@link SparkDataset} with the single-machine validator's record constraints and
 * consistency rules, and gives the same problems (rule, severity, record, field, file, line,
 * column, message) as {@link DatasetValidator} gives on the same data.
 *
 * <p>How the work is split: meetings are the records of event scale (tens of millions); every
 * other kind (organizations, field offices, memberships, persons, posts, sources: the
 * <em>reference records</em>) is brought to the driver and sent to each executor once, so it must
 * fit in their memory (about 200 bytes per membership). The rules then run, unchanged, on parts
 * of the dataset put together so that each part holds everything its rules look at:
 * <ul>
 * <li>the reference records alone, on the driver: every rule, for the problems about them;</li>
 * <li>each partition of meetings with all reference records (and the meetings they name as
 *     {@code parent_id}): the record constraints and every rule but the three below, for the
 *     problems about those meetings;</li>
 * <li>{@code duplicate-id}: the meetings whose id is used twice (or is a reference record's),
 *     found by grouping their ids on the cluster, with the reference records, on the driver;</li>
 * <li>{@code parent-cycle}: the meetings on a cycle, found on the driver from each meeting's link
 *     to its parent as two numbers (16 bytes a meeting with a parent);</li>
 * <li>{@code possible-duplicate}: the meetings that share title and dates, found by grouping
 *     those columns on the cluster, on the driver.</li>
 * </ul>
 * Only the meetings concerned by a grouped rule come to the driver, and only the parents of
 * meetings travel between partitions.
 * A rule of a user's (ServiceLoader, {@code addRule} is not offered here) runs on the first two
 * kinds of part: it sees all reference records and one partition of meetings at a time.
 */
public final class SparkValidator implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How parties that name records are written (docs/FORMATS.md#parties). */
    private static final String ORG_PARTY = "org:";
    private static final String PERSON_PARTY = "person:";
    private static final String COUNTRY_PARTY = "country:";

    /** The rules that compare meetings with each other, run on parts of their own. */
    private static final Set<String> GROUPED = Set.of(RuleIds.DUPLICATE_ID, ValidationRuleIds.PARENT_CYCLE,
            ValidationRuleIds.POSSIBLE_DUPLICATE);
    private static final Set<String> CONSTRAINTS = Set.of(RuleIds.REQUIRED, RuleIds.SYNTAX);
    /**
     * The fewest meetings put together with the reference records at a time; more when there are
     * more reference records than this, so that the cost of indexing them is shared by as many.
     */
    private static final int SMALLEST_BATCH = 50_000;
    /**
     * The built-in rules that report only on organizations, field offices and memberships, never
     * on a meeting: the reference records' part finds all their problems, so the meetings' parts
     * do not run them. (The tests that compare with the single-machine validator would catch a
     * rule that starts to report on meetings.)
     */
    private static final Set<String> NOT_ABOUT_MEETINGS = Set.of(ValidationRuleIds.MEMBERSHIP_OVERLAP,
            ValidationRuleIds.POST_HOLDERS_OVERLAP, ValidationRuleIds.POST_ORGANIZATION, ValidationRuleIds.HOST_NOT_MEMBER,
            ValidationRuleIds.MEMBER_COUNT);

    /** The day the validation runs as of. */
    private final LocalDate asOf;
    /** The severities set by rule id. */
    private final HashMap<String, Severity> severities;
    /** The rules switched off. */
    private final HashSet<String> disabled;

    private SparkValidator(LocalDate asOf, Map<String, Severity> severities, Set<String> disabled) {
        this.asOf = asOf;
        this.severities = new HashMap<>(severities);
        this.disabled = new HashSet<>(disabled);
        validator(Set.of()); // checks the rule ids now, on the driver
    }

    /**
     * A validator with every rule at its default severity, as of today.
     *
     * @return a new validator
     */
    public static SparkValidator defaults() {
        return builder().build();
    }

    /**
     * A builder, with the settings of {@link DatasetValidator.Builder}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The day the validation runs as of.
     *
     * @return the as-of day, fixed when the validator was built so that every executor agrees
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Validates a dataset: the problems found reading it, then those of the record constraints and
     * the rules. The result is computed before this method returns (and kept, memory and disk);
     * it is sorted by file (in the order read), line and column, problems without a location
     * last.
     *
     * @param data the dataset
     * @return the problems, with the schema {@link SparkSchemas#problems()}
     */
    public Dataset<Row> validate(SparkDataset data) {
        SparkSession spark = data.spark();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<Row> driverProblems = new ArrayList<>();
        Set<String> active = activeRules();

        // the reference records, on the driver
        Map<RecordKind, List<Row>> referenceRows = new EnumMap<>(RecordKind.class);
        List<SparkRows.Located> reference = new ArrayList<>();
        for (RecordKind kind : SparkDataset.RECORD_KINDS) {
            if (kind == RecordKind.MEETING) {
                continue;
            }
            List<Row> decodable = new ArrayList<>();
            for (Row row : data.rows(kind).collectAsList()) {
                Decoded<SparkRows.Located> decoded = SparkRows.fromRow(kind, row);
                decoded.problems().forEach(p -> driverProblems.add(SparkDataset.problemRow(p)));
                if (!decoded.isRejected()) {
                    decodable.add(row);
                    reference.add(decoded.value());
                }
            }
            referenceRows.put(kind, decodable);
        }
        Set<String> referenceIds = new HashSet<>();
        Set<String> named = new HashSet<>();
        for (SparkRows.Located located : reference) {
            referenceIds.add(located.record().id());
            named.addAll(LocalRun.references(located.record(), true));
        }

        // read several times: kept, unless reading keeps it already
        Dataset<Row> meetings = data.isKept() ? data.rows(RecordKind.MEETING)
                : data.rows(RecordKind.MEETING).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            // the ids meetings name (but as parent) that may be meetings: a record that names a
            // meeting where it means an organization must find that meeting, as on one machine
            named.addAll(namedByMeetings(meetings).collectAsList());
            Broadcast<Set<String>> namedIds = jsc.broadcast(named);
            List<Row> strayRows = meetings.filter(functions.udf((String id) -> namedIds.value().contains(id),
                    DataTypes.BooleanType).apply(functions.col("id"))).collectAsList();
            List<SparkRows.Located> strays = decodable(strayRows);

            // 1. the reference records, with the meetings they name
            List<SparkRows.Located> referencePart = new ArrayList<>(reference);
            referencePart.addAll(strays);
            // every rule but duplicate-id (step 2); parent-cycle and possible-duplicate find here what
            // they find among organizations, offices and persons, and nothing about meetings
            run(except(active, Set.of(RuleIds.DUPLICATE_ID)), true, referencePart,
                    p -> p.recordKind() != RecordKind.MEETING && p.recordKind() != RecordKind.PARTICIPANT, driverProblems);

            // 2. duplicate-id: meetings whose id is used twice, or is the id of a reference record;
            // found on the ids alone, then those meetings brought to the driver
            Dataset<Row> firstOrder = meetings.groupBy("id").agg(functions.min(SparkSchemas.ORDER).as("_first"),
                    functions.count("*").as("_uses"));
            if (active.contains(RuleIds.DUPLICATE_ID)) {
                Broadcast<Set<String>> ids = jsc.broadcast(referenceIds);
                Set<String> twice = new HashSet<>(firstOrder.filter(functions.col("_uses").gt(1).or(functions.udf(
                                (String id) -> ids.value().contains(id), DataTypes.BooleanType).apply(functions.col("id"))))
                        .select("id").as(Encoders.STRING()).collectAsList());
                List<SparkRows.Located> part = new ArrayList<>(reference);
                part.addAll(decodable(rowsWithIds(meetings, jsc.broadcast(twice))));
                run(Set.of(RuleIds.DUPLICATE_ID), false, part, p -> true, driverProblems);
            }

            // 3. parent-cycle among meetings: the links from each meeting to the first meeting with
            // its parent_id (as the rule resolves them) come to the driver as numbers, the meetings
            // on a cycle are found there, and only those are brought over for the rule
            if (active.contains(ValidationRuleIds.PARENT_CYCLE)) {
                Dataset<Row> edges = meetings.filter(functions.col("parent_id").isNotNull())
                        .select(functions.col(SparkSchemas.ORDER).as("_child"), functions.col("parent_id"))
                        .join(firstOrder.select(functions.col("id"), functions.col("_first")),
                                functions.col("parent_id").equalTo(functions.col("id")))
                        .select("_child", "_first");
                Set<Long> onCycles = ParentLinks.onCycles(edges.toLocalIterator());
                Broadcast<Set<Long>> orders = jsc.broadcast(onCycles);
                List<Row> cycle = onCycles.isEmpty() ? List.of() : meetings.filter(functions.udf(
                        (Long order) -> orders.value().contains(order), DataTypes.BooleanType)
                        .apply(functions.col(SparkSchemas.ORDER))).collectAsList();
                run(Set.of(ValidationRuleIds.PARENT_CYCLE), false, decodable(cycle), p -> true, driverProblems);
            }

            // 4. the meetings partition by partition, with every reference record and the meetings
            // they name as parent (only those rows travel: to the partitions of their children)
            Broadcast<Map<RecordKind, List<Row>>> referenceCast = jsc.broadcast(withStrays(referenceRows, strayRows));
            Set<String> partitionRules = except(except(active, GROUPED), NOT_ABOUT_MEETINGS);
            int batch = Math.max(SMALLEST_BATCH, reference.size() + strays.size());
            JavaRDD<Row> meetingRows = meetings.javaRDD();
            int partitions = meetingRows.getNumPartitions();
            Dataset<Row> links = meetings.filter(functions.col("parent_id").isNotNull())
                    .select(functions.col("parent_id"), functions.spark_partition_id().as("_child_partition")).distinct();
            Dataset<Row> wanted = links.join(firstOrder, links.col("parent_id").equalTo(firstOrder.col("id")))
                    .select("_child_partition", "_first");
            JavaPairRDD<Integer, Row> parentRows = meetings.join(functions.broadcast(wanted),
                            meetings.col(SparkSchemas.ORDER).equalTo(wanted.col("_first")))
                    .javaRDD().mapToPair(row -> new Tuple2<>(row.getInt(row.fieldIndex("_child_partition")), row))
                    .partitionBy(new ByPartitionNumber(partitions));
            JavaRDD<Row> partitionRows = meetingRows.zipPartitions(parentRows.values(),
                    (own, parents) -> partition(own, parents, referenceCast, partitionRules, batch));
            Dataset<Row> partitionProblems = spark.createDataFrame(partitionRows, SparkSchemas.problems());

            // 5. possible-duplicate among meetings: the meetings that share title and dates, found on
            // those columns alone, then brought to the driver
            if (active.contains(ValidationRuleIds.POSSIBLE_DUPLICATE)) {
                UserDefinedFunction key = functions.udf(
                        (String title, String start, String end) -> title == null ? null
                                : PossibleDuplicateRule.meetingKey(title, start, end), DataTypes.StringType);
                Dataset<Row> keys = meetings.select(functions.col(SparkSchemas.ORDER), key.apply(functions.col("title"),
                        functions.col("start_date"), functions.col("end_date")).as("_key"))
                        .filter(functions.col("_key").isNotNull());
                Dataset<Row> shared = keys.groupBy("_key").count().filter(functions.col("count").gt(1)).select("_key");
                Set<Long> orders = new HashSet<>(keys.join(shared, "_key").select(SparkSchemas.ORDER)
                        .as(Encoders.LONG()).collectAsList());
                Broadcast<Set<Long>> sharing = jsc.broadcast(orders);
                List<Row> candidates = orders.isEmpty() ? List.of() : meetings.filter(functions.udf(
                        (Long order) -> sharing.value().contains(order), DataTypes.BooleanType)
                        .apply(functions.col(SparkSchemas.ORDER))).collectAsList();
                run(Set.of(ValidationRuleIds.POSSIBLE_DUPLICATE), false, decodable(candidates), p -> true, driverProblems);
            }

            Dataset<Row> all = data.problems()
                    .union(spark.createDataFrame(driverProblems, SparkSchemas.problems()))
                    .union(partitionProblems);
            Dataset<Row> sorted = SparkProblems.sorted(all, data.files()).persist(StorageLevel.MEMORY_AND_DISK());
            sorted.count(); // computed now, while the meetings are kept
            return sorted;
        } finally {
            meetings.unpersist();
        }
    }

    /** The meetings whose id is one of a (small) set, brought to the driver. */
    private static List<Row> rowsWithIds(Dataset<Row> meetings, Broadcast<Set<String>> ids) {
        if (ids.value().isEmpty()) {
            return List.of();
        }
        return meetings.filter(functions.udf((String id) -> ids.value().contains(id), DataTypes.BooleanType)
                .apply(functions.col("id"))).collectAsList();
    }

    /** The meetings' rows as records, leaving out rows that do not decode (reported by the partition step). */
    private static List<SparkRows.Located> decodable(List<Row> rows) {
        List<SparkRows.Located> records = new ArrayList<>();
        for (Row row : rows) {
            Decoded<SparkRows.Located> decoded = SparkRows.fromRow(RecordKind.MEETING, row);
            if (!decoded.isRejected()) {
                records.add(decoded.value());
            }
        }
        return records;
    }

    private static Map<RecordKind, List<Row>> withStrays(Map<RecordKind, List<Row>> reference, List<Row> strays) {
        Map<RecordKind, List<Row>> all = new EnumMap<>(reference);
        all.put(RecordKind.MEETING, strays);
        return all;
    }

    private static Column[] columns(Dataset<Row> rows) {
        String[] names = rows.columns();
        Column[] columns = new Column[names.length];
        for (int i = 0; i < names.length; i++) {
            columns[i] = functions.col(names[i]);
        }
        return columns;
    }

    /**
     * The distinct ids the meetings name, but as parent, read from their columns without decoding
     * them: the values of their reference fields and of their participants', the ids of their
     * {@code org:} and {@code person:} parties, and their sources (as {@link LocalRun#references}).
     */
    private static Dataset<String> namedByMeetings(Dataset<Row> meetings) {
        List<Column> values = new ArrayList<>();
        references(RecordTables.MEETING, "", values);
        RecordTables.MEETING.children().ifPresent(c -> references(c.table(), c.table().jsonName() + ".", values));
        Dataset<Row> all = null;
        for (Column value : values) {
            Dataset<Row> part = meetings.select(value.as("_named"));
            all = all == null ? part : all.union(part);
        }
        Column named = functions.col("_named");
        // org: and person: parties name the record after the colon; a country party names none
        Column id = functions.when(named.startsWith(ORG_PARTY),
                        functions.expr("substring(_named, " + (ORG_PARTY.length() + 1) + ")"))
                .when(named.startsWith(PERSON_PARTY),
                        functions.expr("substring(_named, " + (PERSON_PARTY.length() + 1) + ")"))
                .when(named.startsWith(COUNTRY_PARTY), functions.lit(null).cast("string"))
                .otherwise(named);
        return all.filter(named.isNotNull()).distinct().select(id.as("_named"))
                .filter(functions.col("_named").isNotNull()).distinct().as(Encoders.STRING());
    }

    /** The columns of a table's reference values, one value a row ({@code prefix}: of a nested child row). */
    private static <R extends io.github.regsec.model.Row> void references(RecordTable<R> table, String prefix,
                                                                        List<Column> values) {
        boolean child = !prefix.isEmpty();
        for (Field<R> field : table.fields()) {
            String name = field.name();
            Column column = functions.col(prefix + name);
            // a child row's values are arrays of the children's values: flattened to one a row
            Column items = child ? functions.explode_outer(column) : column;
            switch (field.type()) {
                case ID -> {
                    if (!name.equals("id") && !name.equals("parent_id")) {
                        values.add(items);
                    }
                }
                case PARTY -> values.add(items);
                case PARTY_LIST -> values.add(child ? functions.explode_outer(functions.flatten(column))
                        : functions.explode_outer(column));
                case TEXT_LIST -> {
                    if (name.equals("sources")) {
                        values.add(child ? functions.explode_outer(functions.flatten(column)) : functions.explode_outer(column));
                    }
                }
                default -> {
                }
            }
        }
    }

    /**
     * The problems about one partition's meetings: decoding, record constraints, and the rules
     * that need no other meeting than their parents; in batches, so that memory stays bounded
     * whatever the size of a partition.
     */
    private Iterator<Row> partition(Iterator<Row> rows, Iterator<Row> parentRows,
                                    Broadcast<Map<RecordKind, List<Row>>> referenceCast, Set<String> rules, int size) {
        List<SparkRows.Located> parents = decodable(iterable(parentRows));
        List<Row> problems = new ArrayList<>();
        List<Row> batch = new ArrayList<>();
        while (rows.hasNext()) {
            batch.add(rows.next());
            if (batch.size() == size || !rows.hasNext()) {
                batch(batch, parents, referenceCast, rules, problems);
                batch.clear();
            }
        }
        return problems.iterator();
    }

    private static List<Row> iterable(Iterator<Row> rows) {
        List<Row> all = new ArrayList<>();
        rows.forEachRemaining(all::add);
        return all;
    }

    private void batch(List<Row> rows, List<SparkRows.Located> parents,
                       Broadcast<Map<RecordKind, List<Row>>> referenceCast, Set<String> rules, List<Row> problems) {
        List<SparkRows.Located> own = new ArrayList<>();
        Set<Location> ownLocations = new HashSet<>();
        Set<String> ownIds = new HashSet<>();
        for (Row row : rows) {
            Decoded<SparkRows.Located> decoded = SparkRows.fromRow(RecordKind.MEETING, row);
            decoded.problems().forEach(p -> problems.add(SparkDataset.problemRow(p)));
            if (decoded.isRejected()) {
                continue;
            }
            SparkRows.Located meeting = decoded.value();
            own.add(meeting);
            ownIds.add(meeting.record().id());
            if (meeting.location() != null) {
                ownLocations.add(meeting.location());
            }
            meeting.childLocations().stream().filter(Objects::nonNull).forEach(ownLocations::add);
        }
        if (own.isEmpty()) {
            return;
        }
        // the record constraints, on these meetings alone
        if (!disabled.containsAll(CONSTRAINTS)) {
            run(Set.of(), true, own, p -> true, problems);
        }
        List<SparkRows.Located> part = new ArrayList<>(ReferenceCache.records(referenceCast));
        part.addAll(own);
        part.addAll(parents);
        Predicate<Problem> owned = p -> (p.recordKind() == RecordKind.MEETING || p.recordKind() == RecordKind.PARTICIPANT)
                && (p.location() != null ? ownLocations.contains(p.location()) : ownIds.contains(p.recordId()));
        run(rules, false, part, owned, problems);
    }

    /** Sends each row to the partition whose number is its key. */
    private static final class ByPartitionNumber extends Partitioner {
        private static final long serialVersionUID = 1L;
        private final int partitions;

        ByPartitionNumber(int partitions) {
            this.partitions = partitions;
        }

        @Override
        public int numPartitions() {
            return partitions;
        }

        @Override
        public int getPartition(Object key) {
            return (Integer) key;
        }
    }

    /** Runs some rules (and perhaps the record constraints) of this validator on a part; keeps the problems asked for. */
    private void run(Set<String> rules, boolean constraints, List<SparkRows.Located> part, Predicate<Problem> keep,
                     List<Row> into) {
        if (part.isEmpty() || (rules.isEmpty() && !constraints)) {
            return;
        }
        Set<String> off = new HashSet<>();
        for (String id : activeRules()) {
            if (!rules.contains(id)) {
                off.add(id);
            }
        }
        if (!constraints) {
            off.addAll(CONSTRAINTS);
        }
        for (Problem problem : validator(off).validate(LocalRun.dataset(part)).problems()) {
            if (keep.test(problem)) {
                into.add(SparkDataset.problemRow(problem));
            }
        }
    }

    private Set<String> activeRules() {
        Set<String> ids = new LinkedHashSet<>();
        for (ConsistencyRule rule : validator(Set.of()).rules()) {
            ids.add(rule.id());
        }
        return ids;
    }

    private static Set<String> except(Set<String> all, Set<String> left) {
        Set<String> kept = new LinkedHashSet<>(all);
        kept.removeAll(left);
        return kept;
    }

    private DatasetValidator validator(Set<String> alsoOff) {
        DatasetValidator.Builder builder = DatasetValidator.builder().asOf(asOf).threads(1);
        severities.forEach(builder::severity);
        disabled.forEach(builder::disable);
        alsoOff.forEach(builder::disable);
        return builder.build();
    }

    /** Builds a {@link SparkValidator}. */
    public static final class Builder {
        private LocalDate asOf = LocalDate.now();
        private final Map<String, Severity> severities = new HashMap<>();
        private final Set<String> disabled = new HashSet<>();

        private Builder() {
        }

        /**
         * The day {@code future-date} and {@code member-count} take as today.
         *
         * @param asOf the as-of day; default: today on the driver
         * @return this builder
         */
        public Builder asOf(LocalDate asOf) {
            this.asOf = Objects.requireNonNull(asOf, "asOf");
            return this;
        }

        /**
         * Switches a rule off, as {@link DatasetValidator.Builder#disable(String)}.
         *
         * @param ruleId a rule id
         * @return this builder
         */
        public Builder disable(String ruleId) {
            disabled.add(Objects.requireNonNull(ruleId, "ruleId"));
            return this;
        }

        /**
         * Gives a rule's problems another severity, as {@link DatasetValidator.Builder#severity(String, Severity)}.
         *
         * @param ruleId a rule id
         * @param severity the severity its problems get
         * @return this builder
         */
        public Builder severity(String ruleId, Severity severity) {
            severities.put(Objects.requireNonNull(ruleId, "ruleId"), Objects.requireNonNull(severity, "severity"));
            return this;
        }

        /**
         * The validator.
         *
         * @return a new validator
         * @throws IllegalArgumentException when a rule id is not that of a registered rule
         */
        public SparkValidator build() {
            return new SparkValidator(asOf, severities, disabled);
        }
    }
}
