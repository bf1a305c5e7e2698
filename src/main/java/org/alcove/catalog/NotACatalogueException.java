package org.alcove.catalog;

import org.alcove.orm.OrmException;

/**
 * The file is not (or not yet, or no longer) an Alcove catalogue this app may use as asked: it is
 * empty, holds no Alcove tables, holds other programs' tables, or was made by a newer Alcove. The
 * message is one sentence saying why and what to do; nothing was written to the file.
 */
public final class NotACatalogueException extends OrmException {
    private static final long serialVersionUID = 1L;

    public NotACatalogueException(String message) {
        super(message);
    }
}
