package io.github.regsec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.sample.SampleData;
import io.github.regsec.examples.Fixtures;
import io.github.regsec.formats.WriteOptions;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugins as a user builds them: the sources under {@code src/test/resources/plugin} compiled
 * against the tool, jarred with their {@code META-INF/services} files, and given to the tool with
 * {@code --plugins} or {@code REGSEC_PLUGINS}. Their importer, writer and rule then work in
 * every command, and {@code formats} says where each came from.
 */
class PluginsTest {

    @TempDir
    static Path temp;

    private static Path jar;
    private static Path data;

    @BeforeAll
    static void buildThePlugin() throws IOException {
        Path source = Fixtures.path("plugin");
        Path classes = Files.createDirectories(temp.resolve("classes"));
        List<String> files;
        try (Stream<Path> walk = Files.walk(source.resolve("src"))) {
            files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of("--release", "17", "-classpath",
                System.getProperty("java.class.path"), "-d", classes.toString()));
        arguments.addAll(files);
        assertThat(javac.run(null, null, null, arguments.toArray(String[]::new))).as("javac").isZero();

        jar = temp.resolve("tab-list-plugin.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            add(out, classes, classes);
            add(out, source, source.resolve("META-INF"));
        }
        data = Files.writeString(temp.resolve("central-asia.tsv"),
                "KZ\tcsto\nKG\tcsto\nTJ\tcsto\nKZ\tcica\nXX\tcsto\n", StandardCharsets.UTF_8);
    }

