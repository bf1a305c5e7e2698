package org.alcove.ui.books;

import java.text.NumberFormat;
import java.util.List;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.util.Duration;

import org.alcove.catalog.Genre;
import org.alcove.catalog.browse.BookBrowser;
import org.alcove.catalog.browse.BookFilter;
import org.alcove.catalog.browse.BookRow;
import org.alcove.catalog.browse.SortKey;
import org.alcove.catalog.search.SearchQuery;
import org.alcove.catalog.search.SearchSyntaxException;
import org.alcove.ui.task.LatestTask;
import org.alcove.ui.task.TaskExecutor;

/**
 * The books table's state: what is searched and filtered, the sort column, the paged rows, how many
 * match. Every change re-queries the database in the background; typing is debounced.
 */
public final class BooksViewModel {
    private static final int PAGE_SIZE = 200;
    private static final int MAX_PAGES = 40;

    private final TaskExecutor executor;
    private final PagedBookList items;
    private final PauseTransition debounce;
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ReadOnlyStringWrapper searchError = new ReadOnlyStringWrapper(this, "searchError", "");
    private final ReadOnlyLongWrapper matching = new ReadOnlyLongWrapper(this, "matching");
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(this, "total");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<SortKey> sortKey = new ReadOnlyObjectWrapper<>(this, "sortKey", SortKey.PUBLISHED);
    private final ReadOnlyBooleanWrapper descending = new ReadOnlyBooleanWrapper(this, "descending", true);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<BookFilter> filter = new ReadOnlyObjectWrapper<>(this, "filter", BookFilter.ALL);
    private final ReadOnlyObjectWrapper<BookRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final javafx.beans.property.ReadOnlyIntegerWrapper selectedCount = new javafx.beans.property.ReadOnlyIntegerWrapper(this, "selectedCount");
    private int[] selection = new int[0];
    private BookBrowser browser;
    private final LatestTask searchTask = new LatestTask();
    private final LatestTask countTask = new LatestTask();

    public BooksViewModel(TaskExecutor executor, Duration searchDelay) {
        this.executor = executor;
        this.items = new PagedBookList(executor, PAGE_SIZE, MAX_PAGES);
        this.debounce = new PauseTransition(searchDelay);
        debounce.setOnFinished(e -> search());
        searchText.addListener((obs, old, text) -> debounce.playFromStart());
    }

    // Properties

    public PagedBookList items() {
        return items;
    }

