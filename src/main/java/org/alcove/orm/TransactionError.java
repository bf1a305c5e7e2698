package org.alcove.orm;

/** A transaction was used wrongly, e.g. committed from inside an atomic block. */
public class TransactionError extends OrmException {
    private static final long serialVersionUID = 1L;

    public TransactionError(String message) {
        super(message);
    }

    public TransactionError(String message, Throwable cause) {
        super(message, cause);
    }
}
