package org.alcove.catalog;

import java.nio.file.Path;
import java.util.List;

import org.alcove.orm.OrmException;

/**
 * The catalogue file is older than the app: it has migrations to apply before it can be opened.
 * Open it with {@code Catalog.open(file, true)} (which backs it up first) or migrate it through
 * {@link CatalogMigrations}.
 */
public final class MigrationRequiredException extends OrmException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> pending;

    public MigrationRequiredException(Path file, List<String> pending) {
        this(file.toString(), pending);
    }

    /** As {@link #MigrationRequiredException(Path, List)}, for a catalogue named by a file name or a server's connection string. */
    public MigrationRequiredException(String file, List<String> pending) {
        super("The catalogue " + file + " needs " + pending.size() + " migration(s) before it can be opened: "
                + String.join(", ", pending) + ". Run 'alcove --db " + file + " migrate' or apply them from the app.");
        this.pending = List.copyOf(pending);
    }

    /** The migrations to apply, in order. */
    public List<String> pending() {
        return pending;
    }
}
