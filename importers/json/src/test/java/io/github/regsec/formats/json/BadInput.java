package io.github.regsec.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.formats.ImportResult;
import io.github.regsec.model.RecordKind;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.Severity;

/**
 * One expected problem of a bad-input fixture and the books of the read, as a row of a
 * parameterized test: {@code file | rule | severity | line | column | field | kind | message | read | imported | rejected}.
 */
final class BadInput {

    private BadInput() {
    }

    /** Checks that the read found exactly one problem, as described, and kept the books as described. */
    static void check(ImportResult result, String file, String rule, String severity, int line, int column, String field,
                      String kind, String message, long read, long imported, long rejected) {
        assertThat(result.problems()).as(Fixtures.show(result.problems())).hasSize(1);
        Problem problem = result.problems().get(0);
        assertThat(problem.rule()).isEqualTo(rule);
        assertThat(problem.severity()).isEqualTo(Severity.valueOf(severity.toUpperCase(java.util.Locale.ROOT)));
        assertThat(problem.location().file()).isEqualTo(file);
        assertThat(problem.location().line()).as("line").isEqualTo(line);
        assertThat(problem.location().column()).as("column").isEqualTo(column);
        assertThat(problem.field()).isEqualTo(field);
        assertThat(problem.recordKind()).isEqualTo(kind == null ? null : RecordKind.parse(kind));
        assertThat(problem.message()).contains(message);
        assertUserWords(problem);
        assertThat(result.rowsRead()).as("rows read").isEqualTo(read);
        assertThat(result.rowsImported()).as("rows imported").isEqualTo(imported);
        assertThat(result.rowsRejected()).as("rows rejected").isEqualTo(rejected);
    }

    /** A message for users: no exception class names, no parser noise, no replacement characters. */
    static void assertUserWords(Problem problem) {
        assertThat(problem.message()).doesNotContain("Exception", "tools.jackson", "Source:", "REDACTED",
                "StreamReadConstraints", "\uFFFD", "code ");
    }
}
