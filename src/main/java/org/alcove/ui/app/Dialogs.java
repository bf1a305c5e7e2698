package org.alcove.ui.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.alcove.catalog.browse.AuthorDetails;
import org.alcove.catalog.browse.EditConflictException;
import org.alcove.ui.editor.EditorViewModel.ConflictChoice;

/**
 * Everything that opens a window of its own and waits for the user (alerts, file choosers, small
 * forms), behind an interface so view models stay free of controls and tests can answer for the user.
 */
public interface Dialogs {
    /** A new author as the user typed it. */
    record NewAuthor(String name, LocalDate birthDate) {
    }

    /** Asks to confirm something that cannot be taken back lightly; true to go ahead. */
    boolean confirm(String title, String message, String confirmLabel);

    void error(String title, String message);

    void info(String title, String message);

    Optional<Path> chooseCatalogueToOpen();

    Optional<Path> chooseNewCatalogue();

    /** A file to write, e.g. an export or a backup; {@code extension} like ".csv". */
    Optional<Path> chooseFileToSave(String title, String initialName, String extension);

    /**
     * A file to read, e.g. a CSV to import or a backup to restore; {@code patterns} like "*.csv"
     * (none for any file).
     */
    Optional<Path> chooseFileToOpen(String title, String description, String... patterns);

    /** As {@link #chooseFileToOpen(String, String, String...)}, starting in {@code folder} when it exists (the automatic backups). */
    default Optional<Path> chooseFileToOpenIn(Path folder, String title, String description, String... patterns) {
        return chooseFileToOpen(title, description, patterns);
    }

    Optional<NewAuthor> askNewAuthor();

    /** Shows an author's name, birth date and biography for editing; empty when cancelled. */
    Optional<AuthorDetails> askAuthor(AuthorDetails current);

    /**
     * File → Open Shared Catalogue…: host, port, database and user (no password: it comes from
     * PGPASSWORD or ~/.pgpass), a Test connection button answering with {@code test}'s sentence,
     * and the {@code recent} connection strings to pick from; the connection string, or empty when cancelled.
     */
    Optional<String> askSharedCatalogue(java.util.List<String> recent, java.util.function.Function<String, String> test);

    /**
     * Another desk saved the book the form is saving: shows each differing field (theirs, mine)
     * and asks whether to keep mine (save over theirs) or take theirs (reload the form).
     */
    ConflictChoice resolveEditConflict(EditConflictException conflict);

    void about();

    void shortcuts();
}