    /** What is typed in the search field (bound both ways to it). */
    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** Why the search cannot be read, with the position; empty when it can. */
    public ReadOnlyStringProperty searchErrorProperty() {
        return searchError.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty matchingProperty() {
        return matching.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** "12,408 of 500,000 books". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SortKey> sortKeyProperty() {
        return sortKey.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty descendingProperty() {
        return descending.getReadOnlyProperty();
    }

    /** Whether a query is running. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BookFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    /** Where the table selects the row it had selected before a re-read (its index in the new rows), or -1. */
    private final javafx.beans.property.ReadOnlyIntegerWrapper reselect = new javafx.beans.property.ReadOnlyIntegerWrapper(this, "reselect", -1);

    /**
     * After a re-read ({@link #refresh}), the index of the book that was selected before, among the
     * first page of the new rows; -1 in between. The view selects it, so a refresh keeps the selection.
     */
    public javafx.beans.property.ReadOnlyIntegerProperty reselectProperty() {
        return reselect.getReadOnlyProperty();
    }

    /** The row selected in the table (null for none or a row still loading). */
    public ReadOnlyObjectProperty<BookRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** How many rows are selected in the table (two or more show the bulk panel instead of the editor). */
    public javafx.beans.property.ReadOnlyIntegerProperty selectedCountProperty() {
        return selectedCount.getReadOnlyProperty();
    }

    /** The file of a row's cover (its {@link BookRow#cover()}), or empty when it has none or no catalogue is open. */
    public java.util.Optional<java.nio.file.Path> coverFile(String name) {
        BookBrowser b = browser;
        return b == null ? java.util.Optional.empty() : b.coverFile(name);
    }

    // Commands

    /** The rows selected in the table, by index (Shift/Ctrl click, Ctrl+A). */
    public void setSelection(int[] indices) {
        selection = indices.clone();
        selectedCount.set(indices.length);
    }

    /**
     * The ids of the selected books, read when called (in the background: rows not in memory are
     * read from the database, a page at a time).
     */
    public java.util.function.Supplier<List<Long>> selectedIds() {
        return items.idsOf(selection);
    }

    /** Shows the books of a (newly opened) catalogue; null shows none. */
    public void setBrowser(BookBrowser browser) {
        this.browser = browser;
        filter.set(BookFilter.ALL.withSearch(searchText.get()));
        refresh();
    }

    /** What the search field says under an {@code in:trash} query, which the table cannot show. */
    public static final String TRASH_HINT = "in:trash searches the trash: press Enter to open it";

    private java.util.function.Consumer<String> trashSearch;

    /** Who searches the trash when Enter is pressed on an {@code in:trash} query (the main window opens the Trash window). */
    public void setOnTrashSearch(java.util.function.Consumer<String> trashSearch) {
        this.trashSearch = trashSearch;
    }

    private static boolean asksForTrash(String text) {
        try {
            return SearchQuery.parse(text).inTrash();
        } catch (SearchSyntaxException e) {
            return false;
        }
    }

    /**
     * Runs the search now instead of after the typing pause (Enter); unlike a pause, it runs even
     * when the text is the one shown, so Enter tries a failed search again and re-reads the table.
     */
    public void searchNow() {
        if (trashSearch != null && asksForTrash(searchText.get())) {
            debounce.stop();
            trashSearch.accept(searchText.get());
            return;
        }
        search();
    }

    /** Runs the search in the field (after the typing pause); an in:trash query shows no book and the hint to press Enter. */
    private void search() {
        debounce.stop();
        filter.set(filter.get().withSearch(searchText.get()));
        refresh();
    }

    /**
     * Shows exactly {@code f} — its search text (put in the field), author and genre — with one
     * query, as a click on the dashboard asks; setting the three one by one would run three.
     */
    public void show(BookFilter f) {
        searchText.set(f.search());
        debounce.stop(); // setting the text started the typing pause; the search runs now
        showFilter(f);
    }

    public void sortBy(SortKey key, boolean desc) {
        sortKey.set(key);
        descending.set(desc);
        refresh();
    }

    /** Shows only one author's books (null for all). */
    public void filterByAuthor(Long authorId) {
        showFilter(filter.get().withAuthor(authorId));
    }

    /** Shows only one genre (null for all). */
    public void filterByGenre(Genre genre) {
        showFilter(filter.get().withGenre(genre));
    }

    /** Shows {@code f}; a filter equal to the one shown runs no query (use {@link #refresh} to re-read). */
    private void showFilter(BookFilter f) {
        if (!f.equals(filter.get())) {
            filter.set(f);
            refresh();
        }
    }

    /**
     * Selects the book {@code id} again once the table's rows are re-read (a book just saved stays
     * selected), if it is among the first rows the refresh reads; forgotten after that refresh.
     */
    public void reselect(long id) {
        savedToReselect = id;
    }

    /** The book to select in the rows just shown, once: see {@link #reselect}. */
    public Long takeReselect() {
        Long id = savedToReselect;
        savedToReselect = null;
        return id;
    }

    private Long savedToReselect;

    public void select(BookRow row) {
        selected.set(row == null || row == PagedBookList.LOADING ? null : row);
    }

    /** Re-reads the count and the rows (after an edit, or a new query). */
    public void refresh() {
        BookFilter f = filter.get();
        try {
            searchError.set(SearchQuery.parse(f.search()).inTrash() ? TRASH_HINT : "");
        } catch (SearchSyntaxException e) {
            searchError.set(e.getMessage());
            return;
        }
        searchTask.cancel();
        countTask.cancel();
        BookBrowser b = browser;
        if (b == null) {
            items.reset(0, List.of(), (o, l) -> List.of());
            showCounts(0, 0);
            return;
        }
        SortKey key = sortKey.get();
        boolean desc = descending.get();
        BookRow kept = selected.get();
        busy.set(true);
        // The first page first: counting a common word's matches takes longer than finding 200
        // of them, so the rows show at once and the count follows (the status says it is pending).
        searchTask.start(() -> executor.submit(() -> new FirstPage(b.page(f, key, desc, 0, PAGE_SIZE), b.total()), first -> {
            PagedBookList.PageLoader loader = (offset, limit) -> b.page(f, key, desc, offset, limit);
            items.reset(first.rows().size(), first.rows(), loader);
            keepSelected(kept, first.rows());
            if (first.rows().size() < PAGE_SIZE) { // all of them: the count is known
                busy.set(false);
                showCounts(first.rows().size(), first.total());
                return;
            }
            total.set(first.total());
            status.set(pendingText(first.rows().size(), first.total()));
            countTask.start(() -> executor.submit(() -> b.count(f), count -> {
                busy.set(false);
                items.resize((int) Math.min(Integer.MAX_VALUE, count));
                showCounts(count, first.total());
            }, this::failed));
        }, this::failed));
    }

    private void keepSelected(BookRow kept, List<BookRow> rows) {
        if (kept == null) {
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == kept.id()) {
                reselect.set(i);
                reselect.set(-1);
                return;
            }
        }
    }

    private void failed(Throwable error) {
        busy.set(false);
        searchError.set(error.getMessage());
    }

    private void showCounts(long count, long all) {
        matching.set(count);
        total.set(all);
        status.set(statusText(count, all));
    }

    /** The status line: "12,408 of 500,000 books", or "326 books" when nothing is filtered out. */
    public static String statusText(long count, long all) {
        NumberFormat nf = NumberFormat.getIntegerInstance();
        String noun = all == 1 ? " book" : " books";
        return count == all ? nf.format(all) + noun : nf.format(count) + " of " + nf.format(all) + noun;
    }

    /** The status line while the count is pending: "200+ of 500,000 books, counting…". */
    public static String pendingText(int shown, long all) {
        NumberFormat nf = NumberFormat.getIntegerInstance();
        return nf.format(shown) + "+ of " + nf.format(all) + " books, counting\u2026";
    }

    private record FirstPage(List<BookRow> rows, long total) {
    }

    /** Whether a typing pause is still running (a search typed but not yet run). */
    public boolean isWaitingForTyping() {
        return debounce.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }
}
