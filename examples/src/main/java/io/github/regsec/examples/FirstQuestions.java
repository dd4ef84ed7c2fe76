package io.github.regsec.examples;

import io.github.regsec.sample.SampleData;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.party.Party;
import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Example 1: load the bundled Central Asia dataset and ask it questions: who was a member of the
 * OSCE on a day, which meetings involved both the OSCE and the CSTO, and what the OSCE office in
 * Dushanbe was called in a given year.
 *
 * <pre>java -cp examples/target/regsec.jar io.github.regsec.examples.FirstQuestions</pre>
 */
public final class FirstQuestions {

    private FirstQuestions() {
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
        // The dataset ships inside the jar as a CSV directory; this reads it with the CSV importer.
        Dataset dataset = SampleData.centralAsia();
        out.println("The bundled dataset: " + dataset);

        // 1. Who were the OSCE's participating States on the day of the FSC session of 2019-07-17?
        //    The answer lists the States that were certainly members that day; those that only
        //    possibly were (a start of "1973" on 1973-06-01) are one call away, in possible().
        LocalDate session = LocalDate.of(2019, 7, 17);
        List<CountryCode> states = dataset.memberCountriesOn("osce", session);
        out.println();
        out.println("OSCE participating States on " + session + ": " + states.size());
        out.println("  " + states.stream().map(CountryCode::alpha2).collect(Collectors.joining(" ")));

        // The day before Mongolia joined (2012-11-21) there were 56.
        out.println("OSCE participating States on 2012-11-20: "
                + dataset.memberCountriesOn("osce", LocalDate.of(2012, 11, 20)).size());

        // A date known only to the year makes an answer uncertain: on 1973-06-01 the 35 States
        // whose participation is dated "1973" were possibly, not certainly, participating.
        var early = dataset.memberCountriesOn("osce", LocalDate.of(1973, 6, 1));
        out.println("OSCE participating States on 1973-06-01: " + early.size() + " certainly, "
                + early.possible().size() + " possibly");

        // 2. Which meetings involved both the OSCE and the CSTO? An organization takes part through
        //    its bodies too: the session was convened by the OSCE Forum for Security Co-operation,
        //    and the CSTO's Secretary General attended it.
        List<Meeting> both = dataset.meetingsInvolving(Party.organization("osce"), Party.organization("csto"));
        out.println();
        out.println("Meetings involving the OSCE and the CSTO: " + both.size());
        for (Meeting meeting : both) {
            out.println("  " + meeting.startDate() + "  " + meeting.title() + " (chair: "
                    + meeting.chair() + ")");
        }

        // 3. What was the OSCE office in Dushanbe called in 2005, and what is it called today?
        //    Former names are stored with the years they were in use.
        out.println();
        out.println("The OSCE office in Dushanbe in 2005: "
                + dataset.nameOn("osce-po-dushanbe", LocalDate.of(2005, 6, 1)).orElseThrow());
        out.println("The OSCE office in Dushanbe today: "
                + dataset.nameOn("osce-po-dushanbe", LocalDate.now()).orElseThrow());

        // 4. And what was the OSCE itself called in 1990?
        out.println("The OSCE in 1990: " + dataset.nameOn("osce", LocalDate.of(1990, 1, 1)).orElseThrow());
    }
}
