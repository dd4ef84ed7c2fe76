package io.github.regsec.benchmarks;

import io.github.regsec.formats.Formats;
import io.github.regsec.formats.WriteOptions;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.FieldOffice;
import io.github.regsec.model.FieldOfficeKind;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.MeetingKind;
import io.github.regsec.model.Membership;
import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.Organization;
import io.github.regsec.model.OrganizationKind;
import io.github.regsec.model.Participant;
import io.github.regsec.model.ParticipationMode;
import io.github.regsec.model.Source;
import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.country.StateLifetime;
import io.github.regsec.model.party.OrganizationParty;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.model.time.Period;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A generator of synthetic but referentially valid datasets of a given size: organizations (some
 * of them bodies of others), field offices, meetings with participants and memberships with
 * reduced-precision dates, plus a few planted problems (a duplicate id, an unknown reference, an
 * end before its start, a state that no longer existed) so that validation has something to find.
 * Countries are used only while they stood for a state ({@link StateLifetime}): a membership,
 * field office or meeting in a country starts after the year the state was born. The same seed
 * gives the same dataset.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar io.github.regsec.benchmarks.SyntheticDataset 1000000 out.jsonl}</pre>
 */
public final class SyntheticDataset {

    /** How many records of each kind to generate. */
    public record Size(int organizations, int meetings, int memberships) {

        /** The benchmarks' reference size: 10,000 organizations, 100,000 meetings, 1,000,000 memberships. */
        public static final Size REFERENCE = new Size(10_000, 100_000, 1_000_000);

        /** This size times a factor (at least one of each). */
        public Size times(double factor) {
            return new Size(Math.max(1, (int) (organizations * factor)), Math.max(1, (int) (meetings * factor)),
                    Math.max(1, (int) (memberships * factor)));
        }
    }

    private static final List<CountryCode> COUNTRIES = CountryCode.all().stream().filter(c -> !c.isFormer()).toList();
    private static final MembershipStatus[] STATUSES = MembershipStatus.values();
    private static final String[] TOPICS = {"terrorism", "border-management", "drugs", "youth", "water", "energy"};

    private SyntheticDataset() {
    }

    /** A dataset of the given size. */
    public static Dataset generate(Size size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Dataset.Builder b = Dataset.builder();
        b.add(new Source("src-synthetic", "Synthetic benchmark data", "regsec benchmarks", null, null, null, null, null));
        List<String> sources = List.of("src-synthetic");

        int[] founded = new int[size.organizations()];
        for (int i = 0; i < size.organizations(); i++) {
            founded[i] = 1900 + random.nextInt(90);
            boolean body = i % 10 == 9;
            Organization.Builder org = Organization.builder(orgId(i), "Organization number " + i,
                            body ? OrganizationKind.BODY : OrganizationKind.INTERGOVERNMENTAL)
                    .acronym("ORG" + i)
                    .foundingDate(date(random, founded[i], founded[i]))
                    .headquartersCountry(country(random))
                    .sources(sources);
            if (body) {
                org.parentId(orgId(i - 1 - random.nextInt(Math.min(i, 8))));
            }
            b.add(org.build());
        }

        int offices = Math.max(1, size.organizations() / 10);
        for (int i = 0; i < offices; i++) {
            int org = random.nextInt(size.organizations());
            int opened = founded[org] + 1 + random.nextInt(20);
            CountryCode country = country(random);
            opened = Math.max(opened, bornAfter(country));
            b.add(FieldOffice.builder("office-" + i, orgId(org), "Field office number " + i, FieldOfficeKind.OFFICE,
                            country)
                    .city("City " + i).openingDate(date(random, opened, opened)).sources(sources).build());
        }

        for (int i = 0; i < size.meetings(); i++) {
            int org = random.nextInt(size.organizations());
            int year = 1995 + random.nextInt(30);
            PartialDate start = PartialDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            CountryCode country = country(random);
            if (bornAfter(country) > year) {
                start = PartialDate.of(bornAfter(country), start.month(), start.day()); // Montenegro meets from 2007
            }
            Meeting.Builder meeting = Meeting.builder("meeting-" + i, "Meeting number " + i, MeetingKind.values()[random.nextInt(MeetingKind.values().length)])
                    .startDate(start)
                    .country(country)
                    .addConvenor(new OrganizationParty(orgId(org)))
                    .addTopic(TOPICS[random.nextInt(TOPICS.length)])
                    .sources(sources);
            for (int p = 0; p < 2; p++) {
                meeting.addParticipant(new Participant("Person " + random.nextInt(100_000), "Delegate",
                        Party.country(country(random)), ParticipationMode.IN_PERSON, null));
            }
            b.add(meeting.build());
        }

        // memberships: per organization a run of distinct member countries, so that none overlap
        int perOrg = Math.max(1, size.memberships() / size.organizations());
        int made = 0;
        for (int org = 0; made < size.memberships(); org = (org + 1) % size.organizations()) {
            int offset = random.nextInt(COUNTRIES.size());
            int round = made / (perOrg * size.organizations()); // later rounds: later, non-overlapping periods
            for (int k = 0; k < perOrg && made < size.memberships(); k++, made++) {
                CountryCode member = COUNTRIES.get((offset + k) % COUNTRIES.size());
                int start = Math.max(founded[org] + 1 + round * 40 + random.nextInt(10), bornAfter(member));
                PartialDate end = random.nextInt(4) == 0 ? date(random, start + 11, start + 30) : null;
                b.add(new Membership("membership-" + made, orgId(org), Party.country(member),
                        random.nextInt(10) == 0 ? STATUSES[random.nextInt(STATUSES.length)] : MembershipStatus.MEMBER,
                        date(random, start, start), end, sources, null));
            }
        }

        planProblems(b);
        return b.build();
    }

