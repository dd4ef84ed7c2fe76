package io.github.regsec.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a generated regsec JSON Lines dataset of event scale, line by line (never held in
 * memory): a few dozen organizations (some bodies of others, one dissolved), field offices,
 * persons, posts, memberships of countries and of persons in posts, and meetings with chairs,
 * host offices, parents and participants with affiliations. Problems of every rule are planted
 * throughout (duplicate ids, unknown references, a meeting named where an organization is meant,
 * parent cycles, possible duplicates, chairs and participants who are not members, dates out of
 * order, in the future, outside a state's or an office's lifetime). The same seed and size give
 * the same file.
 */
final class EventScaleDataset {

    private static final String[] COUNTRIES = {"TJ", "KZ", "KG", "UZ", "TM", "RU", "AF", "CN", "IR", "AT", "DE", "FR",
        "US", "TR", "IN", "PK", "BY", "AM", "AZ", "GE"};
    private static final String[] KINDS = {"session", "conference", "workshop", "seminar", "training", "forum", "summit",
        "official_visit", "negotiation", "other"};
    private static final int ORGANIZATIONS = 40;
    private static final int OFFICES = 20;
    private static final int POSTS = 40;

    private final SplittableRandom random;
    private final BufferedWriter out;

    private EventScaleDataset(long seed, BufferedWriter out) {
        this.random = new SplittableRandom(seed);
        this.out = out;
    }

    /**
     * Writes about {@code records} records: 10% memberships, 1% persons, the rest meetings.
     *
     * @return the number of lines written
     */
    static long write(Path file, long records, long seed) throws IOException {
        return write(file, records, records / 10, records / 100, seed);
    }

