package io.github.regsec.formats;

import io.github.regsec.formats.codec.WritabilityCheck;
import io.github.regsec.model.Dataset;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * A base for writers of single-file formats (a JSON document, JSON Lines, a format of your own):
 * it refuses, before anything is written, a dataset no format can carry unchanged
 * ({@link WritabilityCheck}), and writes a file through {@link OutputFiles#replace(Path)} (gzip by name;
 * the target is replaced only after a complete write; a device or named pipe is written to
 * directly). A subclass writes the bytes.
 */
public abstract class FileDatasetWriter implements DatasetWriter {

    /** For subclasses. */
    protected FileDatasetWriter() {
    }

    @Override
    public final void write(Dataset dataset, Path target, WriteOptions options) throws IOException {
        WritabilityCheck.check(dataset); // before the target is created or replaced
        try (OutputStream out = OutputFiles.replace(target)) {
            writeChecked(dataset, out, options);
        }
    }

    @Override
    public final void write(Dataset dataset, OutputStream out, WriteOptions options) throws IOException {
        WritabilityCheck.check(dataset); // before anything is written
        writeChecked(dataset, out, options);
    }

    /**
     * Writes a dataset that passed {@link WritabilityCheck#check(Dataset)} to a stream, leaving the stream
     * open.
     *
     * @param dataset the dataset, every value of which the format can carry
     * @param out where the bytes go; left open (and not yet gzipped: the caller does that)
     * @param options how values are written
     * @throws IOException when the stream cannot be written
     */
    protected abstract void writeChecked(Dataset dataset, OutputStream out, WriteOptions options) throws IOException;
}
