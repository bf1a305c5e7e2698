package org.alcove.ui.trash;

import java.util.List;
import java.util.function.LongFunction;
import java.util.function.Predicate;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.alcove.catalog.search.SearchQuery;
import org.alcove.catalog.search.SearchSyntaxException;
import org.alcove.catalog.trash.Trash;
import org.alcove.catalog.trash.TrashEntry;
import org.alcove.ui.task.TaskExecutor;

/**
 * The Trash window's state: what is in the trash (searched with the words after {@code in:trash}),
 * the one picked, and a line saying what happened; Restore puts the picked thing back, Empty lets
 * everything go after a confirmation. Work runs in the background.
 */
public final class TrashViewModel {
    private final Trash trash;
    private final TaskExecutor executor;
    private final Predicate<String> confirm;
    private final Runnable changed;
    private final LongFunction<TrashEntry> restore;
    private final ObservableList<TrashEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<TrashEntry> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<TrashEntry> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /**
     * @param confirm asks to go ahead with a sentence (emptying cannot be taken back); true to go ahead
     * @param restore puts a trash item back, by its id, as an undoable step
     * @param changed tells the main window the catalogue changed (a restore)
     */
    public TrashViewModel(Trash trash, LongFunction<TrashEntry> restore, TaskExecutor executor, Predicate<String> confirm, Runnable changed) {
        this.trash = trash;
        this.restore = restore;
        this.executor = executor;
        this.confirm = confirm;
        this.changed = changed;
        search.addListener((o, was, now) -> refresh());
    }

    // Properties

    /** What is in the trash and matches the search, the most recently deleted first. */
    public ObservableList<TrashEntry> entries() {
        return readOnlyEntries;
    }

    /** What is typed in the search field: words, {@code title:} and {@code author:} terms, as after {@code in:trash}. */
    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<TrashEntry> selectedProperty() {
        return selected;
    }

    /** What the last action did, or why the search cannot be read. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    // Commands

    /** Re-reads the trash for the search. */
    public void refresh() {
        refresh(null);
    }

    /** Re-reads the trash, then says {@code done} instead of the count (when not null). */
    private void refresh(String done) {
        String text = search.get().strip();
        SearchQuery query;
        try {
            query = SearchQuery.parse(text.startsWith("in:trash") ? text : "in:trash " + text);
        } catch (SearchSyntaxException e) {
            message.set(e.getMessage());
            return;
        }
        executor.submit(() -> query.toTrashQ().map(trash::list).orElseGet(trash::list), list -> {
            show(list);
            if (done != null) {
                message.set(done);
            }
        },
                e -> message.set("The trash could not be read: " + e.getMessage()));
    }

    private void show(List<TrashEntry> list) {
        entries.setAll(list);
        message.set(list.isEmpty() ? (search.get().isBlank() ? "The trash is empty." : "Nothing in the trash matches.")
                : list.size() + (list.size() == 1 ? " thing" : " things") + " in the trash; each is kept " + Trash.keepDays()
                + " days after it was deleted.");
    }

    /** Puts the picked thing back into the catalogue, with its id and everything that hung on it. */
    public void restoreSelected() {
        TrashEntry e = selected.get();
        if (e == null) {
            return;
        }
        executor.submit(() -> restore.apply(e.id()), restored -> {
            changed.run();
            refresh("Restored " + restored.describe());
        }, error -> message.set(error.getMessage()));
    }

    /** Lets everything in the trash go, once confirmed. */
    public void emptyAll() {
        if (entries.isEmpty() && search.get().isBlank()) {
            return;
        }
        if (!confirm.test("Empty the trash? Everything in it goes for good; this cannot be undone.")) {
            return;
        }
        executor.submit(trash::empty, n -> {
            changed.run();
            refresh("Emptied the trash: " + n + (n == 1 ? " thing" : " things") + " went for good.");
        }, error -> message.set(error.getMessage()));
    }
}
