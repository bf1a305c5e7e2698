package org.alcove.orm;

/** The base of every error the ORM raises; a bare {@link java.sql.SQLException} never reaches callers. */
public class OrmException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OrmException(String message) {
        super(message);
    }

    public OrmException(String message, Throwable cause) {
        super(message, cause);
    }
}
