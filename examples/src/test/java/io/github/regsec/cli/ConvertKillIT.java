package io.github.regsec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code convert --force} into an existing CSV directory, killed (SIGKILL) at 20 moments of a
 * 300,000-record convert, leaves the complete old dataset or the complete new one every time, and
 * the next convert removes what the killed one left beside it. Runs the tool in a child JVM with
 * the test class path ({@link ChildJvm}); an integration test, as it takes minutes.
 */
class ConvertKillIT {

    private static final int MEMBERSHIPS = 299_000;
    private static final int ORGANIZATIONS = 1_000;
    private static final int KILLS = 20;
    /** Kills while the input is read, before anything is written; the others fall while it is written. */
    private static final int KILLS_WHILE_READING = 4;
    private static final String[] COUNTRIES = {"TJ", "KZ", "KG", "UZ", "TM", "RU", "CN", "AF", "IN", "PK"};
    private static final Pattern LEFTOVER = Pattern.compile("\\.dataset\\.regsec-\\d+-[0-9a-z]+\\.(part|old)");

    @TempDir
    Path temp;

    /** 300,000 records as JSON Lines: organizations and their memberships. */
    private static Path writeInput(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < ORGANIZATIONS; i++) {
                out.write("{\"type\":\"organization\",\"id\":\"org-" + i + "\",\"name\":\"Organization " + i
                        + "\",\"kind\":\"intergovernmental\",\"founding_date\":\"1991\"}\n");
            }
            for (int i = 0; i < MEMBERSHIPS; i++) {
                out.write("{\"type\":\"membership\",\"id\":\"m-" + i + "\",\"organization_id\":\"org-" + (i % ORGANIZATIONS)
                        + "\",\"member\":\"country:" + COUNTRIES[i % COUNTRIES.length] + "\",\"status\":\"member\","
                        + "\"start_date\":\"" + (1992 + i % 30) + "\",\"note\":\"membership number " + i + "\"}\n");
            }
        }
        return file;
    }

    /** Each file of a directory by name, with the SHA-256 of its bytes. */
    private static Map<String, String> digests(Path directory) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.collect(Collectors.toList())) {
                digests.put(file.getFileName().toString(), digest(file));
            }
        }
        return digests;
    }

    private static String digest(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    private Process convert(Path work, String... args) throws IOException {
        return ChildJvm.start(work, List.of(), temp.resolve("out.txt"), temp.resolve("err.txt"), args);
    }

    private int run(Path work, String... args) throws Exception {
        Process process = convert(work, args);
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("finished").isTrue();
        return process.exitValue();
    }

    /** Waits until the convert starts writing (its new directory appears beside the target); false if it ended first. */
    private static boolean waitForWriting(Process process, Path work) throws Exception {
        while (process.isAlive()) {
            try (Stream<Path> entries = Files.list(work)) {
                if (entries.anyMatch(p -> p.getFileName().toString().startsWith(".dataset.regsec-"))) {
                    return true;
                }
            }
            Thread.sleep(2);
        }
        return false;
    }

    @Test
    void aKilledConvertLeavesTheOldOrTheNewDatasetAndTheNextConvertCleansUp() throws Exception {
        Path input = writeInput(temp.resolve("input.jsonl"));
        Path work = Files.createDirectories(temp.resolve("work"));
        Path target = work.resolve("dataset");
        String[] restore = {"convert", "--force", "sample:central-asia", "dataset"};
        String[] big = {"convert", "--force", "--allow-errors", input.toString(), "dataset"};

        // the old dataset, with a file of the user's that every convert keeps
        assertThat(run(work, restore)).isZero();
        Files.writeString(target.resolve("notes.txt"), "mine");
        Map<String, String> oldDataset = digests(target);

        // the new dataset, written once without a kill; how long reading and writing take
        long start = System.nanoTime();
        Process reference = convert(work, big);
        assertThat(waitForWriting(reference, work)).as("the convert writes beside its target").isTrue();
        long reading = System.nanoTime() - start;
        long writingStarted = System.nanoTime();
        assertThat(reference.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(reference.exitValue()).as(Files.readString(temp.resolve("err.txt"))).isZero();
        long writing = System.nanoTime() - writingStarted;
        Map<String, String> newDataset = digests(target);
        assertThat(newDataset).isNotEqualTo(oldDataset).containsEntry("notes.txt", oldDataset.get("notes.txt"));
        assertThat(names(work)).containsExactly("dataset");

        assertThat(run(work, restore)).isZero(); // back to the old dataset
        int midWrite = 0;
        int leftOld = 0;
        int leftNew = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            assertThat(digests(target)).isEqualTo(oldDataset);
            Process convert = convert(work, big);
            if (kill < KILLS_WHILE_READING) {
                TimeUnit.NANOSECONDS.sleep(reading * (kill + 1) / (KILLS_WHILE_READING + 1));
            } else if (waitForWriting(convert, work)) {
                // from the start of writing to a little after the time it took: the last kills fall at the swap or after it
                int k = kill - KILLS_WHILE_READING;
                TimeUnit.NANOSECONDS.sleep(writing * 6 / 5 * k / (KILLS - KILLS_WHILE_READING - 1));
            }
            convert.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
            assertThat(convert.waitFor(1, TimeUnit.MINUTES)).isTrue();

            List<String> left = names(work);
            assertThat(left).as("kill %d: only the target and leftovers of the killed convert", kill)
                    .allMatch(name -> name.equals("dataset") || LEFTOVER.matcher(name).matches());
            midWrite += left.stream().anyMatch(name -> name.endsWith(".part")) ? 1 : 0;
            if (left.contains("dataset")) {
                Map<String, String> found = digests(target);
                assertThat(found).as("kill %d: the complete old or the complete new dataset", kill)
                        .isIn(oldDataset, newDataset);
                leftOld += found.equals(oldDataset) ? 1 : 0;
                leftNew += found.equals(newDataset) ? 1 : 0;
            } else {
                // killed between the two renames: the old dataset is complete beside it, and put back below
                List<String> aside = left.stream().filter(name -> name.endsWith(".old")).collect(Collectors.toList());
                assertThat(aside).as("kill %d: the old dataset moved aside", kill).hasSize(1);
                assertThat(digests(work.resolve(aside.get(0)))).isEqualTo(oldDataset);
                leftOld++;
            }

            // the next convert puts right what the killed one left
            assertThat(run(work, restore)).isZero();
            assertThat(names(work)).as("kill %d: nothing left beside the target", kill).containsExactly("dataset");
            assertThat(digests(target)).isEqualTo(oldDataset);
        }
        System.out.printf("%d kills: %d while writing, %d left the old dataset, %d the new one%n", KILLS, midWrite,
                leftOld, leftNew);
        assertThat(leftOld + leftNew).isEqualTo(KILLS);
        assertThat(midWrite).as("kills that fell while the new dataset was written").isGreaterThanOrEqualTo(3);
    }
}
