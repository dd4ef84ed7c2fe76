package io.github.regsec.validation.rules;

import io.github.regsec.model.Dataset;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.Membership;
import io.github.regsec.model.Participant;
import io.github.regsec.model.Person;
import io.github.regsec.model.party.PersonParty;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.model.time.Period;
import io.github.regsec.problem.Severity;
import io.github.regsec.validation.ConsistencyRule;
import io.github.regsec.validation.RuleContext;
import io.github.regsec.validation.ValidationRuleIds;

/**
 * {@code person-lifetime}: a person's membership (member {@code person:ID}) or participation (a
 * participant's {@code person_id}) certainly lies, at least in part, outside the person's life.
 * A membership certainly starts before the {@code birth_date} (with no start: its end is before
 * it), certainly ends after the {@code death_date}, or has no end (it is still going on) although
 * the person died. A meeting's last day is certainly before the birth, or its first day
 * certainly after the death; an undated meeting says nothing. Reported on the membership (the
 * date field that shows it) or on the participant ({@code person_id}).
 */
public final class PersonLifetimeRule implements ConsistencyRule {

    @Override
    public String id() {
        return ValidationRuleIds.PERSON_LIFETIME;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "A person's memberships and meetings lie within the person's life.";
    }

    @Override
    public void check(RuleContext context) {
        Dataset dataset = context.dataset();
        for (Membership m : dataset.memberships()) {
            if (m.member() instanceof PersonParty p) {
                dataset.person(p.personId()).ifPresent(person -> membership(context, m, person));
            }
        }
        for (Meeting meeting : dataset.meetings()) {
            Period days = meeting.period();
            if (days.start() == null && days.end() == null) {
                continue;
            }
            for (Participant participant : meeting.participants()) {
                if (participant.personId() != null) {
                    dataset.person(participant.personId())
                            .ifPresent(person -> participation(context, meeting, participant, days, person));
                }
            }
        }
    }

    private static void membership(RuleContext context, Membership m, Person person) {
        PartialDate born = person.birthDate();
        if (born != null) {
            PartialDate early = m.startDate() != null ? m.startDate() : m.endDate();
            String field = m.startDate() != null ? "start_date" : "end_date";
            if (early != null && early.isCertainlyBefore(born)) {
                context.report(m, field, "the membership's " + field + " " + early + " is before '" + person.id()
                        + "' was born (birth_date " + born + "): correct one of the dates");
                return;
            }
        }
        PartialDate died = person.deathDate();
        if (died != null) {
            if (m.endDate() == null) {
                context.report(m, "end_date", "the membership has no end_date, so it is still going on, but '"
                        + person.id() + "' died (death_date " + died + "): give the end_date");
            } else if (m.endDate().isCertainlyAfter(died)) {
                context.report(m, "end_date", "the membership's end_date " + m.endDate() + " is after '" + person.id()
                        + "' died (death_date " + died + "): correct one of the dates");
            }
        }
    }

    private static void participation(RuleContext context, Meeting meeting, Participant participant, Period days,
                                      Person person) {
        PartialDate born = person.birthDate();
        PartialDate died = person.deathDate();
        if (born != null && days.end() != null && days.end().isCertainlyBefore(born)) {
            context.report(meeting, participant, "person_id", "the meeting " + Periods.text(days) + " is before '"
                    + person.id() + "' was born (birth_date " + born + "): correct the person_id or the dates");
        } else if (died != null && days.start() != null && days.start().isCertainlyAfter(died)) {
            context.report(meeting, participant, "person_id", "the meeting " + Periods.text(days) + " is after '"
                    + person.id() + "' died (death_date " + died + "): correct the person_id or the dates");
        }
    }
}
