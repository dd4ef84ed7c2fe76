package io.github.regsec.cli;

import io.github.regsec.model.Coverage;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.Organization;
import io.github.regsec.model.party.CountryParty;
import io.github.regsec.model.party.OrganizationParty;
import io.github.regsec.model.party.PersonParty;
import io.github.regsec.model.Person;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.model.time.Period;
import io.github.regsec.problem.TerminalText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** How the tool writes names and dates for people to read. */
final class Text {

    private Text() {
    }

    /**
     * Text from a data file, a file name or any text made safe to print as part of one line on a
     * terminal: {@link TerminalText#oneLine(String)} (line breaks and tabs become spaces, control
     * characters and bidirectional overrides visible escapes such as a backslash and
     * {@code u001B}); null for null.
     */
    static String safe(String text) {
        return TerminalText.oneLine(text);
    }

    /**
     * A party's name: the country's English short name, or the organization's or person's name in
     * the dataset (its id if unknown).
     */
    static String partyName(Party party, Dataset dataset) {
        if (party instanceof CountryParty c) {
            return c.country().name();
        }
        if (party instanceof PersonParty p) {
            return dataset.person(p.personId()).map(Person::name).orElse(p.personId());
        }
        String id = ((OrganizationParty) party).organizationId();
        return dataset.organization(id).map(Organization::name).orElse(id);
    }

    /** An organization's acronym if it has one, else its name (safe to print). */
    static String shortName(Organization organization) {
        return safe(organization.acronym() != null ? organization.acronym() : organization.name());
    }

    /** "OSCE (Organization for Security and Co-operation in Europe)", or the name alone (safe to print). */
    static String label(Organization organization) {
        return safe(organization.acronym() != null
                ? organization.acronym() + " (" + organization.name() + ")"
                : organization.name());
    }

    /**
     * When a meeting took place: {@code 2019-07-17}, {@code 2022-10 to 2022-10-19}, {@code no date};
     * an open-ended one {@code since 2013-09-17}.
     */
    static String meetingDates(Meeting meeting) {
        PartialDate start = meeting.startDate();
        PartialDate end = meeting.endDate();
        if (start == null && end == null) {
            return "no date";
        }
        if (meeting.isOpenEnded()) {
            return period(start, end);
        }
        if (start == null) {
            return "ended " + end;
        }
        if (end == null || end.equals(start)) {
            return start.toString();
        }
        return start + " to " + end;
    }

    /** A period of membership: {@code since 1992-01-30}, {@code 1973 to 1991-12}, {@code until 1999}. */
    static String period(PartialDate start, PartialDate end) {
        if (start == null && end == null) {
            return "dates unknown";
        }
        if (start == null) {
            return "until " + end;
        }
        if (end == null) {
            return "since " + start;
        }
        return start + " to " + end;
    }

    /**
     * Why a period is only possibly, not certainly, active on a day: {@code start unknown},
     * {@code starts 2012}, {@code ends 2024-02}.
     */
    static String uncertainty(Period period, LocalDate day) {
        List<String> why = new ArrayList<>(2);
        PartialDate start = period.start();
        PartialDate end = period.end();
        if (start == null) {
            why.add("start unknown");
        } else if (start.latest().isAfter(day)) {
            why.add("starts " + start);
        }
        if (end != null && end.earliest().isBefore(day)) {
            why.add("ends " + end);
        }
        return why.isEmpty() ? "dates imprecise" : String.join(", ", why);
    }

    /**
     * What the dataset says of an organization's list of members on a day, in words:
     * {@code "6 listed; this dataset's list of UN members is partial."}.
     */
    static String coverageSentence(Organization organization, Coverage coverage, int listed) {
        String whose = shortName(organization);
        return switch (coverage) {
            case COMPLETE -> "This dataset's list of " + whose + " members is complete for this day.";
            case PARTIAL -> count(listed, "listed", "listed") + "; this dataset's list of " + whose
                    + " members is partial.";
            case UNKNOWN -> count(listed, "listed", "listed") + "; this dataset does not say whether its list of "
                    + whose + " members is complete.";
        };
    }

    /** Where a meeting took place: {@code Vienna, Austria}; null when the dataset does not say. */
    static String place(Meeting meeting) {
        String country = meeting.country() == null ? null : meeting.country().name();
        if (meeting.city() == null) {
            return country == null ? null : safe(country);
        }
        return safe(meeting.city() + (country == null ? "" : ", " + country));
    }

    /** Parties by name: {@code OSCE Forum for Security Co-operation (org:osce-fsc), Tajikistan (country:TJ)}. */
    static String parties(List<Party> parties, Dataset dataset) {
        List<String> names = new ArrayList<>(parties.size());
        for (Party party : parties) {
            names.add(safe(partyName(party, dataset)) + " (" + safe(party.text()) + ")");
        }
        return String.join(", ", names);
    }

    /** Pads text on the right to a width. */
    static String pad(String text, int width) {
        StringBuilder b = new StringBuilder(text);
        while (b.length() < width) {
            b.append(' ');
        }
        return b.toString();
    }

    /** Words joined with spaces, wrapped into lines no longer than {@code width}. */
    static List<String> wrap(List<String> words, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * How many terminal columns text takes: two for a wide character (CJK ideographs, kana,
     * Hangul, full-width forms), none for a combining mark, one for the rest.
     */
    static int columns(String text) {
        int columns = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            columns += columns(c);
        }
        return columns;
    }

    private static int columns(int c) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        boolean wide = Character.isIdeographic(c) || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                || (c >= 0xFF01 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1FAFF);
        return wide ? 2 : 1;
    }

    /** The longest start of the text that takes at most {@code width} columns. */
    static String firstColumns(String text, int width) {
        int used = 0;
        int end = 0;
        while (end < text.length()) {
            int c = text.codePointAt(end);
            if (used + columns(c) > width) {
                break;
            }
            used += columns(c);
            end += Character.charCount(c);
        }
        return text.substring(0, end);
    }

    /** The longest end of the text that takes at most {@code width} columns. */
    static String lastColumns(String text, int width) {
        int used = 0;
        int start = text.length();
        while (start > 0) {
            int c = text.codePointBefore(start);
            if (used + columns(c) > width) {
                break;
            }
            used += columns(c);
            start -= Character.charCount(c);
        }
        return text.substring(start);
    }

    /** "1 member", "57 members". */
    static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
