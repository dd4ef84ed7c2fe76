package io.github.regsec.validation.rules;

import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.FieldOffice;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.Organization;
import io.github.regsec.model.Person;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.problem.Severity;
import io.github.regsec.validation.ConsistencyRule;
import io.github.regsec.validation.RuleContext;
import io.github.regsec.validation.ValidationRuleIds;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@code possible-duplicate}: two organizations, or two field offices, share a {@code name}
 * (compared without case, accents or extra spaces: "Organisation for Security" and
 * "ORGANISATION  FOR SÉCURITY" match), or two meetings share a title (compared the same way) and
 * both dates ({@code start_date} and {@code end_date} as given; meetings without dates are left
 * to {@code missing-date}), or two persons share a name compared without case, accents, spaces
 * and punctuation ("António Guterres" and "antonio-guterres" match) and their birth dates are
 * compatible (either absent, or possibly the same day: {@code 1949} and {@code 1949-04-30}).
 * Reported on the later record, naming the first one it matches.
 */
public final class PossibleDuplicateRule implements ConsistencyRule {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    @Override
    public String id() {
        return ValidationRuleIds.POSSIBLE_DUPLICATE;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "No two organizations, field offices or persons share a name, and no two meetings share title and dates.";
    }

    @Override
    public void check(RuleContext context) {
        find(context, context.dataset().organizations(), o -> normalize(o.name()), "name",
                "has the same name as ");
        find(context, context.dataset().fieldOffices(), f -> normalize(f.name()), "name",
                "has the same name as ");
        find(context, context.dataset().meetings(), PossibleDuplicateRule::meetingKey, "title",
                "has the same title and dates as ");
        persons(context, context.dataset().persons());
    }

    /** Persons grouped by their name's letters and digits; within a group, birth dates that may be the same day. */
    private static void persons(RuleContext context, List<Person> persons) {
        Map<String, List<Person>> byName = new HashMap<>();
        for (Person person : persons) {
            String key = lettersAndDigits(person.name());
            if (key.isEmpty()) {
                continue;
            }
            List<Person> earlier = byName.computeIfAbsent(key, k -> new ArrayList<>());
            for (Person first : earlier) {
                if (compatible(first.birthDate(), person.birthDate())) {
                    context.report(person, "name", "the person has the same name as " + context.describe(first)
                            + (first.birthDate() == null || person.birthDate() == null ? ""
                            : " and a birth date that may be the same (" + first.birthDate() + ", " + person.birthDate() + ")")
                            + ": the same person twice? Merge them, or tell them apart (birth_date, a note)");
                    break;
                }
            }
            earlier.add(person);
        }
    }

    /** True when both dates are absent, one is, or they may be the same day. */
    private static boolean compatible(PartialDate a, PartialDate b) {
        return a == null || b == null || (!a.earliest().isAfter(b.latest()) && !b.earliest().isAfter(a.latest()));
    }

    /** Lower case, accents removed, only letters and digits kept: "António Guterres" is "antonioguterres". */
    static String lettersAndDigits(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String stripped = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(stripped.length());
        stripped.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static <T extends DatasetRecord> void find(RuleContext context, List<T> records, Function<T, String> key,
                                                       String field, String says) {
        Map<String, T> first = new HashMap<>();
        for (T record : records) {
            String k = key.apply(record);
            if (k == null) {
                continue;
            }
            T earlier = first.putIfAbsent(k, record);
            if (earlier != null) {
                context.report(record, field, "the " + record.recordKind().formatName() + " " + says
                        + context.describe(earlier) + ": the same thing twice? Merge them, or tell them apart");
            }
        }
    }

    private static String meetingKey(Meeting m) {
        return meetingKey(m.title(), m.startDate() == null ? null : m.startDate().toString(),
                m.endDate() == null ? null : m.endDate().toString());
    }

    /**
     * What two meetings must share for this rule to call them possible duplicates: the title
     * compared without case, accents or punctuation, and both dates as given. For validators that
     * group meetings before they run the rule on each group (regsec-spark).
     *
     * @param title the meeting's title
     * @param startDate its {@code start_date} as written in the formats, or null
     * @param endDate its {@code end_date} as written in the formats, or null
     * @return the key, or null when the meeting has neither date (left to {@code missing-date})
     */
    public static String meetingKey(String title, String startDate, String endDate) {
        if (startDate == null && endDate == null) {
            return null;
        }
        return normalize(title) + '\u0000' + startDate + '\u0000' + endDate;
    }

    /**
     * Lower case, accents removed (NFKD, marks stripped), and everything that is not a letter or a
     * digit left out: "Ata Meken", "AtaMeken" and "ata-meken" are the same name.
     */
    static String normalize(String text) {
        String ascii = asciiLettersAndDigits(text);
        if (ascii != null) {
            return ascii.isEmpty() ? text.strip() : ascii;
        }
        return decomposedKey(text);
    }

    /** {@link #normalize} for any text, by decomposition and regular expressions. */
    static String decomposedKey(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String stripped = MARKS.matcher(decomposed).replaceAll("");
        String key = NOT_LETTER_OR_DIGIT.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll("");
        return key.isEmpty() ? text.strip() : key; // a name of punctuation only is compared as written
    }

    /**
     * {@link #normalize}'s key of a text in ASCII (which decomposition leaves as it is and which has
     * no marks): its letters and digits in lower case; null for a text with any other character.
     */
    private static String asciiLettersAndDigits(String text) {
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            if (c >= 'A' && c <= 'Z') {
                key.append((char) (c + ('a' - 'A')));
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                key.append(c);
            }
        }
        return key.toString();
    }
}
