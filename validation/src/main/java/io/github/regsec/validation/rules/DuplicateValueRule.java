package io.github.regsec.validation.rules;

import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.FieldOffice;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.Organization;
import io.github.regsec.model.Person;
import io.github.regsec.model.Post;
import io.github.regsec.model.party.Party;
import io.github.regsec.problem.Severity;
import io.github.regsec.validation.ConsistencyRule;
import io.github.regsec.validation.RuleContext;
import io.github.regsec.validation.ValidationRuleIds;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code duplicate-value}: a list holds the same value twice: {@code sources} of any record,
 * {@code identifiers} of organizations and field offices, {@code convenors}, {@code supporters}
 * and {@code topics} of meetings. Reported on the record and field, once per repeated value.
 */
public final class DuplicateValueRule implements ConsistencyRule {

    @Override
    public String id() {
        return ValidationRuleIds.DUPLICATE_VALUE;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "No list (sources, identifiers, convenors, supporters, topics) holds a value twice.";
    }

    @Override
    public void check(RuleContext context) {
        for (Iterator<DatasetRecord> it = context.dataset().records().iterator(); it.hasNext(); ) {
            DatasetRecord record = it.next();
            if (record instanceof Organization o) {
                check(context, o, "identifiers", o.identifiers());
                check(context, o, "topics", o.topics());
            } else if (record instanceof FieldOffice f) {
                check(context, f, "identifiers", f.identifiers());
            } else if (record instanceof Person p) {
                check(context, p, "identifiers", p.identifiers());
            } else if (record instanceof Post p) {
                check(context, p, "identifiers", p.identifiers());
            } else if (record instanceof Meeting m) {
                check(context, m, "convenors", m.convenors());
                check(context, m, "supporters", m.supporters());
                check(context, m, "topics", m.topics());
            }
            check(context, record, "sources", record.sources());
        }
    }

    private static void check(RuleContext context, DatasetRecord record, String field, List<?> values) {
        if (values.size() < 2) {
            return;
        }
        Map<Object, Integer> counts = new LinkedHashMap<>();
        for (Object value : values) {
            counts.merge(value, 1, Integer::sum);
        }
        counts.forEach((value, count) -> {
            if (count > 1) {
                String text = value instanceof Party p ? p.text() : value.toString();
                context.report(record, field, field + " lists '" + text + "' " + (count == 2 ? "twice" : count + " times")
                        + ": keep it once");
            }
        });
    }
}
