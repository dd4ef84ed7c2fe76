package io.github.regsec.validation.rules;

import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.FieldOffice;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.Organization;
import io.github.regsec.problem.Severity;
import io.github.regsec.validation.ConsistencyRule;
import io.github.regsec.validation.RuleContext;
import io.github.regsec.validation.ValidationRuleIds;
import java.text.Normalizer;
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
 * to {@code missing-date}). Reported on the later record, naming the first one.
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
        return "No two organizations or field offices share a name, and no two meetings share title and dates.";
    }

    @Override
    public void check(RuleContext context) {
        find(context, context.dataset().organizations(), o -> normalize(o.name()), "name",
                "has the same name as ");
        find(context, context.dataset().fieldOffices(), f -> normalize(f.name()), "name",
                "has the same name as ");
        find(context, context.dataset().meetings(), PossibleDuplicateRule::meetingKey, "title",
                "has the same title and dates as ");
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
        if (m.startDate() == null && m.endDate() == null) {
            return null;
        }
        return normalize(m.title()) + '\u0000' + m.startDate() + '\u0000' + m.endDate();
    }

    /**
     * Lower case, accents removed (NFKD, marks stripped), and everything that is not a letter or a
     * digit left out: "Ata Meken", "AtaMeken" and "ata-meken" are the same name.
     */
    static String normalize(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String stripped = MARKS.matcher(decomposed).replaceAll("");
        String key = NOT_LETTER_OR_DIGIT.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll("");
        return key.isEmpty() ? text.strip() : key; // a name of punctuation only is compared as written
    }
}
