package io.github.regsec.problem;

import io.github.regsec.model.FormatName;

/** How bad a problem is: an error makes data wrong, a warning makes it doubtful. */
public enum Severity implements FormatName {
    /** The data is wrong or could not be read. */
    ERROR,
    /** The data is doubtful: worth a look, but it may be right. */
    WARNING;

    @Override
    public String formatName() {
        return FormatName.of(this);
    }
}
