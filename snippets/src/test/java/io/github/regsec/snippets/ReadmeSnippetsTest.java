package io.github.regsec.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code ```java} block of the READMEs compiles as a user who copies it would compile it:
 * with its imports, against the compile class path of the artifacts the README's dependency
 * section names (for README.md, this module's own dependencies, which must be the same as that
 * section's; for a module README with a section of its own, that artifact in addition; for
 * spark/README.md, regsec-spark with Spark, which its section names as provided).
 *
 * <p>A block is either a compilation unit (imports, then a class, record or interface; several
 * classes of one block go into one file each under their names) or imports followed by
 * statements, which are compiled as the body of a method that may throw any exception. A block
 * may use the types that earlier blocks of the same README declare (a rule, then how to add it).
 */
class ReadmeSnippetsTest {

    private static final Path ROOT = Path.of(System.getProperty("regsec.root", "..")).toAbsolutePath().normalize();

    /** The READMEs a user reads; their Java blocks must compile. */
    private static final List<String> READMES = List.of("README.md", "examples/README.md", "validation/README.md",
            "timeline-png/README.md", "importers/cow/README.md", "importers/atop/README.md", "sample-data/README.md",
            "spark/README.md");

    private static final Pattern BLOCK = Pattern.compile("(?ms)^```(java|xml)\\n(.*?)^```");
    private static final Pattern DEPENDENCY = Pattern.compile("(?s)<dependency>(.*?)</dependency>");
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>(regsec-[a-z-]+)</artifactId>");
    private static final Pattern TYPE = Pattern.compile("(?m)^(?:public\\s+)?(?:final\\s+|abstract\\s+)*(?:class|record|interface|enum)\\s+(\\w+)");

    /** One Java block: the README, its number there, the code, and the earlier blocks that declare types. */
    record Snippet(String readme, int number, String code, List<String> earlierTypes) {
        @Override
        public String toString() {
            return readme + " #" + number;
        }
    }

    static Stream<Snippet> snippets() throws IOException {
        List<Snippet> all = new ArrayList<>();
        for (String readme : READMES) {
            Path file = ROOT.resolve(readme);
            if (!Files.exists(file)) {
                continue;
            }
            Matcher m = BLOCK.matcher(Files.readString(file, StandardCharsets.UTF_8));
            int number = 0;
            List<String> types = new ArrayList<>();
            while (m.find()) {
                if (m.group(1).equals("java")) {
                    all.add(new Snippet(readme, ++number, m.group(2), List.copyOf(types)));
                    if (TYPE.matcher(m.group(2)).find()) {
                        types.add(m.group(2));
                    }
                }
            }
        }
        return all.stream();
    }

    private static List<String> artifactsNamedIn(String readme) throws IOException {
        Set<String> artifacts = new LinkedHashSet<>();
        Matcher block = BLOCK.matcher(Files.readString(ROOT.resolve(readme), StandardCharsets.UTF_8));
        while (block.find()) {
            if (block.group(1).equals("xml")) {
                Matcher dependency = DEPENDENCY.matcher(block.group(2));
                while (dependency.find()) {
                    Matcher artifact = ARTIFACT.matcher(dependency.group(1));
                    if (artifact.find() && !dependency.group(1).contains("<type>pom</type>")) { // a jar, not the BOM
                        artifacts.add(artifact.group(1));
                    }
                }
            }
        }
        return new ArrayList<>(artifacts);
    }

    private static List<String> classPath(String property) throws IOException {
        String text = Files.readString(Path.of(System.getProperty(property)), StandardCharsets.UTF_8).strip();
        return List.of(text.split(Pattern.quote(File.pathSeparator)));
    }

    /** The regsec artifact an entry of a class path is: a jar's name or a module's target/classes. */
    private static boolean isArtifact(String entry, String artifactId) {
        Path path = Path.of(entry);
        String name = path.getFileName().toString();
        if (name.startsWith(artifactId + "-") && name.endsWith(".jar")) {
            return true;
        }
        // in a reactor build without packages: MODULE/target/classes of the artifact's module
        Path pom = path.getParent() == null || path.getParent().getParent() == null ? null
                : path.getParent().getParent().resolve("pom.xml");
        try {
            if (pom == null || !Files.exists(pom)) {
                return false;
            }
            String text = Files.readString(pom).replaceAll("(?s)<parent>.*?</parent>", "");
            Matcher own = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(text);
            return own.find() && own.group(1).equals(artifactId);
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void theMainReadmesDependencySectionNamesWhatTheSnippetsAreCompiledAgainst() throws IOException {
        List<String> named = artifactsNamedIn("README.md");
        assertThat(named).containsExactlyInAnyOrder("regsec-validation", "regsec-importers-csv", "regsec-sample-data");
        String pom = Files.readString(ROOT.resolve("snippets/pom.xml"));
        Matcher declared = Pattern.compile("<artifactId>(regsec-[a-z-]+)</artifactId>").matcher(pom.substring(pom.indexOf("<dependencies>")));
        List<String> main = new ArrayList<>();
        while (declared.find()) {
            main.add(declared.group(1));
        }
        main.removeAll(List.of("regsec-importers-cow", "regsec-importers-atop", "regsec-spark"));
        assertThat(main).containsExactlyInAnyOrderElementsOf(named);
        List<String> classPath = classPath("regsec.readme.classpath");
        for (String artifact : named) {
            assertThat(classPath).as(artifact).anyMatch(entry -> isArtifact(entry, artifact));
        }
        // what a user compiling against regsec-validation does not get: the tool and the importers it does not name
        assertThat(classPath).noneMatch(entry -> isArtifact(entry, "regsec-examples") || isArtifact(entry, "regsec-importers-atop")
                || isArtifact(entry, "regsec-importers-cow") || isArtifact(entry, "regsec-importers-json")
                || isArtifact(entry, "regsec-spark") || entry.contains("spark-sql_2.13"));
    }

    @Test
    void thereAreSnippetsToCompile() throws IOException {
        assertThat(snippets().map(Snippet::readme).distinct())
                .contains("README.md", "validation/README.md", "importers/cow/README.md", "importers/atop/README.md",
                        "spark/README.md");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snippets")
    void compiles(Snippet snippet, @TempDir Path temp) throws IOException {
        List<String> classPath = new ArrayList<>(classPath("regsec.readme.classpath"));
        if (!snippet.readme().equals("README.md")) {
            for (String artifact : artifactsNamedIn(snippet.readme())) {
                classPath.addAll(classPath("regsec.all.classpath").stream().filter(e -> isArtifact(e, artifact)).toList());
            }
            if (artifactsNamedIn(snippet.readme()).contains("regsec-spark")) { // and Spark, provided there
                classPath.addAll(classPath("regsec.spark.classpath"));
            }
        }
        List<Path> sources = new ArrayList<>(sources(snippet.toString(), snippet.code(), temp.resolve("src")));
        for (String earlier : snippet.earlierTypes()) {
            sources.addAll(sources(snippet.toString(), earlier, temp.resolve("src")));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of("--release", "17", "-Xlint:all", "-Xlint:-processing",
                "-proc:none", "-classpath", String.join(File.pathSeparator, classPath), "-d", temp.resolve("classes").toString()));
        sources.forEach(s -> arguments.add(s.toString()));
        StringWriter output = new StringWriter();
        int code = javac.getTask(output, null, null, arguments.subList(0, arguments.size() - sources.size()), null,
                javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjectsFromPaths(sources)).call()
                ? 0 : 1;
        assertThat(code).as("%s does not compile:%n%s%n%s", snippet, output, snippet.code()).isZero();
        assertThat(output.toString()).as("%s compiles with warnings:%n%s", snippet, output).isEmpty();
    }

    /** The files of a snippet: a file per top-level type, or one class around statements. */
    private static List<Path> sources(String snippet, String code, Path directory) throws IOException {
        Files.createDirectories(directory);
        List<String> imports = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (String line : code.split("\n", -1)) {
            if (line.startsWith("import ") || line.startsWith("package ")) {
                imports.add(line);
            } else {
                body.append(line).append('\n');
            }
        }
        String header = imports.stream().sorted((a, b) -> Boolean.compare(!a.startsWith("package "), !b.startsWith("package ")))
                .collect(Collectors.joining("\n")) + "\n\n";
        Matcher type = TYPE.matcher(body);
        List<Path> files = new ArrayList<>();
        if (!type.find()) {
            files.add(Files.writeString(directory.resolve("Snippet.java"), header
                    + "final class Snippet {\n    static void run() throws Exception {\n" + body + "\n    }\n}\n"));
            return files;
        }
        // split at each top-level type; every type is its own file under its name
        List<int[]> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        do {
            starts.add(new int[] {type.start()});
            names.add(type.group(1));
        } while (type.find());
        assertThat(body.substring(0, starts.get(0)[0]).strip()).as("%s: code before its first type", snippet)
                .matches("(?s)(//[^\\n]*\\n?|/\\*.*?\\*/|\\s)*");
        for (int i = 0; i < names.size(); i++) {
            int end = i + 1 < names.size() ? starts.get(i + 1)[0] : body.length();
            String unit = body.substring(starts.get(i)[0], end);
            files.add(Files.writeString(directory.resolve(names.get(i) + ".java"), header + unit));
        }
        return files.stream().collect(Collectors.toList());
    }
}
