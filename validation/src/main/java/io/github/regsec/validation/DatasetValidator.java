package io.github.regsec.validation;

import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.RecordLocations;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import io.github.regsec.problem.Severity;
import io.github.regsec.validation.constraints.RecordConstraints;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Validates datasets: single-record constraints (Jakarta Validation, see {@link RecordConstraints})
 * plus the consistency rules. Immutable, thread-safe and reusable: one validator can validate many
 * datasets, from several threads at once.
 *
 * <pre>{@code
 * DatasetValidator validator = DatasetValidator.builder()
 *         .asOf(LocalDate.of(2025, 1, 1))
 *         .addRule(new MyRule())
 *         .disable("possible-duplicate")
 *         .severity("member-count", Severity.ERROR)
 *         .build();
 * ValidationReport report = validator.validate(importResult);
 * }</pre>
 *
 * <p>The record constraints run first, then the rules in {@link #rules()} order. Problems about an
 * end before its start come from the {@code date-order} rule only (the {@code @DatesInOrder}
 * constraint finds the same thing and is not reported twice). {@link Builder#disable(String)} and
 * {@link Builder#severity(String, Severity)} also apply to the constraint problems
 * {@code required} and {@code syntax} (with both off, the record constraints do not run); problems
 * from reading are reported as read.
 *
 * <p>Scale: every rule groups or sorts instead of comparing pairs. With {@link Builder#threads(int)}
 * more than 1 (by default, every core), the rules run at the same time and the record constraints
 * are checked in parts, on a shared pool of that many threads; the problems are put together in
 * the order one thread finds them, so the report is the same whatever the number of threads.
 * Progress is still told on the thread that runs {@code validate}, step by step in run order.
 * One million memberships validate in a few seconds on a laptop (most of it Hibernate
 * Validator's per-record checks; the first run in a JVM also warms it up).
 */
public final class DatasetValidator {

    /** The rule ids of the record constraints' problems (besides {@code date-order}, which is a rule). */
    private static final Set<String> CONSTRAINT_RULES = Set.of(RuleIds.REQUIRED, RuleIds.SYNTAX);

    /** The rule ids of reading, before any validation rule in problem order. */
    private static final List<String> READING_RULES = List.of(RuleIds.SYNTAX, RuleIds.UNKNOWN_FIELD, RuleIds.REQUIRED,
            RuleIds.PROBLEMS_LEFT_OUT);

    /** The name of the record constraints' step, for progress. */
    private static final String RECORD_CONSTRAINTS = "record-constraints";

    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final LocalDate asOf;
    private final List<ConsistencyRule> rules;
    private final Map<String, Severity> severities;
    private final Set<String> disabled;
    private final ValidationProgress progress;
    private final List<String> ruleOrder;
    private final int threads;

    private DatasetValidator(LocalDate asOf, List<ConsistencyRule> rules, Map<String, Severity> severities,
                             Set<String> disabled, ValidationProgress progress, int threads) {
        this.asOf = asOf;
        this.threads = threads;
        this.rules = List.copyOf(rules);
        this.severities = Map.copyOf(severities);
        this.disabled = Set.copyOf(disabled);
        this.progress = progress;
        Set<String> order = new LinkedHashSet<>(READING_RULES);
        this.rules.forEach(r -> order.add(r.id()));
        this.ruleOrder = List.copyOf(order);
    }

    /**
     * A validator with every built-in rule and every rule registered through ServiceLoader, as of today.
     *
     * @return a new validator with the rules' default severities
     */
    public static DatasetValidator defaults() {
        return builder().build();
    }

    /**
     * A builder that starts from the built-in rules and the ServiceLoader rules, as of today.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Validates an imported dataset: the problems found while reading, then the validation problems,
     * each with the file and line its record came from.
     *
     * @param imported the result of a read: its dataset, problems and record locations
     * @return the report of reading and validation problems together
     */
    public ValidationReport validate(ImportResult imported) {
        Objects.requireNonNull(imported, "imported");
        return run(imported.dataset(), imported.locations(), imported);
    }

    /**
     * Validates a dataset built in code: problems have no locations.
     *
     * @param dataset the dataset to check
     * @return the report of the validation problems
     */
    public ValidationReport validate(Dataset dataset) {
        Objects.requireNonNull(dataset, "dataset");
        return run(dataset, RecordLocations.none(), null);
    }

    /**
     * The as-of date: the day {@code future-date} and {@code member-count} take as today.
     *
     * @return the as-of day
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * The number of threads a validation may use.
     *
     * @return the threads set with {@link Builder#threads(int)}, else {@link Dataset#defaultThreads()}
     */
    public int threads() {
        return threads;
    }

    /**
     * The active rules, in run order.
     *
     * @return the rules not switched off, unmodifiable
     */
    public List<ConsistencyRule> rules() {
        return rules;
    }

    /**
     * The severity problems of a rule get: the user's choice, else the rule's default (errors for
     * constraint rules).
     *
     * @param ruleId a rule id ({@code date-order})
     * @return the severity its problems are reported with
     */
    public Severity severity(String ruleId) {
        Severity chosen = severities.get(ruleId);
        if (chosen != null) {
            return chosen;
        }
        return rules.stream().filter(r -> r.id().equals(ruleId)).map(ConsistencyRule::defaultSeverity).findFirst()
                .orElse(Severity.ERROR);
    }

    /**
     * True when the rule with this id is switched off.
     *
     * @param ruleId a rule id
     * @return whether the rule's problems are left out
     */
    public boolean isDisabled(String ruleId) {
        return disabled.contains(ruleId);
    }

    private ValidationReport run(Dataset dataset, RecordLocations locations, ImportResult imported) {
        ValidationRun run = new ValidationRun(dataset, asOf, locations);
        List<ValidationRun.Found> found = new ArrayList<>();
        if (imported != null) {
            ValidationRun.Findings reading = run.findings();
            imported.problems().forEach(p -> reading.add(p, null));
            found.addAll(reading.found());
        }
        progress.started(rules.size() + 1);
        List<RecordChunk> chunks = checksRecords() ? RecordChunk.split(dataset, threads) : List.of();
        if (threads == 1) {
            for (RecordChunk chunk : chunks) {
                found.addAll(checkRecords(chunk, run));
            }
            progress.step(1, RECORD_CONSTRAINTS);
            int done = 1;
            for (ConsistencyRule rule : rules) {
                found.addAll(check(rule, run));
                progress.step(++done, rule.id());
            }
        } else {
            // every step a task; the steps' problems put together in step order, as one thread finds them
            ForkJoinPool pool = RulePools.of(threads);
            List<ForkJoinTask<StepResult>> checks = new ArrayList<>();
            for (RecordChunk chunk : chunks) {
                checks.add(submit(pool, () -> checkRecords(chunk, run)));
            }
            dataset.record(""); // the dataset's indexes, built here (on its own threads) rather than by a rule
            List<ForkJoinTask<StepResult>> ruleChecks = new ArrayList<>();
            for (ConsistencyRule rule : rules) {
                ruleChecks.add(submit(pool, () -> check(rule, run)));
            }
            for (ForkJoinTask<StepResult> chunk : checks) {
                found.addAll(result(chunk));
            }
            progress.step(1, RECORD_CONSTRAINTS);
            for (int i = 0; i < rules.size(); i++) {
                found.addAll(result(ruleChecks.get(i)));
                progress.step(i + 2, rules.get(i).id());
            }
        }
        progress.finished();
        List<Problem> problems = ProblemOrder.sort(found, imported == null ? List.of() : imported.files(), ruleOrder);
        return new ValidationReport(problems, dataset, asOf, imported);
    }

    /** The problems one rule finds. */
    private List<ValidationRun.Found> check(ConsistencyRule rule, ValidationRun run) {
        ValidationRun.Findings findings = run.findings();
        rule.check(new RuleContext(findings, rule.id(), severity(rule.id())));
        return findings.found();
    }

    /** What a step found, or how it failed. */
    private record StepResult(List<ValidationRun.Found> found, Throwable failure) {
    }

    /** A step as a task of the pool; a failure is kept to be thrown on the calling thread. */
    private static ForkJoinTask<StepResult> submit(ForkJoinPool pool, Supplier<List<ValidationRun.Found>> step) {
        return pool.submit(() -> {
            try {
                return new StepResult(step.get(), null);
            } catch (RuntimeException | Error e) {
                return new StepResult(List.of(), e);
            }
        });
    }

    /**
     * A step's problems, waiting for it if need be; a rule's exception is thrown as the rule threw
     * it, as on one thread (not the copy {@link ForkJoinTask#join()} may make).
     */
    private static List<ValidationRun.Found> result(ForkJoinTask<StepResult> task) {
        StepResult result = task.join();
        if (result.failure() instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (result.failure() instanceof Error error) {
            throw error;
        }
        return result.found();
    }

    /** False when every problem the record constraints could give is switched off (date-order is the rule's). */
    private boolean checksRecords() {
        return !disabled.containsAll(CONSTRAINT_RULES);
    }

    /** The record constraints' problems of a run of records, in dataset order. */
    private List<ValidationRun.Found> checkRecords(RecordChunk chunk, ValidationRun run) {
        ValidationRun.Findings findings = run.findings();
        for (DatasetRecord record : chunk.records()) {
            RecordConstraints.check(record, run::locationOf, (problem, row) -> {
                String rule = problem.rule();
                // date-order is the DateOrderRule's: reported once, with that rule's switch and severity
                if (!rule.equals(RuleIds.DATE_ORDER) && !disabled.contains(rule)) {
                    Severity severity = severities.get(rule);
                    findings.add(severity == null ? problem : problem.withSeverity(severity), record, row);
                }
            });
        }
        return findings.found();
    }

    /** Builds a {@link DatasetValidator}. Not thread-safe; the validator it builds is. */
    public static final class Builder {
        private LocalDate asOf;
        private boolean discover = true;
        private ClassLoader loader;
        private final List<ConsistencyRule> added = new ArrayList<>();
        private final Set<String> disabled = new LinkedHashSet<>();
        private final Map<String, Severity> severities = new LinkedHashMap<>();
        private ValidationProgress progress = ValidationProgress.NONE;
        private int threads = Dataset.defaultThreads();

        private Builder() {
        }

        /**
         * The number of threads a validation may use; default {@link Dataset#defaultThreads()}
         * (the system property {@code regsec.threads}, else every core). With more than one, the
         * rules run at the same time and the record constraints are checked in parts on several
         * threads; the report is the same whatever the number: the same problems in the same order.
         *
         * @param threads 1 to validate on the calling thread alone, more to use that many threads
         * @return this builder
         * @throws IllegalArgumentException when {@code threads} is less than 1
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * The as-of date for {@code future-date} and {@code member-count}; default: the day
         * {@link #build()} runs.
         *
         * @param asOf the day to take as today; not null
         * @return this builder
         */
        public Builder asOf(LocalDate asOf) {
            this.asOf = Objects.requireNonNull(asOf, "asOf");
            return this;
        }

        /**
         * Adds a user's own rule, run after the built-in and ServiceLoader rules; a rule with the id
         * of one already registered replaces it (in its place).
         *
         * @param rule the rule; its id must be lower-case kebab-case
         * @return this builder
         */
        public Builder addRule(ConsistencyRule rule) {
            added.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * Switches a rule off (by id; {@code required} and {@code syntax} switch the record
         * constraints' problems off).
         *
         * @param ruleId the id of a registered rule; checked by {@link #build()}
         * @return this builder
         */
        public Builder disable(String ruleId) {
            disabled.add(Objects.requireNonNull(ruleId, "ruleId"));
            return this;
        }

        /**
         * Gives a rule's problems another severity.
         *
         * @param ruleId the id of a registered rule; checked by {@link #build()}
         * @param severity the severity its problems get instead of the rule's default
         * @return this builder
         */
        public Builder severity(String ruleId, Severity severity) {
            severities.put(Objects.requireNonNull(ruleId, "ruleId"), Objects.requireNonNull(severity, "severity"));
            return this;
        }

        /**
         * A listener for progress callbacks; default none.
         *
         * @param listener told when validation starts, as each step ends and when it finishes; not null
         * @return this builder
         */
        public Builder progress(ValidationProgress listener) {
            this.progress = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Whether to add the rules registered through ServiceLoader (default true).
         *
         * @param discover false to run only the built-in rules and those added with {@link #addRule}
         * @return this builder
         */
        public Builder discoverRules(boolean discover) {
            this.discover = discover;
            return this;
        }

        /**
         * The class loader to find ServiceLoader rules with; default this library's.
         *
         * @param loader the class loader whose {@code META-INF/services} lists users' rules
         * @return this builder
         */
        public Builder ruleClassLoader(ClassLoader loader) {
            this.loader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /**
         * The validator.
         *
         * @return a new validator, immutable and safe to share between threads
         * @throws IllegalArgumentException when a rule has a malformed id or no severity, or when
         *     {@link #disable} or {@link #severity} names no rule
         */
        public DatasetValidator build() {
            Map<String, ConsistencyRule> byId = new LinkedHashMap<>();
            List<ConsistencyRule> all = new ArrayList<>(RuleRegistry.builtIns());
            if (discover) {
                all.addAll(loader == null ? RuleRegistry.discovered() : RuleRegistry.discovered(loader));
            }
            all.addAll(added);
            for (ConsistencyRule rule : all) {
                String id = rule.id();
                if (id == null || !RULE_ID.matcher(id).matches()) {
                    throw new IllegalArgumentException("rule " + rule.getClass().getName() + " has the id '" + id
                            + "': expected lower-case words joined by hyphens, e.g. membership-overlap");
                }
                if (rule.defaultSeverity() == null) {
                    throw new IllegalArgumentException("rule '" + id + "' has no default severity");
                }
                byId.put(id, rule); // a later rule with the same id replaces the earlier one in its place
            }
            Set<String> known = new LinkedHashSet<>(CONSTRAINT_RULES);
            known.addAll(byId.keySet());
            Set<String> named = new LinkedHashSet<>(disabled);
            named.addAll(severities.keySet());
            for (String id : named) {
                if (!known.contains(id)) {
                    throw new IllegalArgumentException("no rule is named '" + id + "': known rules are "
                            + String.join(", ", known));
                }
            }
            List<ConsistencyRule> active = byId.values().stream().filter(r -> !disabled.contains(r.id()))
                    .collect(Collectors.toList());
            return new DatasetValidator(asOf != null ? asOf : LocalDate.now(), active, new HashMap<>(severities),
                    disabled, progress, threads);
        }
    }
}
