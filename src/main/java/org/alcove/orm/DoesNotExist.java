package org.alcove.orm;

/** {@link QuerySet#get} found no row. */
public class DoesNotExist extends OrmException {
    private static final long serialVersionUID = 1L;

    public DoesNotExist(String message) {
        super(message);
    }

    public DoesNotExist(String message, Throwable cause) {
        super(message, cause);
    }
}
