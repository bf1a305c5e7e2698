package org.alcove.orm;

/** The database failed: the file is missing, locked, corrupt, or a statement failed for another reason. */
public class DatabaseError extends OrmException {
    private static final long serialVersionUID = 1L;

    public DatabaseError(String message) {
        super(message);
    }

    public DatabaseError(String message, Throwable cause) {
        super(message, cause);
    }
}