    /**
     * Writes about {@code records} records, so many memberships and persons, the rest meetings.
     *
     * @return the number of lines written
     */
    static long write(Path file, long records, long memberships, long persons, long seed) throws IOException {
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                StandardCharsets.UTF_8), 1 << 16)) {
            return new EventScaleDataset(seed, out).write(records, Math.max(10, memberships), Math.max(10, persons));
        }
    }

    private long write(long records, long memberships, long persons) throws IOException {
        long lines = 0;
        line("{\"type\":\"source\",\"id\":\"src-gen\",\"title\":\"Generated event data\"}");
        lines++;
        for (int i = 0; i < ORGANIZATIONS; i++) {
            StringBuilder o = new StringBuilder("{\"type\":\"organization\",\"id\":\"org-").append(i)
                    .append("\",\"name\":\"Organization ").append(i).append("\",\"kind\":\"")
                    .append(i % 8 == 7 ? "body" : "intergovernmental").append("\",\"founding_date\":\"")
                    .append(1950 + i).append('"');
            if (i % 8 == 7) {
                o.append(",\"parent_id\":\"org-").append(i - 1).append('"');
            }
            if (i == 3) {
                o.append(",\"headquarters_country\":\"SU\""); // a state that ended in 1991
            }
            o.append(",\"sources\":[\"src-gen\"]}");
            line(o.toString());
            lines++;
        }
        line("{\"type\":\"organization\",\"id\":\"org-1\",\"name\":\"Organization one again\",\"kind\":\"intergovernmental\"}");
        line("{\"type\":\"organization\",\"id\":\"org-gone\",\"name\":\"Dissolved organization\",\"kind\":\"intergovernmental\","
                + "\"founding_date\":\"1960\",\"dissolution_date\":\"2001-06\"}");
        lines += 2;
        for (int i = 0; i < OFFICES; i++) {
            line("{\"type\":\"field_office\",\"id\":\"office-" + i + "\",\"organization_id\":\"org-" + (i % ORGANIZATIONS)
                    + "\",\"name\":\"Office " + i + "\",\"kind\":\"office\",\"country\":\"" + COUNTRIES[i % COUNTRIES.length]
                    + "\",\"opening_date\":\"1990\"" + (i == 0 ? ",\"closing_date\":\"2000\"" : "")
                    + "}");
            lines++;
        }
        for (long i = 0; i < persons; i++) {
            String birth = i % 3 == 0 ? ",\"birth_date\":\"" + (1940 + i % 50) + "\"" : "";
            String death = i % 9973 == 5 ? ",\"death_date\":\"" + (2005 + i % 10) + "\"" : "";
            String name = i % 1000 == 999 ? "Person " + (i - 1) : "Person " + i; // a few possible duplicates
            line("{\"type\":\"person\",\"id\":\"person-" + i + "\",\"name\":\"" + name + "\"" + birth + death + "}");
            lines++;
        }
        for (int i = 0; i < POSTS; i++) {
            line("{\"type\":\"post\",\"id\":\"post-" + i + "\",\"organization_id\":\"org-" + i + "\",\"label\":\"Secretary General\","
                    + "\"single_holder\":" + (i % 2 == 0) + "}");
            lines++;
        }
        for (long i = 0; i < memberships; i++) {
            int org = (int) (i % ORGANIZATIONS);
            long spell = i / ORGANIZATIONS;
            // the first members of each organization are the countries, then one person each: no two overlap
            boolean person = spell >= COUNTRIES.length;
            int start = 1992 + (int) (spell % 30); // after the states of 1991 began
            String end = random.nextInt(3) == 0 ? ",\"end_date\":\"" + (start + 1 + random.nextInt(12)) + "\"" : "";
            if (i % 10007 == 11) {
                end = ",\"end_date\":\"" + (start - 2) + "\""; // ends before it starts
            }
            String member = person ? "person:person-" + (spell % persons) : "country:" + COUNTRIES[(int) spell];
            String post = spell == COUNTRIES.length ? ",\"post_id\":\"post-" + org + "\"" : "";
            String date = switch (random.nextInt(3)) {
                case 0 -> String.valueOf(start);
                case 1 -> start + "-0" + (1 + random.nextInt(9));
                default -> start + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
            };
            line("{\"type\":\"membership\",\"id\":\"membership-" + i + "\",\"organization_id\":\""
                    + (i % 50_021 == 7 ? "nope" : i % 70_003 == 5 ? "meeting-10" : "org-" + org) + "\",\"member\":\"" + member + "\",\"status\":\""
                    + (i % 11 == 3 ? "observer" : "member") + "\",\"start_date\":\"" + date + "\"" + end + post + "}");
            lines++;
        }
        long meetings = Math.max(20, records - lines);
        for (long i = 0; i < meetings; i++) {
            line(meeting(i, persons));
            lines++;
        }
        return lines;
    }

    private String meeting(long i, long persons) {
        int year = i % 77_777 == 7 ? 2030 : 1992 + random.nextInt(34); // a few in the future of the as-of day
        String start = year + "-" + two(1 + random.nextInt(12)) + (random.nextInt(4) == 0 ? "" : "-" + two(1 + random.nextInt(28)));
        String id = i % 100_003 == 17 ? "meeting-" + (i - 1) : "meeting-" + i; // duplicate ids
        if (i % 200_009 == 23) {
            id = "org-2"; // the id of an organization
        }
        boolean twin = i % 50_000 == 2 || i % 50_000 == 3; // the same title and dates: possible duplicates
        if (twin) {
            start = "2001-01-01";
        }
        StringBuilder m = new StringBuilder(256).append("{\"type\":\"meeting\",\"id\":\"").append(id)
                .append("\",\"title\":\"Meeting ").append(i % 50_000 == 3 ? i - 1 : i)
                .append("\",\"kind\":\"").append(KINDS[(int) (i % KINDS.length)]).append('"');
        if (i % 99_991 != 5) {
            m.append(",\"start_date\":\"").append(start).append('"');
        }
        if (i % 70_001 == 9) {
            m.append(",\"end_date\":\"1980\""); // before the start
        }
        int org = random.nextInt(ORGANIZATIONS);
        m.append(",\"country\":\"").append(i % 120_011 == 13 ? "SU" : COUNTRIES[random.nextInt(COUNTRIES.length)]).append('"');
        String convenor = i % 80_021 == 19 ? "missing-org" : i % 110_017 == 15 ? "meeting-" + (i + 3)
                : i % 65_537 == 3 ? "org-gone" : "org-" + org;
        m.append(",\"convenors\":[\"org:").append(convenor).append("\"]");
        if (i % 997 == 0) {
            m.append(",\"chair\":\"country:").append(COUNTRIES[random.nextInt(COUNTRIES.length)]).append('"');
        }
        if (i % 7 == 0) {
            m.append(",\"host_office_id\":\"").append(i % 90_017 == 14 ? "meeting-3" : "office-" + random.nextInt(OFFICES))
                    .append('"');
        }
        long inCycle = i % 300_007;
        if (inCycle >= 29 && inCycle <= 31) { // a cycle of three: i -> i+1 -> i+2 -> i
            m.append(",\"parent_id\":\"meeting-").append(inCycle == 31 ? i - 2 : i + 1).append('"');
        } else if (i % 10 == 1 && i > 10) {
            m.append(",\"parent_id\":\"meeting-").append(i - 1 - random.nextInt(10)).append('"');
        }
        m.append(",\"sources\":[\"src-gen\"").append(i % 60_013 == 21 ? ",\"src-gen\"" : "").append(']');
        m.append(",\"participants\":[");
        for (int p = 0; p < 2; p++) {
            long person = random.nextLong(persons);
            m.append(p == 0 ? "" : ",").append("{\"person_id\":\"person-").append(i % 40_009 == 8 && p == 0 ? "x" : person)
                    .append('"');
            if (p == 0 && i % 4_999 == 7) {
                m.append(",\"affiliation\":\"country:").append(COUNTRIES[random.nextInt(COUNTRIES.length)]).append('"');
            }
            m.append('}');
        }
        return m.append("]}").toString();
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    private void line(String text) throws IOException {
        out.write(text);
        out.write('\n');
    }
}
