package io.github.regsec.formats.cow;

import io.github.regsec.formats.CompanionFile;
import io.github.regsec.formats.DatasetImporter;
import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.csv.rows.CsvReadOptions;
import io.github.regsec.formats.csv.rows.CsvRows;
import io.github.regsec.model.Source;
import io.github.regsec.model.country.StateSuccession;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The {@code cow-igo} importer: reads the Correlates of War IGO dataset, version 3.0, in its
 * state-year format ({@code state_year_format3.csv}, plain or gzipped) into organizations and
 * memberships, citing the dataset as their source.
 *
 * <ul>
 *   <li>one intergovernmental {@code Organization} per IGO column in which some state has a
 *       membership value (1, 2 or 3): id the column name ({@code osce}), identifier
 *       {@code cow:osce}, named after the abbreviation ({@code OSCE}) unless the igo-year file
 *       says better;</li>
 *   <li>one {@code Membership} per run of consecutive years in which a state has the same status
 *       (1 {@code member}, 2 {@code associate}, 3 {@code observer}), with year dates; 0, -1 and
 *       -9 (missing) end a run; a run that reaches the file's last year has no end date (the data
 *       stop there, the membership did not); id {@code cow-<igo>-<country>-<first year>};</li>
 *   <li>members as {@code country:} parties through regsec's one succession table
 *       ({@link StateSuccession#countryInYear}: the code a state has on most days of the year);
 *       a run is split where the state's ISO code changes ({@code SU} until 1991, {@code RU} from
 *       1992); the rows of a state with no ISO code are skipped and reported once per state
 *       ({@link io.github.regsec.problem.RuleIds#UNMAPPED_STATE});</li>
 *   <li>the {@linkplain #source() source} record, cited by every organization and membership.</li>
 * </ul>
 *
 * <p>When the igo-year file ({@code igo_year_format3.csv} or {@code .csv.gz}) lies next to the
 * state-year file it is read too, for full names, former names, start and end years and the COW
 * IGO number ({@code cow-ionum:3770}); {@link #withIgoYearFile(Path)} names another one,
 * {@link #withoutIgoYearFile()} reads none. It claims no file ending ({@code .csv} belongs to the
 * CSV importer): pick it by name, {@code --input-format cow-igo} or
 * {@code Formats.discover().importer("cow-igo")}. Immutable and safe to share between threads.
 */
public final class CowIgoImporter implements DatasetImporter {

    /** The importer's name: {@code cow-igo}. */
    public static final String NAME = "cow-igo";
    /** The state-year file's name in the COW distribution. */
    public static final String STATE_YEAR_FILE = "state_year_format3.csv";
    /** The igo-year file's name in the COW distribution. */
    public static final String IGO_YEAR_FILE = "igo_year_format3.csv";
    /** The id of the {@linkplain #source() source} record. */
    public static final String SOURCE_ID = "cow-igo-v3";
    /** The identifier scheme of an IGO's COW abbreviation: {@code cow:osce}. */
    public static final String ABBREVIATION_SCHEME = "cow";
    /** The identifier scheme of an IGO's COW number ({@code ionum}): {@code cow-ionum:3770}. */
    public static final String NUMBER_SCHEME = "cow-ionum";

    private static final Source SOURCE = new Source(SOURCE_ID,
            "Tracking Organizations in the World: The Correlates of War IGO Version 3.0 datasets",
            "Pevehouse, Jon C.W.; Nordstrom, Timothy; McManus, Roseanne W.; Jamison, Anne Spencer",
            "Journal of Peace Research 57(3): 492-503", PartialDate.ofYear(2020),
            "https://doi.org/10.1177/0022343319881175", null,
            "Correlates of War Intergovernmental Organizations data, version 3.0 (state-year and igo-year formats),"
                    + " read by regsec's cow-igo importer.");

    private final CompanionFile igoYearFile;

    /** The importer as registered: it reads an igo-year file that lies next to the state-year file. */
    public CowIgoImporter() {
        this(CompanionFile.lookedForBeside("the COW igo-year file"));
    }

    private CowIgoImporter(CompanionFile igoYearFile) {
        this.igoYearFile = igoYearFile;
    }

    /**
     * An importer that reads this igo-year file (plain or gzipped) with every state-year file,
     * instead of looking for one next to it; also when reading from a stream.
     *
     * @param file the COW igo-year file ({@code igo_year_format3.csv}), plain or gzipped
     * @return a new importer; this one is unchanged
     */
    public CowIgoImporter withIgoYearFile(Path file) {
        return new CowIgoImporter(igoYearFile.given(file));
    }

    /**
     * An importer that reads no igo-year file: organizations are named after their abbreviations.
     *
     * @return a new importer; this one is unchanged
     */
    public CowIgoImporter withoutIgoYearFile() {
        return new CowIgoImporter(igoYearFile.none());
    }

    /**
     * The igo-year file given with {@link #withIgoYearFile(Path)}, if any.
     *
     * @return the file, or empty when none was given
     */
    public Optional<Path> igoYearFile() {
        return igoYearFile.file();
    }

    /**
     * The source record every imported record cites: the dataset's article (Pevehouse et al. 2020).
     *
     * @return the source, id {@link #SOURCE_ID}
     */
    public static Source source() {
        return SOURCE;
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
        return "Correlates of War IGO v3.0 state-year file (" + STATE_YEAR_FILE + "[.gz]): memberships of states in"
                + " IGOs 1816-2014; names and dates from " + IGO_YEAR_FILE + "[.gz] next to it";
    }

    /**
     * Reads a state-year file, or the one in a directory; with the igo-year file given, or the
     * one next to it.
     *
     * @throws NoSuchFileException when a directory holds no state-year file, or the igo-year file
     *     given does not exist
     */
    @Override
    public void read(Path path, ImportContext context) throws IOException {
        Path file = Files.isDirectory(path) ? CompanionFile.firstIn(path, List.of(STATE_YEAR_FILE), NAME) : path;
        Path igoYear = igoYearFile.resolve(file, List.of(IGO_YEAR_FILE));
        try (CsvRows rows = CsvRows.open(file, CsvReadOptions.from(context.options()))) {
            read(rows, igoYear, context);
        }
    }

    /** Reads a state-year file from a stream; with the igo-year file given by {@link #withIgoYearFile(Path)}. */
    @Override
    public void read(InputStream in, String fileName, ImportContext context) throws IOException {
        Path igoYear = igoYearFile.resolve(null, List.of());
        try (CsvRows rows = CsvRows.open(in, fileName, CsvReadOptions.from(context.options()))) {
            read(rows, igoYear, context);
        }
    }

    /**
     * Reads the state-year rows; meanwhile, on a second thread, the igo-year file (the two files
     * take about the same time to parse). The igo-year problems are reported after the
     * state-year ones, as if the files had been read one after the other.
     */
    private static void read(CsvRows rows, Path igoYear, ImportContext context) throws IOException {
        FutureTask<IgoYearTable.Table> igoYearTask = null;
        if (igoYear != null) {
            CsvReadOptions options = CsvReadOptions.from(context.options());
            igoYearTask = new FutureTask<>(() -> IgoYearTable.load(igoYear, options));
            Thread thread = new Thread(igoYearTask, "cow-igo-year-reader");
            thread.setDaemon(true);
            thread.start();
        }
        try {
            StateYearImport read = StateYearImport.read(rows, context, StateSuccession.bundled());
            if (read == null) {
                return;
            }
            IgoYearTable.Table table = igoYearTask == null ? null : await(igoYearTask);
            if (table != null) {
                context.reading(table.file());
                for (Problem problem : table.problems()) {
                    context.report(problem);
                }
            }
            read.finish(table == null ? null : table.igos(), table == null ? null : table.file());
        } finally {
            if (igoYearTask != null && !igoYearTask.isDone()) {
                igoYearTask.cancel(true); // the state-year file could not be read, or reading stopped at an error
            }
        }
    }

    private static IgoYearTable.Table await(FutureTask<IgoYearTable.Table> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading the COW igo-year file");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }

    @Override
    public String toString() {
        return NAME + igoYearFile.describe("igo-year file");
    }
}
