package io.github.regsec.formats;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A second file that an importer reads with its main file (ATOP's alliance level with its member
 * level, COW's igo-year file with its state-year file): one the user gave, the one found beside
 * the main file, or none. Immutable.
 */
public final class CompanionFile {

    private static final String GZ = ".gz";

    private final String description;
    private final Path given;
    private final boolean lookBeside;

    private CompanionFile(String description, Path given, boolean lookBeside) {
        this.description = Objects.requireNonNull(description, "description");
        this.given = given;
        this.lookBeside = lookBeside;
    }

    /**
     * A companion file looked for beside the main file.
     *
     * @param description what the file is, for messages: {@code "the ATOP alliance-level file"}
     * @return the companion, found when the main file is known
     */
    public static CompanionFile lookedForBeside(String description) {
        return new CompanionFile(description, null, true);
    }

    /**
     * This companion, but this file rather than one looked for.
     *
     * @param file the file to read, plain or gzipped
     * @return a new companion; this one is unchanged
     */
    public CompanionFile given(Path file) {
        return new CompanionFile(description, Objects.requireNonNull(file, "file"), false);
    }

    /**
     * This companion, but never read.
     *
     * @return a new companion; this one is unchanged
     */
    public CompanionFile none() {
        return new CompanionFile(description, null, false);
    }

    /**
     * The file the user gave, if any.
     *
     * @return the file given with {@link #given(Path)}, or empty
     */
    public Optional<Path> file() {
        return Optional.ofNullable(given);
    }

    /**
     * The file to read with a main file: the one given, or the first of the names (each plain or
     * gzipped) that lies beside the main file and is not the main file itself.
     *
     * @param mainFile the main file, or null when reading from a stream (only a given file is read then)
     * @param names the names to look for beside the main file, in order of preference
     * @return the file, or null when there is none to read
     * @throws NoSuchFileException when the file given does not exist
     */
    public Path resolve(Path mainFile, List<String> names) throws NoSuchFileException {
        if (given != null) {
            if (!Files.isRegularFile(given)) {
                throw new NoSuchFileException(given.toString(), null, description + " does not exist");
            }
            return given;
        }
        if (!lookBeside || mainFile == null) {
            return null;
        }
        Path absolute = mainFile.toAbsolutePath();
        for (String name : names) {
            String plain = name.endsWith(GZ) ? name.substring(0, name.length() - GZ.length()) : name;
            for (String variant : List.of(plain, plain + GZ)) {
                Path sibling = absolute.resolveSibling(variant);
                if (Files.isRegularFile(sibling) && !sibling.equals(absolute)) {
                    return sibling;
                }
            }
        }
        return null;
    }

    /**
     * The first of the names (each plain or gzipped) that is a file in a directory: the main file
     * an importer reads when given a directory.
     *
     * @param directory the directory
     * @param names the names to look for, in order of preference
     * @param importerName the importer's name, for the message
     * @return the file
     * @throws NoSuchFileException when the directory holds none of them
     */
    public static Path firstIn(Path directory, List<String> names, String importerName) throws NoSuchFileException {
        List<String> tried = new ArrayList<>();
        for (String name : names) {
            for (String variant : List.of(name, name + GZ)) {
                Path file = directory.resolve(variant);
                if (Files.isRegularFile(file)) {
                    return file;
                }
            }
            tried.add(name + "[.gz]");
        }
        throw new NoSuchFileException(directory.toString(), null, "the directory holds no "
                + String.join(" or ", tried) + " for the " + importerName + " importer");
    }

    /**
     * How an importer's {@code toString} describes its companion: empty when looked for, else
     * {@code " with NAME"} or {@code " without WHAT"}.
     *
     * @param what the file's short description: {@code "alliance-level file"}
     * @return the words to append to the importer's name
     */
    public String describe(String what) {
        return given != null ? " with " + InputFiles.fileName(given) : lookBeside ? "" : " without " + what;
    }
}
