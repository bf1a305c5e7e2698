package org.alcove.ui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

import org.alcove.catalog.CatalogPaths;
import org.alcove.catalog.MigrationRequiredException;
import org.alcove.catalog.browse.BookFilter;
import org.alcove.catalog.browse.CatalogSession;
import org.alcove.catalog.browse.NamedCount;
import org.alcove.catalog.browse.SampleCatalogue;
import org.alcove.ui.books.BooksViewModel;
import org.alcove.ui.editor.EditorViewModel;
import org.alcove.ui.sidebar.SidebarViewModel;
import org.alcove.ui.stats.ShowBooks;
import org.alcove.ui.stats.StatisticsViewModel;
import org.alcove.ui.task.TaskExecutor;

/**
 * The main window's state and the menus' commands: which catalogue is open, the first-run offer,
 * the theme, the recent files, undo; it hands the open catalogue to the books, sidebar and editor.
 */
public final class MainViewModel implements AutoCloseable {
    private final TaskExecutor executor;
    private final Dialogs dialogs;
    private final AppPreferences prefs;
    private final BooksViewModel books;
    private final SidebarViewModel sidebar;
    private final EditorViewModel editor;
    private final CatalogueActions actions;
    private final BulkActions bulk;
    private final ReadOnlyObjectWrapper<CatalogSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    /** Whether the open catalogue is read-only (its file or folder cannot be written): every change is off. */
    private final javafx.beans.property.ReadOnlyBooleanWrapper readOnly = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "readOnly");
    private final javafx.beans.property.ReadOnlyStringWrapper readOnlyReason = new javafx.beans.property.ReadOnlyStringWrapper(this, "readOnlyReason", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Alcove");
    private final ReadOnlyBooleanWrapper firstRun = new ReadOnlyBooleanWrapper(this, "firstRun");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyObjectWrapper<Theme> theme;
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    /** recent, read-only, made once: a listener on a wrapper made per call is held only weakly and lost when it is collected. */
    private final ObservableList<Path> recentView = FXCollections.unmodifiableObservableList(recent);
    private final FxFeatureDialogs features;
    private Runnable quit = () -> { };
    /** The catalogue's change marker when last looked at, and the session it is of. */
    private org.alcove.catalog.browse.ChangeMarker lastMarker;
    private CatalogSession markerOf;
    private boolean polling;
    private javafx.animation.Timeline watch;

    public MainViewModel(TaskExecutor executor, Dialogs dialogs, AppPreferences prefs, Duration searchDelay) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.prefs = prefs;
        this.books = new BooksViewModel(executor, searchDelay);
        this.sidebar = new SidebarViewModel(executor, searchDelay);
        this.editor = new EditorViewModel(executor, id -> {
            books.reselect(id);
            catalogueChanged();
        });
        editor.setConflictResolver(dialogs::resolveEditConflict);
        editor.setCoverChooser(() -> dialogs.chooseFileToOpen("Choose cover", "Images (JPEG, PNG, GIF, BMP)",
                "*.jpg", "*.jpeg", "*.png", "*.gif", "*.bmp", "*.JPG", "*.JPEG", "*.PNG"));
        this.actions = new CatalogueActions(this, executor, dialogs);
        this.bulk = new BulkActions(this, executor, dialogs);
        this.theme = new ReadOnlyObjectWrapper<>(this, "theme", prefs.theme());
        this.features = new FxFeatureDialogs(this::session, executor, dialogs, notice::set);
        editor.lastSavedProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                notice.set("Saved \u201c" + now + "\u201d");
            }
        });
        features.setOnCatalogueChanged(this::refresh);
        features.setStatistics(this::statistics);
        features.setColumnMappings(prefs);
        recent.setAll(prefs.recent());
        books.selectedProperty().addListener((o, old, row) -> {
            if (row != null) {
                editor.load(row.id());
            }
        });
        books.filterProperty().addListener((o, old, f) -> sidebar.refreshGenres(f));
        books.setOnTrashSearch(this::searchTrashFor);
        sidebar.pickedAuthorProperty().addListener((o, old, a) -> books.filterByAuthor(a == null ? null : a.id()));
        sidebar.pickedGenreProperty().addListener((o, old, g) -> books.filterByGenre(g));
        sidebar.useSearchField(books.searchTextProperty(), books::searchNow); // a tag, series, status or location picked is a search term
    }

    // Properties

    public BooksViewModel books() {
        return books;
    }

    public SidebarViewModel sidebar() {
        return sidebar;
    }

    public EditorViewModel editor() {
        return editor;
    }

    public CatalogueActions actions() {
        return actions;
    }

    /** What the bulk panel does to the books selected in the table. */
    public BulkActions bulk() {
        return bulk;
    }

    /** The open catalogue, or null before one is open. */
    public ReadOnlyObjectProperty<CatalogSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public CatalogSession session() {
        return session.get();
    }

    /** The window title: "catalogue.alcove — Alcove". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Whether to offer the sample catalogue (a new, empty default catalogue was just created). */
    /** Whether the open catalogue is read-only: the window says so and turns every change off. */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** The banner's sentence for a read-only catalogue, empty otherwise. */
    public javafx.beans.property.ReadOnlyStringProperty readOnlyReasonProperty() {
        return readOnlyReason.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty firstRunProperty() {
        return firstRun.getReadOnlyProperty();
    }

    /** Whether a catalogue is being opened or filled. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** A one-line outcome for the status bar ("Backed up to …"). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    /** Recently opened catalogues, most recent first. */
    public ObservableList<Path> recent() {
        return recentView;
    }

    // Commands

    /** What File → Quit does (closing the stage). */
    public void setOnQuit(Runnable quit) {
        this.quit = quit;
    }

    /**
     * Opens the catalogue to start with: {@code explicit} (from {@code --db}) when given, else the
     * last one opened, else the default one, which on the very first run is created and the
     * sample offered.
     */
    public void start(Path explicit) {
        Path file = explicit;
        boolean fresh = false;
        if (file == null) {
            file = prefs.lastCatalogue().filter(CatalogSession::exists).orElse(CatalogPaths.defaultCatalogue());
            fresh = !CatalogSession.exists(file);
        }
        open(file, fresh);
    }

    public void openCatalogue(Path file) {
        open(file, false);
    }

    public void openChosen() {
        dialogs.chooseCatalogueToOpen().ifPresent(this::openCatalogue);
    }

    /**
     * File → Open Shared Catalogue…: asks for the server, database and user (with a connection
     * test and the recent connections), then opens that catalogue.
     */
    public void openSharedChosen() {
        dialogs.askSharedCatalogue(prefs.recentShared(), org.alcove.catalog.browse.CatalogSession::testConnection)
                .ifPresent(this::openShared);
    }

    /** Opens the shared catalogue at {@code url} ({@code postgresql://user@host:5432/name}) in the background. */
    public void openShared(String url) {
        busy.set(true);
        executor.submit(() -> CatalogSession.openShared(url, false), opened -> {
            busy.set(false);
            show(opened);
        }, error -> {
            busy.set(false);
            if (error instanceof MigrationRequiredException older && dialogs.confirm("Migrate catalogue", "The shared catalogue " + url
                    + " needs " + older.pending().size() + " migration(s) (" + String.join(", ", older.pending()) + ") before this version"
                    + " of Alcove can open it. Every desk then needs this version. Migrate now?", "Migrate")) {
                busy.set(true);
                executor.submit(() -> CatalogSession.openShared(url, true), opened -> {
                    busy.set(false);
                    show(opened);
                }, again -> {
                    busy.set(false);
                    dialogs.error("Cannot migrate catalogue", again.getMessage());
                });
                return;
            }
            if (!(error instanceof MigrationRequiredException)) {
                dialogs.error("Cannot open shared catalogue", error.getMessage());
            }
        });
    }

    public void newCatalogue() {
        dialogs.chooseNewCatalogue().ifPresent(this::openCatalogue);
    }

    private void open(Path file, boolean offerSample) {
        busy.set(true);
        executor.submit(() -> CatalogSession.open(file), opened -> {
            busy.set(false);
            show(opened);
            firstRun.set(offerSample && opened.isEmpty());
        }, error -> {
            busy.set(false);
            if (error instanceof MigrationRequiredException older) {
                offerMigration(file, older.pending());
                return;
            }
            dialogs.error("Cannot open catalogue", error.getMessage());
            offerAnother();
        });
    }

    private void offerAnother() {
        if (session.get() == null || !dialogs.confirm("Open another", "Open another catalogue instead?", "Choose\u2026")) {
            return;
        }
        openChosen();
    }

    /** The file is older than the app: ask, then migrate it (after a backup) while opening it. */
    private void offerMigration(Path file, List<String> pending) {
        if (!dialogs.confirm("Migrate catalogue", migrationQuestion(file, pending), "Migrate")) {
            if (dialogs.confirm("Open another", file.getFileName() + " was left as it is. Open another catalogue instead?", "Choose\u2026")) {
                openChosen();
            }
            return;
        }
        busy.set(true);
        notice.set("Migrating " + file.getFileName() + "\u2026");
        executor.submit(() -> CatalogSession.open(file, true), opened -> {
            busy.set(false);
            show(opened);
            notice.set("Migrated " + file.getFileName() + " (" + String.join(", ", pending) + ")"
                    + opened.catalog().migrationBackup().map(b -> "; the backup is " + b).orElse("; it held no data, so no backup was needed"));
        }, error -> {
            busy.set(false);
            dialogs.error("Cannot migrate catalogue", error.getMessage());
            offerAnother();
        });
    }

    /** "This catalogue needs 1 migration (0002_book_indexes) … Migrate now?" */
    static String migrationQuestion(Path file, List<String> pending) {
        return "This catalogue (" + file.getFileName() + ") needs " + pending.size()
                + (pending.size() == 1 ? " migration" : " migrations") + " (" + String.join(", ", pending)
                + ") before this version of Alcove can open it. If it holds data, a backup is made first. Migrate now?";
    }

    private void show(CatalogSession opened) {
        CatalogSession old = session.get();
        session.set(opened);
        if (old != null && old != opened) {
            executor.submit(() -> {
                old.close();
                return old;
            }, x -> { }, e -> { });
        }
        title.set(opened.name() + " \u2014 Alcove");
        lastMarker = null;
        if (opened.isShared()) {
            prefs.addRecentShared(opened.name());
            notice.set("Shared catalogue " + opened.name() + ": other desks' changes show within seconds");
        } else {
            recent.setAll(prefs.addRecent(opened.file()));
            // SQLite over a network share can be damaged: say so where the user looks first
            notice.set(org.alcove.catalog.NetworkFilesystem.warning(opened.file()).orElse(""));
        }
        readOnly.set(opened.isReadOnly());
        readOnlyReason.set(opened.isReadOnly() ? opened.readOnlyReason() : "");
        editor.setReadOnly(opened.isReadOnly());
        books.setBrowser(opened.browser());
        // the first rows come first: the sidebar's aggregate queries wait until they are in
        afterBooksLoaded(() -> {
            sidebar.setBrowser(opened.browser());
            // SQLite's quick check first: a damaged catalogue takes no changes (and gets no backup over a good one);
            // then, once a day, a copy of the catalogue as it was opened (backups/ beside it, the newest ten kept)
            executor.submit(opened::damage, damage -> damage.ifPresentOrElse(reason -> {
                if (session.get() == opened) {
                    readOnly.set(true);
                    readOnlyReason.set(reason);
                    editor.setReadOnly(true);
                    actions.refreshUndo();
                }
            }, () -> executor.submit(() -> {
                opened.purgeTrash(); // sound: what the trash kept longer than it keeps goes, then the day's copy
                return opened.dailyBackup();
            }, written -> { }, error -> notice.set("The daily backup failed: " + error.getMessage()))),
                    error -> notice.set("The catalogue could not be checked: " + error.getMessage()));
        });
        editor.setEditing(opened.editing());
        actions.refreshUndo();
    }

    private void afterBooksLoaded(Runnable then) {
        if (!books.busyProperty().get()) {
            then.run();
            return;
        }
        books.busyProperty().addListener(new javafx.beans.value.ChangeListener<Boolean>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (!now) {
                    o.removeListener(this);
                    then.run();
                }
            }
        });
    }

    /** First run: fills the new catalogue with the sample, in the background. */
    public void loadSample() {
        CatalogSession s = session.get();
        firstRun.set(false);
        if (s == null) {
            return;
        }
        busy.set(true);
        notice.set("Loading the sample catalogue\u2026");
        executor.submit(s::loadSample, n -> {
            busy.set(false);
            notice.set("Loaded " + n + " books of the sample catalogue");
            catalogueChanged();
        }, error -> {
            busy.set(false);
            dialogs.error("The sample could not be loaded", error.getMessage());
        });
    }

    /** First run: keeps the catalogue empty. */
    public void startEmpty() {
        firstRun.set(false);
    }

    /** The sample's size for the first-run offer. */
    public static int sampleSize() {
        return SampleCatalogue.BOOKS;
    }

    /** The main window's divider positions as the user last left them (the sidebar's, the editor's). */
    public double[] dividers() {
        return prefs.dividers(new double[] {0.18, 0.77});
    }

    public void rememberDividers(double[] positions) {
        prefs.setDividers(positions);
    }

    /** The books table's columns as the user last left them ("" for as built). */
    public String bookColumns() {
        return prefs.bookColumns();
    }

    public void rememberBookColumns(String layout) {
        prefs.setBookColumns(layout);
    }

    public void setTheme(Theme t) {
        theme.set(t);
        prefs.setTheme(t);
    }

    public void openImport() {
        if (refusedWhileReadOnly()) {
            return;
        }
        features.openImport();
    }

    /** Says why nothing can change in a read-only catalogue; true when it is one. */
    boolean refusedWhileReadOnly() {
        if (readOnly.get()) {
            notice.set(readOnlyReason.get());
            return true;
        }
        return false;
    }

    public void openExport() {
        features.openExport();
    }

    public void backup() {
        features.backup();
    }

    public void saveTableAsPdf() {
        features.saveTableAsPdf(tableHeading(), books.filterProperty().get(), books.sortKeyProperty().get(), books.descendingProperty().get());
    }

    public void printTable() {
        features.printTable(tableHeading(), books.filterProperty().get(), books.sortKeyProperty().get(), books.descendingProperty().get());
    }

    /** What the table shows, for the top of its printed list: the catalogue, and the search and picks on it. */
    String tableHeading() {
        BookFilter f = books.filterProperty().get();
        List<String> parts = new java.util.ArrayList<>();
        if (!f.search().isBlank()) {
            parts.add("search: " + f.search());
        }
        if (sidebar.pickedGenreProperty().get() != null) {
            parts.add("genre: " + sidebar.pickedGenreProperty().get().getName());
        }
        if (sidebar.pickedAuthorProperty().get() != null) {
            parts.add("author: " + sidebar.pickedAuthorProperty().get().name());
        }
        String name = session.get() == null ? "Books" : session.get().name();
        return parts.isEmpty() ? name + " \u2014 all books" : name + " \u2014 " + String.join(", ", parts);
    }

    public void openMigrations() {
        features.openMigrations();
    }

    /**
     * An {@code in:trash} query typed into the search box searches the trash, which the table cannot
     * show: on Enter the Trash window opens with the rest of the query in its own search field, and the
     * table's search is cleared.
     */
    private void searchTrashFor(String text) {
        if (session.get() == null) {
            return;
        }
        String rest = text.strip().replaceFirst("(?i)^in:trash\\s*", "").replaceFirst("(?i)\\s*\\bin:trash\\b", "");
        books.searchTextProperty().set("");
        books.searchNow();
        openTrash(rest.strip());
    }

    /** Edit → Trash…: deleted books, authors and borrowers, to restore them. */
    public void openTrash() {
        openTrash("");
    }

    private void openTrash(String search) {
        if (refusedWhileReadOnly()) {
            return;
        }
        features.openTrash(search);
    }

    public void openCheck() {
        features.openCheck();
    }

    /** Edit → Genres…: add, rename, merge and delete genres; the table, sidebar and editor follow each change. */
    public void openGenres() {
        if (refusedWhileReadOnly()) {
            return;
        }
        features.openGenres(() -> {
            editor.refreshGenres();
            catalogueChanged();
        });
    }

    public void openCirculation() {
        if (refusedWhileReadOnly()) {
            return;
        }
        features.openCirculation(actions::rereadUndo); // a borrower deleted there is undone here
    }

    public void openStatistics() {
        features.openStatistics();
    }

    public void about() {
        dialogs.about();
    }

    public void shortcuts() {
        dialogs.shortcuts();
    }

    public void quit() {
        quit.run();
    }

    void notice(String text) {
        notice.set(text);
    }

    /** File → Restore from backup…: copies a backup to a new catalogue file and opens that. */
    public void restoreFromBackup() {
        CatalogSession current = session.get();
        Path backups = current == null ? null : current.backupFolder(); // the automatic backups, newest last by name
        Optional<Path> backup = dialogs.chooseFileToOpenIn(backups, "Restore from backup", "Alcove catalogues", "*" + CatalogPaths.EXTENSION);
        if (backup.isEmpty()) {
            return;
        }
        Optional<Path> target = dialogs.chooseNewCatalogue();
        if (target.isEmpty()) {
            return;
        }
        CatalogSession open = session.get();
        if ((open != null && !open.isShared() && same(open.file(), target.get())) || same(backup.get(), target.get())) {
            dialogs.error("Cannot restore", "Restore into a new file: " + target.get().getFileName()
                    + " is the catalogue that is open or the backup itself, and is never overwritten.");
            return;
        }
        busy.set(true);
        executor.submit(() -> CatalogSession.restore(backup.get(), target.get()), restored -> {
            busy.set(false);
            openCatalogue(restored);
        }, error -> {
            busy.set(false);
            dialogs.error("Cannot restore", error.getMessage());
        });
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /**
     * Looks for other desks' changes every {@code interval} (the app: 5 seconds), as {@link #pollForChanges} does.
     */
    public void watchOtherDesks(Duration interval) {
        if (watch != null) {
            watch.stop();
        }
        watch = new javafx.animation.Timeline(new javafx.animation.KeyFrame(interval, e -> pollForChanges()));
        watch.setCycleCount(javafx.animation.Animation.INDEFINITE);
        watch.play();
    }

    /**
     * Reads the catalogue's change marker in the background (a few aggregate queries) and, when it
     * differs from the last one read, re-reads the table, the sidebar and the form (unless the form
     * holds unsaved changes), keeping the selection: what another desk (or another window, or
     * another program) changed shows without a restart.
     */
    public void pollForChanges() {
        CatalogSession s = session.get();
        if (s == null || polling || busy.get()) {
            return;
        }
        polling = true;
        executor.submit(() -> s.browser().changeMarker(), marker -> {
            polling = false;
            if (s != session.get()) {
                return;
            }
            boolean changed = markerOf == s && lastMarker != null && !marker.equals(lastMarker);
            lastMarker = marker;
            markerOf = s;
            if (changed) {
                catalogueChanged();
                Long shown = editor.bookIdProperty().get();
                if (shown != null) {
                    editor.load(shown); // not over unsaved changes: load keeps those
                }
            }
        }, error -> polling = false);
    }

    /** Re-reads the table, the sidebar and what Undo offers (after an import or a migration). */
    public void refresh() {
        catalogueChanged();
    }

    /** After any change to the catalogue: re-read the table, the sidebar and what Undo offers. */
    void catalogueChanged() {
        books.refresh();
        sidebar.refresh();
        actions.refreshUndo();
        if (statistics != null) {
            statistics.catalogueChanged();
        }
    }

    // Statistics dashboard: its view model follows this window's catalogue, search and changes;
    // a click on a chart filters this window's table.

    private StatisticsViewModel statistics;

    /** The dashboard's state, made on first use. */
    public StatisticsViewModel statistics() {
        if (statistics == null) {
            statistics = new StatisticsViewModel(executor, this::showBooks);
            statistics.setCurrentSearch(books.filterProperty().get().search());
            statistics.setSession(session.get());
            session.addListener((o, old, s) -> statistics.setSession(s));
            books.filterProperty().addListener((o, old, f) -> statistics.setCurrentSearch(f.search()));
        }
        return statistics;
    }

    /** Filters the table to what a click on the dashboard stands for. */
    public void showBooks(ShowBooks what) {
        books.show(new BookFilter(what.search(), what.authorId(), what.genre()));
        // The sidebar shows the picks; the table has them already, so they change nothing there.
        sidebar.pickGenre(what.genre());
        sidebar.pickAuthor(what.authorId() == null ? null : new NamedCount(what.authorId(), what.authorName(), 0));
    }

    @Override
    public void close() {
        if (watch != null) {
            watch.stop();
        }
        CatalogSession s = session.get();
        if (s != null) {
            s.close();
        }
    }

    /** Whether typing in the search box or the author filter has settled: no typing pause is running. */
    public boolean isSettled() {
        return !books.isWaitingForTyping() && !sidebar.isWaitingForTyping();
    }
}
