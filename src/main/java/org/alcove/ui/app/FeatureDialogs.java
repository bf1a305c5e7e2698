package org.alcove.ui.app;

/** The windows of the larger features, opened from the menus through {@link MainViewModel}. */
public interface FeatureDialogs {
    /** File → Import… (authors, books, Goodreads, LibraryThing), with progress and cancel. */
    void openImport();

    /** Database → Migrations… (list, apply, roll back, show SQL). */
    void openMigrations();

    /** View → Statistics: the dashboard of charts. */
    void openStatistics();

    /** File → Export…: every book as CSV. */
    void openExport();

    /** File → Backup…: a consistent copy of the open catalogue. */
    void backup();
}
