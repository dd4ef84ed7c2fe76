package io.github.regsec.importers.json;

import io.github.regsec.importers.ImportContext;
import io.github.regsec.importers.InputFiles;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Damaged gzip data as a {@code syntax} problem instead of an exception, for both importers (as
 * the CSV importer does): a {@code .gz} file or a stream with the gzip magic bytes whose header
 * cannot be read is a problem on the file; data that breaks off or is corrupt later stops the
 * file with a problem where reading got to.
 */
final class Gzip {

    /** What is wrong with damaged gzip data, for messages. */
    static final String DAMAGED = "the gzip data is damaged or ends early";

    private static final String UNREADABLE =
            "the file cannot be decompressed: it is not gzip data, or the gzip data is damaged";

    private Gzip() {
    }

    /**
     * Opens a file as {@link InputFiles#open(Path)} does, or reports the problem and returns null
     * when its gzip header cannot be read.
     */
    static InputStream open(Path path, String fileName, ImportContext context) throws IOException {
        try {
            return InputFiles.open(path);
        } catch (ZipException | EOFException e) {
            context.report(Problem.error(RuleIds.SYNTAX, UNREADABLE).withLocation(Location.of(fileName)));
            return null;
        }
    }

    /**
     * Decompresses a stream as {@link InputFiles#maybeGunzip(InputStream)} does, or reports the
     * problem, closes the stream and returns null when its gzip header cannot be read.
     */
    static InputStream maybeGunzip(InputStream in, String fileName, ImportContext context) throws IOException {
        try {
            return InputFiles.maybeGunzip(in);
        } catch (ZipException | EOFException e) {
            in.close();
            context.report(Problem.error(RuleIds.SYNTAX, UNREADABLE).withLocation(Location.of(fileName)));
            return null;
        }
    }

    /** True when a stream that {@link #open} or {@link #maybeGunzip} gave decompresses gzip data. */
    static boolean isGzip(InputStream stream) {
        return stream instanceof GZIPInputStream;
    }

    /** True when {@code failure}, met while reading a stream ({@code gzipped} or not), means the gzip data is damaged. */
    static boolean isDamaged(boolean gzipped, Throwable failure) {
        return gzipped && (failure instanceof ZipException || failure instanceof EOFException);
    }
}
