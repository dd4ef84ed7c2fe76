package io.github.regsec.formats;

import io.github.regsec.formats.io.GzipInput;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/** Opening and naming dataset files: gzip is handled here, for every importer and writer. */
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
     * Opens a file for writing, buffered; a {@code .gz} name gzips it. The bytes go to a temporary
     * file beside it, which replaces the file only when the stream is closed after every write
     * went through: a write that fails (a full disk) leaves the old file as it was, never half of a
     * new one.
     *
     * @param file the file to write; replaced when the stream is closed
     * @return a stream to write the file's bytes to, gzipped when the name ends with {@code .gz}
     * @throws IOException when the file's directory or the temporary file cannot be created
     */
    public static OutputStream create(Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path parent = target.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path temp = Files.createTempFile(parent, "." + fileName(file) + ".", ".part");
        OutputStream out = new BufferedOutputStream(new ReplacingOutputStream(temp, target), 1 << 16);
        return fileName(file).toLowerCase(Locale.ROOT).endsWith(GZ) ? new GZIPOutputStream(out, 1 << 16) : out;
    }

    /** Writes to a temporary file and moves it over the target on a clean close; deletes it otherwise. */
    private static final class ReplacingOutputStream extends FilterOutputStream {
        private final Path temp;
        private final Path target;
        private boolean failed;
        private boolean closed;

        ReplacingOutputStream(Path temp, Path target) throws IOException {
            super(Files.newOutputStream(temp));
            this.temp = temp;
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException | RuntimeException e) {
                failed = true;
                throw e;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException | RuntimeException e) {
                failed = true;
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                out.close();
            } catch (IOException | RuntimeException e) {
                failed = true;
                throw e;
            } finally {
                if (failed) {
                    Files.deleteIfExists(temp);
                } else {
                    replace();
                }
            }
        }

        private void replace() throws IOException {
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
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
