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
import org.alcove.catalog.browse.FacetCount;
import org.alcove.catalog.browse.NamedCount;
import org.alcove.catalog.search.SearchTerm;
import org.alcove.ui.task.LatestTask;
import org.alcove.ui.task.TaskExecutor;

/**
 * The sidebar's lists: the authors with most books (filterable by name) and the genres, with the
 * counts of the books the table's search (and genre, for the authors; author, for the genres) matches;
 * and the tags, series, reading statuses and copy locations of the books the table shows, a click on
 * one adding its term to the search (a second click taking it out).
 */
public final class SidebarViewModel {
    /** How many authors the list shows; the name filter reaches the others. */
    public static final int AUTHORS_SHOWN = 200;
    /** How many tags, series or locations a list shows, most books first; its name filter reaches the others. */
    public static final int FACETS_SHOWN = 200;

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
    private final FacetListModel tags;
    private final FacetListModel series;
    private final FacetListModel statuses;
    private final FacetListModel locations;
    private final ReadOnlyObjectWrapper<String> appliedSearch = new ReadOnlyObjectWrapper<>(this, "appliedSearch", "");
    private StringProperty searchField = new SimpleStringProperty(this, "searchField", "");
    private Runnable searchNow = () -> { };

    /** {@code typingPause}: how long typing in the author filter must pause before the list is read again (the window: the search box's pause). */
    public SidebarViewModel(TaskExecutor executor, Duration typingPause) {
        this.executor = executor;
        this.debounce = new PauseTransition(typingPause);
        debounce.setOnFinished(e -> refreshAuthors());
        authorFilter.addListener((obs, old, text) -> debounce.playFromStart());
        tags = new FacetListModel(executor, typingPause, false, (b, text, scope) -> b.facets().tags(text, scope, FACETS_SHOWN));
        series = new FacetListModel(executor, typingPause, false, (b, text, scope) -> b.facets().series(text, scope, FACETS_SHOWN));
        statuses = new FacetListModel(executor, typingPause, false, (b, text, scope) -> b.facets().statuses(scope));
        locations = new FacetListModel(executor, typingPause, false, (b, text, scope) -> b.facets().locations(text, scope, FACETS_SHOWN));
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

    public FacetListModel tags() {
        return tags;
    }

    public FacetListModel series() {
        return series;
    }

    public FacetListModel statuses() {
        return statuses;
    }

    public FacetListModel locations() {
        return locations;
    }

    /** The search the table's rows (and the counts) follow: an entry whose term it holds is shown picked. */
    public ReadOnlyObjectProperty<String> appliedSearchProperty() {
        return appliedSearch.getReadOnlyProperty();
    }

    /** Whether the table's search holds {@code row}'s term. */
    public boolean isPicked(FacetCount row) {
        return SearchTerm.contains(appliedSearch.get(), row.term());
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
        for (FacetListModel list : facetLists()) {
            list.setBrowser(browser);
        }
    }

    /**
     * The search field a pick of a tag, series, status or location writes its term into, and what
     * runs the search at once (not after the typing pause).
     */
    public void useSearchField(StringProperty text, Runnable runNow) {
        this.searchField = text;
        this.searchNow = runNow;
    }

    /** Adds {@code row}'s term to the search field's text (both must match), or takes it out when it is there, and searches. */
    public void pick(FacetCount row) {
        searchField.set(SearchTerm.toggled(searchField.get(), row.term()));
        searchNow.run();
    }

    public void pickAuthor(NamedCount author) {
        pickedAuthor.set(author);
    }

    public void pickGenre(Genre genre) {
        pickedGenre.set(genre);
    }

    /** Whether a typing pause is still running (a filter typed but not yet applied). */
    public boolean isWaitingForTyping() {
        return debounce.getStatus() == javafx.animation.Animation.Status.RUNNING
                || facetLists().stream().anyMatch(FacetListModel::isWaitingForTyping);
    }

    private java.util.List<FacetListModel> facetLists() {
        return java.util.List.of(tags, series, statuses, locations);
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

    /**
     * Re-reads the genre counts (and the author counts, when more than the author changed) for the
     * books the table's filter matches, and the open lists of tags, series, statuses and locations.
     */
    public void refreshGenres(BookFilter scope) {
        BookFilter before = genreScope;
        genreScope = scope;
        appliedSearch.set(scope.search());
        if (!before.withAuthor(null).equals(scope.withAuthor(null))) {
            refreshAuthors(); // the author counts follow the search and the genre, as the genre counts do
        }
        for (FacetListModel list : facetLists()) {
            list.refresh(scope); // the table's whole filter: a tag's count is the books it would leave in the table
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

    /** Re-reads every list (after an edit, an import, another desk's change). */
    public void refresh() {
        refreshAuthors();
        refreshGenres(genreScope);
    }
}
