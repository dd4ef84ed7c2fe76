package io.github.regsec.examples;

import io.github.regsec.model.Meeting;
import io.github.regsec.model.Participant;
import io.github.regsec.problem.Severity;
import io.github.regsec.validation.ConsistencyRule;
import io.github.regsec.validation.RuleContext;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A consistency rule of one's own (used by example 4, {@link OwnRule}): two participants of the
 * same meeting share a surname but not their full names, so one of them may be a garbled name.
 * The seed article has one: "the Secretary General of the United Nations, Antonio Rahmon" at a
 * conference opened by Emomali Rahmon, where it meant António Guterres.
 *
 * <p>Names are compared case- and accent-insensitively; the surname is the last word. Relatives
 * share surnames too, so this is a warning, reported on the later participant.
 */
public final class SharedSurnameRule implements ConsistencyRule {

    /** The rule id. */
    public static final String ID = "shared-surname";

    /** The rule. */
    public SharedSurnameRule() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "Two participants of one meeting share a surname but not their full names: one may be a garbled name.";
    }

    @Override
    public void check(RuleContext context) {
        for (Meeting meeting : context.dataset().meetings()) {
            Map<String, Participant> firstWithSurname = new LinkedHashMap<>();
            for (Participant participant : meeting.participants()) {
                if (participant.person() == null) {
                    continue;
                }
                String name = fold(participant.person());
                String surname = name.substring(name.lastIndexOf(' ') + 1);
                Participant earlier = firstWithSurname.putIfAbsent(surname, participant);
                if (earlier != null && !fold(earlier.person()).equals(name)) {
                    context.report(participant, "person", "'" + participant.person() + "' shares the surname with '"
                            + earlier.person() + "' in meeting " + meeting.id() + ": is one of them a garbled name?");
                }
            }
        }
    }

    /** Lower case, accents removed, spaces collapsed: "António  Guterres" gives "antonio guterres". */
    static String fold(String name) {
        String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