    /** Adds the files under {@code directory} to the jar, named relative to {@code root}. */
    private static void add(JarOutputStream out, Path root, Path directory) throws IOException {
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(directory)) {
            entries = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : entries) {
            out.putNextEntry(new JarEntry(root.relativize(file).toString().replace(File.separatorChar, '/')));
            Files.copy(file, out);
            out.closeEntry();
        }
    }

    @Test
    void formatsListsThePluginsImporterWriterAndRuleWithTheJarTheyCameFrom() {
        Cli run = Cli.run("formats", "--plugins", jar.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("\n  tab-list +\\.tsv +" + quoted(jar) + " +country<TAB>organization lines")
                .containsPattern("\n  ids +\\.ids +" + quoted(jar) + " +the ids of the records")
                .containsPattern("\n  csv +directory \\.csv +built-in +")
                .containsPattern("\n  json +\\.json +built-in +")
                .contains("Rules added to the built-in ones")
                .containsPattern("\n  single-member-organization +warning +" + quoted(jar) + " +An organization has exactly one member");

        Cli without = Cli.run("formats");
        assertThat(without.out()).doesNotContain("tab-list", "single-member-organization", "Rules added");
    }

    private static String quoted(Path path) {
        return java.util.regex.Pattern.quote(path.toString());
    }

    @Test
    void everyCommandReadsWithThePluginsImporterAndValidatesWithItsRule() {
        Cli validate = Cli.run("validate", data.toString(), "--as-of", "2026-01-01", "--plugins", jar.toString());
        assertThat(validate.exitCode()).as(validate.err()).isEqualTo(RegsecCommand.DATA_ERRORS);
        assertThat(validate.out()).contains("central-asia.tsv:5: error syntax: expected a country code, a tab and an organization id",
                "warning single-member-organization cica: cica has one member, country:KZ: is its list complete?");

        Cli members = Cli.run("members", "csto", data.toString(), "--plugins", jar.toString());
        assertThat(members.out()).contains("country:KZ", "country:KG", "country:TJ");
        Cli timeline = Cli.run("timeline", "csto", data.toString(), "--plugins", jar.toString());
        assertThat(timeline.out()).contains("Kyrgyzstan");
        assertThat(Cli.run("meetings", data.toString(), "--plugins", jar.toString()).err()).doesNotContain("cannot tell");

        // convert writes with the plugin's writer, and checks with its rule too; summary counts that rule's problems
        Path ids = data.resolveSibling("central-asia.ids");
        Cli convert = Cli.run("convert", data.toString(), ids.toString(), "--allow-errors", "--plugins", jar.toString());
        assertThat(convert.exitCode()).as(convert.err()).isZero();
        assertThat(convert.out()).contains("(ids)");
        assertThat(ids).exists();
        java.util.regex.Matcher counts = java.util.regex.Pattern.compile("(\\d+ errors?, \\d+ warnings?)")
                .matcher(Cli.run("validate", data.toString(), "--plugins", jar.toString()).err());
        assertThat(counts.find()).isTrue();
        assertThat(Cli.run("summary", data.toString(), "--plugins", jar.toString()).out()).contains(counts.group(1));

        // the option may come before the command too
        assertThat(Cli.run("--plugins", jar.toString(), "validate", data.toString()).out()).contains("single-member-organization");
        // without the plugin, nobody reads .tsv
        Cli.run("validate", data.toString()).assertUsageError("cannot tell the format of " + data);
    }

    @Test
    void theEnvironmentVariableAddsPluginsLikeTheOption() {
        Map<String, String> environment = Map.of("REGSEC_PLUGINS", File.pathSeparator + jar + File.pathSeparator);
        Cli validate = Cli.run(environment, "validate", data.toString(), "--as-of", "2026-01-01");
        assertThat(validate.out()).contains("warning single-member-organization cica");
        Cli formats = Cli.run(environment, "formats");
        assertThat(formats.out()).containsPattern("\n  tab-list +\\.tsv +" + quoted(jar));
        // given both ways, the plugin is loaded once
        Cli both = Cli.run(environment, "formats", "--plugins", jar.toString());
        assertThat(both.out().split("\n  tab-list ", -1)).hasSize(2);
    }

    @Test
    void aPluginThatIsNotThereIsAUsageError() throws IOException {
        Path missing = temp.resolve("missing.jar");
        Cli.run("formats", "--plugins", missing.toString())
                .assertUsageError("regsec formats: --plugins: " + missing + " does not exist: give jars or directories");
        Cli.run(Map.of("REGSEC_PLUGINS", missing.toString()), "summary")
                .assertUsageError("REGSEC_PLUGINS: " + missing + " does not exist");
        Path text = Files.writeString(temp.resolve("notes.txt"), "not a jar");
        Cli.run("validate", "--plugins", text.toString()).assertUsageError(text + " is not a jar");
    }

    @Test
    void aPluginThatNamesAClassItDoesNotHaveIsOneLineAndExitTwo() throws IOException {
        Path broken = temp.resolve("broken-plugin.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(broken), manifest)) {
            out.putNextEntry(new JarEntry("META-INF/services/io.github.regsec.formats.DatasetImporter"));
            out.write("org.example.Missing\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        for (String command : new String[] {"formats", "summary", "validate"}) {
            Cli run = Cli.run(command, "--plugins", broken.toString());
            assertThat(run.exitCode()).isEqualTo(RegsecCommand.USAGE);
            assertThat(run.err()).startsWith("regsec: a plugin cannot be used: ").contains("org.example.Missing")
                    .doesNotContain("\tat ");
            assertThat(run.err().lines()).hasSize(1);
        }
    }

    @Test
    void aDirectoryOfClassesIsAPluginToo() throws IOException {
        Path directory = temp.resolve("classes");
        Path services = Files.createDirectories(directory.resolve("META-INF/services"));
        Path source = Fixtures.path("plugin/META-INF/services");
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.toList()) {
                Files.copy(file, services.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Cli formats = Cli.run("formats", "--plugins", directory.toString());
        assertThat(formats.out()).containsPattern("\n  tab-list +\\.tsv +" + quoted(directory));
    }

    @Test
    void theFormatsOfARunHaveThePluginsWriter() throws IOException {
        try (Plugins plugins = Plugins.of(null, jar.toString())) {
            assertThat(plugins.paths()).containsExactly(jar.toAbsolutePath().normalize());
            Path out = temp.resolve("central-asia.ids");
            plugins.formats().writerFor(out).write(SampleData.centralAsia(), out, WriteOptions.defaults());
            assertThat(Files.readAllLines(out)).contains("osce", "csto");
        }
    }
}
