package org.alcove.catalog.browse;

/** A catalogue operation failed (a write refused by the database, a file that cannot be written). */
public final class CatalogueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CatalogueException(String message, Throwable cause) {
        super(message, cause);
    }
}
