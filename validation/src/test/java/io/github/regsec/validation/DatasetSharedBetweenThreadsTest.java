package io.github.regsec.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.FieldOffice;
import io.github.regsec.model.FieldOfficeKind;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.MeetingKind;
import io.github.regsec.model.Membership;
import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.Name;
import io.github.regsec.model.NameKind;
import io.github.regsec.model.Organization;
import io.github.regsec.model.OrganizationKind;
import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.party.OrganizationParty;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.PartialDate;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A {@link Dataset} builds its indexes on the first question, behind double-checked locking: many
 * threads asking their first questions of a fresh dataset at the same moment all get the answers
 * one thread gets, from one set of indexes. (The model's own module cannot use the importers; the
 * validation module, which shares datasets between threads, checks it here.)
 */
class DatasetSharedBetweenThreadsTest {

    private static final int THREADS = 8;
    private static final int FRESH_DATASETS = 40;
    private static final List<LocalDate> DAYS = List.of(LocalDate.of(1994, 12, 31), LocalDate.of(1995, 1, 1),
            LocalDate.of(2005, 6, 1), LocalDate.of(2019, 7, 17), LocalDate.of(2026, 1, 1));

    /** The planted fixture plus a few thousand generated records, so that building the indexes takes a while. */
    private static List<DatasetRecord> records() throws Exception {
        Path json = Path.of(DatasetSharedBetweenThreadsTest.class.getResource("/planted/planted.json").toURI());
        List<DatasetRecord> records = new ArrayList<>(Formats.discover().read(json, ReadOptions.defaults()).dataset()
                .records().toList());
        Random random = new Random(17);
        List<CountryCode> countries = CountryCode.all().subList(0, 60);
        for (int o = 0; o < 30; o++) {
            records.add(Organization.builder("gen-" + o, "Generated " + o, OrganizationKind.INTERGOVERNMENTAL)
                    .parentId(o % 5 == 0 ? null : "gen-" + (o - o % 5))
                    .names(List.of(Name.of("Old " + o, NameKind.FORMER, PartialDate.ofYear(1990), PartialDate.ofYear(1994 + o % 3))))
                    .build());
        }
        for (int i = 0; i < 4000; i++) {
            int year = 1990 + random.nextInt(36);
            records.add(Membership.of("gen-m-" + i, "gen-" + random.nextInt(30),
                    Party.country(countries.get(random.nextInt(countries.size()))),
                    random.nextInt(4) == 0 ? MembershipStatus.OBSERVER : MembershipStatus.MEMBER,
                    PartialDate.ofYear(year), random.nextBoolean() ? null : PartialDate.ofYear(year + random.nextInt(10))));
        }
        for (int i = 0; i < 200; i++) {
            records.add(FieldOffice.builder("gen-f-" + i, "gen-" + random.nextInt(30), "Office " + i, FieldOfficeKind.OFFICE,
                    countries.get(random.nextInt(countries.size()))).openingDate(PartialDate.ofYear(1995 + random.nextInt(20)))
                    .names(List.of(Name.of("Office " + i + " before", NameKind.FORMER, null, PartialDate.ofYear(2005))))
                    .build());
        }
        for (int i = 0; i < 1000; i++) {
            records.add(Meeting.builder("gen-meeting-" + i, "Meeting " + i, MeetingKind.SESSION)
                    .startDate(random.nextInt(20) == 0 ? null : PartialDate.ofYear(1995 + random.nextInt(30)))
                    .convenors(List.of(new OrganizationParty("gen-" + random.nextInt(30))))
                    .hostOfficeId(random.nextBoolean() ? "gen-f-" + random.nextInt(200) : null)
                    .parentId(i > 0 && random.nextInt(10) == 0 ? "gen-meeting-" + random.nextInt(i) : null)
                    .chair(Party.country(countries.get(random.nextInt(countries.size())))).build());
        }
        return records;
    }

