package io.github.regsec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged tool, {@code target/regsec.jar}, as a user does: {@code java -jar}. Checks
 * what only the shaded jar can get wrong: the main class, the merged {@code META-INF/services} of
 * every module (importers, writers, constraint validators, the example importer) and the bundled
 * dataset read from inside the jar.
 */
class RegsecJarIT {

    /** Exit code and output of one run. */
    private record Run(int exitCode, String out, String err) {
    }

    private static Run regsec(Path workDir, String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("regsec.jar", "target/regsec.jar")).toAbsolutePath();
        assertThat(jar).as("the shaded jar; run 'mvn package' first").isRegularFile();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = workDir.resolve("out.txt");
        Path err = workDir.resolve("err.txt");
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void writesPngOnlyWithThePngPlugin(@TempDir Path temp) throws Exception {
        // regsec.jar does not carry Batik: it says how to get PNG
        Run without = regsec(temp, "timeline", "osce", "--out", "osce.png");
        assertThat(without.exitCode()).isEqualTo(2);
        assertThat(without.err()).startsWith("regsec timeline: writing PNG needs the regsec-timeline-png plugin")
                .contains("--plugins regsec-timeline-png-plugin.jar");
        assertThat(temp.resolve("osce.png")).doesNotExist();

        // the plugin jar the timeline-png module builds
        Path plugin = Path.of(System.getProperty("regsec.png.plugin",
                "../timeline-png/target/regsec-timeline-png-plugin.jar")).toAbsolutePath();
        assertThat(plugin).as("the PNG plugin; run 'mvn package' first").isRegularFile();
        Run with = regsec(temp, "--plugins", plugin.toString(), "timeline", "osce", "--width", "800", "--out", "osce.png");
        assertThat(with.exitCode()).as(with.err()).isZero();
        assertThat(with.err()).isEmpty();
        byte[] png = Files.readAllBytes(temp.resolve("osce.png"));
        assertThat(java.util.Arrays.copyOf(png, 8)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        assertThat(java.nio.ByteBuffer.wrap(png, 16, 4).getInt()).isEqualTo(800);
    }

    @Test
    void writesAndReadsSqlDatabasesWithTheSqlPlugin(@TempDir Path temp) throws Exception {
        Path plugin = Path.of(System.getProperty("regsec.sql.plugin", "../sql/target/regsec-sql-plugin.jar")).toAbsolutePath();
        Run json = regsec(temp, "convert", "sample:central-asia", "direct.json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        List<String> targets = new ArrayList<>(List.of("x.duckdb", "x.sqlite"));
        String postgresql = System.getProperty("regsec.test.postgresql.url", "");
        if (!postgresql.isBlank()) {
            targets.add(postgresql);
        }

        for (String target : targets) {
            Run write = regsec(temp, "--plugins", plugin.toString(), "convert", "sample:central-asia", target);
            assertThat(write.exitCode()).as(write.err()).isZero();
            assertThat(write.out()).startsWith("wrote ").contains(" to ");
            Files.deleteIfExists(temp.resolve("back.json"));
            Run back = regsec(temp, "--plugins", plugin.toString(), "convert", target, "back.json");
            assertThat(back.exitCode()).as(back.err()).isZero();
            assertThat(Files.readString(temp.resolve("back.json"))).as(target)
                    .isEqualTo(Files.readString(temp.resolve("direct.json")));
        }
        // without the plugin, a database URL says where its format comes from
        Run without = regsec(temp, "convert", "sample:central-asia", "jdbc:postgresql://localhost/regsec");
        assertThat(without.exitCode()).isEqualTo(2);
        assertThat(without.err()).contains("regsec-sql plugin");
    }

    @Test
    void summarizesTheBundledDatasetFromInsideTheJar(@TempDir Path temp) throws Exception {
        Run run = regsec(temp, "summary", "--as-of", "2019-07-17");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty(); // no logging from libraries
        assertThat(run.out()).contains("57 members (declares 57)", "0 errors, 1 warning");
    }

    @Test
    void findsEveryFormatThroughTheMergedServiceFiles(@TempDir Path temp) throws Exception {
        Run run = regsec(temp, "formats");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("country-list", ".json", ".jsonl", "directory");
    }

    @Test
    void validatesAndConvertsWithTheBundledValidators(@TempDir Path temp) throws Exception {
        Files.writeString(temp.resolve("bad.jsonl"),
                "{\"type\":\"organization\",\"id\":\"x\",\"name\":\"X\",\"kind\":\"body\"}\n", StandardCharsets.UTF_8);
        Run bad = regsec(temp, "validate", "bad.jsonl");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.out()).contains("bad.jsonl:1", "error", "parent_id");
        assertThat(bad.err()).doesNotContain("Exception", "\tat ");

        Run convert = regsec(temp, "convert", "sample:central-asia", "ca.json");
        assertThat(convert.exitCode()).as(convert.err()).isZero();
        assertThat(temp.resolve("ca.json")).isRegularFile();
    }
}
