package io.github.regsec.validation;

import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The one-call entry point: read a path in any registered format (a CSV directory, a
 * {@code .json} or {@code .ndjson}/{@code .jsonl} file, gzipped or not, or a user's format), validate
 * it and get the report.
 *
 * <pre>{@code
 * ValidationReport report = Validation.validate(Path.of("data/central-asia"));
 * System.out.print(report.toText());
 * }</pre>
 */
public final class Validation {

    private Validation() {
    }

    /**
     * Reads and validates a path, as of today, with every built-in and ServiceLoader rule.
     *
     * @param path a dataset file or CSV directory; its ending picks the importer
     * @return the report of reading and validation problems
     * @throws IOException when the path does not exist, its format is unknown, or it cannot be read at all;
     *     bad data is a problem in the report
     */
    public static ValidationReport validate(Path path) throws IOException {
        return validate(path, null, DatasetValidator.defaults());
    }

    /**
     * Reads and validates a path as of a day.
     *
     * @param path a dataset file or CSV directory; its ending picks the importer
     * @param asOf the day {@code future-date} and {@code member-count} take as today; not null
     * @return the report of reading and validation problems
     * @throws IOException when the path does not exist, its format is unknown, or it cannot be read at all;
     *     bad data is a problem in the report
     */
    public static ValidationReport validate(Path path, LocalDate asOf) throws IOException {
        return validate(path, null, DatasetValidator.builder().asOf(asOf).build());
    }

    /**
     * Reads a path with an importer and validates it with a validator.
     *
     * @param path a dataset file or directory
     * @param validator the validator to run, with its rules, severities and as-of day
     * @param importerName the registered importer's name ({@code csv}, {@code json}...); null to pick
     *     one by the path (a directory, or the file's ending)
     * @return the report of reading and validation problems
     * @throws java.nio.file.NoSuchFileException when the path does not exist
     * @throws io.github.regsec.formats.UnknownFormatException when no importer has that name or
     *     reads that kind of path
     * @throws IOException when the input cannot be read at all; bad data is a problem in the report
     */
    public static ValidationReport validate(Path path, String importerName, DatasetValidator validator) throws IOException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(validator, "validator");
        Formats formats = Formats.discover();
        ImportResult imported = importerName == null
                ? formats.read(path, ReadOptions.defaults())
                : formats.read(path, importerName, ReadOptions.defaults());
        return validator.validate(imported);
    }
}
