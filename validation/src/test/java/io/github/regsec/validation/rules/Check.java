package io.github.regsec.validation.rules;

import io.github.regsec.model.Dataset;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.problem.Problem;
import io.github.regsec.validation.TestData;
import java.util.List;

/** Runs the built-in validation on records built in code and keeps one rule's problems. */
final class Check {

    private Check() {
    }

    static List<Problem> problems(String rule, DatasetRecord... records) {
        return problems(rule, Dataset.builder().addAll(List.of(records)).build());
    }

    static List<Problem> problems(String rule, Dataset dataset) {
        return TestData.validator().validate(dataset).problems(rule);
    }
}
