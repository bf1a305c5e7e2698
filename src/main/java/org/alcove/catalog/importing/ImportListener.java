package org.alcove.catalog.importing;

import org.alcove.catalog.io.RowError;

/**
 * Follows an import as it runs, on the importing thread: a UI hands the calls over to its own
 * thread; the command line writes the rejected rows to its report file.
 */
public interface ImportListener {

    /** A listener that ignores everything. */
    ImportListener NONE = progress -> { };

    /**
     * Called every {@link ImportOptions#progressEvery()} rows and once at the end of the file.
     *
     * @param progress where the import is
     */
    void progress(ImportProgress progress);

    /**
     * Called for every problem of every rejected row, in file order.
     *
     * @param error the problem
     */
    default void rejected(RowError error) {
    }
}
