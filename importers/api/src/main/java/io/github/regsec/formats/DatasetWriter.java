package io.github.regsec.formats;

import io.github.regsec.model.Dataset;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * A writer of one data format. Output is deterministic: a fixed column or property order, UTF-8,
 * {@code \n} line ends, no timestamps. Register one in
 * {@code META-INF/services/io.github.regsec.formats.DatasetWriter} (on the module path, with
 * {@code provides io.github.regsec.formats.DatasetWriter with ...} in its module).
 */
public interface DatasetWriter {

    /**
     * The writer's name, e.g. {@code csv}, {@code json}, {@code jsonl}.
     *
     * @return the writer's name, lower case, unique among the registered writers
     */
    String name();

    /**
     * The file endings it writes, without the dot.
     *
     * @return the endings in lower case, by which a target path picks this writer
     */
    List<String> extensions();

    /**
     * What it writes, in a sentence.
     *
     * @return the description {@code regsec formats} lists
     */
    String description();

    /**
     * True when it writes a directory (a CSV directory) rather than a file.
     *
     * @return whether the target is a directory; false unless overridden
     */
    default boolean writesDirectories() {
        return false;
    }

    /**
     * What this writer leaves out of a dataset because its format has no place for it, one line
     * per kind of value with the count ({@code "field offices: 5 not written: Popolo has no field
     * offices"}), so that a tool can say so before it writes; empty when the format carries
     * everything. The default: nothing is left out.
     *
     * @param dataset the dataset about to be written
     * @return one line per kind of value left out, with its count and why; empty when nothing is
     */
    default List<String> leftOut(Dataset dataset) {
        return List.of();
    }

    /**
     * Writes a dataset to a file or directory; a {@code .gz} file name gzips the output.
     *
     * @param dataset the dataset to write
     * @param target the file or directory to write; an existing one is replaced (regsec's own
     *     writers replace it whole or not at all, through {@link OutputFiles})
     * @param options how values are written
     * @throws IllegalArgumentException when the dataset holds a value the format cannot carry unchanged
     * @throws IOException when the target cannot be written
     */
    void write(Dataset dataset, Path target, WriteOptions options) throws IOException;

    /**
     * Writes a dataset to a stream, for single-file formats.
     *
     * @param dataset the dataset to write
     * @param out where the bytes go; left open
     * @param options how values are written
     * @throws UnsupportedOperationException for directory formats
     * @throws IllegalArgumentException when the dataset holds a value the format cannot carry unchanged
     * @throws IOException when the stream cannot be written
     */
    void write(Dataset dataset, OutputStream out, WriteOptions options) throws IOException;
}
