package io.github.regsec.formats;

import io.github.regsec.formats.io.DamagedGzipException;
import io.github.regsec.problem.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * A reader of one data format: the extension point for users' own formats.
 *
 * <p>An importer has a {@link #name()} (picked with {@code --input-format NAME}), the file
 * {@link #extensions()} it claims (picked by a path's ending, a trailing {@code .gz} ignored) and
 * a {@link #description()}. Register one by listing its class in
 * {@code META-INF/services/io.github.regsec.formats.DatasetImporter} (on the module path, with
 * {@code provides io.github.regsec.formats.DatasetImporter with ...} in its module);
 * {@link Formats} finds it with {@link java.util.ServiceLoader}. It needs a public no-argument constructor and must be
 * safe to share between threads (keep per-read state in locals).
 *
 * <p>A reader reports every row it reads to the {@link ImportContext}: imported, rejected
 * with at least one error problem, or skipped with a reason that is no error. It never lets a parser's exception escape for bad data: bad
 * data is a {@link io.github.regsec.problem.Problem} with file and line. It throws
 * {@link IOException} only when the input cannot be read at all, and {@link ImportException}
 * when the context says to stop (fail-fast).
 */
public interface DatasetImporter {

    /**
     * The name users pick this importer by, e.g. {@code csv}, {@code json}, {@code cow-igo}.
     *
     * @return the importer's name, lower case, unique among the registered importers
     */
    String name();

    /**
     * The file endings this importer claims, without the dot and without {@code gz}: {@code json}.
     *
     * @return the endings in lower case; empty for an importer picked only by name ({@code cow-igo})
     */
    List<String> extensions();

    /**
     * What this importer reads, in a sentence.
     *
     * @return the description {@code regsec formats} lists
     */
    String description();

    /**
     * True when this importer reads a directory (a CSV directory) rather than a file.
     *
     * @return whether a directory path is handed to this importer; false unless overridden
     */
    default boolean readsDirectories() {
        return false;
    }

    /**
     * Reads a file or directory. File names in problems are relative to {@code path}: a file's
     * own name, or for a directory the name of the file inside it. The default opens the file
     * with {@link InputFiles#open(Path)} (gzip read transparently) and hands it to
     * {@link #read(InputStream, String, ImportContext)} under its name: a single-file importer
     * need not write this method; one that reads directories or needs the path overrides it.
     *
     * @param path the file or directory to read
     * @param context where every row, record and problem is reported
     * @throws ImportException when the context stops the read (fail-fast, at the first error)
     * @throws IOException when the input cannot be read at all (no such file, a read error)
     */
    default void read(Path path, ImportContext context) throws IOException {
        String fileName = InputFiles.fileName(path);
        InputStream opened;
        try {
            opened = InputFiles.open(path);
        } catch (DamagedGzipException e) { // a .gz file that is not gzip: a problem on the file, not an exception
            context.reading(fileName);
            context.report(e.problemAt(Location.of(fileName)));
            return;
        }
        try (InputStream in = opened) {
            read(in, fileName, context);
        }
    }

    /**
     * Reads one file's content from a stream.
     *
     * @param fileName the file's name, for problems and, where the format needs it, to tell what
     *     the file holds (a CSV importer reads {@code memberships.csv} as memberships)
     * @param in the file's bytes, already decompressed; the caller closes it
     * @param context where every row, record and problem is reported
     * @throws ImportException when the context stops the read (fail-fast, at the first error)
     * @throws IOException when the stream cannot be read
     */
    void read(InputStream in, String fileName, ImportContext context) throws IOException;

    /**
     * Reads a path into a dataset with the given options.
     *
     * @param path the file or directory to read
     * @param options fail-fast or collect, and the limits
     * @return the dataset of every good row, the problems, the locations and the counts
     * @throws ImportException in fail-fast mode, at the first error
     * @throws IOException when the input cannot be read at all
     */
    default ImportResult read(Path path, ReadOptions options) throws IOException {
        ImportContext context = ImportContext.collecting(options);
        read(path, context);
        return context.result();
    }
}
