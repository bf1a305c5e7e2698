package org.alcove.orm;

/** A field or lookup name that does not resolve; the message names the valid choices. */
public class FieldError extends OrmException {
    private static final long serialVersionUID = 1L;

    public FieldError(String message) {
        super(message);
    }

    public FieldError(String message, Throwable cause) {
        super(message, cause);
    }
}
