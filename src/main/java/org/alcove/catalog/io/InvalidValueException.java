package org.alcove.catalog.io;

/**
 * A single cell value that cannot be turned into catalogue data, such as an ISBN with a bad check
 * digit or a date that does not exist. The message is written for the user and names the value.
 */
public final class InvalidValueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong with the value, naming it
     */
    public InvalidValueException(String message) {
        super(message);
    }
}
