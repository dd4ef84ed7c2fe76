package io.github.regsec.examples;

import io.github.regsec.sample.SampleData;
import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.formats.atop.AtopImporter;
import io.github.regsec.model.Answer;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.Membership;
import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.party.CountryParty;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Example 6: who was allied with whom on a day, from two sources side by side: the Alliance
 * Treaty Obligations and Provisions data (ATOP v4.01, read with the {@code atop} importer) and
 * the bundled Central Asia dataset, for four organizations: the CSCE/OSCE (ATOP alliance 3740),
 * the Collective Security Treaty and the CSTO (4220), the CIS (4400) and the Shanghai Five and the
 * SCO (4810). For each it prints the members both sources agree on, those only one of them has,
 * and those only possibly members on that day (a date known to the year or month only), then
 * each Central Asian state's allies by either source, where they differ.
 *
 * <pre>java -cp examples/target/regsec.jar io.github.regsec.examples.AlliesOnADay ATOP_MEMBER_FILE [DAY]</pre>
 *
 * ATOP_MEMBER_FILE is ATOP's member-level file ({@code atop-member-level.csv[.gz]}, with
 * {@code atop-alliance-level.csv[.gz]} beside it); DAY defaults to 2008-06-30.
 */
public final class AlliesOnADay {

    /** The day the example looks at unless told otherwise. */
    public static final LocalDate DEFAULT_DAY = LocalDate.of(2008, 6, 30);

    /** The Central Asian states whose allies are compared. */
    private static final List<CountryCode> CENTRAL_ASIA = List.of(CountryCode.of("KZ"), CountryCode.of("KG"),
            CountryCode.of("TJ"), CountryCode.of("TM"), CountryCode.of("UZ"));

    /**
     * One organization in both sources: its name, its ATOP alliance and the bundled dataset's
     * organizations that stand for it (the Collective Security Treaty is {@code cst} until the
     * CSTO, {@code csto}, was founded on it; ATOP has both as alliance 4220).
     *
     * @param name the organization's name as the example prints it ({@code CSCE/OSCE})
     * @param atopid its alliance's ATOP id
     * @param bundled the ids of the bundled dataset's organizations that stand for it
     */
    public record Pair(String name, int atopid, List<String> bundled) {
    }

    /** The four organizations compared. */
    public static final List<Pair> PAIRS = List.of(
            new Pair("CSCE/OSCE", 3740, List.of("osce")),
            new Pair("Collective Security Treaty / CSTO", 4220, List.of("cst", "csto")),
            new Pair("CIS", 4400, List.of("cis")),
            new Pair("Shanghai Five / SCO", 4810, List.of("sco")));

    /**
     * What the two sources say about one organization on the day: each source's members, certain
     * and possible (a membership whose reduced-precision dates may or may not cover the day).
     *
     * @param pair the organization compared
     * @param atop its member countries by ATOP: certain as the list, possible in {@link Answer#possible()}
     * @param bundled its member countries by the bundled dataset, likewise
     */
    public record Comparison(Pair pair, Answer<CountryCode> atop, Answer<CountryCode> bundled) {

        /**
         * Certain members in both sources.
         *
         * @return the countries certainly members by both, sorted
         */
        public Set<CountryCode> both() {
            Set<CountryCode> both = new TreeSet<>(atop.certain());
            both.retainAll(bundled.certain());
            return both;
        }

        /**
         * Certain members in ATOP that the bundled dataset does not have even possibly.
         *
         * @return the countries only ATOP has, sorted
         */
        public Set<CountryCode> onlyAtop() {
            return only(atop, bundled);
        }

        /**
         * Certain members in the bundled dataset that ATOP does not have even possibly.
         *
         * @return the countries only the bundled dataset has, sorted
         */
        public Set<CountryCode> onlyBundled() {
            return only(bundled, atop);
        }

        /**
         * Members in either source that are neither certain in both nor certain in one alone: possibly members.
         *
         * @return the countries possibly members on the day, sorted
         */
        public Set<CountryCode> possible() {
            Set<CountryCode> all = new TreeSet<>();
            for (Answer<CountryCode> answer : List.of(atop, bundled)) {
                all.addAll(answer.certain());
                all.addAll(answer.possible());
            }
            all.removeAll(both());
            all.removeAll(onlyAtop());
            all.removeAll(onlyBundled());
            return all;
        }

        /**
         * True when the sources disagree on a certain member.
         *
         * @return whether {@link #onlyAtop()} or {@link #onlyBundled()} is not empty
         */
        public boolean disagrees() {
            return !onlyAtop().isEmpty() || !onlyBundled().isEmpty();
        }

        private static Set<CountryCode> only(Answer<CountryCode> one, Answer<CountryCode> other) {
            Set<CountryCode> only = new TreeSet<>(one.certain());
            only.removeAll(other.certain());
            only.removeAll(other.possible());
            return only;
        }
    }

    private AlliesOnADay() {
    }

