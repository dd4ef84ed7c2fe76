package io.github.regsec.validation;

import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order of a report's problems: by file (in the order the files were read; files not read
 * after them, by name), then line, then column; problems without a location last, by rule (reading
 * rules, then the rules in run order, then others by id) then by their row's place in the dataset.
 * Problems that compare equal keep the order they were found in.
 */
final class ProblemOrder {

    private ProblemOrder() {
    }

    static List<Problem> sort(List<ValidationRun.Found> found, List<String> files, List<String> ruleOrder) {
        Map<String, Integer> fileIndex = new HashMap<>();
        for (String file : files) {
            fileIndex.putIfAbsent(file, fileIndex.size());
        }
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (String rule : ruleOrder) {
            ruleIndex.putIfAbsent(rule, ruleIndex.size());
        }
        Comparator<ValidationRun.Found> located = Comparator
                .comparingInt((ValidationRun.Found f) -> fileIndex.getOrDefault(f.problem().location().file(), Integer.MAX_VALUE))
                .thenComparing(f -> f.problem().location().file())
                .thenComparingInt(f -> f.problem().location().line())
                .thenComparingInt(f -> f.problem().location().column());
        Comparator<ValidationRun.Found> unlocated = Comparator
                .comparingInt((ValidationRun.Found f) -> ruleIndex.getOrDefault(f.problem().rule(), Integer.MAX_VALUE))
                .thenComparing(f -> f.problem().rule())
                .thenComparingLong(ValidationRun.Found::ordinal);
        Comparator<ValidationRun.Found> order = (a, b) -> {
            Location la = a.problem().location();
            Location lb = b.problem().location();
            if (la != null && lb != null) {
                return located.compare(a, b);
            }
            if (la == null && lb == null) {
                return unlocated.compare(a, b);
            }
            return la == null ? 1 : -1;
        };
        List<ValidationRun.Found> sorted = new ArrayList<>(found);
        sorted.sort(order); // stable
        List<Problem> problems = new ArrayList<>(sorted.size());
        sorted.forEach(f -> problems.add(f.problem()));
        return List.copyOf(problems);
    }
}
