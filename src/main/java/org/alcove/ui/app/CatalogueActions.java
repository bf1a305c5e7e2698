package org.alcove.ui.app;

import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.alcove.catalog.browse.AuthorSummary;
import org.alcove.catalog.browse.BookEditing;
import org.alcove.catalog.browse.BookRow;
import org.alcove.catalog.browse.CatalogSession;
import org.alcove.catalog.browse.NamedCount;
import org.alcove.ui.task.TaskExecutor;

/** The Edit menu's commands: new book, new author, delete (with confirmation), undo. */
public final class CatalogueActions {
    private final MainViewModel main;
    private final TaskExecutor executor;
    private final Dialogs dialogs;
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel", "Undo");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel", "Redo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");

    CatalogueActions(MainViewModel main, TaskExecutor executor, Dialogs dialogs) {
        this.main = main;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    // Properties

    /** "Redo Delete “Emma”", or "Redo" when there is nothing to redo. */
    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo Delete “Emma”", or "Undo" when there is nothing to undo. */
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    // Commands

    /** A blank form for a new book (by the author picked in the sidebar, if any). */
    public void newBook() {
        if (editing().isEmpty()) {
            return;
        }
        NamedCount picked = main.sidebar().pickedAuthorProperty().get();
        main.editor().newBook(picked == null ? null : picked.name());
    }

    /** Asks for a name and birth date, then adds the author. */
    public void newAuthor() {
        Optional<BookEditing> editing = editing();
        if (editing.isEmpty()) {
            return;
        }
        dialogs.askNewAuthor().ifPresent(a -> executor.submit(() -> editing.get().createAuthor(a.name(), a.birthDate()), id -> {
            main.notice("Added " + a.name());
            main.catalogueChanged();
        }, error -> dialogs.error("The author could not be added", error.getMessage())));
    }

    /**
     * Edits an author — the one picked in the sidebar, else the selected book's: its name, birth
     * date and biography; undo takes the edit back.
     */
    public void editAuthor() {
        Optional<BookEditing> editing = editing();
        NamedCount picked = main.sidebar().pickedAuthorProperty().get();
        BookRow row = main.books().selectedProperty().get();
        if (editing.isEmpty() || (picked == null && row == null)) {
            return;
        }
        executor.submit(() -> picked != null ? editing.get().authorDetails(picked.id()) : editing.get().authorDetailsOfBook(row.id()),
                details -> details.flatMap(dialogs::askAuthor).ifPresent(edited ->
                    run(() -> editing.get().updateAuthor(edited), "Saved " + edited.name(), () -> {
                        NamedCount now = main.sidebar().pickedAuthorProperty().get();
                        if (now != null && now.id() == edited.id()) { // once saved, the sidebar shows the new name; its filter is the same
                            main.sidebar().pickAuthor(new NamedCount(now.id(), edited.name().strip(), now.count()));
                        }
                    })),
                error -> dialogs.error("Cannot edit the author", error.getMessage()));
    }

    /** Deletes the book selected in the table, after confirming; with several selected, deletes them all (one confirmation). */
    public void deleteSelectedBook() {
        if (main.books().selectedCountProperty().get() > 1) {
            main.bulk().delete();
            return;
        }
        BookRow row = main.books().selectedProperty().get();
        Optional<BookEditing> editing = editing();
        if (row == null || editing.isEmpty()) {
            return;
        }
        if (dialogs.confirm("Delete book", "Delete \u201c" + row.title() + "\u201d by " + row.author() + "?" + TO_TRASH, "Delete")) {
            run(() -> editing.get().deleteBook(row.id()), "Deleted \u201c" + row.title() + "\u201d");
        }
    }

    /**
     * Deletes an author — the one picked in the sidebar, else the selected book's — and its books,
     * after a confirmation that says how many books go with it.
     */
    public void deleteAuthor() {
        Optional<BookEditing> editing = editing();
        if (editing.isEmpty()) {
            return;
        }
        NamedCount picked = main.sidebar().pickedAuthorProperty().get();
        BookRow row = main.books().selectedProperty().get();
        if (picked == null && row == null) {
            return;
        }
        executor.submit(() -> picked != null ? editing.get().authorSummary(picked.id()) : editing.get().authorOfBook(row.id()),
                summary -> summary.ifPresent(a -> confirmAuthorDelete(editing.get(), a)),
                error -> dialogs.error("Cannot delete", error.getMessage()));
    }

    private void confirmAuthorDelete(BookEditing editing, AuthorSummary a) {
        if (dialogs.confirm("Delete author", confirmation(a), "Delete")) {
            main.sidebar().pickAuthor(null);
            run(() -> editing.deleteAuthor(a.id()), "Deleted " + a.name() + " and " + books(a.books()));
        }
    }

    /** What every delete confirmation adds: where the deleted thing goes, and for how long. */
    static final String TO_TRASH = " It goes to the trash for " + org.alcove.catalog.trash.Trash.keepDays()
            + " days (Edit \u2192 Trash\u2026), and Undo brings it back.";

    /** The same for several things: they go to the trash. */
    static final String TO_TRASH_ALL = " They go to the trash for " + org.alcove.catalog.trash.Trash.keepDays()
            + " days (Edit \u2192 Trash\u2026), and one Undo brings them all back.";

    /** "Delete Jane Austen and its 3 books? It goes to the trash …" */
    static String confirmation(AuthorSummary a) {
        return (a.books() == 0 ? "Delete " + a.name() + "? No books go with it."
                : "Delete " + a.name() + " and its " + books(a.books()) + "?") + TO_TRASH;
    }

    private static String books(long n) {
        return n == 1 ? "1 book" : java.text.NumberFormat.getIntegerInstance().format(n) + " books";
    }

    /** Undoes the newest edit, creation or deletion in the history (which the catalogue keeps across restarts). */
    public void undo() {
        editing().ifPresent(e -> step(e::undo, "Undid ", "Nothing to undo"));
    }

    /** Makes again what was last undone. */
    public void redo() {
        editing().ifPresent(e -> step(e::redo, "Redid ", "Nothing to redo"));
    }

    private void step(java.util.function.Supplier<Optional<String>> step, String done, String nothing) {
        executor.submit(step::get, label -> {
            main.notice(label.map(l -> done + l).orElse(nothing));
            main.editor().clear();
            main.catalogueChanged();
        }, error -> {
            dialogs.error("The change was not made", error.getMessage());
            main.catalogueChanged(); // a step that no longer applies is off the history: the menu says what is next
        });
    }

    /**
     * Reads the history again in the background, then what Undo would undo: after a change made
     * by another window (the circulation desk deleting a borrower), which the labels have not seen.
     */
    public void rereadUndo() {
        CatalogSession s = main.session();
        if (s == null) {
            return;
        }
        executor.submit(() -> {
            s.editing().readLabels();
            return s;
        }, read -> refreshUndo(), error -> refreshUndo());
    }

    /** Reads what Undo would undo (after every change). */
    public void refreshUndo() {
        Optional<BookEditing> editing = main.readOnlyProperty().get() ? Optional.empty()
                : Optional.ofNullable(main.session()).map(CatalogSession::editing);
        if (editing.isEmpty()) {
            canUndo.set(false);
            undoLabel.set("Undo");
            canRedo.set(false);
            redoLabel.set("Redo");
            return;
        }
        Optional<String> label = editing.get().undoLabel();
        canUndo.set(label.isPresent());
        undoLabel.set(label.orElse("Undo"));
        Optional<String> redo = editing.get().redoLabel();
        canRedo.set(redo.isPresent());
        redoLabel.set(redo.orElse("Redo"));
    }

    private void run(Runnable change, String done) {
        run(change, done, () -> { });
    }

    /** Makes {@code change} in the background; once it is made, runs {@code saved}, then shows {@code done} and re-reads. */
    private void run(Runnable change, String done, Runnable saved) {
        executor.submit(() -> {
            change.run();
            return done;
        }, text -> {
            saved.run();
            main.notice(text);
            main.editor().clear();
            main.catalogueChanged();
        }, error -> dialogs.error("The change was not made", error.getMessage()));
    }

    /** The editing of the open catalogue; none for a read-only one, whose every change is refused (the notice says why). */
    private Optional<BookEditing> editing() {
        if (main.refusedWhileReadOnly()) {
            return Optional.empty();
        }
        return Optional.ofNullable(main.session()).map(CatalogSession::editing);
    }
}
