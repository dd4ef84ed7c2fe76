package io.github.regsec.formats.atop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.model.Answer;
import io.github.regsec.model.Membership;
import io.github.regsec.model.country.StateLifetime;
import io.github.regsec.model.party.CountryParty;
import io.github.regsec.problem.RuleIds;
import io.github.regsec.validation.DatasetValidator;
import io.github.regsec.validation.ValidationReport;
import io.github.regsec.validation.ValidationRuleIds;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The importer over the full ATOP v4.01 files of the project's shared fixtures
 * ({@code ../shared/fixtures/atop}, found from the working directory upwards, or given with
 * {@code -Dregsec.atop.fixtures=DIR}). Skipped when they are absent: users who clone the project
 * do not have them.
 */
class FullAtopFileTest {

    private static final String MEMBER_LEVEL = "atop-member-level.csv.gz";
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

    private static ImportResult result;
    /** The raw member-level rows: atopid, member, entry and exit as {@code yyyy-mm-dd} (0 for unknown parts), phase. */
    private static List<String[]> raw;

    @BeforeAll
    static void importTheFullFile() throws IOException {
        Path directory = find();
        Assumptions.assumeTrue(directory != null, "the shared ATOP fixtures (../shared/fixtures/atop) are absent");
        long start = System.nanoTime();
        result = Formats.discover().read(directory.resolve(MEMBER_LEVEL), AtopImporter.NAME, ReadOptions.defaults());
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("atop: imported %s (with atop-alliance-level.csv.gz) in %d ms: %d rows read, %d imported,"
                        + " %d rejected, %d skipped; %d organizations, %d memberships%n", MEMBER_LEVEL, millis,
                result.rowsRead(), result.rowsImported(), result.rowsRejected(), result.rowsSkipped(),
                result.dataset().organizations().size(), result.dataset().memberships().size());
        result.skipped().forEach(s -> System.out.println("  skipped " + s));
        result.problems().forEach(p -> System.out.println("  " + p));
        raw = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(directory.resolve(MEMBER_LEVEL)));
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = List.of(reader.readLine().split(","));
            int atopid = header.indexOf("atopid");
            int member = header.indexOf("member");
            int phase = header.indexOf("phase");
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",", -1);
                raw.add(new String[] {f[atopid], f[member], day(f, header, "ent"), day(f, header, "exit"), f[phase]});
            }
        }
    }

    private static String day(String[] f, List<String> header, String which) {
        int y = Integer.parseInt(f[header.indexOf("yr" + which)]);
        String mo = f[header.indexOf("mo" + which)];
        String dd = f[header.indexOf("day" + which)];
        return String.format("%04d-%02d-%02d", y, mo.isEmpty() ? 0 : Integer.parseInt(mo), dd.isEmpty() ? 0 : Integer.parseInt(dd));
    }

    private static Path find() {
        String given = System.getProperty("regsec.atop.fixtures");
        if (given != null) {
            return Files.isRegularFile(Path.of(given, MEMBER_LEVEL)) ? Path.of(given) : null;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (Path candidate : List.of(dir.resolve("shared/fixtures/atop"), dir.resolve("../shared/fixtures/atop"))) {
                if (Files.isRegularFile(candidate.resolve(MEMBER_LEVEL))) {
                    return candidate.normalize();
                }
            }
        }
        return null;
    }

    @Test
    void accountsForEveryRow() {
        assertThat(result.rowsRead()).as("2,398 member-level rows and 745 alliance-level rows").isEqualTo(2398 + 745);
        assertThat(result.rowsRead()).isEqualTo(result.rowsImported() + result.rowsRejected() + result.rowsSkipped());
        assertThat(result.dataset().organizations()).hasSize(745);
    }

    /**
     * Who was a member of an alliance on a day equals the number of COW states the raw file lists
     * in force that day (entry on or before it, exit on or after it or still in force), counted
     * with a plain reader, on days that are no phase boundary.
     */
    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({"4220, 1995-01-01", "4220, 2000-01-01", "4220, 2008-06-30", "4220, 2014-01-01", "4220, 2018-12-31",
            "3740, 1980-01-01", "3740, 1991-06-30", "3740, 1995-01-01", "3740, 2015-01-01",
            "4400, 2000-01-01", "4400, 2012-01-01", "4810, 1999-01-01", "4810, 2017-01-01"})
    void membersOnADayEqualTheRawFile(int atopid, String day) {
        String d = day;
        Set<String> rawMembers = raw.stream().filter(r -> r[0].equals(String.valueOf(atopid)))
                .filter(r -> r[2].compareTo(d) <= 0 && (r[3].startsWith("0000") || r[3].compareTo(d) >= 0))
                .map(r -> r[1]).collect(Collectors.toSet());
        Answer<Membership> members = result.dataset().membersOn(AtopImporter.organizationId(atopid), LocalDate.parse(day));
        assertThat(members.possible()).as("ATOP gives exact days for these alliances").isEmpty();
        assertThat(members.certain().stream().map(Membership::member).distinct().count()).isEqualTo(members.certain().size());
        assertThat(members.certain()).as("%s on %s", atopid, day).hasSize(rawMembers.size());
    }

    @Test
    void validatesWithoutOverlappingMemberships() {
        ValidationReport report = DatasetValidator.builder().asOf(AS_OF).build().validate(result);
        Map<String, Long> byRule = new TreeMap<>(report.problems().stream()
                .collect(Collectors.groupingBy(p -> p.rule() + " " + p.severity(), Collectors.counting())));
        System.out.println("atop: validated as of " + AS_OF + ": " + byRule);
        report.problems().stream().filter(p -> !p.rule().equals(RuleIds.UNMAPPED_STATE)).limit(60)
                .forEach(p -> System.out.println("  " + p));
        assertThat(report.problems(ValidationRuleIds.MEMBERSHIP_OVERLAP)).isEmpty();
    }

    @Test
    void noFormerStateIsAMemberAfterItCeasedToExist() {
        for (Membership m : result.dataset().memberships()) {
            if (m.member() instanceof CountryParty country) {
                StateLifetime.of(country.country()).flatMap(StateLifetime::lastDay).ifPresent(last -> {
                    assertThat(m.endDate()).as("%s of %s, which ceased to exist on %s", m.id(), country, last).isNotNull();
                    assertThat(m.endDate().earliest()).as("%s ends %s", m.id(), m.endDate()).isBeforeOrEqualTo(last);
                });
            }
        }
    }
}
