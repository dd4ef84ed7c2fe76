package io.github.regsec.examples;

import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.model.Dataset;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The Central Asia dataset that ships with regsec: the OSCE and its 57 participating States, the
 * CSTO, CIS, SCO and UN memberships of the region, the OSCE's five field operations in Central
 * Asia with their name history, and the meetings of the seed article. It is stored as a CSV
 * directory among this module's resources, so researchers edit it as plain files.
 *
 * <p>{@link #path()} gives that directory as a {@link Path}: the directory itself when the
 * classes run from a build directory, or a directory inside the jar (through a zip
 * {@link FileSystem}, kept open for the life of the program) when they run from a jar. Every
 * importer that reads paths reads it from there.
 *
 * <pre>{@code
 * Dataset dataset = BundledDataset.dataset();
 * dataset.memberPartiesOn("osce", LocalDate.of(2019, 7, 17)).size(); // 57
 * }</pre>
 */
public final class BundledDataset {

    /** The name users give for the bundled dataset where a PATH is expected. */
    public static final String NAME = "sample:central-asia";

    /** The prefix of sample dataset names. */
    public static final String SAMPLE_PREFIX = "sample:";

    /** The resource directory that holds the CSV files. */
    public static final String RESOURCE_DIRECTORY = "/io/github/regsec/examples/central-asia";

    /** A file every CSV directory has, used to find the directory. */
    private static final String MARKER = RESOURCE_DIRECTORY + "/organizations.csv";

    private BundledDataset() {
    }

    /**
     * True when {@code text} names a sample dataset ({@code sample:...}), whether or not it exists.
     *
     * @param text a dataset argument as the user gave it, or null
     * @return whether it starts with {@link #SAMPLE_PREFIX}
     */
    public static boolean isSampleName(String text) {
        return text != null && text.startsWith(SAMPLE_PREFIX);
    }

    /**
     * The bundled CSV directory, readable with {@link java.nio.file.Files}.
     *
     * @return the directory of the dataset's CSV files, inside the jar or on disk
     * @throws IOException when the resources are missing or the jar cannot be opened
     */
    public static Path path() throws IOException {
        URL marker = BundledDataset.class.getResource(MARKER);
        if (marker == null) {
            throw new IOException("the bundled dataset is missing: no resource " + MARKER + " on the class path");
        }
        return directoryOf(marker);
    }

    /**
     * The directory that holds a resource: a {@code file:} URL gives its parent directory, a
     * {@code jar:} URL the parent directory inside the jar, through a zip file system that stays
     * open (an already open one is reused).
     *
     * @throws IOException for other kinds of URL, or when the jar cannot be opened
     */
    static Path directoryOf(URL resource) throws IOException {
        Objects.requireNonNull(resource, "resource");
        URI uri;
        try {
            uri = resource.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the bundled dataset at " + resource + ": " + e.getMessage(), e);
        }
        switch (uri.getScheme()) {
            case "file":
                return Path.of(uri).getParent();
            case "jar": {
                String text = uri.toString();
                int separator = text.lastIndexOf("!/");
                if (separator < 0) {
                    throw new IOException("cannot locate the bundled dataset at " + resource + ": not an entry of a jar");
                }
                URI jar = URI.create(text.substring(0, separator));
                String entry = text.substring(separator + 1);
                Path inJar = zipFileSystem(jar).getPath(entry);
                return inJar.getParent();
            }
            default:
                throw new IOException("cannot read the bundled dataset from " + resource
                        + ": only a directory or a jar on the class path is supported");
        }
    }

    private static FileSystem zipFileSystem(URI jar) throws IOException {
        try {
            return FileSystems.newFileSystem(jar, Map.of());
        } catch (FileSystemAlreadyExistsException alreadyOpen) {
            try {
                return FileSystems.getFileSystem(jar);
            } catch (FileSystemNotFoundException closedMeanwhile) {
                return FileSystems.newFileSystem(jar, Map.of());
            }
        }
    }

    /**
     * Reads the bundled dataset with the registered CSV directory importer: the records, and the
     * problems reading found (none: the tests keep it so).
     *
     * @return the result of reading the bundled CSV directory
     * @throws IOException when the resources are missing or cannot be read
     */
    public static ImportResult read() throws IOException {
        return read(Formats.discover());
    }

    /**
     * Reads the bundled dataset with the directory importer of a registry.
     *
     * @param formats the registry whose directory importer reads the dataset
     * @return the result of reading the bundled CSV directory
     * @throws IOException when the resources are missing or cannot be read
     */
    public static ImportResult read(Formats formats) throws IOException {
        Path directory = path();
        if (!Files.isDirectory(directory)) {
            throw new IOException("the bundled dataset is missing: " + directory + " is not a directory");
        }
        return formats.read(directory, ReadOptions.defaults());
    }

    /**
     * The bundled dataset's records.
     *
     * @return the Central Asia dataset
     * @throws IOException when the resources are missing or cannot be read
     */
    public static Dataset dataset() throws IOException {
        return read().dataset();
    }
}
