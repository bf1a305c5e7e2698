package org.alcove.orm.migrations;

import org.alcove.orm.OrmException;

/**
 * A migration could not be made, loaded, applied or rolled back; the message says why and what to
 * do. A failed migration changes nothing: schema, data and history are as they were.
 */
public class MigrationError extends OrmException {
    private static final long serialVersionUID = 1L;

    public MigrationError(String message) {
        super(message);
    }

    public MigrationError(String message, Throwable cause) {
        super(message, cause);
    }
}
