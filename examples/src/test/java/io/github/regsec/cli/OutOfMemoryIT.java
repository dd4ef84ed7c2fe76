package io.github.regsec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dataset too big for the memory Java was given is one line on standard error that says about
 * how much it needs and how to give more, exit 2: never a stack trace. Runs the tool in a child JVM
 * with a small heap ({@link ChildJvm}).
 */
class OutOfMemoryIT {

    @TempDir
    Path temp;

    @Test
    void aDatasetTooBigForTheHeapIsOneLineSayingHowMuchItNeeds() throws Exception {
        Path big = temp.resolve("big.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            out.write("{\"type\":\"organization\",\"id\":\"org\",\"name\":\"Organization\",\"kind\":\"intergovernmental\"}\n");
            for (int i = 0; i < 300_000; i++) {
                out.write("{\"type\":\"membership\",\"id\":\"m-" + i + "\",\"organization_id\":\"org\",\"member\":\"country:TJ\","
                        + "\"status\":\"member\",\"start_date\":\"" + (1900 + i % 100) + "\"}\n");
            }
        }
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");

        Process process = ChildJvm.start(temp, List.of("-Xmx48m"), out, err, "validate", "big.jsonl");

        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String message = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(message).isEqualTo(RegsecCommand.USAGE);
        assertThat(message.lines()).singleElement().satisfies(line -> assertThat(line)
                .matches("regsec validate: out of memory: Java may use \\d+ MB here, and big.jsonl needs about \\d+ MB: "
                        + "give Java more with -Xmx, e.g. java -Xmx\\d+[mg] -jar regsec.jar validate big.jsonl"));
        assertThat(message).doesNotContain("\tat ", "OutOfMemoryError", "Exception");
    }
}
