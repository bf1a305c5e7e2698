package org.alcove.catalog;

import org.alcove.orm.OrmException;

/** What went wrong, in one line for a person: for the command line's {@code alcove: <reason>}. */
public final class Failures {
    private Failures() {
    }

    /**
     * The exception's message on one line (its class name when it has none), with its cause's
     * message added when that says more — except for the ORM's own errors, whose message already
     * says what the database refused and whose cause is the driver's raw text.
     */
    public static String oneLine(Throwable ex) {
        String message = ex.getMessage();
        if (message == null || message.isBlank()) {
            message = ex.getClass().getSimpleName();
        }
        if (!(ex instanceof OrmException) && ex.getCause() != null && ex.getCause().getMessage() != null
                && !message.contains(ex.getCause().getMessage())) {
            message += " (" + ex.getCause().getMessage() + ")";
        }
        return message.replace('\n', ' ');
    }
}
