package io.github.regsec.formats;

import io.github.regsec.model.Dataset;
import java.io.IOException;

/**
 * A writer that also writes datasets where a URL rather than a path points: a database server
 * ({@code jdbc:postgresql://localhost/regsec}). {@link Formats#writerForUrl(String)} picks one by
 * the URL; {@code regsec convert IN URL} writes with it.
 */
public interface UrlDatasetWriter extends DatasetWriter {

    /**
     * True when this writer writes to what the URL points to.
     *
     * @param url a URL as the user gave it ({@code jdbc:postgresql://...})
     * @return whether {@link #write(Dataset, String, WriteOptions)} can write it
     */
    boolean acceptsUrl(String url);

    /**
     * Writes a dataset to a URL, replacing the dataset there whole or not at all.
     *
     * @param dataset the dataset to write
     * @param url a URL this writer accepts
     * @param options how values are written
     * @throws IllegalArgumentException when the dataset holds a value the format cannot carry unchanged
     * @throws IOException when nothing can be written there (no server, a refused login, a failed write)
     */
    void write(Dataset dataset, String url, WriteOptions options) throws IOException;
}
