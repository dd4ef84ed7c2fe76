package io.github.regsec.formats;

import java.io.IOException;

/** No importer or writer fits a path or name. The message says which ones are known. */
public class UnknownFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message for the user.
     *
     * @param message names the path or name and the formats that are known
     */
    public UnknownFormatException(String message) {
        super(message);
    }
}
