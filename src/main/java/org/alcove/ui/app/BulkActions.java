package org.alcove.ui.app;

import java.text.NumberFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.alcove.catalog.Genre;
import org.alcove.catalog.ReadingStatus;
import org.alcove.catalog.browse.BulkEdit;
import org.alcove.catalog.browse.BulkResult;
import org.alcove.catalog.browse.CatalogSession;
import org.alcove.ui.editor.EditorViewModel;
import org.alcove.ui.task.TaskExecutor;

/**
 * The bulk panel's commands, for two or more books selected in the table: add or remove a tag, set
 * the genre or the reading status, delete (after a confirmation whose default is Cancel). Each runs
 * in the background as one catalogue change (backed up first, one undo step); the status bar says
 * what it did.
 */
public final class BulkActions {
    private final MainViewModel main;
    private final TaskExecutor executor;
    private final Dialogs dialogs;
    private final StringProperty tag = new SimpleStringProperty(this, "tag", "");
    private final StringBinding heading;

    BulkActions(MainViewModel main, TaskExecutor executor, Dialogs dialogs) {
        this.main = main;
        this.executor = executor;
        this.dialogs = dialogs;
        this.heading = Bindings.createStringBinding(() -> books(main.books().selectedCountProperty().get()) + " selected",
                main.books().selectedCountProperty());
    }

    // Properties

    /** "12 books selected". */
    public StringBinding heading() {
        return heading;
    }

    /** The tag to add or remove, as typed. */
    public StringProperty tagProperty() {
        return tag;
    }

    // Commands

    public void addTag() {
        String t = tag.get();
        run(bulk -> ids -> bulk.addTag(ids, t));
    }

    public void removeTag() {
        String t = tag.get();
        run(bulk -> ids -> bulk.removeTag(ids, t));
    }

    /** Sets the genre ({@link EditorViewModel#NO_GENRE} or null for none). */
    public void setGenre(Genre genre) {
        Genre g = genre == EditorViewModel.NO_GENRE ? null : genre;
        run(bulk -> ids -> bulk.setGenre(ids, g));
    }

    /** Sets the reading status (null for none). */
    public void setStatus(ReadingStatus status) {
        run(bulk -> ids -> bulk.setStatus(ids, status));
    }

    /** Deletes the selected books into the trash, after confirming (Enter answers Cancel). */
    public void delete() {
        int n = main.books().selectedCountProperty().get();
        if (n > 0 && dialogs.confirm("Delete books", "Delete the " + books(n) + " selected?" + CatalogueActions.TO_TRASH_ALL
                + " Books with a copy on loan are not deleted.", "Delete " + books(n))) {
            run(bulk -> bulk::delete);
        }
    }

    private void run(Function<BulkEdit, Function<List<Long>, BulkResult>> change) {
        if (main.refusedWhileReadOnly()) {
            return;
        }
        Optional<BulkEdit> bulk = Optional.ofNullable(main.session()).map(CatalogSession::editing).map(e -> e.bulk());
        if (bulk.isEmpty()) {
            return;
        }
        Supplier<List<Long>> ids = main.books().selectedIds();
        Function<List<Long>, BulkResult> make = change.apply(bulk.get());
        executor.submit(() -> make.apply(ids.get()), result -> {
            main.notice(result.message());
            main.catalogueChanged();
        }, error -> dialogs.error("The books were not changed", error.getMessage()));
    }

    static String books(long n) {
        return n == 1 ? "1 book" : NumberFormat.getIntegerInstance().format(n) + " books";
    }
}
