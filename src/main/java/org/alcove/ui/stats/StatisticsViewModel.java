package org.alcove.ui.stats;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import org.alcove.catalog.Genre;
import org.alcove.catalog.browse.CatalogSession;
import org.alcove.catalog.stats.AuthorCount;
import org.alcove.catalog.stats.BookSummary;
import org.alcove.catalog.stats.CatalogStats;
import org.alcove.catalog.stats.GenreStats;
import org.alcove.catalog.stats.StatsService;
import org.alcove.ui.task.LatestTask;
import org.alcove.ui.task.TaskExecutor;

/**
 * The statistics dashboard's state: its scope (the whole catalogue or the main window's current
 * search), the last figures computed for it, and the drill-down commands a click on a chart runs.
 * Figures are recomputed in the background; the old ones stay shown until the new ones arrive.
 */
public final class StatisticsViewModel {
    /** Which books the dashboard counts. */
    public enum Scope { WHOLE_CATALOGUE, CURRENT_SEARCH }

    /** What {@link #shownScopeProperty()} says until a catalogue's first figures arrive. */
    public static final String COUNTING = "Counting\u2026";

    /** Statistics of nothing: what the dashboard shows before the first figures arrive. */
    public static final CatalogStats EMPTY = new CatalogStats(0, 0, 0, 0, java.util.List.of(), java.util.List.of(),
            java.util.List.of(), Optional.empty(), Optional.empty());

    private final TaskExecutor executor;
    private final Consumer<ShowBooks> showBooks;
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(this, "scope", Scope.WHOLE_CATALOGUE);
    private final ReadOnlyStringWrapper currentSearch = new ReadOnlyStringWrapper(this, "currentSearch", "");
    private final ReadOnlyStringWrapper searchLabel = new ReadOnlyStringWrapper(this, "searchLabel", "Current search: none");
    private final ReadOnlyObjectWrapper<CatalogStats> stats = new ReadOnlyObjectWrapper<>(this, "stats", EMPTY);
    /** Nothing counted yet. */
    public static final org.alcove.catalog.stats.CollectionStats NO_COLLECTION = new org.alcove.catalog.stats.CollectionStats(
            java.util.List.of(), java.util.List.of(), 0, java.util.List.of(), java.util.List.of(), java.util.List.of());
    private final ReadOnlyObjectWrapper<org.alcove.catalog.stats.CollectionStats> collection =
            new ReadOnlyObjectWrapper<>(this, "collection", NO_COLLECTION);
    private final ReadOnlyStringWrapper shownScope = new ReadOnlyStringWrapper(this, "shownScope", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper counting = new ReadOnlyBooleanWrapper(this, "counting");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private StatsService service;
    private boolean active;
    private boolean stale = true;
    private final LatestTask recount = new LatestTask();

    /**
     * @param executor runs the aggregate queries off the FX thread
     * @param showBooks filters the main window's table (a click on a slice or a bar)
     */
    public StatisticsViewModel(TaskExecutor executor, Consumer<ShowBooks> showBooks) {
        this.executor = executor;
        this.showBooks = showBooks;
        scope.addListener((o, old, s) -> refresh());
    }

    // Properties

    /** Whole catalogue, or the books matching the main window's search. */
    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    /** The search the main window's table applies (blank for none). */
    public ReadOnlyStringProperty currentSearchProperty() {
        return currentSearch.getReadOnlyProperty();
    }

    /** The scope toggle's second label: "Current search: year:1800..1899". */
    public ReadOnlyStringProperty searchLabelProperty() {
        return searchLabel.getReadOnlyProperty();
    }

    /** The figures shown: the last ones computed (kept while new ones are computed). */
    /** Tags, ratings, readings per year and copies per location of the same books as {@link #statsProperty()}. */
    public ReadOnlyObjectProperty<org.alcove.catalog.stats.CollectionStats> collectionProperty() {
        return collection.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CatalogStats> statsProperty() {
        return stats.getReadOnlyProperty();
    }

    /** What the shown figures count: "Whole catalogue" or "Books matching austen". */
    public ReadOnlyStringProperty shownScopeProperty() {
        return shownScope.getReadOnlyProperty();
    }

    /** Whether new figures are being computed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /**
     * Whether the catalogue's first figures are still being computed: nothing is known yet, so the
     * headlines say so instead of showing zeros (a 500,000-book catalogue takes a second or so).
     */
    public ReadOnlyBooleanProperty countingProperty() {
        return counting.getReadOnlyProperty();
    }

    /** Why the figures could not be computed (a search that cannot be read); empty when they could. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    // Commands

    /** Counts the books of {@code session} (a newly opened catalogue); null shows nothing. */
    public void setSession(CatalogSession session) {
        service = session == null ? null : new StatsService(session.catalog());
        recount.cancel();
        // a new catalogue's figures are not the last one's, nor zero: nothing until they arrive
        stats.set(EMPTY);
        collection.set(NO_COLLECTION);
        counting.set(session != null);
        shownScope.set(session == null ? "" : COUNTING);
        changed();
    }

    /** The main window's search changed: recount when the dashboard follows it. */
    public void setCurrentSearch(String text) {
        String t = text == null ? "" : text.strip();
        if (t.equals(currentSearch.get())) {
            return;
        }
        currentSearch.set(t);
        searchLabel.set("Current search: " + (t.isEmpty() ? "none" : abbreviate(t, 40)));
        if (scope.get() == Scope.CURRENT_SEARCH) {
            changed();
        }
    }

    /** The catalogue changed (import, edit, delete): recount, in the background, if shown. */
    public void catalogueChanged() {
        changed();
    }

    /**
     * Whether the dashboard is on screen. While it is not, changes only mark the figures stale,
     * so a closed dashboard costs no queries; showing it again recounts them.
     */
    public void setActive(boolean shown) {
        active = shown;
        if (shown && stale) {
            refresh();
        }
    }

    private void changed() {
        stale = true;
        if (active) {
            refresh();
        }
    }

    /** Recounts now, keeping the old figures until the new ones arrive. */
    public void refresh() {
        StatsService s = service;
        if (s == null) {
            return;
        }
        stale = false;
        String search = scopeSearch();
        String label = search.isEmpty() ? "Whole catalogue" : "Books matching " + abbreviate(search, 60);
        busy.set(true);
        recount.start(() -> executor.submit(() -> new Counted(s.compute(search), s.collection(search)), result -> {
            busy.set(false);
            counting.set(false);
            error.set("");
            collection.set(result.collection());
            stats.set(result.stats());
            shownScope.set(label);
        }, failure -> {
            busy.set(false);
            error.set("Cannot count the search: " + failure.getMessage());
        }));
    }

    private record Counted(CatalogStats stats, org.alcove.catalog.stats.CollectionStats collection) {
    }

    /** A click on a bar of the collection's charts: the table shows the scope's books that also match {@code term} ({@code tag:"Classics"}). */
    public void showMatching(String term) {
        String search = scopeSearch();
        showBooks.accept(new ShowBooks(search.isEmpty() ? term : "(" + search + ") and " + term, null, null, null));
    }

    /** A click on a genre's slice or bar: the table shows the scope's books of that genre (all of them for the books without one). */
    public void showGenre(Genre genre) {
        showBooks.accept(new ShowBooks(scopeSearch(), genre, null, null));
    }

    /** A click on a decade's bar: the table shows the scope's books published in it. */
    public void showDecade(int decade) {
        String years = "year:" + decade + ".." + (decade + 9);
        String search = scopeSearch();
        showBooks.accept(new ShowBooks(search.isEmpty() ? years : "(" + search + ") and " + years, null, null, null));
    }

    /** A click on an author's bar: the table shows the scope's books by that author. */
    public void showAuthor(AuthorCount author) {
        showBooks.accept(new ShowBooks(scopeSearch(), null, author.authorId(), author.name()));
    }

    /** The search text the figures are counted over: blank for the whole catalogue. */
    String scopeSearch() {
        return scope.get() == Scope.CURRENT_SEARCH ? currentSearch.get() : "";
    }

    // Formatting, shared by the view and its tests

    /** A pie slice's label: "Fiction (12,408 · 24.8%)". */
    public static String sliceLabel(GenreStats genre, long books) {
        double share = books == 0 ? 0 : 100.0 * genre.books() / books;
        return genre.name() + " (" + count(genre.books()) + " \u00b7 " + String.format(Locale.getDefault(), "%.1f%%", share) + ")";
    }

    /** A whole number with grouping: "12,408". */
    public static String count(long n) {
        return NumberFormat.getIntegerInstance().format(n);
    }

    /** A count as it fits a tile: grouped below ten million ("2,025"), in millions above ("150.0 M"). */
    public static String compact(long n) {
        if (Math.abs(n) < 10_000_000) {
            return count(n);
        }
        NumberFormat f = NumberFormat.getNumberInstance();
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(n / 1_000_000.0) + " M";
    }

    /** An average with one decimal and grouping: "337.5". */
    public static String average(double n) {
        NumberFormat f = NumberFormat.getNumberInstance();
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(n);
    }

    /** The oldest or newest book's headline: "1813", with its title and author below. */
    public static String year(Optional<BookSummary> book) {
        return book.map(b -> String.valueOf(b.publicationDate().getYear())).orElse("\u2014");
    }

    /** "Pride and Prejudice — Jane Austen, 28 Jan 1813". */
    public static String describe(Optional<BookSummary> book) {
        return book.map(b -> b.title() + " \u2014 " + b.author() + ", "
                + b.publicationDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM))).orElse("no books");
    }

