package io.github.regsec.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.formats.Formats;
import io.github.regsec.validation.DatasetValidator;
import io.github.regsec.validation.ValidationReport;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the job jar as {@code spark-submit} runs it: a JVM of its own with Spark's class path and
 * the Java 17 flags of Spark's launcher, starting {@code org.apache.spark.deploy.SparkSubmit}
 * (the class the {@code spark-submit} script starts) with {@code --class
 * io.github.regsec.spark.SparkMain target/regsec-spark-job.jar}. Spark's class path holds no
 * regsec class and has the versions a Spark 4.0.1 distribution ships of the libraries regsec
 * uses too (jackson-annotations 2.18.2, jakarta.validation-api 3.0.2), which come first, as on a
 * cluster: what only the shaded jar on a real Spark can get wrong.
 */
class SparkSubmitIT {

    /** Exit code and output of one run. */
    private record Run(int exitCode, String out, String err) {
    }

    private static Run sparkSubmit(Path workDir, String... args) throws Exception {
        Path jar = Path.of(System.getProperty("regsec.spark.job.jar", "target/regsec-spark-job.jar")).toAbsolutePath();
        assertThat(jar).as("the job jar; run 'mvn verify'").isRegularFile();
        List<String> classPath = new ArrayList<>(List.of(Files.readString(
                Path.of(System.getProperty("regsec.spark.classpath", "target/spark-classpath.txt"))).strip()
                .split(File.pathSeparator)));
        try (Stream<Path> ships = Files.list(Path.of(System.getProperty("regsec.spark.ships", "target/spark-ships")))) {
            ships.map(Path::toString).sorted().forEach(classPath::add);
        }
        assertThat(classPath).as("Spark's class path holds no regsec").noneMatch(e -> e.contains("regsec"))
                .anyMatch(e -> e.endsWith("jackson-annotations-2.18.2.jar"))
                .anyMatch(e -> e.endsWith("jakarta.validation-api-3.0.2.jar"));

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.addAll(List.of(System.getProperty("regsec.spark.java17.flags").strip().split("\\s+")));
        command.addAll(List.of("-cp", String.join(File.pathSeparator, classPath), "org.apache.spark.deploy.SparkSubmit",
                "--master", "local[2]", "--conf", "spark.ui.enabled=false", "--conf", "spark.driver.host=127.0.0.1",
                "--conf", "spark.sql.shuffle.partitions=4", "--class", SparkMain.class.getName(), jar.toString()));
        command.addAll(List.of(args));
        Path out = workDir.resolve("out.txt");
        Path err = workDir.resolve("err.txt");
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(240, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("spark-submit did not finish in 240 s: " + Files.readString(err));
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void validatesThePlantedDatasetAndExitsOneForItsErrors(@TempDir Path temp) throws Exception {
        Path planted = SparkMainTest.PLANTED.toAbsolutePath().normalize();
        Path problems = temp.resolve("problems");
        Run run = sparkSubmit(temp, "validate", planted.toString(), problems.toString(), "--as-of", "2026-01-01");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(SparkMain.DATA_ERRORS);

        ValidationReport expected = DatasetValidator.builder().asOf(SparkMainTest.AS_OF).threads(1).build()
                .validate(Formats.discover().read(planted));
        assertThat(run.out()).startsWith("rows read: 3 sources, 8 organizations, 2 field offices, 6 meetings, "
                + "15 memberships, 4 persons, 2 posts\n");
        assertThat(run.out()).contains(SparkMainTest.countsByRule(expected.problems()))
                .contains(planted + ": " + expected.errors() + " errors, " + expected.warnings() + " warnings (as of 2026-01-01)\n")
                .contains("wrote " + expected.problems().size() + " problems to " + problems + " (JSON Lines part files)");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");

        assertThat(SparkMainTest.readJsonLines(problems).stream().map(SparkMainTest::asText).toList())
                .containsExactlyInAnyOrderElementsOf(expected.problems().stream().map(SparkMainTest::asText).toList());
    }

    @Test
    void exitsTwoWithOneLineForAUsageError(@TempDir Path temp) throws Exception {
        Run run = sparkSubmit(temp, "validate", SparkMainTest.PLANTED.toAbsolutePath().toString(),
                temp.resolve("out").toString(), "--as-of", "2026-13-01");
        assertThat(run.exitCode()).isEqualTo(SparkMain.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("regsec-spark validate: --as-of '2026-13-01' is not a day: give YYYY-MM-DD")
                .doesNotContain("\tat ");
        assertThat(temp.resolve("out")).doesNotExist();
    }
}
