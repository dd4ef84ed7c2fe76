package io.github.regsec.formats;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;

/**
 * A dataset that ships in a jar, read by the name {@code sample:NAME} wherever a dataset path is
 * expected: {@link Formats#read(Path)}, {@code Validation.validate(Path)} and the {@code regsec}
 * tool. The {@code regsec-sample-data} artifact provides {@code sample:central-asia}; a jar of
 * yours provides more by listing a class in
 * {@code META-INF/services/io.github.regsec.formats.SampleDataset} (on the module path:
 * {@code provides io.github.regsec.formats.SampleDataset with ...}). See
 * docs/FORMATS.md#sample-datasets.
 */
public interface SampleDataset {

    /** The prefix that marks a sample dataset's name where a path is expected. */
    String PREFIX = "sample:";

    /**
     * The name after {@link #PREFIX}: {@code central-asia}.
     *
     * @return 1 or more letters, digits and {@code -}
     */
    String name();

    /**
     * One line for listings.
     *
     * @return what the dataset holds
     */
    String description();

    /**
     * Where the dataset is: a CSV directory or a file any importer reads, possibly inside a jar
     * (a path of a zip file system that stays open).
     *
     * @return the dataset's directory or file
     * @throws IOException when the dataset's resources are missing or its jar cannot be opened
     */
    Path path() throws IOException;

    /**
     * True when {@code path} is a sample dataset's name ({@code sample:central-asia}), whether or
     * not such a sample exists: one name of the default file system that starts with {@link #PREFIX}.
     *
     * @param path a path as a user gave it; not null
     * @return whether it names a sample dataset
     */
    static boolean isSampleName(Path path) {
        return path.getFileSystem() == FileSystems.getDefault() && path.getNameCount() == 1
                && !path.isAbsolute() && path.toString().startsWith(PREFIX);
    }
}
