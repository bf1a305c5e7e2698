package org.alcove.catalog.covers;

/** A cover that cannot be set, removed or copied, with a sentence saying why; nothing was changed. */
public class CoverException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CoverException(String message) {
        super(message);
    }

    public CoverException(String message, Throwable cause) {
        super(message, cause);
    }
}
