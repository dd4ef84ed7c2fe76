package io.github.regsec.sample;

import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportResult;
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
 * The Central Asia dataset that ships with regsec (artifact {@code regsec-sample-data}): the
 * OSCE and its 57 participating States, the CSTO, CIS, SCO and UN memberships of the region, the
 * OSCE's five field operations in Central Asia with their name history, the meetings and people
 * of the seed article. It is stored as a CSV directory among this module's resources
 * ({@value #RESOURCE_DIRECTORY}), so researchers edit it as plain files.
 *
 * <pre>{@code
 * Dataset dataset = SampleData.centralAsia();
 * dataset.memberPartiesOn("osce", LocalDate.of(2019, 7, 17)).size(); // 57
 * Validation.validate(Path.of("sample:central-asia"));              // the same data by name
 * }</pre>
 *
 * <p>{@link #centralAsiaDirectory()} gives the directory as a {@link Path}: the directory itself
 * when the classes run from a build directory, or a directory inside the jar (through a zip
 * {@link FileSystem}, kept open for the life of the program) when they run from a jar.
 */
public final class SampleData {

    /** The name that gives the Central Asia dataset where a dataset path is expected. */
    public static final String CENTRAL_ASIA = "sample:central-asia";

    /** The resource directory that holds the Central Asia dataset's CSV files. */
    public static final String RESOURCE_DIRECTORY = "/io/github/regsec/sample/central-asia";

    /** A file every CSV directory has, used to find the directory. */
    private static final String MARKER = RESOURCE_DIRECTORY + "/organizations.csv";

    private SampleData() {
    }

    /**
     * The Central Asia dataset's records.
     *
     * @return the dataset, read from the CSV files of this artifact
     * @throws IOException when the resources are missing or cannot be read
     */
    public static Dataset centralAsia() throws IOException {
        return readCentralAsia().dataset();
    }

    /**
     * Reads the Central Asia dataset with the CSV directory importer: the records, their
     * locations and the problems reading found (none: the tests keep it so).
     *
     * @return the result of reading the CSV directory
     * @throws IOException when the resources are missing or cannot be read
     */
    public static ImportResult readCentralAsia() throws IOException {
        return Formats.discover(SampleData.class.getClassLoader()).read(centralAsiaDirectory());
    }

    /**
     * The Central Asia dataset's CSV directory, readable with {@link Files}.
     *
     * @return the directory of the dataset's CSV files, inside the jar or on disk
     * @throws IOException when the resources are missing or the jar cannot be opened
     */
    public static Path centralAsiaDirectory() throws IOException {
        URL marker = SampleData.class.getResource(MARKER);
        if (marker == null) {
            throw new IOException("the sample dataset is missing: no resource " + MARKER + " on the class path");
        }
        Path directory = directoryOf(marker);
        if (!Files.isDirectory(directory)) {
            throw new IOException("the sample dataset is missing: " + directory + " is not a directory");
        }
        return directory;
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
            throw new IOException("cannot locate the sample dataset at " + resource + ": " + e.getMessage(), e);
        }
        switch (uri.getScheme()) {
            case "file":
                return Path.of(uri).getParent();
            case "jar": {
                String text = uri.toString();
                int separator = text.lastIndexOf("!/");
                if (separator < 0) {
                    throw new IOException("cannot locate the sample dataset at " + resource + ": not an entry of a jar");
                }
                URI jar = URI.create(text.substring(0, separator));
                String entry = text.substring(separator + 1);
                return zipFileSystem(jar).getPath(entry).getParent();
            }
            default:
                throw new IOException("cannot read the sample dataset from " + resource
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
}
