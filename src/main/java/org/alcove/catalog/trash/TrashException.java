package org.alcove.catalog.trash;

/** A trash request that cannot be met: no such item, or one that cannot be restored; the message says why in one sentence. */
public final class TrashException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TrashException(String message) {
        super(message);
    }
}
