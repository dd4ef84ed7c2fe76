package io.github.regsec.cli;

import io.github.regsec.formats.ImportResult;
import io.github.regsec.model.Dataset;
import java.nio.file.Path;

/**
 * A dataset the tool read.
 *
 * @param asGiven the PATH as the user gave it ({@code sample:central-asia} for the bundled one)
 * @param path where it was read from
 * @param result what reading gave: records, problems, locations
 */
record Input(String asGiven, Path path, ImportResult result) {

    /** The records read. */
    Dataset dataset() {
        return result.dataset();
    }
}
