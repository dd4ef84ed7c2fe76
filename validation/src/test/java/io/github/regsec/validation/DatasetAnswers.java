package io.github.regsec.validation;

import io.github.regsec.model.Answer;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.FieldOffice;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.party.OrganizationParty;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.party.PersonParty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every question a {@link Dataset} answers, asked about every id, party and post in it (and a few
 * it does not hold) on a few days, written down as text: two datasets of the same records give the
 * same text exactly when they give the same answers, in the same order, with the same record
 * instances (a record is written as its place in dataset order, so that of two records with one
 * id, the one returned shows).
 */
final class DatasetAnswers {

    private static final List<LocalDate> DAYS = List.of(LocalDate.of(1950, 1, 1), LocalDate.of(1991, 12, 26),
            LocalDate.of(2001, 6, 15), LocalDate.of(2019, 7, 17), LocalDate.of(2022, 10, 19), LocalDate.of(2040, 1, 1));

    private final Dataset dataset;
    private final Map<Object, Integer> places = new IdentityHashMap<>();
    private final List<String> lines = new ArrayList<>();

    private DatasetAnswers(Dataset dataset) {
        this.dataset = dataset;
        dataset.records().forEach(r -> places.put(r, places.size()));
    }

    /**
     * The answers of a dataset.
     *
     * @param dataset the dataset to ask
     * @return one line per question and its answer
     */
    static List<String> of(Dataset dataset) {
        DatasetAnswers answers = new DatasetAnswers(dataset);
        answers.ask();
        return answers.lines;
    }

    private void ask() {
        Set<String> ids = new LinkedHashSet<>();
        dataset.records().filter(r -> !r.id().isBlank()).forEach(r -> ids.add(r.id())); // a blank id is no question
        ids.add("no-such-id");
        Set<Party> parties = new LinkedHashSet<>();
        dataset.memberships().forEach(m -> parties.add(m.member()));
        dataset.meetings().forEach(m -> parties.addAll(dataset.partiesOf(m)));
        // a faulty dataset may hold a record with a blank id: no party can name it
        dataset.organizations().stream().filter(o -> !o.id().isBlank())
                .forEach(o -> parties.add(new OrganizationParty(o.id())));
        dataset.persons().stream().filter(p -> !p.id().isBlank()).forEach(p -> parties.add(new PersonParty(p.id())));
        for (String id : ids) {
            line("record " + id, dataset.record(id).orElse(null));
            line("organization " + id, dataset.organization(id).orElse(null));
            line("membership " + id, dataset.membership(id).orElse(null));
            line("meeting " + id, dataset.meeting(id).orElse(null));
            line("post " + id, dataset.post(id).orElse(null));
            line("membershipsIn " + id, dataset.membershipsIn(id));
            line("fieldOfficesOf " + id, dataset.fieldOfficesOf(id));
            line("childrenOf " + id, dataset.childrenOf(id));
            line("sideEventsOf " + id, dataset.sideEventsOf(id));
            line("descendants " + id, dataset.organizationAndDescendants(id));
            line("postsOf " + id, dataset.postsOf(id));
            line("holdersOf " + id, dataset.holdersOf(id));
            line("meetingsOfHolders " + id, dataset.meetingsOfHolders(id));
            line("postsHeldBy " + id, dataset.postsHeldBy(id));
            for (LocalDate day : DAYS) {
                if (dataset.organization(id).isPresent()) { // an unknown organization is the caller's mistake
                    line("membersOn " + id + " " + day, dataset.membersOn(id, day, null));
                    line("memberPartiesOn " + id + " " + day, dataset.memberPartiesOn(id, day));
                    line("memberCountriesOn " + id + " " + day, dataset.memberCountriesOn(id, day));
                }
                line("fieldOfficesOf " + id + " " + day, dataset.fieldOfficesOf(id, day));
                line("holdersOn " + id + " " + day, dataset.holdersOn(id, day));
                line("namesOn " + id + " " + day, dataset.namesOn(id, day));
                line("cityOn " + id + " " + day, dataset.cityOn(id, day));
            }
        }
        for (Party party : parties) {
            line("membershipsOf " + party, dataset.membershipsOf(party));
            line("meetingsInvolving " + party, dataset.meetingsInvolving(party));
            for (LocalDate day : DAYS) {
                line("membershipsOf " + party + " " + day, dataset.membershipsOf(party, day));
            }
        }
        List<Party> all = new ArrayList<>(parties);
        for (int i = 0; i + 1 < all.size(); i += 2) {
            line("meetingsInvolving " + all.get(i) + " " + all.get(i + 1), dataset.meetingsInvolving(all.get(i), all.get(i + 1)));
        }
        for (FieldOffice office : dataset.fieldOffices()) {
            line("fieldOfficesIn " + office.country(), dataset.fieldOfficesIn(office.country()));
        }
        for (Meeting meeting : dataset.meetings()) {
            line("partiesOf " + places.get(meeting), dataset.partiesOf(meeting));
        }
        line("meetingsByDate", dataset.meetingsByDate());
        line("meetingsBetween open", dataset.meetingsBetween(null, null));
        for (int i = 0; i + 1 < DAYS.size(); i++) {
            line("meetingsBetween " + DAYS.get(i) + " " + DAYS.get(i + 1), dataset.meetingsBetween(DAYS.get(i), DAYS.get(i + 1)));
        }
        line("size", dataset.size());
    }

    private void line(String question, Object answer) {
        lines.add(question + " = " + text(answer));
    }

    private String text(Object answer) {
        if (answer instanceof Answer<?> a) {
            return "certain " + text(a.certain()) + " possible " + text(a.possible());
        }
        if (answer instanceof Collection<?> c) {
            List<String> each = new ArrayList<>();
            c.forEach(x -> each.add(text(x)));
            return each.toString();
        }
        if (answer instanceof DatasetRecord r) {
            Integer place = places.get(r);
            return r.recordKind().formatName() + "#" + (place == null ? "not in the dataset: " + r : place);
        }
        return String.valueOf(answer);
    }
}
