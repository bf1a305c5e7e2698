package org.alcove.catalog;

import java.nio.file.Path;

import org.alcove.orm.OrmException;

/**
 * A command that writes was asked to change a catalogue whose file or folder cannot be written
 * (read-only media, a write-protected file, someone else's folder); nothing was written. The
 * message is one sentence saying so and what still works.
 */
public final class ReadOnlyCatalogueException extends OrmException {
    private static final long serialVersionUID = 1L;

    public ReadOnlyCatalogueException(Path file) {
        super(file + " cannot be written (a read-only disk, a write-protected file or a folder you cannot write to); nothing was changed."
                + " Reading it still works (stats, search, export-books, export-authors, backup, check); to change it, copy it somewhere writable.");
    }
}
