package io.github.regsec.validation;

import io.github.regsec.model.DatasetRecord;
import io.github.regsec.problem.Severity;
import java.util.Iterator;

/**
 * A user's rule registered through ServiceLoader (src/test/resources/META-INF/services): a note
 * that still says {@code TODO} is a warning.
 */
public final class NoPlaceholderRule implements ConsistencyRule {

    @Override
    public String id() {
        return "no-placeholder";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "No note still says TODO.";
    }

    @Override
    public void check(RuleContext context) {
        for (Iterator<DatasetRecord> it = context.dataset().records().iterator(); it.hasNext(); ) {
            DatasetRecord record = it.next();
            if (record.note() != null && record.note().contains("TODO")) {
                context.report(record, "note", "the note still says TODO: finish it or remove it");
            }
        }
    }
}
