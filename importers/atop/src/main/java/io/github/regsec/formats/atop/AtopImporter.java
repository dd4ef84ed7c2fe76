package io.github.regsec.formats.atop;

import io.github.regsec.formats.CompanionFile;
import io.github.regsec.formats.DatasetImporter;
import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.InputFiles;
import io.github.regsec.formats.csv.rows.CsvReadOptions;
import io.github.regsec.formats.csv.rows.CsvRows;
import io.github.regsec.model.Source;
import io.github.regsec.model.country.StateSuccession;
import io.github.regsec.model.time.PartialDate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code atop} importer: reads the Alliance Treaty Obligations and Provisions data (ATOP),
 * version 4.01, at the member level (one row per alliance, member and phase; plain or gzipped),
 * with the alliance-level file beside it for the alliances' dates and obligations, into
 * organizations and memberships, citing the dataset as their source.
 *
 * <ul>
 *   <li>one {@code Organization} per alliance: id {@code atop-<atopid>}, named
 *       {@code ATOP alliance <atopid>}, kind {@code other} (an alliance is a treaty, not
 *       necessarily an organization), identifier {@code atop:<atopid>}, founding and end dates
 *       from the alliance level, its obligations as topics ({@code defence}, {@code offence},
 *       {@code neutrality}, {@code non-aggression}, {@code consultation});</li>
 *   <li>one {@code Membership} per member and continuous period: consecutive phases of one
 *       member are one membership (ATOP ends a phase on the day the next begins; a phase
 *       boundary is not an exit), exact days where ATOP gives them, a month or a year where it
 *       gives 0, no end while the treaty is in force; members are COW state codes, read through
 *       regsec's one succession table ({@link StateSuccession}), and a membership is cut where a
 *       state's code changes (Russia, 365: {@code SU} until 1991-12-25, {@code RU} from
 *       1991-12-26);</li>
 *   <li>the {@linkplain #source() source} record, cited by every organization and membership.</li>
 * </ul>
 *
 * <p>Every member-level row is imported (the first row of a membership), rejected with a problem
 * at its line, or skipped with a reason (a later phase merged into the membership it continues; a
 * state without ISO 3166 code); see importers/atop/README.md. It claims no file ending
 * ({@code .csv} belongs to the CSV importer): pick it by name, {@code --input-format atop} or
 * {@code Formats.discover().importer("atop")}. Immutable and safe to share between threads.
 */
public final class AtopImporter implements DatasetImporter {

    /** The importer's name: {@code atop}. */
    public static final String NAME = "atop";
    /** The member-level file's name as the shared fixtures and redistributions have it. */
    public static final String MEMBER_LEVEL_FILE = "atop-member-level.csv";
    /** The alliance-level file's name beside {@link #MEMBER_LEVEL_FILE}. */
    public static final String ALLIANCE_LEVEL_FILE = "atop-alliance-level.csv";
    /** The id of the {@linkplain #source() source} record. */
    public static final String SOURCE_ID = "atop-v4.01";
    /** The identifier scheme of an alliance's ATOP id: {@code atop:3740}. */
    public static final String SCHEME = "atop";

    /** ATOP's own file names: {@code atop4_01m.csv} (member level) and {@code atop4_01a.csv} (alliance level). */
    private static final Pattern ATOP_NAME = Pattern.compile("(atop\\d+_\\d+)m(\\.csv(?:\\.gz)?)", Pattern.CASE_INSENSITIVE);

    private static final Source SOURCE = new Source(SOURCE_ID,
            "Alliance Treaty Obligations and Provisions, 1815-1944",
            "Leeds, Brett Ashley; Ritter, Jeffrey M.; Mitchell, Sara McLaughlin; Long, Andrew G.",
            "International Interactions 28: 237-260", PartialDate.ofYear(2002), "http://www.atopdata.org/", null,
            "Alliance Treaty Obligations and Provisions (ATOP) data, version 4.01, member level and alliance level:"
                    + " the members of every alliance 1815-2018, completely; read by regsec's atop importer.");

    private final CompanionFile allianceFile;

    /** The importer as registered: it reads an alliance-level file that lies beside the member-level file. */
    public AtopImporter() {
        this(CompanionFile.lookedForBeside("the ATOP alliance-level file"));
    }

    private AtopImporter(CompanionFile allianceFile) {
        this.allianceFile = allianceFile;
    }

    /**
     * An importer that reads this alliance-level file (plain or gzipped) with every member-level
     * file, instead of looking beside it; also when reading from a stream.
     *
     * @param file the ATOP alliance-level file ({@code atop4_01a.csv} or
     *     {@value #ALLIANCE_LEVEL_FILE}), plain or gzipped
     * @return a new importer; this one is unchanged
     */
    public AtopImporter withAllianceFile(Path file) {
        return new AtopImporter(allianceFile.given(file));
    }

    /**
     * An importer that reads no alliance-level file: organizations get no dates, their topics come
     * from the member level.
     *
     * @return a new importer; this one is unchanged
     */
    public AtopImporter withoutAllianceFile() {
        return new AtopImporter(allianceFile.none());
    }

    /**
     * The alliance-level file given with {@link #withAllianceFile(Path)}, if any.
     *
     * @return the file, or empty when none was given
     */
    public Optional<Path> allianceFile() {
        return allianceFile.file();
    }

    /**
     * The source record every imported record cites: the dataset's article (Leeds et al. 2002).
     *
     * @return the source, with id {@value #SOURCE_ID}
     */
    public static Source source() {
        return SOURCE;
    }

    /**
     * The id of an alliance's organization: {@code atop-3740}.
     *
     * @param atopid the alliance's ATOP id
     * @return the id of the organization the importer makes of it
     */
    public static String organizationId(int atopid) {
        return "atop-" + atopid;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** None: {@code .csv} is the CSV importer's; pick this one by name. */
    @Override
    public List<String> extensions() {
        return List.of();
    }

    @Override
    public String description() {
        return "ATOP v4.01 alliances, member level (" + MEMBER_LEVEL_FILE + "[.gz]): members of every alliance"
                + " 1815-2018; dates and obligations from " + ALLIANCE_LEVEL_FILE + "[.gz] beside it";
    }

    /**
     * Reads a member-level file, or the one in a directory; with the alliance-level file given,
     * or the one beside it.
     *
     * @throws NoSuchFileException when a directory holds no member-level file, or the
     *     alliance-level file given does not exist
     */
    @Override
    public void read(Path path, ImportContext context) throws IOException {
        Path file = Files.isDirectory(path)
                ? CompanionFile.firstIn(path, List.of(MEMBER_LEVEL_FILE, "atop4_01m.csv"), NAME) : path;
        Path alliances = allianceFile.resolve(file, besideNames(file));
        CsvReadOptions options = CsvReadOptions.from(context.options());
        try (CsvRows rows = CsvRows.open(file, options)) {
            read(rows, alliances, context);
        }
    }

    /** Reads a member-level file from a stream; with the alliance-level file given by {@link #withAllianceFile(Path)}. */
    @Override
    public void read(InputStream in, String fileName, ImportContext context) throws IOException {
        Path alliances = allianceFile.resolve(null, List.of());
        try (CsvRows rows = CsvRows.open(in, fileName, CsvReadOptions.from(context.options()))) {
            read(rows, alliances, context);
        }
    }

    private static void read(CsvRows members, Path allianceFile, ImportContext context) throws IOException {
        AtopRead read = new AtopRead(context, StateSuccession.bundled());
        if (!read.readMembers(members)) {
            return;
        }
        if (allianceFile != null) {
            try (CsvRows alliances = CsvRows.open(allianceFile, CsvReadOptions.from(context.options()))) {
                read.readAlliances(alliances);
            }
        }
        read.finish();
    }

    /**
     * The names of the alliance-level file to look for beside a member-level file:
     * {@code atop-alliance-level.csv} beside {@code atop-member-level.csv}, {@code atop4_01a.csv}
     * beside {@code atop4_01m.csv}.
     */
    static List<String> besideNames(Path memberFile) {
        String name = InputFiles.fileName(memberFile.toAbsolutePath());
        List<String> candidates = new ArrayList<>();
        if (name.contains("member-level")) {
            candidates.add(name.replace("member-level", "alliance-level"));
        }
        Matcher atop = ATOP_NAME.matcher(name);
        if (atop.matches()) {
            candidates.add(atop.group(1) + "a" + atop.group(2));
        }
        candidates.add(ALLIANCE_LEVEL_FILE);
        return candidates;
    }

    @Override
    public String toString() {
        return NAME + allianceFile.describe("alliance-level file");
    }
}
