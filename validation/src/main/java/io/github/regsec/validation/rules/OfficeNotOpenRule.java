package io.github.regsec.validation.rules;

import io.github.regsec.model.FieldOffice;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.problem.Severity;
import io.github.regsec.validation.ConsistencyRule;
import io.github.regsec.validation.RuleContext;
import io.github.regsec.validation.ValidationRuleIds;

/**
 * {@code office-not-open}: a meeting hosted by a field office ({@code host_office_id}) certainly
 * starts before the office's {@code opening_date} (its start, or with no start its end, is
 * certainly before it) or after its {@code closing_date}. Reported on the meeting, on the date
 * field that shows it.
 */
public final class OfficeNotOpenRule implements ConsistencyRule {

    @Override
    public String id() {
        return ValidationRuleIds.OFFICE_NOT_OPEN;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "A meeting hosted by a field office takes place while the office is open.";
    }

    @Override
    public void check(RuleContext context) {
        for (Meeting meeting : context.dataset().meetings()) {
            if (meeting.hostOfficeId() == null) {
                continue;
            }
            FieldOffice office = context.dataset().fieldOffice(meeting.hostOfficeId()).orElse(null);
            if (office == null) {
                continue;
            }
            PartialDate start = meeting.startDate();
            PartialDate early = start != null ? start : meeting.endDate();
            String earlyField = start != null ? "start_date" : "end_date";
            PartialDate opened = office.openingDate();
            PartialDate closed = office.closingDate();
            if (opened != null && early != null && early.isCertainlyBefore(opened)) {
                context.report(meeting, earlyField, "the meeting's " + earlyField + " " + early + " is before its host office '"
                        + office.id() + "' opened (opening_date " + opened + "): correct the dates or host_office_id");
            } else if (closed != null && start != null && start.isCertainlyAfter(closed)) {
                context.report(meeting, "start_date", "the meeting's start_date " + start + " is after its host office '"
                        + office.id() + "' closed (closing_date " + closed + "): correct the dates or host_office_id");
            }
        }
    }
}
