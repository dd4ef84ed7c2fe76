package io.github.regsec.validation;

import static io.github.regsec.validation.TestData.AS_OF;
import static io.github.regsec.validation.TestData.meeting;
import static io.github.regsec.validation.TestData.member;
import static io.github.regsec.validation.TestData.org;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.regsec.model.Coverage;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.Membership;
import io.github.regsec.model.Organization;
import io.github.regsec.model.party.Party;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import io.github.regsec.problem.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DatasetValidatorTest {

    /** A user's rule: every membership needs a source. */
    static class MembershipsNeedSources implements ConsistencyRule {
        @Override
        public String id() {
            return "membership-source";
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.WARNING;
        }

        @Override
        public String description() {
            return "Every membership cites a source.";
        }

        @Override
        public void check(RuleContext context) {
            for (Membership m : context.dataset().memberships()) {
                if (m.sources().isEmpty()) {
                    context.report(m, "sources", "the membership cites no source: add one");
                }
            }
        }
    }

    private static Dataset dataset() {
        return Dataset.builder()
                .add(org("osce").memberCount(57).coverage(Coverage.COMPLETE).note("TODO: check the founding date").build())
                .add(member("tj", "osce", "country:TJ", "1992-01-30", null))
                .add(member("tj-2", "osce", "country:TJ", "1995", null))
                .add(meeting("undated", null, null).convenors(List.of(Party.parse("org:osce"), Party.parse("org:osce"))).build())
                .build();
    }

    @Test
    void runsAUsersRuleAddedToTheBuilder() {
        DatasetValidator validator = DatasetValidator.builder().asOf(AS_OF).addRule(new MembershipsNeedSources()).build();
        assertThat(validator.rules()).extracting(ConsistencyRule::id).endsWith("membership-source");
        assertThat(validator.validate(dataset()).problems("membership-source")).extracting(Problem::recordId, Problem::severity)
                .containsExactly(tuple("tj", Severity.WARNING),
                        tuple("tj-2", Severity.WARNING));
    }

    @Test
    void findsUsersRulesThroughServiceLoader() {
        assertThat(RuleRegistry.discovered()).extracting(ConsistencyRule::id).containsExactly("no-placeholder");
        ValidationReport report = DatasetValidator.builder().asOf(AS_OF).build().validate(dataset());
        assertThat(report.problems("no-placeholder")).singleElement().satisfies(p -> {
            assertThat(p.recordId()).isEqualTo("osce");
            assertThat(p.field()).isEqualTo("note");
        });
        assertThat(DatasetValidator.builder().discoverRules(false).build().rules())
                .extracting(ConsistencyRule::id).doesNotContain("no-placeholder");
    }

    @Test
    void listsTheBuiltInRulesInCatalogueOrder() {
        assertThat(TestData.validator().rules()).extracting(ConsistencyRule::id).containsExactly(
                "duplicate-id", "unknown-reference", "date-order", "membership-overlap", "post-holders-overlap",
                "post-organization", "parent-cycle", "outside-lifetime", "country-lifetime", "person-lifetime",
                "host-not-member", "office-not-open", "chair-not-member", "participant-affiliation", "duplicate-value",
                "member-count", "future-date", "missing-date", "possible-duplicate");
        assertThat(RuleRegistry.builtIns()).allSatisfy(rule -> {
            assertThat(rule.description()).endsWith(".");
            assertThat(rule.defaultSeverity()).isEqualTo(
                    List.of("duplicate-id", "unknown-reference", "date-order", "membership-overlap", "post-holders-overlap",
                            "post-organization", "parent-cycle", "person-lifetime")
                            .contains(rule.id()) ? Severity.ERROR : Severity.WARNING);
        });
    }

    @Test
    void switchesARuleOff() {
        DatasetValidator validator = DatasetValidator.builder().asOf(AS_OF).discoverRules(false)
                .disable(ValidationRuleIds.MEMBERSHIP_OVERLAP).disable(ValidationRuleIds.MISSING_DATE).build();
        assertThat(validator.rules()).extracting(ConsistencyRule::id)
                .doesNotContain(ValidationRuleIds.MEMBERSHIP_OVERLAP, ValidationRuleIds.MISSING_DATE).contains(ValidationRuleIds.MEMBER_COUNT);
        ValidationReport report = validator.validate(dataset());
        assertThat(report.problems()).extracting(Problem::rule).doesNotContain(ValidationRuleIds.MEMBERSHIP_OVERLAP, ValidationRuleIds.MISSING_DATE)
                .contains(ValidationRuleIds.MEMBER_COUNT, ValidationRuleIds.DUPLICATE_VALUE);
        assertThat(TestData.validator().validate(dataset()).problems(ValidationRuleIds.MEMBERSHIP_OVERLAP)).hasSize(1);
    }

    @Test
    void changesARulesSeverity() {
        DatasetValidator validator = DatasetValidator.builder().asOf(AS_OF).discoverRules(false)
                .severity(ValidationRuleIds.MEMBERSHIP_OVERLAP, Severity.WARNING)
                .severity(ValidationRuleIds.MEMBER_COUNT, Severity.ERROR).build();
        ValidationReport report = validator.validate(dataset());
        assertThat(report.problems(ValidationRuleIds.MEMBERSHIP_OVERLAP)).extracting(Problem::severity).containsExactly(Severity.WARNING);
        assertThat(report.problems(ValidationRuleIds.MEMBER_COUNT)).extracting(Problem::severity).containsExactly(Severity.ERROR);
        assertThat(validator.severity(ValidationRuleIds.MEMBER_COUNT)).isEqualTo(Severity.ERROR);
        assertThat(validator.severity(RuleIds.DUPLICATE_ID)).isEqualTo(Severity.ERROR);
    }

    @Test
    void appliesSwitchesAndSeveritiesToTheRecordConstraintsButNotToReading() {
        Organization bad = org("bad id").build();
        var imported = new Imports()
                .problem(Problem.error(RuleIds.SYNTAX, "start_date: '2019-13' is not a date").withLocation(Location.of("memberships.csv", 3)))
                .record(bad, "organizations.csv", 2).result();
        DatasetValidator lenient = DatasetValidator.builder().discoverRules(false).severity(RuleIds.SYNTAX, Severity.WARNING).build();
        assertThat(lenient.validate(imported).problems(RuleIds.SYNTAX)).extracting(Problem::severity, p -> p.location().file())
                .containsExactly(tuple(Severity.WARNING, "organizations.csv"),
                        tuple(Severity.ERROR, "memberships.csv"));
        DatasetValidator off = DatasetValidator.builder().discoverRules(false).disable(RuleIds.SYNTAX).build();
        assertThat(off.validate(imported).problems(RuleIds.SYNTAX)).extracting(p -> p.location().file())
                .containsExactly("memberships.csv");
    }

    @Test
    void replacesABuiltInRuleWithAUsersRuleOfTheSameId() {
        ConsistencyRule strictCount = new ConsistencyRule() {
            @Override
            public String id() {
                return ValidationRuleIds.MEMBER_COUNT;
            }

            @Override
            public Severity defaultSeverity() {
                return Severity.ERROR;
            }

            @Override
            public String description() {
                return "Every organization declares its member count.";
            }

            @Override
            public void check(RuleContext context) {
                context.dataset().organizations().stream().filter(o -> o.memberCount() == null)
                        .forEach(o -> context.report(o, "member_count", "declare member_count"));
            }
        };
        DatasetValidator validator = DatasetValidator.builder().discoverRules(false).addRule(strictCount).build();
        assertThat(validator.rules()).extracting(ConsistencyRule::id).containsOnlyOnce(ValidationRuleIds.MEMBER_COUNT);
        assertThat(validator.rules().indexOf(strictCount)).isEqualTo(15);
        Dataset dataset = Dataset.builder().add(org("counted").memberCount(3).build()).add(org("uncounted").build()).build();
        assertThat(validator.validate(dataset).problems(ValidationRuleIds.MEMBER_COUNT)).extracting(Problem::recordId, Problem::severity)
                .containsExactly(tuple("uncounted", Severity.ERROR));
    }

    @Test
    void refusesUnknownRuleIdsAndMalformedRules() {
        assertThatThrownBy(() -> DatasetValidator.builder().disable("membership-overlaps").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no rule is named 'membership-overlaps'").hasMessageContaining("membership-overlap");
        assertThatThrownBy(() -> DatasetValidator.builder().severity("nope", Severity.ERROR).build())
                .isInstanceOf(IllegalArgumentException.class);
        ConsistencyRule badId = new MembershipsNeedSources() {
            @Override
            public String id() {
                return "Bad Id";
            }
        };
        assertThatThrownBy(() -> DatasetValidator.builder().addRule(badId).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Bad Id'");
    }

    @Test
    void usesTheAsOfDateAndDefaultsToToday() {
        assertThat(DatasetValidator.defaults().asOf()).isEqualTo(LocalDate.now());
        Dataset dataset = Dataset.builder().add(meeting("m", "2026-12-01", null).build()).build();
        assertThat(DatasetValidator.builder().asOf(LocalDate.of(2026, 11, 28)).build().validate(dataset).problems(ValidationRuleIds.FUTURE_DATE))
                .hasSize(1);
        ValidationReport later = DatasetValidator.builder().asOf(LocalDate.of(2026, 12, 1)).build().validate(dataset);
        assertThat(later.problems(ValidationRuleIds.FUTURE_DATE)).isEmpty();
        assertThat(later.asOf()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void reportsProgressStepByStepOnTheCallingThreadWhateverTheThreads() {
        for (int threads : List.of(1, 4)) {
            List<String> events = new ArrayList<>();
            Thread caller = Thread.currentThread();
            DatasetValidator validator = DatasetValidator.builder().discoverRules(false).threads(threads)
                    .progress(new ValidationProgress() {
                        @Override
                        public void started(int totalSteps) {
                            events.add("started " + totalSteps);
                        }

                        @Override
                        public void step(int done, String what) {
                            events.add(done + " " + what + (Thread.currentThread() == caller ? "" : " on another thread"));
                        }

                        @Override
                        public void finished() {
                            events.add("finished");
                        }
                    }).build();
            validator.validate(dataset());
            assertThat(events).as("%d threads", threads).hasSize(22)
                    .startsWith("started 20", "1 record-constraints", "2 duplicate-id")
                    .contains("10 country-lifetime").endsWith("20 possible-duplicate", "finished")
                    .noneMatch(e -> e.endsWith("on another thread"));
        }
    }

    @Test
    void threadsDefaultToEveryCoreAndAreAtLeastOne() {
        assertThat(DatasetValidator.defaults().threads()).isEqualTo(Dataset.defaultThreads());
        assertThat(DatasetValidator.builder().threads(3).build().threads()).isEqualTo(3);
        assertThatThrownBy(() -> DatasetValidator.builder().threads(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }

    /** A rule that fails, as a user's rule with a bug might. */
    private static final class FailingRule implements ConsistencyRule {
        static final IllegalStateException FAILURE = new IllegalStateException("a bug in a user's rule");

        @Override
        public String id() {
            return "failing";
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.WARNING;
        }

        @Override
        public String description() {
            return "Always fails.";
        }

        @Override
        public void check(RuleContext context) {
            throw FAILURE;
        }
    }

    @Test
    void aRuleThatFailsThrowsItsOwnExceptionOnAnyNumberOfThreads() {
        for (int threads : List.of(1, 4)) {
            DatasetValidator validator = DatasetValidator.builder().discoverRules(false).threads(threads)
                    .addRule(new FailingRule()).build();
            assertThatThrownBy(() -> validator.validate(dataset())).as("%d threads", threads).isSameAs(FailingRule.FAILURE);
        }
    }

    @Test
    void validatesFromSeveralThreadsAtOnceWithOneValidator() throws Exception {
        DatasetValidator validator = TestData.validator();
        List<Dataset> datasets = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Dataset.Builder b = Dataset.builder().add(org("o").memberCount(i).build());
            for (int j = 0; j <= i * 20; j++) {
                b.add(member("m" + j, "o", "country:TJ", String.valueOf(1950 + j), null));
            }
            datasets.add(b.add(meeting("undated", null, null).build()).build());
        }
        List<String> expected = datasets.stream().map(d -> validator.validate(d).toText()).collect(Collectors.toList());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (Dataset d : datasets) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return validator.validate(d).toText();
                    }));
                }
            }
            start.countDown();
            for (int k = 0; k < results.size(); k++) {
                assertThat(results.get(k).get()).isEqualTo(expected.get(k % datasets.size()));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected.get(7).lines().filter(l -> l.contains("membership-overlap")).count()).isEqualTo(140);
    }
}
