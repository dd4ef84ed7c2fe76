package io.github.regsec.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.MeetingKind;
import io.github.regsec.model.Membership;
import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.Organization;
import io.github.regsec.model.OrganizationKind;
import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.party.OrganizationParty;
import io.github.regsec.model.time.PartialDate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * One {@link DatasetValidator}, shared by several threads validating different datasets at once
 * (imported ones with locations, one read on each thread with one shared {@link Formats} and
 * {@link ReadOptions}, a dataset big enough for the record checks to run in parallel themselves, a
 * deep parent chain with a cycle), gives every thread the report one thread gets.
 */
class ConcurrentValidationTest {

    private static final int THREADS = 6;
    private static final int ROUNDS = 2;

    /** What a report says, to compare: its problems (in order) and its text. */
    private record Outcome(List<io.github.regsec.problem.Problem> problems, String text, long errors, long warnings) {
        static Outcome of(ValidationReport report) {
            return new Outcome(report.problems(), report.toText(), report.errors(), report.warnings());
        }
    }

    /** A dataset to validate: imported (with locations) or built in code; each call may give a new instance. */
    private record Input(String name, Supplier<ValidationReport> validate) {
    }

    private static Path resource(String name) throws Exception {
        return Path.of(ConcurrentValidationTest.class.getResource("/planted/" + name).toURI());
    }

    /** 24,000 memberships and more: over the size from which record checks run on several threads. */
    static List<DatasetRecord> big() {
        Random random = new Random(24);
        List<DatasetRecord> records = new ArrayList<>();
        List<CountryCode> countries = CountryCode.all();
        for (int o = 0; o < 40; o++) {
            records.add(Organization.builder("org-" + o, "Organization " + o, OrganizationKind.INTERGOVERNMENTAL)
                    .foundingDate(PartialDate.ofYear(1950 + o)).memberCount(random.nextInt(50)).build());
        }
        for (int i = 0; i < 24_000; i++) {
            int year = 1940 + random.nextInt(90);
            PartialDate start = random.nextInt(10) == 0 ? null
                    : random.nextBoolean() ? PartialDate.ofYear(year) : PartialDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            PartialDate end = random.nextInt(3) == 0 ? null : PartialDate.ofYear(year + random.nextInt(20) - 3);
            String org = "org-" + random.nextInt(45); // a few name no organization
            records.add(Membership.of(random.nextInt(500) == 0 ? "dup" : "m-" + i, org,
                    Party.country(countries.get(random.nextInt(countries.size()))),
                    MembershipStatus.values()[random.nextInt(MembershipStatus.values().length)], start, end));
        }
        for (int i = 0; i < 300; i++) {
            records.add(Meeting.builder("meeting-" + i, "Meeting " + (i % 250), MeetingKind.SESSION)
                    .startDate(PartialDate.ofYear(1990 + random.nextInt(45)))
                    .convenors(List.of(new OrganizationParty("org-" + random.nextInt(42))))
                    .chair(Party.country(countries.get(random.nextInt(countries.size())))).build());
        }
        return records;
    }

    /** A chain of 3,000 bodies ending in a cycle of three. */
    private static List<DatasetRecord> deepChain() {
        List<DatasetRecord> records = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            records.add(Organization.builder("body-" + i, "Body " + i, OrganizationKind.BODY).parentId("body-" + (i + 1)).build());
        }
        for (int i = 3000; i < 3003; i++) {
            records.add(Organization.builder("body-" + i, "Body " + i, OrganizationKind.BODY)
                    .parentId("body-" + (i == 3002 ? 3000 : i + 1)).build());
        }
        records.add(Meeting.builder("session", "Session", MeetingKind.SESSION).startDate(PartialDate.ofYear(2000))
                .convenors(List.of(new OrganizationParty("body-0"))).chair(Party.country(CountryCode.of("TJ"))).build());
        return records;
    }

    @Test
    void oneValidatorValidatesDifferentDatasetsOnSixThreadsAtOnceWithTheReportsOfOneThread() throws Exception {
        DatasetValidator validator = TestData.validator();
        Formats formats = Formats.discover();
        ImportResult csv = formats.read(resource("csv"), ReadOptions.defaults());
        ImportResult json = formats.read(resource("planted.json"), ReadOptions.defaults());
        List<DatasetRecord> big = big();
        List<DatasetRecord> chain = deepChain();
        ReadOptions options = ReadOptions.defaults(); // one reader configuration, shared too
        Path csvPath = resource("csv");
        List<Input> inputs = List.of(
                new Input("planted CSV", () -> validator.validate(csv)),
                new Input("planted CSV, read again on each thread", () -> {
                    try {
                        return validator.validate(formats.read(csvPath, options));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }),
                new Input("planted JSON", () -> validator.validate(json)),
                // a new Dataset each time: its indexes are built lazily by whichever thread asks first
                new Input("big", () -> validator.validate(Dataset.builder().addAll(big).build())),
                new Input("deep chain", () -> validator.validate(Dataset.builder().addAll(chain).build())));
        List<Outcome> expected = new ArrayList<>();
        for (Input input : inputs) {
            expected.add(Outcome.of(input.validate().get()));
        }
        assertThat(expected).allSatisfy(o -> assertThat(o.problems()).isNotEmpty());

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CyclicBarrier together = new CyclicBarrier(THREADS);
        try {
            List<Future<List<Outcome>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    List<Outcome> outcomes = new ArrayList<>();
                    for (int round = 0; round < ROUNDS; round++) {
                        together.await(30, TimeUnit.SECONDS); // every thread starts each round at the same time
                        for (int i = 0; i < inputs.size(); i++) {
                            outcomes.add(Outcome.of(inputs.get((thread + i) % inputs.size()).validate().get()));
                        }
                    }
                    return outcomes;
                }));
            }
            for (int t = 0; t < THREADS; t++) {
                List<Outcome> outcomes = futures.get(t).get(120, TimeUnit.SECONDS);
                for (int k = 0; k < outcomes.size(); k++) {
                    int input = (t + k % inputs.size()) % inputs.size();
                    assertThat(outcomes.get(k)).as("thread %d, %s", t, inputs.get(input).name()).isEqualTo(expected.get(input));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
