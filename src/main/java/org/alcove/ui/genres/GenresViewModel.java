package org.alcove.ui.genres;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.alcove.catalog.Genre;
import org.alcove.catalog.GenreCatalog;
import org.alcove.ui.task.TaskExecutor;

/**
 * Edit → Genres…: the catalogue's genres with their book counts, and adding, renaming, merging and
 * deleting them (in the background; merging and deleting ask first and write a backup, as
 * {@link GenreCatalog} does). A refused request leaves its sentence in {@link #errorProperty()}.
 */
public final class GenresViewModel {
    private final GenreCatalog genres;
    private final TaskExecutor executor;
    private final Predicate<String> confirm;
    private final Runnable changed;
    private final Consumer<String> notice;

    // Properties
    private final ObservableList<GenreCatalog.Entry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<GenreCatalog.Entry> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<Genre> target = new SimpleObjectProperty<>(this, "target");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");

    /**
     * @param confirm asks the user a yes/no question before a merge or a delete
     * @param changed told after each change, so the main window reads the genres again
     * @param notice a one-line outcome for the status bar
     */
    public GenresViewModel(GenreCatalog genres, TaskExecutor executor, Predicate<String> confirm, Runnable changed, Consumer<String> notice) {
        this.genres = genres;
        this.executor = executor;
        this.confirm = confirm;
        this.changed = changed;
        this.notice = notice;
        selected.addListener((o, old, e) -> name.set(e == null ? "" : e.genre().getName()));
    }

    /** The genres by name, with how many books each has. */
    public ObservableList<GenreCatalog.Entry> entries() {
        return entries;
    }

    /** The genre picked in the list: what rename, merge and delete act on. */
    public ObjectProperty<GenreCatalog.Entry> selectedProperty() {
        return selected;
    }

    /** The name typed: the genre to add, or the picked genre's new name. */
    public StringProperty nameProperty() {
        return name;
    }

    /** The genre a merge goes into, and where a delete moves the books (none: they are left without a genre). */
    public ObjectProperty<Genre> targetProperty() {
        return target;
    }

    /** Why the last request was refused, or "". */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What the last change did, or "". */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    // Commands

    /** Reads the genres again, keeping the pick by id. */
    public void refresh() {
        executor.submit(genres::withCounts, this::show, e -> error.set(e.getMessage()));
    }

    /** Adds a genre named as typed. */
    public void add() {
        String n = name.get();
        run(() -> "Added the genre \u201c" + genres.add(n).getName() + "\u201d");
    }

    /** Renames the picked genre to the name typed. */
    public void rename() {
        picked().ifPresent(g -> {
            String n = name.get();
            run(() -> "Renamed \u201c" + g.getName() + "\u201d to \u201c" + genres.rename(g.getName(), n).getName() + "\u201d");
        });
    }

    /** Merges the picked genre into the target, after asking. */
    public void merge() {
        Optional<GenreCatalog.Entry> from = Optional.ofNullable(selected.get());
        Genre into = target.get();
        if (from.isEmpty() || into == null) {
            error.set("Pick the genre to merge in the list and the genre it goes into under \u201cInto\u201d.");
            return;
        }
        Genre g = from.get().genre();
        if (!confirm.test("Merge \u201c" + g.getName() + "\u201d into \u201c" + into.getName() + "\u201d? Its " + books(from.get().books())
                + " move to \u201c" + into.getName() + "\u201d and \u201c" + g.getName() + "\u201d is deleted. A backup is written first.")) {
            return;
        }
        run(() -> {
            GenreCatalog.Result r = genres.merge(g.getName(), into.getName());
            return "Merged \u201c" + g.getName() + "\u201d into \u201c" + into.getName() + "\u201d: " + books(r.books()) + " moved";
        });
    }

    /** Deletes the picked genre after asking: its books move to the target, or are left without a genre when there is none. */
    public void delete() {
        Optional<GenreCatalog.Entry> picked = Optional.ofNullable(selected.get());
        if (picked.isEmpty()) {
            error.set("Pick the genre to delete in the list.");
            return;
        }
        Genre g = picked.get().genre();
        long n = picked.get().books();
        Genre moveTo = target.get();
        String question = n == 0 ? "Delete the genre \u201c" + g.getName() + "\u201d? No book has it."
                : moveTo != null ? "Delete \u201c" + g.getName() + "\u201d and move its " + books(n) + " to \u201c" + moveTo.getName()
                        + "\u201d? A backup is written first."
                : "Delete \u201c" + g.getName() + "\u201d and leave its " + books(n) + " without a genre? (Pick a genre under \u201cInto\u201d"
                        + " to move them there instead.) A backup is written first.";
        if (!confirm.test(question)) {
            return;
        }
        run(() -> {
            GenreCatalog.Result r = genres.delete(g.getName(), Optional.ofNullable(moveTo).map(Genre::getName), moveTo == null);
            return "Deleted \u201c" + g.getName() + "\u201d" + (r.books() == 0 ? ""
                    : moveTo != null ? "; " + books(r.books()) + " moved to \u201c" + moveTo.getName() + "\u201d"
                    : "; " + books(r.books()) + " left without a genre");
        });
    }

    private Optional<Genre> picked() {
        if (selected.get() == null) {
            error.set("Pick a genre in the list first.");
            return Optional.empty();
        }
        return Optional.of(selected.get().genre());
    }

    /** Runs a change in the background; then the list is read again and the main window told. */
    private void run(Supplier<String> change) {
        error.set("");
        executor.submit(() -> {
            String done = change.get();
            return new Done(done, genres.withCounts());
        }, d -> {
            outcome.set(d.outcome() + ".");
            target.set(null);
            show(d.entries());
            changed.run();
            notice.accept(d.outcome());
        }, e -> error.set(e.getMessage()));
    }

    private record Done(String outcome, List<GenreCatalog.Entry> entries) {
    }

    private void show(List<GenreCatalog.Entry> list) {
        Genre was = selected.get() == null ? null : selected.get().genre();
        entries.setAll(list);
        selected.set(list.stream().filter(e -> e.genre().equals(was)).findFirst().orElse(null));
    }

    private static String books(long n) {
        return n + (n == 1 ? " book" : " books");
    }
}
