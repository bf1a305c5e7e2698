package org.alcove.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.alcove.catalog.browse.AuthorDetails;
import org.alcove.ui.app.Dialogs;

/** Answers for the user in tests: confirms everything and records what was asked and shown. */
final class RecordingDialogs implements Dialogs {
    final List<String> confirmations = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    final List<String> infos = new ArrayList<>();
    /** What the next file chooser for reading answers; empty for "cancelled". */
    Optional<Path> fileToOpen = Optional.empty();
    /** What the next file chooser for writing answers. */
    Optional<Path> fileToSave = Optional.empty();
    /** How the user edits an author in the author dialog; cancels when null. */
    java.util.function.UnaryOperator<AuthorDetails> authorEdit;
    /** The author dialogs shown, with what they showed. */
    final List<AuthorDetails> authorsShown = new ArrayList<>();
    /** The answer to every confirmation. */
    boolean confirming = true;

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        confirmations.add(message);
        return confirming;
    }

    @Override
    public void error(String title, String message) {
        errors.add(message);
    }

    @Override
    public void info(String title, String message) {
        infos.add(message);
    }

    @Override
    public Optional<Path> chooseCatalogueToOpen() {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseNewCatalogue() {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, String extension) {
        return fileToSave;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String description, String... patterns) {
        return fileToOpen;
    }

    @Override
    public Optional<NewAuthor> askNewAuthor() {
        return Optional.empty();
    }

    @Override
    public Optional<AuthorDetails> askAuthor(AuthorDetails current) {
        authorsShown.add(current);
        return authorEdit == null ? Optional.empty() : Optional.of(authorEdit.apply(current));
    }

    /** What the shared-catalogue dialog answers; empty for cancelled. The recent connections it was shown. */
    Optional<String> sharedCatalogue = Optional.empty();
    final List<List<String>> sharedRecentShown = new ArrayList<>();

    @Override
    public Optional<String> askSharedCatalogue(List<String> recent, java.util.function.Function<String, String> test) {
        sharedRecentShown.add(recent);
        return sharedCatalogue;
    }

    /** The conflicts shown, and what the user answers to each. */
    final List<org.alcove.catalog.browse.EditConflictException> conflicts = new ArrayList<>();
    org.alcove.ui.editor.EditorViewModel.ConflictChoice conflictChoice = org.alcove.ui.editor.EditorViewModel.ConflictChoice.KEEP_EDITING;

    @Override
    public org.alcove.ui.editor.EditorViewModel.ConflictChoice resolveEditConflict(org.alcove.catalog.browse.EditConflictException conflict) {
        conflicts.add(conflict);
        return conflictChoice;
    }

    @Override
    public void about() {
        // nothing to answer
    }

    @Override
    public void shortcuts() {
        // nothing to answer
    }
}
