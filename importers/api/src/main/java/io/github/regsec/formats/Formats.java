package io.github.regsec.formats;

import io.github.regsec.model.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The registry of importers and writers: the built-in ones and every one a user registered
 * through {@code META-INF/services}. Picks an importer by name or by a path's ending (a
 * directory goes to the importer that reads directories), and a writer likewise. A path
 * {@code sample:NAME} names a {@link SampleDataset} found the same way
 * ({@code sample:central-asia} with the {@code regsec-sample-data} artifact).
 *
 * <pre>{@code
 * Formats formats = Formats.discover();
 * ImportResult result = formats.read(Path.of("data/central-asia"));
 * formats.write(result.dataset(), Path.of("central-asia.jsonl"));
 * }</pre>
 */
public final class Formats {

    private final List<DatasetImporter> importers;
    private final List<DatasetWriter> writers;
    private final List<SampleDataset> samples;

    private Formats(List<DatasetImporter> importers, List<DatasetWriter> writers, List<SampleDataset> samples) {
        this.importers = List.copyOf(importers);
        this.writers = List.copyOf(writers);
        this.samples = List.copyOf(samples);
    }

    /**
     * The importers, writers and sample datasets found with {@link ServiceLoader} on this class's
     * class loader.
     *
     * @return a registry of the built-in formats and every one registered on the class or module path
     */
    public static Formats discover() {
        return discover(Formats.class.getClassLoader());
    }

    /**
     * The importers, writers and sample datasets found with {@link ServiceLoader} on a class loader.
     *
     * @param loader the class loader to search {@code META-INF/services} of
     * @return a registry of the importers, writers and sample datasets found
     */
    public static Formats discover(ClassLoader loader) {
        List<DatasetImporter> importers = new ArrayList<>();
        ServiceLoader.load(DatasetImporter.class, loader).forEach(importers::add);
        List<DatasetWriter> writers = new ArrayList<>();
        ServiceLoader.load(DatasetWriter.class, loader).forEach(writers::add);
        List<SampleDataset> samples = new ArrayList<>();
        ServiceLoader.load(SampleDataset.class, loader).forEach(samples::add);
        return new Formats(importers, writers, samples);
    }

    /**
     * A registry of exactly these importers and writers, without sample datasets.
     *
     * @param importers the importers, in the order to try them by ending
     * @param writers the writers, in the order to try them by ending
     * @return the registry
     */
    public static Formats of(List<? extends DatasetImporter> importers, List<? extends DatasetWriter> writers) {
        return of(importers, writers, List.of());
    }

    /**
     * A registry of exactly these importers, writers and sample datasets.
     *
     * @param importers the importers, in the order to try them by ending
     * @param writers the writers, in the order to try them by ending
     * @param samples the datasets {@code sample:NAME} names
     * @return the registry
     */
    public static Formats of(List<? extends DatasetImporter> importers, List<? extends DatasetWriter> writers,
                             List<? extends SampleDataset> samples) {
        return new Formats(new ArrayList<>(importers), new ArrayList<>(writers), new ArrayList<>(samples));
    }

    /**
     * Every sample dataset, in discovery order.
     *
     * @return the sample datasets, unmodifiable; empty without {@code regsec-sample-data} or another provider
     */
    public List<SampleDataset> samples() {
        return samples;
    }

    /**
     * Where a path points: a sample dataset's directory or file for {@code sample:NAME}, the path
     * itself otherwise.
     *
     * @param path a dataset path as the user gave it
     * @return the path to read
     * @throws NoSuchFileException for a {@code sample:} name no sample dataset has, naming those known
     * @throws IOException when the sample dataset's resources cannot be opened
     */
    public Path resolve(Path path) throws IOException {
        if (!SampleDataset.isSampleName(path)) {
            return path;
        }
        String name = path.toString().substring(SampleDataset.PREFIX.length());
        for (SampleDataset sample : samples) {
            if (sample.name().equals(name)) {
                return sample.path();
            }
        }
        throw new NoSuchFileException(path.toString(), null, samples.isEmpty()
                ? "no sample dataset of that name: none is on the class path (add the regsec-sample-data artifact)"
                : "no sample dataset of that name: known are " + samples.stream()
                        .map(s -> SampleDataset.PREFIX + s.name()).collect(Collectors.joining(", ")));
    }

    /**
     * Every importer, in discovery order.
     *
     * @return the importers, unmodifiable
     */
    public List<DatasetImporter> importers() {
        return importers;
    }

