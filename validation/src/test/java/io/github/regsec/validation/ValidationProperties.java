package io.github.regsec.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.model.table.RecordTables;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.Membership;
import io.github.regsec.model.Name;
import io.github.regsec.model.RecordKind;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import io.github.regsec.problem.Severity;
import io.github.regsec.validation.generators.FaultyDatasets;
import io.github.regsec.validation.generators.FaultyDatasets.Planted;
import io.github.regsec.validation.generators.FaultyDatasets.Sample;
import io.github.regsec.validation.generators.Redate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Validation of generated datasets full of faults (ids used twice, references to nothing or to
 * the wrong kind, cycles, reversed and extreme dates, crowded memberships, shared child rows, values
 * that look like message templates; see {@link FaultyDatasets}) never throws, reports every problem
 * with a catalogue rule and severity on a row of the dataset, gives the same report every time and
 * on every thread, always finds a planted fault where the catalogue says, agrees with a
 * brute-force reading of {@code date-order} and {@code membership-overlap}, and finds no new
 * conflict when a date is made less precise.
 *
 * <p>Tries: {@code jqwik.tries.default} in {@code junit-platform.properties} (100); a longer
 * campaign: {@code mvn -B -o install -pl validation -Djqwik.tries.default=10000}.
 */
class ValidationProperties {

    /** The catalogue (docs/FORMATS.md#rules): every rule id and its severity. */
    private static final Map<String, Severity> CATALOGUE = Map.ofEntries(
            Map.entry(RuleIds.SYNTAX, Severity.ERROR), Map.entry(RuleIds.UNKNOWN_FIELD, Severity.WARNING),
            Map.entry(RuleIds.REQUIRED, Severity.ERROR), Map.entry(RuleIds.DUPLICATE_ID, Severity.ERROR),
            Map.entry(RuleIds.UNKNOWN_REFERENCE, Severity.ERROR), Map.entry(RuleIds.DATE_ORDER, Severity.ERROR),
            Map.entry(ValidationRuleIds.MEMBERSHIP_OVERLAP, Severity.ERROR), Map.entry(ValidationRuleIds.PARENT_CYCLE, Severity.ERROR),
            Map.entry(ValidationRuleIds.OUTSIDE_LIFETIME, Severity.WARNING), Map.entry(ValidationRuleIds.COUNTRY_LIFETIME, Severity.WARNING),
            Map.entry(ValidationRuleIds.HOST_NOT_MEMBER, Severity.WARNING),
            Map.entry(ValidationRuleIds.OFFICE_NOT_OPEN, Severity.WARNING), Map.entry(ValidationRuleIds.CHAIR_NOT_MEMBER, Severity.WARNING),
            Map.entry(ValidationRuleIds.DUPLICATE_VALUE, Severity.WARNING), Map.entry(ValidationRuleIds.MEMBER_COUNT, Severity.WARNING),
            Map.entry(ValidationRuleIds.FUTURE_DATE, Severity.WARNING), Map.entry(ValidationRuleIds.MISSING_DATE, Severity.WARNING),
            Map.entry(ValidationRuleIds.POSSIBLE_DUPLICATE, Severity.WARNING));

    private static final int THREADS = 4;

    /** One validator for every try and thread, as an application would share it. */
    private static final DatasetValidator VALIDATOR = TestData.validator();

    private static ExecutorService pool;

