package org.alcove.catalog.copy;

/** A copy refused because its target already holds something; nothing was changed. */
public final class TargetNotEmptyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TargetNotEmptyException(String message) {
        super(message);
    }
}
