package org.alcove.catalog.undo;

/** An undo or redo that no longer applies (what it would change has changed since); the message says so in one sentence. */
public final class UndoConflict extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UndoConflict(String message) {
        super(message);
    }
}
