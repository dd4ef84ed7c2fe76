package io.github.regsec.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.regsec.examples.Fixtures;
import io.github.regsec.formats.ReadOptions;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code regsec} tool on hostile input: the corpus under {@code src/test/resources/hostile}
 * (broken encodings, truncated files, binary junk with a {@code .json} name, a {@code .gz} that is
 * not gzip, a directory without {@code organizations.csv}, values that try to drive the terminal)
 * and, made by the tests, gigantic values and lines, JSON nested 100,000 deep, paths that do not
 * exist or name no format. Each goes through the real entry point with {@code validate},
 * {@code summary} and {@code convert}: the exit code of docs/FORMATS.md#exit-codes (1 for data with
 * errors, 2 for an input that cannot be opened), the problem line with file and line, and never a
 * stack trace, an exception's name or a terminal control character on either stream.
 */
class HostileInputTest {

    private static final String AS_OF = "2026-11-28";

    @TempDir
    Path temp;

    /** Runs the tool and checks what must hold whatever the input. */
    private static Cli run(Object... args) {
        String[] strings = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = args[i].toString();
        }
        Cli run = Cli.run(strings);
        for (String text : List.of(run.out(), run.err())) {
            assertThat(text).doesNotContain("\tat ", "Exception", "java.");
            assertThat(text.chars().filter(c -> c != '\n' && (Character.isISOControl(c) || (c >= 0x202A && c <= 0x202E))))
                    .as("control characters in %s", text).isEmpty();
        }
        return run;
    }

    private static Path hostile(String name) {
        return Fixtures.path("hostile/" + name);
    }

    // ---- data the readers can open, with problems in it: exit 1 ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # input             | file                 | line | the problem line validate prints
            csv-utf16-bom        | organizations.csv    | 1    | organizations.csv:1: error syntax: the header holds bytes that are not UTF-8: save the file as UTF-8; the file was not read
            csv-latin1           | organizations.csv    | 3    | organizations.csv:3: error syntax sco: line 3 holds bytes that are not UTF-8: save the file as UTF-8
            csv-truncated-utf8   | organizations.csv    | 3    | organizations.csv:3: error syntax cica: line 3 holds bytes that are not UTF-8: save the file as UTF-8
            csv-binary           | organizations.csv    | 1    | organizations.csv:1: error syntax: the header holds bytes that are not UTF-8: save the file as UTF-8; the file was not read
            no-organizations     | organizations.csv    | -    | organizations.csv: error syntax: the directory has no organizations.csv: a CSV dataset needs one, even if it has only a header row
            binary.json          | binary.json          | 1    | binary.json:1: error syntax: the file is not valid UTF-8 text here: save it as UTF-8; the rest of the file was not read (0 records were read before it)
            latin1.json          | latin1.json          | 5    | latin1.json:5: error syntax: the file is not valid UTF-8 text here: save it as UTF-8; the record was left out and reading went on at line 6
            utf16-bom.json       | utf16-bom.json       | 1    | utf16-bom.json:1: error syntax: the file is UTF-16 text (it starts with a UTF-16 byte order mark), not UTF-8: save it as UTF-8; the file was not read
            truncated.json       | truncated.json       | 5    | truncated.json:5: error syntax: broken JSON: unexpected end-of-input: was expecting closing quote for a string value; no record was found after it in the layout regsec writes, so the rest of the file was not read (1 record was read before it)
            truncated-utf8.jsonl | truncated-utf8.jsonl | 3    | truncated-utf8.jsonl:3: error syntax: the line is not valid UTF-8 text here: save the file as UTF-8
            not-gzip.json.gz     | not-gzip.json.gz     | -    | not-gzip.json.gz: error syntax: the file cannot be decompressed: it is not gzip data, or the gzip data is damaged
            not-gzip.jsonl.gz    | not-gzip.jsonl.gz    | -    | not-gzip.jsonl.gz: error syntax: the file cannot be decompressed: it is not gzip data, or the gzip data is damaged
            huge-number.jsonl    | huge-number.jsonl    | 2    | huge-number.jsonl:2: error syntax: a number has more digits than the limit of 1000
            lone-surrogate.jsonl | lone-surrogate.jsonl | 2    | lone-surrogate.jsonl:2: error syntax s1: title: the text holds \\ud83d (at character 8), half of a UTF-16 surrogate pair without its other half: it is not a character; write the character itself
            """)
    void aHostileInputIsOneProblemWithItsFileAndLineAndExitsOneForEveryCommand(String input, String file, Integer line,
                                                                                String problemLine) throws IOException {
        assertExitsOneWithTheProblem(hostile(input), file, line, problemLine);
    }

    /** validate (text and JSON), summary and convert all say the input has this one error and exit 1. */
    private void assertExitsOneWithTheProblem(Path input, String file, Integer line, String problemLine) throws IOException {
        Cli validate = run("validate", input, "--as-of", AS_OF);
        assertThat(validate.exitCode()).as(validate.err()).isEqualTo(RegsecCommand.DATA_ERRORS);
        assertThat(validate.out().lines()).containsExactly(problemLine);
        assertThat(validate.err()).isEqualTo(input + ": 1 error, 0 warnings (as of " + AS_OF + ")\n");

        Cli json = run("validate", input, "--as-of", AS_OF, "--format", "json");
        assertThat(json.exitCode()).isEqualTo(RegsecCommand.DATA_ERRORS);
        assertThat(json.err()).isEmpty();
        JsonNode problem = JsonMapper.builder().build().readTree(json.out()).get("problems").get(0);
        assertThat(problem.get("file").asString()).isEqualTo(file);
        if (line == null) {
            assertThat(problem.get("line").isNull()).isTrue();
        } else {
            assertThat(problem.get("line").asInt()).isEqualTo(line);
        }

        Cli summary = run("summary", input);
        assertThat(summary.exitCode()).as(summary.err()).isEqualTo(RegsecCommand.DATA_ERRORS);
        assertThat(summary.out()).startsWith("Dataset " + input + ", as of ").contains("\n  1 error, ");
        assertThat(summary.err()).isEmpty();

        Path target = temp.resolve("converted.json");
        Cli convert = run("convert", input, target);
        assertThat(convert.exitCode()).as(convert.err()).isEqualTo(RegsecCommand.DATA_ERRORS);
        assertThat(convert.out()).isEmpty();
        assertThat(convert.err().lines()).containsExactly(problemLine, "regsec convert: " + input
                + " has 1 error: nothing written (use --allow-errors to convert the rows that could be read)");
        assertThat(target).doesNotExist();
    }

    @Test
    void convertWithAllowErrorsWritesTheRowsThatCouldBeRead() throws IOException {
        Path target = temp.resolve("latin1");

        Cli convert = run("convert", hostile("csv-latin1"), target, "--allow-errors");

        assertThat(convert.exitCode()).as(convert.err()).isZero();
        assertThat(convert.out()).isEqualTo("wrote 2 records from " + hostile("csv-latin1") + " to " + target + " (csv)\n");
        assertThat(Files.readAllLines(target.resolve("organizations.csv"))).hasSize(3); // header, osce, csto
    }

    // ---- made by the tests: too big, too deep ----

    @Test
    void aGiganticValueInACsvFileStopsThatFileAtItsLine() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("gigantic"));
        try (Writer out = Files.newBufferedWriter(dir.resolve("organizations.csv"), StandardCharsets.UTF_8)) {
            out.write("id,name,kind,note\nosce,OSCE,intergovernmental,\ncica,CICA,intergovernmental,\"");
            for (int i = 0; i < 500_000; i++) {
                out.write("Ҷ,\"\"ӯ\n\"\"ғ;");
            }
            out.write("\"\nsco,SCO,intergovernmental,\n");
        }

        assertExitsOneWithTheProblem(dir, "organizations.csv", 3, "organizations.csv:3: error syntax: a record starting "
                + "on this line is longer than the limit of " + ReadOptions.DEFAULT_MAX_RECORD_LENGTH
                + " characters; the rest of the file was not read");
    }

    @Test
    void aGiganticLineInJsonLinesIsRejectedAtItsLine() throws IOException {
        Path file = temp.resolve("gigantic.jsonl");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"type\": \"source\", \"id\": \"s1\", \"title\": \"One\"}\n{\"type\": \"source\", \"id\": \"s2\", \"title\": \"");
            for (int i = 0; i < 500_000; i++) {
                out.write("Ҷ,\\\"ӯ\\nғ;😀");
            }
            out.write("\"}\n{\"type\": \"source\", \"id\": \"s3\", \"title\": \"Three\"}\n");
        }

        assertExitsOneWithTheProblem(file, "gigantic.jsonl", 2, "gigantic.jsonl:2: error syntax: the line is longer than "
                + "the limit of " + ReadOptions.DEFAULT_MAX_RECORD_LENGTH + " characters");
    }

    @Test
    void jsonNestedAHundredThousandDeepStopsAtTheNestingLimit() throws IOException {
        Path file = temp.resolve("deep.json");
        Files.writeString(file, "{\"format\": \"regsec-dataset/1\", \"organizations\": " + "[".repeat(100_000)
                + "]".repeat(100_000) + "}\n");

        assertExitsOneWithTheProblem(file, "deep.json", 1, "deep.json:1: error syntax: the JSON nests deeper than the limit of "
                + ReadOptions.DEFAULT_MAX_NESTING_DEPTH + " levels; the rest of the file was not read (0 records were read "
                + "before it): reading goes on after broken JSON only in a document laid out as regsec writes it, with "
                + "two-space indentation and each record starting on a line of its own");
    }

    @Test
    void aDamagedSecondGzipMemberIsAnErrorForEveryCommand() throws IOException {
        byte[] second = gzip("{\"type\": \"source\", \"id\": \"s2\", \"title\": \"Two\"}\n");
        second[0] = 'x';
        Path file = temp.resolve("members.jsonl.gz");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(gzip("{\"type\": \"source\", \"id\": \"s1\", \"title\": \"One\"}\n"));
            out.write(second);
        }

        assertExitsOneWithTheProblem(file, "members.jsonl.gz", 2, "members.jsonl.gz:2: error syntax: the file goes on after"
                + " gzip member 1 with data that is not a gzip member (a damaged member, or other data appended); the rest"
                + " of the file was not read");
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    // ---- inputs that cannot be opened at all: exit 2 ----

    /** Every command that reads a dataset: one line on standard error, nothing on standard output, exit 2. */
    private void assertCannotBeOpened(Path input, String message, String... inputFormat) {
        for (String command : List.of("validate", "summary", "convert")) {
            Object[] args = command.equals("convert")
                    ? new Object[] {command, input, temp.resolve("out.json")} : new Object[] {command, input};
            List<Object> all = new java.util.ArrayList<>(List.of(args));
            all.addAll(List.of(inputFormat));
            Cli run = run(all.toArray());
            assertThat(run.exitCode()).as("%s: %s", command, run.err()).isEqualTo(RegsecCommand.USAGE);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).isEqualTo("regsec " + command + ": " + message + "\n");
            assertThat(temp.resolve("out.json")).doesNotExist();
        }
    }

    @Test
    void aPathThatDoesNotExistExitsTwo() {
        Path missing = temp.resolve("no-such-data.json");
        assertCannotBeOpened(missing, "cannot open " + missing + ": no such file or directory");
    }

    @ParameterizedTest
    @ValueSource(strings = {"data.xlsx", "data.txt", "data", "data.json.zip"})
    void aFileOfAnUnknownEndingExitsTwo(String name) throws IOException {
        Path file = Files.writeString(temp.resolve(name), "id,name,kind\nosce,OSCE,intergovernmental\n");
        assertCannotBeOpened(file, "cannot tell the format of " + file
                + ": known endings are .csv, .json, .ndjson, .jsonl, or a CSV directory");
    }

    @Test
    void aDirectoryReadWithAFileImporterExitsTwoNamingIt() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("dataset"));
        assertCannotBeOpened(dir, "cannot read " + dir + ": is a directory", "--input-format", "json");
    }

    @Test
    void aPathWithLineBreaksAndControlCharactersStaysOnOneVisibleLine() {
        String missing = temp.resolve("no\nsuch\u001B[2J").toString();
        Cli run = run("validate", missing);
        assertThat(run.exitCode()).isEqualTo(RegsecCommand.USAGE);
        assertThat(run.err().lines()).singleElement().asString().endsWith("such\\u001B[2J: no such file or directory");
    }

    // ---- empty and valid but hostile ----

    @Test
    void anEmptyJsonLinesFileIsAnEmptyDataset() {
        Path empty = hostile("empty.jsonl");
        Cli validate = run("validate", empty, "--as-of", AS_OF);
        assertThat(validate.exitCode()).isZero();
        assertThat(validate.out()).isEmpty();
        assertThat(validate.err()).isEqualTo(empty + ": 0 errors, 0 warnings (as of " + AS_OF + ")\n");
        assertThat(run("summary", empty).exitCode()).isZero();
        Cli convert = run("convert", empty, temp.resolve("empty.json"));
        assertThat(convert.exitCode()).isZero();
        assertThat(convert.out()).startsWith("wrote 0 records from ");
    }

    @Test
    void valuesThatWouldDriveTheTerminalArePrintedAsVisibleEscapes() {
        Path input = hostile("terminal-escapes.jsonl");

        Cli validate = run("validate", input, "--as-of", AS_OF);
        assertThat(validate.exitCode()).isEqualTo(RegsecCommand.DATA_ERRORS);
        assertThat(validate.out().lines()).containsExactly("terminal-escapes.jsonl:4: error syntax m\\u001B[1Ax: id: "
                + "'m\\u001B[1Ax' is not an id: expected 1-128 letters, digits and . _ : -, starting with a letter or digit");

        Cli summary = run("summary", input, "--as-of", "2020-01-01");
        assertThat(summary.out()).contains("  OS\\u001B[31mCE (OSCE\\u001B[2J\\u001B]0;owned\\u0007)\n",
                "      Office in Dushanbe\\u202Egnp.exe (OS\\u001B[31mCE, Dushanbe\\u009B2J, dates unknown; possibly open: start unknown)\n");

        Cli meetings = run("meetings", input);
        assertThat(meetings.out()).contains("  m\\u001B[1Ax\n    Session \\u001B[1;1Hfake line\n");

        Cli members = run("members", "osce", input, "--on", "2020-01-01");
        assertThat(members.exitCode()).isZero();
        assertThat(members.out()).startsWith("OS\\u001B[31mCE (OSCE\\u001B[2J\\u001B]0;owned\\u0007) on 2020-01-01");
    }

    @Test
    void fileNamesThatWouldDriveTheTerminalArePrintedAsVisibleEscapes() throws IOException {
        Path file;
        try {
            file = Files.writeString(temp.resolve("e\u001B[2Jvil\nname\u202E.jsonl"), """
                    {"type": "organization", "id": "osce", "name": "OSCE", "kind": "intergovernmental"}
                    {"type": "membership", "id": "m-tj", "organization_id": "osce", "member": "country:TJ", "status": "member", "start_date": "1992-01-30"}
                    not json
                    """);
        } catch (InvalidPathException | IOException e) {
            file = null;
        }
        assumeTrue(file != null, "the file system does not allow control characters in file names");
        String shown = temp + File.separator + "e\\u001B[2Jvil name\\u202E.jsonl";
        String problem = "e\\u001B[2Jvil name\\u202E.jsonl:3:";

        Cli validate = run("validate", file, "--as-of", AS_OF);
        assertThat(validate.exitCode()).isEqualTo(RegsecCommand.DATA_ERRORS);
        assertThat(validate.out().lines()).singleElement().asString().startsWith(problem + " error syntax: ");
        assertThat(validate.err()).isEqualTo(shown + ": 1 error, 0 warnings (as of " + AS_OF + ")\n");

        Cli summary = run("summary", file, "--as-of", "2020-01-01");
        assertThat(summary.exitCode()).isEqualTo(RegsecCommand.DATA_ERRORS);
        assertThat(summary.out()).startsWith("Dataset " + shown + ", as of 2020-01-01\n")
                .contains(" (see them with 'regsec validate " + shown + "')\n");

        String readingErrors = " has 1 error that kept rows from being read; the answer leaves them out"
                + " (see 'regsec validate " + shown + "')\n";
        Cli members = run("members", "osce", file, "--on", "2020-01-01");
        assertThat(members.exitCode()).isEqualTo(RegsecCommand.DATA_ERRORS);
        assertThat(members.out()).startsWith("OSCE on 2020-01-01, status member: 1\n");
        assertThat(members.err()).isEqualTo("regsec members: " + shown + readingErrors);
        Cli meetings = run("meetings", file);
        assertThat(meetings.err()).isEqualTo("regsec meetings: " + shown + readingErrors);

        Cli refused = run("convert", file, temp.resolve("refused.json"));
        assertThat(refused.exitCode()).isEqualTo(RegsecCommand.DATA_ERRORS);
        assertThat(refused.err().lines()).hasSize(2).first().asString().startsWith(problem);
        assertThat(refused.err().lines()).last().asString().startsWith("regsec convert: " + shown + " has 1 error: ");
        Path target = temp.resolve("out\u001B]0;x\u0007.json");
        Cli convert = run("convert", file, target, "--allow-errors");
        assertThat(convert.exitCode()).as(convert.err()).isZero();
        assertThat(convert.out()).isEqualTo("wrote 2 records from " + shown + " to " + temp + File.separator
                + "out\\u001B]0;x\\u0007.json (json)\n");
    }

    // ---- data no format can carry: the writer refuses it, exit 1, one line ----

    @ParameterizedTest
    @ValueSource(strings = {"out.json", "out.jsonl", "out-csv"})
    void convertRefusesAHalfCharacterFromAUsersImporterWithOneLineAndExitOne(String name) {
        Path target = temp.resolve(name);

        Cli convert = run("convert", Fixtures.path("unwritable/half-character.properties"), target,
                "--input-format", PropertiesImporter.NAME);

        assertThat(convert.exitCode()).as(convert.err()).isEqualTo(RegsecCommand.DATA_ERRORS);
        assertThat(convert.out()).isEmpty();
        assertThat(convert.err().lines()).containsExactly("regsec convert: nothing written to " + target
                + ": organization osce: name holds half of a UTF-16 surrogate pair (\\uD83D at character 54) without "
                + "its other half: it is not a character, and no UTF-8 file can hold it");
        assertThat(target).doesNotExist();
    }

    @Test
    void convertRefusesAListItemThatWouldReadBackTrimmedEvenWithAllowErrors() {
        Path input = Fixtures.path("unwritable/list-item.properties");
        Path target = temp.resolve("out.json");

        // the item is also an id of the wrong form: without --allow-errors, validation refuses it first
        Cli checked = run("convert", input, target, "--input-format", PropertiesImporter.NAME);
        assertThat(checked.exitCode()).isEqualTo(RegsecCommand.DATA_ERRORS);
        assertThat(checked.err()).contains("error syntax osce: sources: ' src-article' is not an id");

        Cli convert = run("convert", input, target, "--input-format", PropertiesImporter.NAME, "--allow-errors");
        assertThat(convert.exitCode()).as(convert.err()).isEqualTo(RegsecCommand.DATA_ERRORS);
        assertThat(convert.err().lines()).containsExactly("regsec convert: nothing written to " + target
                + ": organization osce: sources item ' src-article' cannot be written so that it reads back unchanged:"
                + " list items are read trimmed, empty ones are skipped, and ';' separates them in CSV");
        assertThat(target).doesNotExist();
    }

    @Test
    void aRefusedConvertWithForceLeavesTheEarlierDatasetInTheTargetDirectory() throws IOException {
        Path target = Files.createDirectories(temp.resolve("earlier"));
        Path organizations = Files.writeString(target.resolve("organizations.csv"), "id,name,kind\nosce,OSCE,intergovernmental\n");
        Files.writeString(target.resolve("memberships.csv"), "id,organization_id,member,status\nm1,osce,country:TJ,member\n");

        Cli convert = run("convert", Fixtures.path("unwritable/half-character.properties"), target,
                "--input-format", PropertiesImporter.NAME, "--force");

        assertThat(convert.exitCode()).isEqualTo(RegsecCommand.DATA_ERRORS);
        assertThat(Files.readString(organizations)).isEqualTo("id,name,kind\nosce,OSCE,intergovernmental\n");
        assertThat(target.resolve("memberships.csv")).exists();
    }
}