    /**
     * Every writer, in discovery order.
     *
     * @return the writers, unmodifiable
     */
    public List<DatasetWriter> writers() {
        return writers;
    }

    /**
     * The importer with this name.
     *
     * @param name an importer's name ({@code csv}, {@code cow-igo})
     * @return the importer, or empty when none has that name
     */
    public Optional<DatasetImporter> importer(String name) {
        return importers.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    /**
     * The writer with this name.
     *
     * @param name a writer's name ({@code jsonl})
     * @return the writer, or empty when none has that name
     */
    public Optional<DatasetWriter> writer(String name) {
        return writers.stream().filter(w -> w.name().equals(name)).findFirst();
    }

    /**
     * The importer for a path: the directory importer for a directory, otherwise the first whose
     * extensions include the path's ending ({@code .gz} ignored).
     *
     * @param path the file or directory to read
     * @return the importer that reads it
     * @throws UnknownFormatException naming the path and the endings that are known
     */
    public DatasetImporter importerFor(Path path) throws UnknownFormatException {
        if (Files.isDirectory(path)) {
            return importers.stream().filter(DatasetImporter::readsDirectories).findFirst()
                    .orElseThrow(() -> new UnknownFormatException("no importer reads directories such as " + path));
        }
        String ext = InputFiles.extension(path);
        return importers.stream().filter(i -> i.extensions().contains(ext)).findFirst()
                .orElseThrow(() -> new UnknownFormatException("cannot tell the format of " + path + ": known endings are "
                        + importers.stream().flatMap(i -> i.extensions().stream()).map(e -> "." + e)
                                .collect(Collectors.joining(", ")) + ", or a CSV directory"));
    }

    /**
     * The writer for a target path: a known file ending picks a file writer; a path with no
     * ending (or an existing directory) gets the directory writer. A {@code .gz} name says to
     * compress a file, so one with no known ending before it ({@code out.gz}) names no format, and
     * a directory writer's ending with {@code .gz} ({@code out.csv.gz}) is refused.
     *
     * @param target the file or directory to write
     * @return the writer that writes it
     * @throws UnknownFormatException naming the path and the endings that are known
     */
    public DatasetWriter writerFor(Path target) throws UnknownFormatException {
        String ext = InputFiles.extension(target);
        boolean gzipped = !InputFiles.baseName(target).equals(InputFiles.fileName(target));
        if (Files.isDirectory(target) || ext.isEmpty() && !gzipped) {
            return writers.stream().filter(DatasetWriter::writesDirectories).findFirst()
                    .orElseThrow(() -> new UnknownFormatException("no writer writes directories such as " + target));
        }
        String endings = writers.stream().flatMap(w -> w.extensions().stream()).map(e -> "." + e)
                .collect(Collectors.joining(", "));
        DatasetWriter writer = writers.stream().filter(w -> w.extensions().contains(ext)).findFirst()
                .orElseThrow(() -> new UnknownFormatException("cannot tell the format to write " + target + " in: "
                        + (gzipped ? "the .gz ending only says to compress, and no known ending comes before it; " : "")
                        + "known endings are " + endings + " (a file's optionally followed by .gz), or a name "
                        + "without an ending for a CSV directory"));
        if (gzipped && writer.writesDirectories()) {
            throw new UnknownFormatException("cannot write " + target + ": the " + writer.name() + " writer writes a "
                    + "directory, which cannot be gzipped as a whole: leave out the .gz");
        }
        return writer;
    }

    /**
     * Reads a path with the importer its ending picks, collecting every problem with the default
     * limits ({@link ReadOptions#defaults()}).
     *
     * @param path the file or directory to read, or {@code sample:NAME}
     * @return the dataset of every good row, the problems, the locations and the counts
     * @throws java.nio.file.NoSuchFileException when the path or sample dataset does not exist
     * @throws UnknownFormatException when no importer claims the path's ending
     * @throws IOException when the input cannot be read at all
     */
    public ImportResult read(Path path) throws IOException {
        return read(path, ReadOptions.defaults());
    }

    /**
     * Reads a path with the importer its ending picks.
     *
     * @param path the file or directory to read, or {@code sample:NAME}
     * @param options fail-fast or collect, and the limits
     * @return the dataset of every good row, the problems, the locations and the counts
     * @throws java.nio.file.NoSuchFileException when the path does not exist
     * @throws UnknownFormatException when no importer claims the path's ending
     * @throws ImportException in fail-fast mode, at the first error
     * @throws IOException when the input cannot be read at all
     */
    public ImportResult read(Path path, ReadOptions options) throws IOException {
        Path resolved = resolve(path);
        requireExists(resolved);
        return importerFor(resolved).read(resolved, options);
    }

    /**
     * Reads a path with the named importer.
     *
     * @param path the file or directory to read, or {@code sample:NAME}
     * @param importerName the importer's name ({@code --input-format})
     * @param options fail-fast or collect, and the limits
     * @return the dataset of every good row, the problems, the locations and the counts
     * @throws java.nio.file.NoSuchFileException when the path does not exist
     * @throws UnknownFormatException when no importer has that name
     * @throws IOException when the input cannot be read at all, or in fail-fast mode at the first error
     */
    public ImportResult read(Path path, String importerName, ReadOptions options) throws IOException {
        Path resolved = resolve(path);
        requireExists(resolved);
        DatasetImporter importer = importer(importerName).orElseThrow(() -> new UnknownFormatException(
                "no importer is named '" + importerName + "': known are "
                        + importers.stream().map(DatasetImporter::name).collect(Collectors.joining(", "))));
        return importer.read(resolved, options);
    }

    /**
     * Writes a dataset with the writer the target's ending picks, values as they are
     * ({@link WriteOptions#defaults()}).
     *
     * @param dataset the dataset to write
     * @param target the file or directory to write; its ending picks the format
     * @throws UnknownFormatException when no writer claims the target's ending
     * @throws IOException when the target cannot be written
     */
    public void write(Dataset dataset, Path target) throws IOException {
        write(dataset, target, WriteOptions.defaults());
    }

    /**
     * Writes a dataset with the writer the target's ending picks.
     *
     * @param dataset the dataset to write
     * @param target the file or directory to write; its ending picks the format
     * @param options how values are written
     * @throws UnknownFormatException when no writer claims the target's ending
     * @throws IOException when the target cannot be written
     */
    public void write(Dataset dataset, Path target, WriteOptions options) throws IOException {
        writerFor(target).write(dataset, target, options);
    }

    /**
     * True when a dataset argument is a URL ({@code jdbc:...}) rather than a path.
     *
     * @param argument a dataset argument as given
     * @return whether it is read and written with {@link #importerForUrl(String)} and {@link #writerForUrl(String)}
     */
    public static boolean isUrl(String argument) {
        return argument.startsWith("jdbc:");
    }

    /**
     * The importer that reads what a URL points to ({@code jdbc:postgresql://...}).
     *
     * @param url the URL
     * @return the first importer that accepts it
     * @throws UnknownFormatException naming the URL's kinds that are known
     */
    public UrlDatasetImporter importerForUrl(String url) throws UnknownFormatException {
        return importers.stream().filter(i -> i instanceof UrlDatasetImporter u && u.acceptsUrl(url))
                .map(UrlDatasetImporter.class::cast).findFirst()
                .orElseThrow(() -> new UnknownFormatException("no importer reads " + urlKind(url) + " URLs" + urlFormats()));
    }

    /**
     * The writer that writes to what a URL points to ({@code jdbc:postgresql://...}).
     *
     * @param url the URL
     * @return the first writer that accepts it
     * @throws UnknownFormatException naming the URL's kinds that are known
     */
    public UrlDatasetWriter writerForUrl(String url) throws UnknownFormatException {
        return writers.stream().filter(w -> w instanceof UrlDatasetWriter u && u.acceptsUrl(url))
                .map(UrlDatasetWriter.class::cast).findFirst()
                .orElseThrow(() -> new UnknownFormatException("no writer writes " + urlKind(url) + " URLs" + urlFormats()));
    }

    /** The URL's scheme, without anything secret: {@code jdbc:postgresql}. */
    private static String urlKind(String url) {
        int second = url.indexOf(':', url.indexOf(':') + 1);
        return second < 0 ? url : url.substring(0, second);
    }

    private String urlFormats() {
        String known = writers.stream().filter(w -> w instanceof UrlDatasetWriter).map(DatasetWriter::name)
                .collect(Collectors.joining(", "));
        return known.isEmpty() ? ": no format of URLs is installed (the SQL formats are the regsec-sql plugin)"
                : ": known are the formats " + known;
    }

    private static void requireExists(Path path) throws NoSuchFileException {
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString(), null, "no such file or directory");
        }
    }
}
