package org.alcove.catalog.io;

import java.io.IOException;

/**
 * A problem with an import file as a whole, found before or instead of reading its rows: it is
 * empty, its header lacks a required column, or its CSV structure cannot be read. The message
 * names the file and says what to do.
 */
public class ImportFileException extends IOException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, naming the file
     */
    public ImportFileException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what is wrong, naming the file
     * @param cause the underlying failure
     */
    public ImportFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
