package io.github.regsec.formats;

import io.github.regsec.formats.io.DamagedGzipException;
import io.github.regsec.formats.io.GzipInput;
import io.github.regsec.problem.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Opening and naming dataset files: gzip is handled here, for every importer and writer (writing
 * is {@link OutputFiles}').
 */
public final class InputFiles {

    private static final String GZ = ".gz";

    private InputFiles() {
    }

    /**
     * Opens a file for reading, buffered; a gzipped file (by its {@code .gz} name or by its first
     * bytes) is decompressed transparently, every member of a multi-member file too (the
     * decompressed stream is not buffered again: wrap it in a reader that buffers). Gzip data
     * that cannot be read to its end throws a {@link java.util.zip.ZipException} whose message
     * says so for users: when the file is opened if its header is damaged, otherwise while
     * reading, after every byte before the damage.
     *
     * @param file the file to read
     * @return the file's bytes, decompressed when gzip; the caller closes it
     * @throws IOException when the file cannot be opened or its gzip header is damaged
     */
    public static InputStream open(Path file) throws IOException {
        return GzipInput.open(file);
    }

    /**
     * Decompresses a stream when it starts with the gzip magic bytes, as {@link #open(Path)}
     * does; otherwise returns it (buffered).
     *
     * @param stream the bytes, compressed or not
     * @return a stream of the decompressed bytes, or of the bytes as they are; closing it closes
     *     {@code stream}
     * @throws IOException when the stream cannot be read or its gzip header is damaged
     */
    public static InputStream maybeGunzip(InputStream stream) throws IOException {
        return GzipInput.decompressIfGzip(stream);
    }

    /**
     * The stream decompressed when it is gzip ({@link #maybeGunzip(InputStream)}), or, when its
     * gzip header is damaged, nothing: the stream is closed and the damage reported to the
     * context as a {@code syntax} problem on the file. For importers' {@code read(InputStream,
     * ...)}, so that damaged gzip data is a problem, never an exception.
     *
     * @param in the file's bytes, compressed or not
     * @param fileName the file's name, for the problem
     * @param context where the problem is reported
     * @return the bytes to read, or empty when there are none
     * @throws IOException when the stream cannot be read
     */
    public static Optional<InputStream> decompressed(InputStream in, String fileName, ImportContext context)
            throws IOException {
        try {
            return Optional.of(GzipInput.decompressIfGzip(in));
        } catch (DamagedGzipException e) {
            in.close();
            context.report(e.problemAt(Location.of(fileName)));
            return Optional.empty();
        }
    }

    /**
     * The file's name, e.g. {@code data.json.gz}.
     *
     * @param file a path
     * @return its last element, or the whole path when it has no name (a root)
     */
    public static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /**
     * The file's name without a trailing {@code .gz}: {@code data.json}.
     *
     * @param file a path
     * @return its name, a trailing {@code .gz} (any case) removed
     */
    public static String baseName(Path file) {
        String name = fileName(file);
        return name.toLowerCase(Locale.ROOT).endsWith(GZ) ? name.substring(0, name.length() - GZ.length()) : name;
    }

    /**
     * The lower-case ending after the last dot, a trailing {@code .gz} ignored: {@code json}; empty if none.
     *
     * @param file a path
     * @return the ending without the dot, in lower case, or the empty string
     */
    public static String extension(Path file) {
        String base = baseName(file);
        int dot = base.lastIndexOf('.');
        return dot < 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
