package io.github.regsec.formats;

/**
 * Listens to a read as it goes, for progress displays: the {@link ImportContext} calls it on the
 * reading thread, so it must be quick (store a number; draw elsewhere).
 *
 * <pre>{@code
 * ImportContext context = ImportContext.collecting(ReadOptions.defaults(), rows -> this.rows = rows);
 * importer.read(path, context);
 * }</pre>
 */
@FunctionalInterface
public interface ReadProgress {

    /** A listener that does nothing. */
    ReadProgress NONE = rowsRead -> {
    };

    /**
     * A row was read.
     *
     * @param rowsRead the rows read so far (imported, rejected and skipped, child rows too)
     */
    void rowsRead(long rowsRead);

    /**
     * The importer starts reading a file.
     *
     * @param file its name, relative to the dataset path
     */
    default void reading(String file) {
    }
}
