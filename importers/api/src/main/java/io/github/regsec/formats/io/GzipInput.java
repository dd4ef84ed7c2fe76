package io.github.regsec.formats.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens input that may be gzipped, the one way regsec's importers do: gzip is recognised by a
 * {@code .gz} name or by its first bytes and decompressed transparently, every member of a
 * multi-member file is read, and damage anywhere is a {@link DamagedGzipException} instead of a
 * silent end:
 *
 * <ul>
 *   <li>when opening, if the data does not start with a gzip header that can be read (a
 *       {@code .gz} file that is not gzip, an empty one): report it on the file;</li>
 *   <li>while reading, if a member's data is damaged or breaks off, or if the data goes on after
 *       a member with bytes that are not another member (a damaged member, or other data
 *       appended): every byte before the damage has been read; report it where reading got to.</li>
 * </ul>
 *
 * <p>The decompressed stream is not buffered: wrap it in a reader that buffers.
 */
public final class GzipInput {

    private static final int BUFFER_SIZE = 1 << 16;

    private GzipInput() {
    }

    /**
     * Opens a file for reading, buffered; decompresses it when its name ends with {@code .gz}
     * (any case) or its first bytes are the gzip magic bytes.
     *
     * @param file the file to read
     * @return the file's bytes, decompressed when gzip; the caller closes it
     * @throws DamagedGzipException when the file is gzip by name or first bytes but its header
     *     cannot be read (the file is closed)
     * @throws IOException when the file cannot be opened
     */
    public static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER_SIZE);
        try {
            return hasGzipName(file) || startsWithGzipMagic(in) ? new GzipMembersInputStream(in) : in;
        } catch (IOException | RuntimeException e) {
            in.close(); // a broken gzip header: do not leak the file
            throw e;
        }
    }

    /**
     * Decompresses a stream when it starts with the gzip magic bytes; otherwise returns it
     * (buffered when it does not support {@link InputStream#mark}). The stream is not closed when
     * this throws.
     *
     * @param stream the bytes, compressed or not
     * @return a stream of the decompressed bytes, or of the bytes as they are; closing it closes
     *     {@code stream}
     * @throws DamagedGzipException when the gzip header after the magic bytes cannot be read
     * @throws IOException when the stream cannot be read
     */
    public static InputStream decompressIfGzip(InputStream stream) throws IOException {
        InputStream in = stream.markSupported() ? stream : new BufferedInputStream(stream, BUFFER_SIZE);
        return startsWithGzipMagic(in) ? new GzipMembersInputStream(in) : in;
    }

    private static boolean hasGzipName(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    private static boolean startsWithGzipMagic(InputStream in) throws IOException {
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b;
    }
}