    @BeforeContainer
    static void startThreads() {
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterContainer
    static void stopThreads() {
        pool.shutdownNow();
    }

    @Provide
    Arbitrary<Sample> faulty() {
        return FaultyDatasets.faulty();
    }

    @Provide
    Arbitrary<Sample> crowded() {
        return FaultyDatasets.crowded();
    }

    /** Where a problem is: rule, kind, record id, field (not the message, which may name dates). */
    private record Where(String rule, RecordKind kind, String recordId, String field) {
        static Where of(Problem p) {
            return new Where(p.rule(), p.recordKind(), p.recordId(), p.field());
        }
    }

    private static List<Where> where(List<Problem> problems, String rule) {
        return problems.stream().filter(p -> p.rule().equals(rule)).map(Where::of).sorted(BY_TEXT).collect(Collectors.toList());
    }

    private static final java.util.Comparator<Where> BY_TEXT = java.util.Comparator.comparing(Where::toString);

    // ---- never throws; every problem is about a row of the dataset, with a catalogue rule ----

    @Property
    void everyProblemHasACatalogueRuleAndSeverityAndIsAboutARowOfTheDataset(@ForAll("faulty") Sample sample) {
        Dataset dataset = sample.dataset();

        ValidationReport report = VALIDATOR.validate(dataset); // throws nothing

        for (Problem p : report.problems()) {
            assertThat(CATALOGUE).as("rule of %s", p).containsKey(p.rule());
            assertThat(p.severity()).as("severity of %s", p).isEqualTo(CATALOGUE.get(p.rule()));
            assertThat(p.recordKind()).as("record kind of %s", p).isNotNull();
            assertThat(p.recordId()).as("record id of %s", p).isNotNull();
            assertThat(p.location()).as("location of %s (built in code)", p).isNull();
            if (p.field() != null) {
                assertThat(RecordTables.of(p.recordKind()).knows(p.field())).as("field of %s", p).isTrue();
            }
            assertThat(holders(dataset, p.recordKind())).as("a %s with id %s, for %s", p.recordKind(), p.recordId(), p)
                    .contains(p.recordId());
            assertThat(p.message()).as("message of %s", p).isNotBlank();
            assertThat(withoutData(p.message(), dataset)).as("message of %s, without the ids and values it names", p)
                    .doesNotContain("Exception", "java.", "jakarta.", "org.hibernate", "{io.github", "${");
        }
        assertThat(report.errors() + report.warnings()).isEqualTo(report.problems().size());
    }

    /** A message without the record ids and quoted values it names (which may be anything). */
    private static String withoutData(String message, Dataset dataset) {
        String text = message;
        for (String id : dataset.records().map(DatasetRecord::id).filter(id -> !id.isEmpty())
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList()) {
            text = text.replace(id, "");
        }
        return text.replaceAll("'[^']*'", "");
    }

    /** The ids of the records a problem on a row of this kind may name: the records of the kind, or holding such rows. */
    private static List<String> holders(Dataset dataset, RecordKind kind) {
        return switch (kind) {
            case NAME -> java.util.stream.Stream.of(dataset.organizations().stream().filter(o -> !o.names().isEmpty()),
                    dataset.fieldOffices().stream().filter(f -> !f.names().isEmpty()),
                    dataset.persons().stream().filter(p -> !p.names().isEmpty()))
                    .flatMap(s -> s.map(DatasetRecord::id)).toList();
            case PARTICIPANT -> dataset.meetings().stream().filter(m -> !m.participants().isEmpty()).map(Meeting::id).toList();
            default -> dataset.records().filter(r -> r.recordKind() == kind).map(DatasetRecord::id).toList();
        };
    }

    @Property
    void aValueThatLooksLikeAMessageTemplateIsQuotedVerbatimNeverInterpreted(@ForAll("faulty") Sample sample) {
        Dataset dataset = sample.dataset();
        List<Problem> syntax = VALIDATOR.validate(dataset).problems(RuleIds.SYNTAX);

        // an id, topic or language tag of the wrong form is a syntax problem that quotes it as it is
        for (DatasetRecord record : dataset.records().toList()) {
            if (!record.id().matches("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")) {
                assertQuoted(syntax, record.recordKind(), record.id(), "id", record.id());
            }
            if (record instanceof Meeting m) {
                m.topics().stream().filter(t -> !t.matches("[a-z0-9]+(-[a-z0-9]+)*"))
                        .forEach(t -> assertQuoted(syntax, RecordKind.MEETING, m.id(), "topics", t));
            }
        }
    }

    private static void assertQuoted(List<Problem> syntax, RecordKind kind, String id, String field, String value) {
        assertThat(syntax).as("syntax problems of %s %s %s", kind, id, field)
                .filteredOn(p -> p.recordKind() == kind && id.equals(p.recordId()) && field.equals(p.field()))
                .isNotEmpty().anySatisfy(p -> assertThat(p.message()).startsWith(field + ": '" + value + "' is not a"));
    }

    // ---- the same report every time, on every thread ----

    @Property
    void validatingAgainOrADatasetOfTheSameRecordsGivesTheSameProblemsInTheSameOrder(@ForAll("faulty") Sample sample) {
        Dataset dataset = sample.dataset();

        List<Problem> first = VALIDATOR.validate(dataset).problems();

        assertThat(VALIDATOR.validate(dataset).problems()).isEqualTo(first);
        assertThat(VALIDATOR.validate(sample.dataset()).problems()).isEqualTo(first);
        assertThat(TestData.validator().validate(sample.dataset()).problems()).isEqualTo(first);
    }

    @Property
    void oneValidatorOnSeveralThreadsAtOnceGivesEachTheSameReportAsOneThread(@ForAll("faulty") Sample sample)
            throws Exception {
        List<Problem> expected = VALIDATOR.validate(sample.dataset()).problems();
        Dataset fresh = sample.dataset(); // its indexes are built by whichever thread asks first
        CyclicBarrier together = new CyclicBarrier(THREADS);
        List<Future<List<Problem>>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            results.add(pool.submit((Callable<List<Problem>>) () -> {
                together.await(10, TimeUnit.SECONDS);
                return VALIDATOR.validate(fresh).problems();
            }));
        }
        for (Future<List<Problem>> result : results) {
            assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo(expected);
        }
    }

