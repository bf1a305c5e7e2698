package org.alcove.catalog.browse;

/** A catalogue file cannot be opened (corrupt, locked, not a catalogue); the message says which and why. */
public final class CatalogOpenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CatalogOpenException(String message, Throwable cause) {
        super(message, cause);
    }
}
