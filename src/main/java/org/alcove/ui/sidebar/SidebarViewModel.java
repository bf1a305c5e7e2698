package org.alcove.ui.sidebar;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

import org.alcove.catalog.Genre;
import org.alcove.catalog.browse.BookBrowser;
import org.alcove.catalog.browse.BookFilter;
import org.alcove.catalog.browse.GenreCount;
import org.alcove.catalog.browse.NamedCount;
import org.alcove.ui.task.LatestTask;
import org.alcove.ui.task.TaskExecutor;

/**
 * The sidebar's lists: the authors with most books (filterable by name) and the genres, with the
 * counts of the books the table's search (and genre, for the authors; author, for the genres) matches.
 */
public final class SidebarViewModel {
    /** How many authors the list shows; the name filter reaches the others. */
    public static final int AUTHORS_SHOWN = 200;

    private final TaskExecutor executor;
    private final StringProperty authorFilter = new SimpleStringProperty(this, "authorFilter", "");
    private final ObservableList<NamedCount> authors = FXCollections.observableArrayList();
    /** authors, read-only, made once: a listener on a wrapper made per call is held only weakly and lost when it is collected. */
    private final ObservableList<NamedCount> authorsView = FXCollections.unmodifiableObservableList(authors);
    private final ObservableList<GenreCount> genres = FXCollections.observableArrayList();
    /** genres, read-only, made once: a listener on a wrapper made per call is held only weakly and lost when it is collected. */
    private final ObservableList<GenreCount> genresView = FXCollections.unmodifiableObservableList(genres);
    private final ReadOnlyObjectWrapper<NamedCount> pickedAuthor = new ReadOnlyObjectWrapper<>(this, "pickedAuthor");
    private final ReadOnlyObjectWrapper<Genre> pickedGenre = new ReadOnlyObjectWrapper<>(this, "pickedGenre");
    private final PauseTransition debounce;
    private BookBrowser browser;
    private BookFilter genreScope = BookFilter.ALL;
    private final LatestTask authorsTask = new LatestTask();
    private final LatestTask genresTask = new LatestTask();

    /** {@code typingPause}: how long typing in the author filter must pause before the list is read again (the window: the search box's pause). */
    public SidebarViewModel(TaskExecutor executor, Duration typingPause) {
        this.executor = executor;
        this.debounce = new PauseTransition(typingPause);
        debounce.setOnFinished(e -> refreshAuthors());
        authorFilter.addListener((obs, old, text) -> debounce.playFromStart());
    }

    // Properties

    /** The text the author list is narrowed by (bound both ways to the field). */
    public StringProperty authorFilterProperty() {
        return authorFilter;
    }

    public ObservableList<NamedCount> authors() {
        return authorsView;
    }

    public ObservableList<GenreCount> genres() {
        return genresView;
    }

    /** The author whose books the table shows, or null for all. */
    public ReadOnlyObjectProperty<NamedCount> pickedAuthorProperty() {
        return pickedAuthor.getReadOnlyProperty();
    }

    /** The genre the table shows, or null for all. */
    public ReadOnlyObjectProperty<Genre> pickedGenreProperty() {
        return pickedGenre.getReadOnlyProperty();
    }

    // Commands

    public void setBrowser(BookBrowser browser) {
        this.browser = browser;
        pickedAuthor.set(null);
        pickedGenre.set(null);
        refreshAuthors();
        refreshGenres(BookFilter.ALL);
    }

    public void pickAuthor(NamedCount author) {
        pickedAuthor.set(author);
    }

    public void pickGenre(Genre genre) {
        pickedGenre.set(genre);
    }

    /** Whether a typing pause is still running (a filter typed but not yet applied). */
    public boolean isWaitingForTyping() {
        return debounce.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    /** Re-reads the author list (after an edit or a new filter text). */
    public void refreshAuthors() {
        debounce.stop();
        BookBrowser b = browser;
        authorsTask.cancel();
        if (b == null) {
            authors.clear();
            return;
        }
        String text = authorFilter.get();
        BookFilter scope = genreScope;
        authorsTask.start(() -> executor.submit(() -> b.authorsWithCounts(text, scope, AUTHORS_SHOWN), authors::setAll, error -> {
            // a search the user is still typing: keep the last counts
        }));
    }

    /** Re-reads the genre counts (and the author counts, when more than the author changed) for the books the table's filter matches. */
    public void refreshGenres(BookFilter scope) {
        BookFilter before = genreScope;
        genreScope = scope;
        if (!before.withAuthor(null).equals(scope.withAuthor(null))) {
            refreshAuthors(); // the author counts follow the search and the genre, as the genre counts do
        }
        BookBrowser b = browser;
        genresTask.cancel();
        if (b == null) {
            genres.clear();
            return;
        }
        genresTask.start(() -> executor.submit(() -> b.genresWithCounts(scope), genres::setAll, error -> {
            // a search the user is still typing: keep the last counts
        }));
    }

    /** Re-reads both lists. */
    public void refresh() {
        refreshAuthors();
        refreshGenres(genreScope);
    }
}