    // ---- planted faults are always found ----

    private static void assertFound(Planted planted) {
        List<Problem> problems = VALIDATOR.validate(planted.sample().dataset()).problems();
        assertThat(problems).as("problems").extracting(Where::of)
                .contains(new Where(planted.rule(), planted.kind(), planted.recordId(), planted.field()));
    }

    @Property
    void aMembershipThatCertainlyOverlapsAnEarlierOneIsReportedOnTheLaterOne(@ForAll("overlap") Planted planted) {
        assertFound(planted);
    }

    @Provide
    Arbitrary<Planted> overlap() {
        return FaultyDatasets.overlap();
    }

    @Property
    void aReversedPeriodIsADateOrderProblemOnItsEndField(@ForAll("reversed") Planted planted) {
        assertFound(planted);
    }

    @Provide
    Arbitrary<Planted> reversed() {
        return FaultyDatasets.reversed();
    }

    @Property
    void anIdUsedAgainIsReportedOnTheLaterRecord(@ForAll("duplicateId") Planted planted) {
        assertFound(planted);
    }

    @Provide
    Arbitrary<Planted> duplicateId() {
        return FaultyDatasets.duplicateIdPlanted();
    }

    @Property
    void aReferenceToNothingIsReportedOnTheReferringField(@ForAll("unknownReference") Planted planted) {
        assertFound(planted);
    }

    @Provide
    Arbitrary<Planted> unknownReference() {
        return FaultyDatasets.unknownReferencePlanted();
    }

    @Property
    void everyRecordOnAParentCycleIsReported(@ForAll("cycle") Planted planted) {
        assertFound(planted);
    }

    @Provide
    Arbitrary<Planted> cycle() {
        return FaultyDatasets.cyclePlanted();
    }

    // ---- agreement with brute force ----

    @Property
    void dateOrderReportsExactlyTheRowsWhoseEndIsCertainlyBeforeTheirStart(@ForAll("faulty") Sample sample) {
        Dataset dataset = sample.dataset();
        List<Where> expected = new ArrayList<>();
        dataset.records().forEach(record -> {
            var period = Redate.period(record);
            if (period != null && period.endsBeforeStart()) {
                String field = ((io.github.regsec.model.Dated) record).endField();
                expected.add(new Where(RuleIds.DATE_ORDER, record.recordKind(), record.id(), field));
            }
            for (Name name : Redate.names(record)) {
                if (name.period().endsBeforeStart()) {
                    expected.add(new Where(RuleIds.DATE_ORDER, RecordKind.NAME, record.id(), "end_date"));
                }
            }
        });
        expected.sort(BY_TEXT);

        assertThat(where(VALIDATOR.validate(dataset).problems(), RuleIds.DATE_ORDER)).isEqualTo(expected);
    }

    @Property
    void membershipOverlapReportsExactlyTheMembershipsThatCertainlyOverlapAnEarlierStartingOne(
            @ForAll("crowded") Sample sample) {
        Dataset dataset = sample.dataset();
        List<Where> expected = laterOverlapping(dataset.memberships()).stream()
                .map(m -> new Where(ValidationRuleIds.MEMBERSHIP_OVERLAP, RecordKind.MEMBERSHIP, m.id(), "start_date"))
                .sorted(BY_TEXT).collect(Collectors.toList());

        assertThat(where(VALIDATOR.validate(dataset).problems(), ValidationRuleIds.MEMBERSHIP_OVERLAP)).isEqualTo(expected);
    }

    /**
     * The memberships that certainly overlap another of the same member in the same organization
     * that starts before them (by earliest start day; dataset order on a tie), by brute force.
     */
    private static List<Membership> laterOverlapping(List<Membership> memberships) {
        List<Membership> result = new ArrayList<>();
        for (int i = 0; i < memberships.size(); i++) {
            Membership m = memberships.get(i);
            for (int j = 0; j < memberships.size(); j++) {
                Membership other = memberships.get(j);
                if (i == j || !overlap(m, other)) {
                    continue;
                }
                int c = other.startDate().earliest().compareTo(m.startDate().earliest());
                if (c < 0 || (c == 0 && j < i)) {
                    result.add(m);
                    break;
                }
            }
        }
        return result;
    }

