package org.alcove.ui.app;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.stage.Window;

import org.alcove.catalog.CatalogCheck;
import org.alcove.catalog.browse.BookFilter;
import org.alcove.catalog.browse.CatalogSession;
import org.alcove.catalog.browse.SortKey;
import org.alcove.ui.importing.ColumnMappings;
import org.alcove.ui.stats.StatisticsViewModel;
import org.alcove.ui.stats.StatisticsWindow;
import org.alcove.ui.task.TaskExecutor;

/**
 * The feature windows: import, migrations and statistics open windows of their own; export and
 * backup ask for a file, then do the work in the background.
 */
public final class FxFeatureDialogs {
    private final Supplier<CatalogSession> session;
    private final TaskExecutor executor;
    private final Dialogs dialogs;
    private final Consumer<String> notice;
    private Runnable changed = () -> { };
    private ColumnMappings mappings = ColumnMappings.NONE;

    /** {@code notice} shows a one-line outcome in the status bar. */
    public FxFeatureDialogs(Supplier<CatalogSession> session, TaskExecutor executor, Dialogs dialogs, Consumer<String> notice) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.notice = notice;
    }

    /** File → Import… (authors, books, Goodreads, LibraryThing), with progress and cancel. */
    public void openImport() {
        CatalogSession s = session.get();
        if (s != null) {
            CatalogueWindows.openImport(s, executor, dialogs, changed, notice, mappings);
        }
    }

    /** Database → Migrations… (list, apply, roll back, show SQL). */
    public void openMigrations() {
        CatalogSession s = session.get();
        if (s != null) {
            CatalogueWindows.openMigrations(s, executor, dialogs, changed, notice);
        }
    }

    /** Edit → Trash…: what was deleted, to restore it or let it go; {@code search} fills its search field. */
    public void openTrash(String search) {
        CatalogSession s = session.get();
        if (s != null) {
            CatalogueWindows.openTrash(s, executor, dialogs, changed, search);
        }
    }

    /** Lending → Circulation Desk: lend and return by scanning cards and copies; the overdue list; labels and notices as PDF. */
    public void openCirculation(Runnable changed) {
        CatalogSession s = session.get();
        if (s != null) {
            CatalogueWindows.openCirculation(s, executor, dialogs, notice, changed);
        }
    }

    /** Edit → Genres…: the genres with their counts; add, rename, merge, delete ({@code changed} after each change). */
    public void openGenres(Runnable changed) {
        CatalogSession s = session.get();
        if (s != null) {
            CatalogueWindows.openGenres(s, executor, dialogs, changed, notice);
        }
    }

    /** Where the import dialog remembers a generic CSV's column fields (the user's preferences). */
    void setColumnMappings(ColumnMappings mappings) {
        this.mappings = mappings;
    }

    /** Database → Check Catalogue…: every check of {@code alcove check}, in the background, the findings in a dialog. */
    public void openCheck() {
        CatalogSession s = session.get();
        if (s == null) {
            return;
        }
        executor.submit(() -> new CatalogCheck(s.catalog()).run(), r -> {
            if (r.ok()) {
                dialogs.info("Check Catalogue", s.name() + " is sound: SQLite's integrity and foreign-key checks, "
                        + "the migrations, loans, holds and identifiers found nothing wrong.");
                notice.accept("Checked " + s.name() + ": sound");
                return;
            }
            StringBuilder text = new StringBuilder(r.findings().size() + " problem(s) in " + s.name() + ":\n");
            r.findings().stream().limit(20).forEach(f -> text.append("\n\u2022 ").append(f.message()));
            if (r.findings().size() > 20) {
                text.append("\n\u2026 and ").append(r.findings().size() - 20).append(" more (alcove check lists them all).");
            }
            if (r.findings().stream().anyMatch(CatalogCheck.Finding::repairable)) {
                text.append("\n\nalcove check --repair mends the marked damage after a backup.");
            }
            if (r.errors() > 0) {
                dialogs.error("Check Catalogue", text.toString());
            } else {
                dialogs.info("Check Catalogue", text.toString());
            }
            notice.accept("Checked " + s.name() + ": " + r.findings().size() + " problem(s)");
        }, e -> dialogs.error("Check Catalogue", "The check could not run: " + e.getMessage()));
    }

    /** What to do after an import or a migration changed the catalogue (the main window re-reads it). */
    void setOnCatalogueChanged(Runnable changed) {
        this.changed = changed;
    }

    // The statistics dashboard: one window, made on first use, on the main window's statistics model.
    private Supplier<StatisticsViewModel> statistics;
    private StatisticsWindow statisticsWindow;

    /** Where the dashboard's state comes from (the main view model). */
    void setStatistics(Supplier<StatisticsViewModel> model) {
        this.statistics = model;
    }

    /** View → Statistics: the dashboard of charts. */
    public void openStatistics() {
        if (statisticsWindow == null) {
            Window owner = Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
            statisticsWindow = new StatisticsWindow(owner, statistics.get(),
                    (title, name) -> dialogs.chooseFileToSave(title, name, ".png"), notice);
        }
        statisticsWindow.show();
    }

    /**
     * File → Save Table as PDF…: the books the table shows (its search, genre and author, in its
     * order), every one of them, as a printable list; {@code heading} names what it shows.
     */
    public void saveTableAsPdf(String heading, BookFilter filter, SortKey sort, boolean descending) {
        CatalogSession s = session.get();
        if (s == null) {
            return;
        }
        dialogs.chooseFileToSave("Save table as PDF", "books.pdf", ".pdf").ifPresent(file -> executor.submit(
                () -> s.saveTableAsPdf(file, heading, filter, sort, descending),
                n -> notice.accept("Saved " + NumberFormat.getIntegerInstance().format(n) + (n == 1 ? " book" : " books")
                        + " to " + file.getFileName()),
                error -> dialogs.error("Save as PDF failed", error.getMessage())));
    }

    /**
     * File → Print Table…: the same list, through the system's print dialog (each page of the PDF
     * rendered for the printer); on a computer without a printer it says so.
     */
    public void printTable(String heading, BookFilter filter, SortKey sort, boolean descending) {
        CatalogSession s = session.get();
        if (s == null) {
            return;
        }
        executor.submit(() -> {
            Path pdf;
            try {
                pdf = java.nio.file.Files.createTempFile("alcove-table-", ".pdf");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("Cannot make a temporary file to print: " + e.getMessage(), e);
            }
            s.saveTableAsPdf(pdf, heading, filter, sort, descending);
            return pdf;
        }, pdf -> {
            Window owner = Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
            notice.accept(org.alcove.ui.circulation.SheetPrinter.printTemporary(pdf, owner).message());
        }, error -> dialogs.error("Print failed", error.getMessage()));
    }

    /** File → Export…: every book as CSV. */
    public void openExport() {
        CatalogSession s = session.get();
        if (s == null) {
            return;
        }
        Optional<Path> target = dialogs.chooseFileToSave("Export books", "books.csv", ".csv");
        target.ifPresent(file -> executor.submit(() -> s.exportBooks(file),
                n -> notice.accept("Exported " + NumberFormat.getIntegerInstance().format(n) + " books to " + file.getFileName()),
                error -> dialogs.error("Export failed", error.getMessage())));
    }

    /** File → Backup…: a consistent copy of the open catalogue. */
    public void backup() {
        CatalogSession s = session.get();
        if (s == null) {
            return;
        }
        String name = (s.isShared() ? "shared-catalogue" : s.file().getFileName().toString().replaceFirst("\\.alcove$", "")) + "-" + LocalDate.now() + ".alcove";
        dialogs.chooseFileToSave("Back up catalogue", name, ".alcove").ifPresent(file -> executor.submit(() -> {
            s.backup(file);
            return file;
        }, f -> notice.accept("Backed up to " + f), error -> dialogs.error("Backup failed", error.getMessage())));
    }
}
