package io.github.regsec.validation.rules;

import io.github.regsec.model.Row;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.FieldOffice;
import io.github.regsec.model.Name;
import io.github.regsec.model.Organization;
import io.github.regsec.problem.Severity;
import io.github.regsec.validation.ConsistencyRule;
import io.github.regsec.validation.RuleContext;
import io.github.regsec.validation.ValidationRuleIds;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;

/**
 * {@code future-date}: a date certainly lies after the as-of date (every day it covers is later:
 * {@code 2026} is not after 2026-11-28, {@code 2027} is). Every date field of every record and
 * name is checked; reported on the record or name and the field.
 */
public final class FutureDateRule implements ConsistencyRule {

    @Override
    public String id() {
        return ValidationRuleIds.FUTURE_DATE;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "No date lies certainly after the as-of date.";
    }

    @Override
    public void check(RuleContext context) {
        LocalDate asOf = context.asOf();
        for (Iterator<DatasetRecord> it = context.dataset().records().iterator(); it.hasNext(); ) {
            DatasetRecord record = it.next();
            check(context, record, record, asOf);
            List<Name> names = record instanceof Organization o ? o.names()
                    : record instanceof FieldOffice f ? f.names() : List.of();
            for (Name name : names) {
                check(context, record, name, asOf);
            }
        }
    }

    /** Checks a record, or one of its names (reported with the id of the record it was found in). */
    private static void check(RuleContext context, DatasetRecord record, Row row, LocalDate asOf) {
        DateFields.forEach(row, (field, date) -> {
            if (date.isCertainlyAfter(asOf)) {
                context.report(record, row, field, field + " " + date + " is after the as-of date " + asOf
                        + ": correct the date, or validate as of a later day");
            }
        });
    }
}
