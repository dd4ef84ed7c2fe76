package io.github.regsec.examples;

import io.github.regsec.sample.SampleData;
import io.github.regsec.model.Answer;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.Membership;
import io.github.regsec.model.Person;
import io.github.regsec.model.Post;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.party.PersonParty;
import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;

/**
 * Example: questions about people in posts, asked of the bundled Central Asia dataset: who was
 * the OSCE Secretary General on the day the Dushanbe conference ended, which meetings Tajikistan's
 * foreign minister attended, and what posts a person held over time. Answers that depend on a day
 * are certain, or only possible where a date is known to the month or year.
 *
 * <pre>java -cp examples/target/regsec.jar io.github.regsec.examples.PeopleQuestions</pre>
 */
public final class PeopleQuestions {

    private PeopleQuestions() {
    }

    /**
     * Runs the example, printing to standard output.
     *
     * @param args not used
     * @throws IOException when the bundled dataset cannot be read
     */
    public static void main(String[] args) throws IOException {
        run(System.out);
    }

    /**
     * Runs the example, printing to {@code out}.
     *
     * @param out where the answers are printed
     * @throws IOException when the bundled dataset cannot be read
     */
    public static void run(PrintStream out) throws IOException {
        Dataset dataset = SampleData.centralAsia();
        out.println("The bundled dataset: " + dataset.persons().size() + " persons, " + dataset.posts().size() + " posts");

        // 1. Who was the OSCE Secretary General on 2022-10-19, the day the Dushanbe conference ended?
        //    A holder is a membership whose post_id is the post; its dates say when.
        LocalDate day = LocalDate.of(2022, 10, 19);
        Answer<Membership> secretaries = dataset.holdersOn("osce-sg", day);
        out.println();
        out.println("The OSCE Secretary General on " + day + ":");
        for (Membership m : secretaries) {
            out.println("  " + name(dataset, m.member()) + " (" + m.startDate() + " to " + m.endDate() + ")");
        }
        // The Acting Head of the Dushanbe office is only possibly the holder that day: when she began is not known.
        Answer<Membership> heads = dataset.holdersOn("osce-po-dushanbe-head", day);
        out.println("The head of the OSCE Programme Office in Dushanbe on " + day + ": " + heads.size() + " certain, "
                + heads.possible().size() + " possible");
        for (Membership m : heads.possible()) {
            out.println("  possibly " + name(dataset, m.member()) + ", " + m.role() + " (start unknown, until " + m.endDate() + ")");
        }

        // 2. Which meetings did Tajikistan's foreign minister attend? The meetings in which a person took part
        //    (a participant's person_id) while holding the post.
        Answer<Meeting> meetings = dataset.meetingsOfHolders("tj-mfa-minister");
        out.println();
        out.println("Meetings attended by Tajikistan's Minister of Foreign Affairs: " + meetings.size());
        for (Meeting m : meetings) {
            out.println("  " + m.startDate() + "  " + m.title());
        }

        // 3. A person over time: the posts Emomali Rahmon held, and the meetings he took part in.
        Person rahmon = dataset.person("emomali-rahmon").orElseThrow();
        out.println();
        out.println(rahmon.name() + " (born " + rahmon.birthDate() + "):");
        for (Membership m : dataset.membershipsOf(new PersonParty(rahmon.id()))) {
            Post post = dataset.post(m.postId()).orElseThrow();
            out.println("  " + post.label() + " since " + m.startDate());
        }
        for (Meeting m : dataset.meetingsInvolving(Party.person(rahmon.id()))) {
            out.println("  took part in: " + m.title().substring(0, Math.min(60, m.title().length())) + "... (" + m.startDate()
                    + ")");
        }
    }

    private static String name(Dataset dataset, Party member) {
        return member instanceof PersonParty p ? dataset.person(p.personId()).map(Person::name).orElse(p.personId())
                : member.text();
    }
}
