package io.github.regsec.formats;

import java.io.IOException;

/**
 * An importer that also reads datasets kept where a URL rather than a path points: a database
 * server ({@code jdbc:postgresql://localhost/regsec}). {@link Formats#importerForUrl(String)}
 * picks one by the URL; the CLI reads such a URL wherever it reads a PATH.
 */
public interface UrlDatasetImporter extends DatasetImporter {

    /**
     * True when this importer reads what the URL points to.
     *
     * @param url a URL as the user gave it ({@code jdbc:postgresql://...})
     * @return whether {@link #read(String, ImportContext)} can read it
     */
    boolean acceptsUrl(String url);

    /**
     * Reads the dataset at a URL. Problems name places inside it as the format's documentation says
     * (a database's table and row).
     *
     * @param url a URL this importer accepts
     * @param context where every row, record and problem is reported
     * @throws ImportException when the context stops the read (fail-fast, at the first error)
     * @throws IOException when nothing can be read there (no server, a refused login)
     */
    void read(String url, ImportContext context) throws IOException;
}
