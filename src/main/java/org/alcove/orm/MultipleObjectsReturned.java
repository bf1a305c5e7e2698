package org.alcove.orm;

/** {@link QuerySet#get} found more than one row. */
public class MultipleObjectsReturned extends OrmException {
    private static final long serialVersionUID = 1L;

    public MultipleObjectsReturned(String message) {
        super(message);
    }

    public MultipleObjectsReturned(String message, Throwable cause) {
        super(message, cause);
    }
}