    /** {@code text} cut to {@code max} characters with an ellipsis. */
    public static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "\u2026";
    }

    /** Writes {@code image} as a one-page PDF to {@code file} off the FX thread; {@code notice} hears how it went. */
    public void savePdf(javafx.scene.image.Image image, java.nio.file.Path file, Consumer<String> notice) {
        executor.submit(() -> {
            PngFiles.writePdf(image, file);
            return file;
        }, f -> notice.accept("Saved " + f.getFileName()), e -> notice.accept("Could not save " + file.getFileName() + ": "
                + (e instanceof java.io.UncheckedIOException u ? u.getCause().getMessage() : e.getMessage())));
    }

    /** Writes {@code image} as a one-page PDF to a temporary file off the FX thread, then hands it to {@code print} on the FX thread. */
    public void printablePdf(javafx.scene.image.Image image, Consumer<java.nio.file.Path> print, Consumer<String> notice) {
        executor.submit(() -> {
            java.nio.file.Path pdf;
            try {
                pdf = java.nio.file.Files.createTempFile("alcove-statistics-", ".pdf");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            PngFiles.writePdf(image, pdf);
            return pdf;
        }, print, e -> notice.accept("Could not print: " + (e instanceof java.io.UncheckedIOException u ? u.getCause().getMessage() : e.getMessage())));
    }

    /** Writes {@code image} as PNG to {@code file} off the FX thread; {@code notice} hears how it went, on the FX thread. */
    public void savePng(javafx.scene.image.Image image, java.nio.file.Path file, Consumer<String> notice) {
        executor.submit(() -> {
            PngFiles.write(image, file);
            return file;
        }, f -> notice.accept("Saved " + f.getFileName()), e -> notice.accept("Could not save " + file.getFileName() + ": "
                + (e instanceof java.io.UncheckedIOException u ? u.getCause().getMessage() : e.getMessage())));
    }
}
