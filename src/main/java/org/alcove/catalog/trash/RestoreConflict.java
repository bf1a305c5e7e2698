package org.alcove.catalog.trash;

/**
 * Why a trashed thing, or an undone step, cannot be put back as it was: its message is the reason
 * ("another book now has its isbn 9780441013593"), the caller says what it was about.
 */
public final class RestoreConflict extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RestoreConflict(String reason) {
        super(reason);
    }
}
