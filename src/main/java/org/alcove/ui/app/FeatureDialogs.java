package org.alcove.ui.app;

/**
 * The windows of the larger features, opened from the menus through {@link MainViewModel}. Import,
 * migrations and statistics arrive with their services: implement them here (in
 * {@link FxFeatureDialogs}) and report them available; the menu items enable themselves.
 */
public interface FeatureDialogs {
    /** The features behind this interface, for enabling their menu items. */
    enum Feature { IMPORT, EXPORT, BACKUP, MIGRATIONS, STATISTICS }

    /** Whether the feature has its window yet; its menu item is disabled until it does. */
    default boolean isAvailable(Feature feature) {
        return true;
    }

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
