package io.github.regsec.validation.rules;

import io.github.regsec.model.Row;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.Dated;
import io.github.regsec.model.FieldOffice;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.Membership;
import io.github.regsec.model.Name;
import io.github.regsec.model.Organization;
import io.github.regsec.problem.Severity;
import io.github.regsec.validation.ConsistencyRule;
import io.github.regsec.validation.RuleContext;
import io.github.regsec.validation.constraints.DatesInOrderValidator;
import io.github.regsec.problem.RuleIds;
import java.util.List;

/**
 * {@code date-order}: an end certainly before its start ({@code end_date} &lt; {@code start_date},
 * {@code closing_date} &lt; {@code opening_date}, {@code dissolution_date} &lt; {@code founding_date});
 * an end of {@code 2019} is not before a start of {@code 2019-07-17}, {@code 2019-06} is. Checks
 * organizations, field offices, meetings, memberships and names; reported on the end field. The
 * {@code @DatesInOrder} constraint finds the same thing for single records; a dataset validation
 * reports it through this rule only.
 */
public final class DateOrderRule implements ConsistencyRule {

    @Override
    public String id() {
        return RuleIds.DATE_ORDER;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "No end date is certainly before its start date.";
    }

    @Override
    public void check(RuleContext context) {
        for (Organization o : context.dataset().organizations()) {
            check(context, o, o);
            check(context, o, o.names());
        }
        for (FieldOffice f : context.dataset().fieldOffices()) {
            check(context, f, f);
            check(context, f, f.names());
        }
        for (Meeting m : context.dataset().meetings()) {
            check(context, m, m);
        }
        for (Membership m : context.dataset().memberships()) {
            check(context, m, m);
        }
    }

    private static void check(RuleContext context, DatasetRecord record, List<Name> names) {
        for (Name name : names) {
            check(context, record, name);
        }
    }

    /** Checks a record, or one of its names (reported with the id of the record it was found in). */
    private static <T extends Row & Dated> void check(RuleContext context, DatasetRecord record, T row) {
        if (DatesInOrderValidator.endsBeforeStart(row)) {
            context.report(record, row, row.endField(), message(row));
        }
    }

    /** The same text as the {@code @DatesInOrder} constraint's message. */
    static String message(Dated row) {
        return row.endField() + " " + row.period().end() + " is before " + row.startField() + " " + row.period().start()
                + ": an end cannot come before the start";
    }
}
