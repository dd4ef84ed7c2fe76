package io.github.regsec.examples;

import io.github.regsec.sample.SampleData;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs the {@code regsec} tool and the example programs from this module's jar and its
 * dependencies' jars, as Maven resolved them (failsafe passes the jar and the file the
 * dependency plugin wrote at {@code pre-integration-test}), in both ways a user can: as named
 * modules on the module path ({@code java --module-path ... --module io.github.regsec.examples/...})
 * and on the class path. Each run must exit as expected, with the expected output and nothing on
 * standard error. Checks what only the module path can get wrong: the module descriptors'
 * {@code requires}, {@code provides} (every format and the example importer must be found),
 * {@code opens} (picocli, Hibernate Validator) and the resolution of third-party modules.
 */
class ModulePathIT {

    private static final String MODULE = "io.github.regsec.examples";
    private static final String TOOL = "io.github.regsec.cli.RegsecCommand";

    /** The top-level records of the bundled dataset, read in this JVM. */
    private static final int RECORDS = bundledRecords();

    private static int bundledRecords() {
        try {
            return SampleData.centralAsia().size();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The regsec modules that must be on the module path as named (not automatic) modules. */
    private static final List<String> REGSEC_MODULES = List.of("io.github.regsec.model", "io.github.regsec.formats",
            "io.github.regsec.formats.csv", "io.github.regsec.formats.json", "io.github.regsec.formats.cow", "io.github.regsec.formats.atop", "io.github.regsec.formats.popolo",
            "io.github.regsec.validation", "io.github.regsec.sample", "io.github.regsec.examples");

    /** The two ways of launching a program of this module. */
    enum Launch {
        MODULE_PATH, CLASS_PATH;

        List<String> command(String mainClass, String... args) throws IOException {
            List<String> command = new ArrayList<>(List.of(java()));
            if (this == MODULE_PATH) {
                command.addAll(List.of("--module-path", path(), "--module", MODULE + "/" + mainClass));
            } else {
                command.addAll(List.of("-cp", path(), mainClass));
            }
            command.addAll(Arrays.asList(args));
            return command;
        }
    }

    /** Exit code and output of one run. */
    private record Run(int exitCode, String out, String err) {
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** This module's jar, then every runtime dependency's jar. */
    private static List<Path> jars() throws IOException {
        Path examplesJar = Path.of(System.getProperty("regsec.examples.jar", "target/regsec-examples.jar")).toAbsolutePath();
        Path dependencies = Path.of(System.getProperty("regsec.dependencies", "target/runtime-dependencies.txt")).toAbsolutePath();
        assertThat(examplesJar).as("this module's jar; run 'mvn verify'").isRegularFile();
        assertThat(dependencies).as("the dependency list the dependency plugin writes; run 'mvn verify'").isRegularFile();
        List<Path> jars = new ArrayList<>(List.of(examplesJar));
        for (String entry : Files.readString(dependencies, StandardCharsets.UTF_8).strip().split(File.pathSeparator)) {
            jars.add(Path.of(entry));
        }
        assertThat(jars).as("the jars of this module and its dependencies").allSatisfy(jar -> assertThat(jar).isRegularFile());
        return jars;
    }

    private static String path() throws IOException {
        return join(jars());
    }

    private static String join(List<Path> jars) {
        return String.join(File.pathSeparator, jars.stream().map(Path::toString).toList());
    }

    private static Run run(Path workDir, List<String> command) throws IOException, InterruptedException {
        Path out = workDir.resolve("out.txt");
        Path err = workDir.resolve("err.txt");
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("finished: " + command).isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Run regsec(Launch launch, Path workDir, String... args) throws IOException, InterruptedException {
        return run(workDir, launch.command(TOOL, args));
    }

    private static Run example(Launch launch, Path workDir, String program, String... args)
            throws IOException, InterruptedException {
        return run(workDir, launch.command("io.github.regsec.examples." + program, args));
    }

    @Test
    void everyRegsecJarIsANamedModuleOnTheModulePath(@TempDir Path temp) throws Exception {
        Run run = run(temp, List.of(java(), "--module-path", path(), "--list-modules"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> listed = run.out().lines().toList();
        for (String module : REGSEC_MODULES) {
            assertThat(listed).as(module).filteredOn(line -> line.startsWith(module + "@")).singleElement()
                    .satisfies(line -> assertThat(line).doesNotEndWith("automatic"));
        }
    }

    @ParameterizedTest
    @EnumSource(Launch.class)
    void summarizesTheBundledDataset(Launch launch, @TempDir Path temp) throws Exception {
        Run run = regsec(launch, temp, "summary", "--as-of", "2019-07-17");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).as("no logging from libraries").isEmpty();
        assertThat(run.out()).contains("57 members (declares 57)", "0 errors, 1 warning");
    }

    @ParameterizedTest
    @EnumSource(Launch.class)
    void validatesWithTheRecordConstraintsAndTheRules(Launch launch, @TempDir Path temp) throws Exception {
        Run bundled = regsec(launch, temp, "validate");
        assertThat(bundled.exitCode()).as(bundled.err()).isZero();
        assertThat(bundled.out()).contains("meetings.csv:4: warning missing-date youth-forums-dushanbe");

        Files.writeString(temp.resolve("bad.jsonl"),
                "{\"type\":\"organization\",\"id\":\"x\",\"name\":\"X\",\"kind\":\"body\"}\n", StandardCharsets.UTF_8);
        Run bad = regsec(launch, temp, "validate", "bad.jsonl");
        assertThat(bad.exitCode()).as(bad.err()).isEqualTo(1);
        assertThat(bad.out()).contains("bad.jsonl:1: error required x: parent_id is required for an organization of kind body");
        assertThat(bad.err()).contains("bad.jsonl: 1 error, 0 warnings").doesNotContain("Exception", "\tat ");
    }

    @ParameterizedTest
    @EnumSource(Launch.class)
    void convertsToJsonLinesAndBackWithoutLoss(Launch launch, @TempDir Path temp) throws Exception {
        Run toLines = regsec(launch, temp, "convert", "sample:central-asia", "central-asia.jsonl");
        assertThat(toLines.exitCode()).as(toLines.err()).isZero();
        assertThat(toLines.out()).contains("wrote " + RECORDS + " records from sample:central-asia to central-asia.jsonl (jsonl)");

        Run toCsv = regsec(launch, temp, "convert", "central-asia.jsonl", "back");
        assertThat(toCsv.exitCode()).as(toCsv.err()).isZero();
        assertThat(toCsv.out()).contains("wrote " + RECORDS + " records from central-asia.jsonl to back (csv)");
        assertThat(temp.resolve("back").resolve("organizations.csv")).isRegularFile();

        Run again = regsec(launch, temp, "convert", "back", "again.jsonl");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(Files.readAllBytes(temp.resolve("again.jsonl")))
                .as("JSON Lines -> CSV -> JSON Lines gives the same bytes")
                .isEqualTo(Files.readAllBytes(temp.resolve("central-asia.jsonl")));
    }

    @ParameterizedTest
    @EnumSource(Launch.class)
    void findsEveryBuiltInFormatAndTheExampleImporter(Launch launch, @TempDir Path temp) throws Exception {
        Run run = regsec(launch, temp, "formats");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(names(run.out(), "Importers")).containsExactlyInAnyOrder("csv", "json", "jsonl", "cow-igo", "atop", "popolo", "country-list");
        assertThat(names(run.out(), "Writers")).containsExactlyInAnyOrder("csv", "json", "jsonl", "popolo");
    }

    /** The NAME column of one table of {@code regsec formats}: the rows after its title and header. */
    private static List<String> names(String formatsOutput, String title) {
        return formatsOutput.lines()
                .dropWhile(line -> !line.startsWith(title))
                .skip(2) // the title and the column header
                .takeWhile(line -> !line.isBlank())
                .map(line -> line.strip().split("\\s+")[0])
                .toList();
    }

    @ParameterizedTest
    @EnumSource(Launch.class)
    void firstQuestionsAnswersFromTheBundledDataset(Launch launch, @TempDir Path temp) throws Exception {
        Run run = example(launch, temp, "FirstQuestions");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("OSCE participating States on 2019-07-17: 57",
                "The OSCE office in Dushanbe in 2005: OSCE Centre in Dushanbe");
    }

    @ParameterizedTest
    @EnumSource(Launch.class)
    void buildAndValidateFindsTheTwoPlantedMistakes(Launch launch, @TempDir Path temp) throws Exception {
        Run run = example(launch, temp, "BuildAndValidate");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("-: error membership-overlap sco-kg-again", "-: warning chair-not-member sco-summit-2010",
                "errors: 1, warnings: 1");
    }

    @ParameterizedTest
    @EnumSource(Launch.class)
    void convertToJsonLinesWritesEveryRecord(Launch launch, @TempDir Path temp) throws Exception {
        Run run = example(launch, temp, "ConvertToJsonLines");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote " + RECORDS + " records to central-asia.jsonl");
        assertThat(Files.readAllLines(temp.resolve("central-asia.jsonl"), StandardCharsets.UTF_8)).hasSize(RECORDS);
    }

    @ParameterizedTest
    @EnumSource(Launch.class)
    void ownRuleFindsTheGarbledName(Launch launch, @TempDir Path temp) throws Exception {
        Run run = example(launch, temp, "OwnRule");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("The bundled dataset, shared-surname problems: 0",
                "As the article wrote it, shared-surname problems: 1");
    }

    /**
     * A user's program whose module requires only {@code io.github.regsec.formats}, on a module
     * path without the validation and examples modules: the JSON formats are bound as service
     * providers and must bring the Jackson modules they need. (As an automatic module, the JSON
     * jar could not say so, and {@code ServiceLoader} failed with "Unable to get public no-arg
     * constructor": a Jackson class was missing when the importer was linked.)
     */
    @Test
    void jsonFormatsWorkForAProgramThatRequiresOnlyTheFormatsModule(@TempDir Path temp) throws Exception {
        List<Path> jars = jars().stream()
                .filter(jar -> !jar.getFileName().toString().startsWith("regsec-validation-"))
                .filter(jar -> !jar.getFileName().toString().startsWith("regsec-examples-"))
                .toList();
        Path source = temp.resolve("src").resolve("user.convert");
        Files.createDirectories(source.resolve("user"));
        Files.writeString(source.resolve("module-info.java"), "module user.convert { requires io.github.regsec.formats; }\n");
        Files.writeString(source.resolve("user").resolve("Convert.java"), String.join("\n",
                "package user;",
                "import io.github.regsec.formats.Formats;",
                "import io.github.regsec.formats.ImportResult;",
                "import io.github.regsec.formats.ReadOptions;",
                "import io.github.regsec.formats.WriteOptions;",
                "import java.nio.file.Path;",
                "public final class Convert {",
                "    public static void main(String[] args) throws Exception {",
                "        Formats formats = Formats.discover();",
                "        ImportResult read = formats.read(Path.of(args[0]), ReadOptions.defaults());",
                "        formats.write(read.dataset(), Path.of(args[1]), WriteOptions.defaults());",
                "        System.out.println(read.rowsImported() + \" rows, \" + read.problems().size() + \" problems\");",
                "    }",
                "}", ""));
        Path classes = temp.resolve("classes");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int compiled = javac.run(null, null, null, "-d", classes.toString(), "--module-path", join(jars),
                "--module-source-path", temp.resolve("src").toString(), "--module", "user.convert");
        assertThat(compiled).as("the user's module compiles against the exported API").isZero();

        Path input = temp.resolve("input.json");
        Run toJson = regsec(Launch.MODULE_PATH, temp, "convert", "sample:central-asia", input.toString());
        assertThat(toJson.exitCode()).as(toJson.err()).isZero();

        List<Path> modulePath = Stream.concat(Stream.of(classes), jars.stream()).toList();
        Run run = run(temp, List.of(java(), "--module-path", join(modulePath), "--module", "user.convert/user.Convert",
                input.toString(), "output.jsonl"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("0 problems");
        assertThat(Files.readAllLines(temp.resolve("output.jsonl"), StandardCharsets.UTF_8)).hasSize(RECORDS);
    }
}
