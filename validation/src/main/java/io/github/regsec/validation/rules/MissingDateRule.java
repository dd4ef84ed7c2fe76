package io.github.regsec.validation.rules;

import io.github.regsec.model.Meeting;
import io.github.regsec.problem.Severity;
import io.github.regsec.validation.ConsistencyRule;
import io.github.regsec.validation.RuleContext;
import io.github.regsec.validation.ValidationRuleIds;

/** {@code missing-date}: a meeting has neither {@code start_date} nor {@code end_date}; reported on the meeting, field {@code start_date}. */
public final class MissingDateRule implements ConsistencyRule {

    @Override
    public String id() {
        return ValidationRuleIds.MISSING_DATE;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "Every meeting has a start_date or an end_date.";
    }

    @Override
    public void check(RuleContext context) {
        for (Meeting meeting : context.dataset().meetings()) {
            if (meeting.startDate() == null && meeting.endDate() == null) {
                context.report(meeting, "start_date",
                        "the meeting has neither start_date nor end_date: give at least the year (YYYY)");
            }
        }
    }
}
