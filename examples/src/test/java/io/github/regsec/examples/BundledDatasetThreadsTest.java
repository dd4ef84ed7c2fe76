package io.github.regsec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.formats.ImportResult;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.Organization;
import io.github.regsec.model.Post;
import io.github.regsec.model.party.Party;
import io.github.regsec.sample.SampleData;
import io.github.regsec.validation.DatasetValidator;
import io.github.regsec.validation.ValidationReport;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The bundled dataset on 1, 2, 4 and 8 threads: the same validation report, and the same answers
 * to the questions its users ask (members on a day, meetings of a party, holders of a post), with
 * the same record instances in the same order.
 */
class BundledDatasetThreadsTest {

    private static final List<Integer> THREADS = List.of(2, 4, 8);
    private static final List<LocalDate> DAYS = List.of(LocalDate.of(1992, 1, 30), LocalDate.of(2005, 6, 1),
            LocalDate.of(2019, 7, 17), LocalDate.of(2022, 10, 19), LocalDate.of(2026, 12, 1));

    @Test
    void validatesTheSameOnAnyNumberOfThreads() throws IOException {
        ImportResult imported = SampleData.readCentralAsia();
        ValidationReport one = DatasetValidator.builder().asOf(LocalDate.of(2026, 12, 1)).threads(1).build().validate(imported);
        assertThat(one.problems()).isNotEmpty();
        for (int threads : THREADS) {
            ValidationReport many = DatasetValidator.builder().asOf(LocalDate.of(2026, 12, 1)).threads(threads).build()
                    .validate(imported);
            assertThat(many.problems()).as("%d threads", threads).isEqualTo(one.problems());
            assertThat(many.toJson("sample")).isEqualTo(one.toJson("sample"));
        }
    }

    @Test
    void answersTheSameOnAnyNumberOfThreads() throws IOException {
        List<DatasetRecord> records = SampleData.readCentralAsia().dataset().records().toList();
        List<List<?>> one = answers(Dataset.builder().threads(1).addAll(records).build());
        for (int threads : THREADS) {
            List<List<?>> many = answers(Dataset.builder().threads(threads).addAll(records).build());
            assertThat(many).as("%d threads", threads).hasSameSizeAs(one);
            for (int i = 0; i < one.size(); i++) {
                List<?> expected = one.get(i);
                assertThat(many.get(i)).as("%d threads, answer %d", threads, i).hasSameSizeAs(expected)
                        .zipSatisfy(new ArrayList<>(expected), (a, b) -> assertThat(a).isSameAs(b));
            }
        }
    }

    /** The answers, each as a list (certain answers then possible ones), in a fixed order of questions. */
    private static List<List<?>> answers(Dataset dataset) {
        List<List<?>> answers = new ArrayList<>();
        Set<Party> parties = new LinkedHashSet<>();
        dataset.memberships().forEach(m -> parties.add(m.member()));
        dataset.meetings().forEach(m -> parties.addAll(dataset.partiesOf(m)));
        for (Organization org : dataset.organizations()) {
            answers.add(dataset.membershipsIn(org.id()));
            answers.add(dataset.childrenOf(org.id()));
            answers.add(dataset.fieldOfficesOf(org.id()));
            for (LocalDate day : DAYS) {
                answers.add(both(dataset.membersOn(org.id(), day, null)));
                answers.add(both(dataset.memberPartiesOn(org.id(), day)));
                answers.add(both(dataset.namesOn(org.id(), day)));
            }
        }
        for (Party party : parties) {
            answers.add(dataset.membershipsOf(party));
            answers.add(dataset.meetingsInvolving(party));
        }
        for (Post post : dataset.posts()) {
            answers.add(dataset.holdersOf(post.id()));
            answers.add(both(dataset.meetingsOfHolders(post.id())));
        }
        for (DatasetRecord record : dataset.records().toList()) {
            answers.add(List.of(dataset.record(record.id()).orElseThrow()));
        }
        answers.add(dataset.meetingsByDate());
        answers.add(both(dataset.meetingsBetween(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31))));
        return answers;
    }

    private static List<Object> both(io.github.regsec.model.Answer<?> answer) {
        List<Object> all = new ArrayList<>(answer.certain());
        all.add("possibly:");
        all.addAll(answer.possible());
        return all;
    }
}