    /**
     * Runs the example, printing to standard output; exits with 2 on a usage error (a missing
     * file, a day that is not {@code YYYY-MM-DD}).
     *
     * @param args ATOP's member-level file, then optionally the day ({@code YYYY-MM-DD}; default
     *     {@link #DEFAULT_DAY})
     * @throws IOException when the ATOP files or the bundled dataset cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: AlliesOnADay ATOP_MEMBER_FILE [DAY]   (atop-member-level.csv[.gz]; DAY as YYYY-MM-DD,"
                    + " default " + DEFAULT_DAY + ")");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        if (!Files.isRegularFile(file)) {
            System.err.println("AlliesOnADay: " + file + " is not a file: give ATOP's member-level file");
            System.exit(2);
        }
        LocalDate day = DEFAULT_DAY;
        if (args.length == 2) {
            try {
                day = LocalDate.parse(args[1]);
            } catch (DateTimeParseException e) {
                System.err.println("AlliesOnADay: '" + args[1] + "' is not a day: expected YYYY-MM-DD");
                System.exit(2);
            }
        }
        run(file, day, System.out);
    }

    /**
     * Runs the example on ATOP's member-level file for a day, printing to {@code out}; gives the four comparisons.
     *
     * @param atopMemberFile ATOP's member-level file ({@code atop-member-level.csv[.gz]}), with the
     *     alliance-level file beside it
     * @param day the day the members are compared on
     * @param out where the comparisons are printed
     * @return the comparisons, one per organization in the order of {@link #PAIRS}
     * @throws IOException when the ATOP files or the bundled dataset cannot be read
     */
    public static List<Comparison> run(Path atopMemberFile, LocalDate day, PrintStream out) throws IOException {
        // ATOP through the importer registry, by name, as the regsec tool reads it (--input-format atop);
        // the alliance-level file beside it gives the alliances' dates and obligations
        ImportResult atop = Formats.discover().read(atopMemberFile, AtopImporter.NAME, ReadOptions.defaults());
        out.println("ATOP: " + atop.dataset() + " from " + atop.files() + ": " + atop.rowsRead() + " rows read, "
                + atop.rowsImported() + " imported, " + atop.rowsRejected() + " rejected, " + atop.rowsSkipped() + " skipped");
        atop.skipped().forEach(skipped -> out.println("  skipped " + skipped));
        Dataset bundled = SampleData.centralAsia();
        out.println("Bundled: " + bundled);
        out.println();
        out.println("Members on " + day + " (certain in both sources; only in one; only possibly a member):");

        List<Comparison> comparisons = new ArrayList<>();
        for (Pair pair : PAIRS) {
            Answer<CountryCode> fromAtop = countries(atop.dataset(), List.of(AtopImporter.organizationId(pair.atopid())), day);
            Answer<CountryCode> fromBundled = countries(bundled, pair.bundled(), day);
            Comparison c = new Comparison(pair, fromAtop, fromBundled);
            comparisons.add(c);
            out.println();
            out.println(pair.name() + " (ATOP " + pair.atopid() + ", bundled " + String.join(" + ", pair.bundled()) + "): "
                    + (c.disagrees() ? "the sources disagree" : "the sources agree"));
            out.println("  both (" + c.both().size() + "): " + codes(c.both()));
            if (!c.onlyAtop().isEmpty()) {
                out.println("  only ATOP (" + c.onlyAtop().size() + "): " + codes(c.onlyAtop()));
            }
            if (!c.onlyBundled().isEmpty()) {
                out.println("  only the bundled dataset (" + c.onlyBundled().size() + "): " + codes(c.onlyBundled()));
            }
            if (!c.possible().isEmpty()) {
                out.println("  possibly (" + c.possible().size() + "): " + codes(c.possible()));
            }
        }

        // who was allied with whom: the states that share at least one of the four with a Central Asian state
        out.println();
        out.println("Allies of the Central Asian states on " + day + " through these four (certain members):");
        for (CountryCode state : CENTRAL_ASIA) {
            Set<CountryCode> byAtop = allies(state, comparisons, true);
            Set<CountryCode> byBundled = allies(state, comparisons, false);
            Set<CountryCode> onlyAtop = new TreeSet<>(byAtop);
            onlyAtop.removeAll(byBundled);
            Set<CountryCode> onlyBundled = new TreeSet<>(byBundled);
            onlyBundled.removeAll(byAtop);
            out.println("  " + state.name() + " (" + state + "): " + byAtop.size() + " by ATOP, " + byBundled.size()
                    + " by the bundled dataset" + (onlyAtop.isEmpty() && onlyBundled.isEmpty() ? ", the same" : "")
                    + (onlyAtop.isEmpty() ? "" : "; only ATOP: " + codes(onlyAtop))
                    + (onlyBundled.isEmpty() ? "" : "; only bundled: " + codes(onlyBundled)));
        }
        return comparisons;
    }

    /** The countries with a {@code member} membership in any of the organizations on the day: certain and possible. */
    static Answer<CountryCode> countries(Dataset dataset, List<String> organizations, LocalDate day) {
        Set<CountryCode> certain = new TreeSet<>();
        Set<CountryCode> possible = new TreeSet<>();
        for (String id : organizations) {
            Answer<Membership> members = dataset.membersOn(id, day, MembershipStatus.MEMBER);
            members.certain().forEach(m -> country(m).ifPresent(certain::add));
            members.possible().forEach(m -> country(m).ifPresent(possible::add));
        }
        possible.removeAll(certain);
        return Answer.of(List.copyOf(certain), List.copyOf(possible));
    }

    private static Optional<CountryCode> country(Membership m) {
        return m.member() instanceof CountryParty party ? Optional.of(party.country()) : Optional.empty();
    }

    /** The states sharing at least one organization with {@code state}, by one source, certain members only. */
    private static Set<CountryCode> allies(CountryCode state, List<Comparison> comparisons, boolean atop) {
        Set<CountryCode> allies = new TreeSet<>();
        for (Comparison c : comparisons) {
            List<CountryCode> members = (atop ? c.atop() : c.bundled()).certain();
            if (members.contains(state)) {
                allies.addAll(members);
            }
        }
        allies.remove(state);
        return allies;
    }

    private static String codes(Set<CountryCode> countries) {
        return countries.stream().map(CountryCode::alpha2).collect(Collectors.joining(" "));
    }
}
