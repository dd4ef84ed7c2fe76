package io.github.regsec.examples;

import io.github.regsec.sample.SampleData;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.Participant;
import io.github.regsec.problem.Problem;
import io.github.regsec.validation.DatasetValidator;
import io.github.regsec.validation.ValidationReport;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Example 4: add a consistency rule of your own ({@link SharedSurnameRule}) to the validator
 * and run it on the bundled dataset, then on a copy that has the seed article's garbled name
 * "Antonio Rahmon" instead of António Guterres.
 *
 * <p>Add a rule to one validator with {@code DatasetValidator.builder().addRule(...)}, as here; or
 * list it in {@code META-INF/services/io.github.regsec.validation.ConsistencyRule} to have every
 * validator (and {@code regsec validate}) run it.
 *
 * <pre>java -cp examples/target/regsec.jar io.github.regsec.examples.OwnRule</pre>
 */
public final class OwnRule {

    private OwnRule() {
    }

    /**
     * Runs the example, printing to standard output.
     *
     * @param args not used
     * @throws IOException when the bundled dataset cannot be read
     */
    public static void main(String[] args) throws IOException {
        run(System.out);
    }

    /**
     * Runs the example; returns the problems the rule found in the garbled copy.
     *
     * @param out where the report is printed
     * @return the problems of the example's rule
     * @throws IOException when the bundled dataset cannot be read
     */
    public static List<Problem> run(PrintStream out) throws IOException {
        DatasetValidator validator = DatasetValidator.builder().addRule(new SharedSurnameRule()).build();

        Dataset bundled = SampleData.centralAsia();
        out.println("The bundled dataset, " + SharedSurnameRule.ID + " problems: "
                + ofRule(validator.validate(bundled)).size());

        // The same data as the article wrote it: the UN Secretary-General as "Antonio Rahmon".
        Dataset garbled = withGarbledName(bundled);
        List<Problem> found = ofRule(validator.validate(garbled));
        out.println("As the article wrote it, " + SharedSurnameRule.ID + " problems: " + found.size());
        found.forEach(out::println);
        return found;
    }

    private static List<Problem> ofRule(ValidationReport report) {
        return report.problems().stream().filter(p -> p.rule().equals(SharedSurnameRule.ID)).collect(Collectors.toList());
    }

    /** A copy of the dataset in which António Guterres appears under the article's garbled name. */
    static Dataset withGarbledName(Dataset dataset) {
        List<DatasetRecord> records = new ArrayList<>();
        dataset.records().forEach(record -> {
            if (record instanceof Meeting meeting) {
                List<Participant> participants = meeting.participants().stream()
                        .map(p -> "António Guterres".equals(p.person())
                                ? new Participant("Antonio Rahmon", p.role(), p.affiliation(), p.mode(), null)
                                : p)
                        .collect(Collectors.toList());
                records.add(meeting.toBuilder().participants(participants).build());
            } else {
                records.add(record);
            }
        });
        return Dataset.builder().addAll(records).build();
    }
}
