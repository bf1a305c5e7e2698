package org.alcove.catalog;

import java.nio.file.Path;
import java.util.List;

import org.alcove.orm.OrmException;

/** A catalogue failed its structural check; the command refused to write to it or copy it out, so nothing changed. */
public final class DamagedCatalogueException extends OrmException {
    private static final long serialVersionUID = 1L;

    public DamagedCatalogueException(Path file, List<String> problems) {
        super("The catalogue " + file + " is damaged (" + String.join("; ", problems.subList(0, Math.min(3, problems.size())))
                + (problems.size() > 3 ? "; and " + (problems.size() - 3) + " more" : "") + "); nothing was written."
                + " Open a backup instead, or recover what is left with: sqlite3 " + file.getFileName() + " \".recover\" | sqlite3 recovered.alcove");
    }
}