    /** Every kind of question a dataset answers from its indexes, and the answers, in one list. */
    private static List<Object> answers(Dataset dataset) {
        List<Object> answers = new ArrayList<>();
        List<String> ids = dataset.records().map(DatasetRecord::id).toList();
        for (int i = 0; i < ids.size(); i += 37) {
            String id = ids.get(i);
            answers.add(dataset.record(id));
            answers.add(dataset.organization(id));
            answers.add(dataset.fieldOffice(id));
            answers.add(dataset.meeting(id));
            answers.add(dataset.membership(id));
            answers.add(dataset.source(id));
            answers.add(dataset.sideEventsOf(id));
        }
        answers.add(dataset.record("no-such-id"));
        for (Organization org : dataset.organizations()) {
            String id = org.id();
            answers.add(dataset.membershipsIn(id));
            answers.add(dataset.fieldOfficesOf(id));
            answers.add(dataset.childrenOf(id));
            answers.add(dataset.organizationAndDescendants(id));
            answers.add(dataset.meetingsInvolving(new OrganizationParty(id)));
            for (LocalDate day : DAYS) {
                answers.add(dataset.membersOn(id, day, null));
                answers.add(dataset.memberPartiesOn(id, day));
                answers.add(dataset.memberCountriesOn(id, day));
                answers.add(dataset.fieldOfficesOf(id, day));
                answers.add(dataset.nameOn(id, day));
            }
        }
        for (CountryCode country : CountryCode.all().subList(0, 60)) {
            Party party = Party.country(country);
            answers.add(dataset.membershipsOf(party));
            answers.add(dataset.fieldOfficesIn(country));
            answers.add(dataset.fieldOfficesIn(country, DAYS.get(3)));
            answers.add(dataset.meetingsInvolving(party, new OrganizationParty("gen-0")));
        }
        for (FieldOffice office : dataset.fieldOffices()) {
            answers.add(dataset.nameOn(office.id(), DAYS.get(2)));
        }
        for (Meeting meeting : dataset.meetings()) {
            answers.add(dataset.partiesOf(meeting));
        }
        answers.add(dataset.meetingsByDate());
        answers.add(dataset.meetingsBetween(LocalDate.of(2000, 1, 1), LocalDate.of(2010, 12, 31)));
        answers.add(dataset.meetingsBetween(null, LocalDate.of(2001, 1, 1)));
        answers.add(dataset.meetingsInvolving(List.of()));
        return answers;
    }

    /** What one thread saw: its answers, and the list of meetings by date (an index itself). */
    private record Seen(List<Object> answers, List<Meeting> meetingsByDate) {
    }

    @Test
    void eightThreadsAskingTheirFirstQuestionsOfAFreshDatasetAtOnceGetTheAnswersOfOne() throws Exception {
        List<DatasetRecord> records = records();
        List<Object> expected = answers(Dataset.builder().addAll(records).build());

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < FRESH_DATASETS; round++) {
                Dataset fresh = Dataset.builder().addAll(records).build();
                CyclicBarrier together = new CyclicBarrier(THREADS);
                List<Future<Seen>> futures = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int thread = t;
                    futures.add(pool.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        // each thread starts with a different question, all of them first questions
                        List<Meeting> byDate = thread % 2 == 0 ? fresh.meetingsByDate() : null;
                        List<Object> answers = answers(fresh);
                        return new Seen(answers, byDate != null ? byDate : fresh.meetingsByDate());
                    }));
                }
                List<Meeting> first = null;
                for (Future<Seen> future : futures) {
                    Seen seen = future.get(60, TimeUnit.SECONDS);
                    assertThat(seen.answers()).as("round %d", round).isEqualTo(expected);
                    if (first == null) {
                        first = seen.meetingsByDate();
                    }
                    // one set of indexes: every thread got the very same list
                    assertThat(seen.meetingsByDate()).as("round %d", round).isSameAs(first);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
