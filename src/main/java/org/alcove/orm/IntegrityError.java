package org.alcove.orm;

/**
 * A constraint refused a write: a unique, foreign key, NOT NULL or CHECK constraint. The message
 * names the constraint as the database reports it ({@code UNIQUE constraint failed: book.isbn}).
 */
public class IntegrityError extends DatabaseError {
    private static final long serialVersionUID = 1L;

    private final String constraint;

    public IntegrityError(String message, String constraint, Throwable cause) {
        super(message, cause);
        this.constraint = constraint;
    }

    /** What the database said failed, e.g. {@code book.isbn} for a unique column. */
    public String constraint() {
        return constraint;
    }
}
