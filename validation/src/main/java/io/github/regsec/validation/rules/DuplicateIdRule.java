package io.github.regsec.validation.rules;

import io.github.regsec.model.DatasetRecord;
import io.github.regsec.problem.RuleIds;
import io.github.regsec.problem.Severity;
import io.github.regsec.validation.ConsistencyRule;
import io.github.regsec.validation.RuleContext;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/** {@code duplicate-id}: an id is used by two records (of any kinds); reported on the later record, field {@code id}. */
public final class DuplicateIdRule implements ConsistencyRule {

    @Override
    public String id() {
        return RuleIds.DUPLICATE_ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "Every record has an id of its own: an id used twice is reported on the later record.";
    }

    @Override
    public void check(RuleContext context) {
        Map<String, DatasetRecord> first = new HashMap<>(context.dataset().size() * 4 / 3 + 1);
        for (Iterator<DatasetRecord> it = context.dataset().records().iterator(); it.hasNext(); ) {
            DatasetRecord record = it.next();
            DatasetRecord earlier = first.putIfAbsent(record.id(), record);
            if (earlier != null) {
                context.report(record, "id", "id '" + record.id() + "' is already used by " + context.describe(earlier)
                        + ": give each record an id of its own");
            }
        }
    }
}