    // ---- certainty: a less precise date never adds a conflict ----

    /**
     * Widening a date ({@code 2019-07-17} to {@code 2019-07} or {@code 2019}) adds no date-order
     * problem, and no overlap between two memberships that were both possible before. Two things may
     * look like new {@code membership-overlap} problems and are not new conflicts: which of two
     * overlapping memberships "starts later" (the one reported) can change when a start becomes
     * less precise; and a membership whose end was certainly before its start (a {@code date-order}
     * error, covering no day, so overlapping nothing) can become possible, and then overlap.
     */
    @Property
    void aLessPreciseDateNeverAddsADateOrderProblemNorAnOverlap(@ForAll("crowded") Sample sample,
                                                                @ForAll @IntRange(min = 0, max = 10_000) int pick,
                                                                @ForAll boolean toYear) {
        List<Redate.Slot> slots = Redate.widenable(sample.records());
        Assume.that(!slots.isEmpty());
        Redate.Slot slot = slots.get(pick % slots.size());
        Dataset before = sample.dataset();
        Dataset after = Dataset.builder().addAll(Redate.widenAt(sample.records(), slot, toYear)).build();

        List<Problem> problemsBefore = VALIDATOR.validate(before).problems();
        List<Problem> problemsAfter = VALIDATOR.validate(after).problems();

        // date-order: the rows reported after are among those reported before
        assertThat(where(problemsBefore, RuleIds.DATE_ORDER)).containsAll(where(problemsAfter, RuleIds.DATE_ORDER));
        // membership-overlap: every pair that certainly overlaps after did before, or one of the two
        // had its end certainly before its start
        List<Membership> was = before.memberships();
        List<Membership> is = after.memberships(); // the same memberships in the same order, one perhaps redated
        for (int i = 0; i < is.size(); i++) {
            for (int j = i + 1; j < is.size(); j++) {
                if (overlap(is.get(i), is.get(j))) {
                    assertThat(overlap(was.get(i), was.get(j)) || was.get(i).period().endsBeforeStart()
                            || was.get(j).period().endsBeforeStart())
                            .as("%s and %s overlap after widening, so they did before, or one was reversed", is.get(i), is.get(j))
                            .isTrue();
                }
            }
        }
        // and so every (organization, member) with an overlap problem after had an overlap or a reversed period before;
        // a problem names its membership by id, and where ids repeat (crowded samples plant duplicates) an id stands
        // for the groups of every membership that has it: one of them must have had a conflict before
        List<String> groupsBefore = new ArrayList<>(groups(before, problemsBefore, ValidationRuleIds.MEMBERSHIP_OVERLAP));
        groupsBefore.addAll(groups(before, problemsBefore, RuleIds.DATE_ORDER));
        Map<String, List<String>> groupsAfter = groupsById(after);
        for (Problem p : problemsAfter) {
            if (p.rule().equals(ValidationRuleIds.MEMBERSHIP_OVERLAP) && p.recordKind() == RecordKind.MEMBERSHIP) {
                assertThat(groupsAfter.get(p.recordId())).as("the groups of %s", p).containsAnyElementsOf(groupsBefore);
            }
        }
    }

    private static boolean overlap(Membership a, Membership b) {
        return a.organizationId().equals(b.organizationId()) && a.member().equals(b.member())
                && a.period().certainlyOverlaps(b.period());
    }

    /** The (organization, member) pairs of the memberships reported by a rule. */
    /** The (organization, member) groups of the memberships a rule's problems name, every group an id may stand for. */
    private static List<String> groups(Dataset dataset, List<Problem> problems, String rule) {
        Map<String, List<String>> byId = groupsById(dataset);
        return problems.stream().filter(p -> p.rule().equals(rule) && p.recordKind() == RecordKind.MEMBERSHIP)
                .map(p -> byId.get(p.recordId())).filter(Objects::nonNull).flatMap(List::stream).distinct().toList();
    }

    /** For each membership id, the (organization, member) groups of the memberships with that id, in dataset order. */
    private static Map<String, List<String>> groupsById(Dataset dataset) {
        Map<String, List<String>> byId = new HashMap<>();
        dataset.memberships().forEach(m -> byId.computeIfAbsent(m.id(), id -> new ArrayList<>())
                .add(m.organizationId() + " " + m.member().text()));
        return byId;
    }
}