    /**
     * A few problems for validation to find: a duplicate id, an unknown reference, an end before its
     * start, the USSR as a member in 2001.
     */
    private static void planProblems(Dataset.Builder b) {
        b.add(Membership.of("membership-0", orgId(0), Party.country("TJ"), MembershipStatus.MEMBER,
                PartialDate.parse("2001"), null));
        b.add(Membership.of("planted-unknown-org", "no-such-organization", Party.country("KZ"), MembershipStatus.MEMBER,
                PartialDate.parse("2001"), null));
        b.add(Membership.of("planted-date-order", orgId(0), Party.country("KG"), MembershipStatus.OBSERVER,
                PartialDate.parse("2010-05"), PartialDate.parse("2009")));
        b.add(Membership.of("planted-former-state", orgId(0), Party.country("SU"), MembershipStatus.MEMBER,
                PartialDate.parse("2001"), null));
    }

    /**
     * The first year from which a country stands for a state to this day: the year after its
     * current state was born (1992 for Kazakhstan), 0 for a code without a lifetime or one that
     * has stood for a state since before the table begins.
     */
    private static int bornAfter(CountryCode country) {
        return StateLifetime.of(country).map(lifetime -> {
            Period current = lifetime.spans().get(lifetime.spans().size() - 1);
            return current.start() == null ? 0 : current.start().latest().getYear() + 1;
        }).orElse(0);
    }

    private static String orgId(int i) {
        return String.format("org-%05d", i);
    }

    private static CountryCode country(SplittableRandom random) {
        return COUNTRIES.get(random.nextInt(COUNTRIES.size()));
    }

    /** A date in a year range, with year, month or day precision (about a third each). */
    private static PartialDate date(SplittableRandom random, int fromYear, int toYear) {
        int year = Math.min(9999, fromYear + random.nextInt(Math.max(1, toYear - fromYear + 1)));
        switch (random.nextInt(3)) {
            case 0:
                return PartialDate.ofYear(year);
            case 1:
                return PartialDate.ofMonth(year, 1 + random.nextInt(12));
            default:
                return PartialDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        }
    }

    /** Writes a generated dataset with the writer the target's ending picks (a directory for CSV). */
    public static void write(Dataset dataset, Path target) throws IOException {
        Formats.discover().write(dataset, target, WriteOptions.defaults());
    }

    /**
     * Generates a dataset and writes it.
     *
     * @param args memberships (default 1,000,000; organizations and meetings scale with it) and
     *     the target path (a directory, {@code .json} or {@code .jsonl})
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SyntheticDataset MEMBERSHIPS TARGET");
            System.exit(2);
        }
        double factor = Integer.parseInt(args[0]) / (double) Size.REFERENCE.memberships();
        Dataset dataset = generate(Size.REFERENCE.times(factor), 42);
        write(dataset, Path.of(args[1]));
        System.out.println("wrote " + dataset + " to " + args[1]);
    }
}
