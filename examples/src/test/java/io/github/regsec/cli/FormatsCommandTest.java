package io.github.regsec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.formats.DatasetImporter;
import io.github.regsec.formats.DatasetWriter;
import io.github.regsec.formats.Formats;
import org.junit.jupiter.api.Test;

class FormatsCommandTest {

    @Test
    void listsEveryRegisteredImporterAndWriterIncludingUsersOwn() {
        Cli run = Cli.run("formats");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        String importers = run.out().substring(0, run.out().indexOf("Writers"));
        String writers = run.out().substring(run.out().indexOf("Writers"));
        for (DatasetImporter importer : Formats.discover().importers()) {
            assertThat(importers).containsPattern("\n  " + importer.name() + " +[^\n]*" + java.util.regex.Pattern.quote(importer.description()));
        }
        for (DatasetWriter writer : Formats.discover().writers()) {
            assertThat(writers).containsPattern("\n  " + writer.name() + " +[^\n]*" + java.util.regex.Pattern.quote(writer.description()));
        }
        assertThat(importers).containsPattern("\n  country-list +\\(by name\\) ").containsPattern("directory")
                .contains(".json", ".jsonl");
        assertThat(run.out()).contains("--input-format NAME", ".gz");
    }
}
