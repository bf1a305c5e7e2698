package org.alcove.ui.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.importing.ImportListener;
import org.alcove.catalog.importing.ImportOptions;
import org.alcove.catalog.importing.ImportOptions.OnError;
import org.alcove.catalog.importing.ImportOptions.UnknownAuthors;
import org.alcove.catalog.importing.ImportPreview;
import org.alcove.catalog.importing.ImportProgress;
import org.alcove.catalog.importing.ImportReport;
import org.alcove.catalog.importing.ImportService;
import org.alcove.catalog.io.ImportFormat;
import org.alcove.catalog.io.RejectedRowsReport;
import org.alcove.catalog.io.RowError;
import org.alcove.ui.task.TaskExecutor;
import org.alcove.ui.task.Work;

/**
 * The import dialog's state and commands: a file and its format (guessed from its header), a
 * preview of its first rows, the error and unknown-author modes; the import in the background with
 * progress and cancel; then the report, whose rejected rows can be saved as CSV.
 */
public final class ImportViewModel {
    /** The dialog's pages, in the order the user meets them. */
    public enum Page { SETUP, RUNNING, RESULT }

    static final int PREVIEW_ROWS = 20;

    private final Catalog catalog;
    private final TaskExecutor executor;
    private final Supplier<Optional<Path>> sourceChooser;
    private final Supplier<Optional<Path>> reportChooser;
    private final Runnable changed;
    private final Consumer<String> notice;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ObjectProperty<ImportFormat> format = new SimpleObjectProperty<>(this, "format");
    private final ObjectProperty<OnError> onError = new SimpleObjectProperty<>(this, "onError", OnError.SKIP);
    /** The mapping from shelves, tags and Dewey numbers to genres: the built-in one unless the user chose a file. */
    private org.alcove.catalog.io.GenreMapping genres = org.alcove.catalog.io.GenreMapping.builtIn();
    private final javafx.beans.property.ReadOnlyStringWrapper genresName = new javafx.beans.property.ReadOnlyStringWrapper(this, "genresName",
            "Built-in mapping");
    private final ObjectProperty<UnknownAuthors> unknownAuthors = new SimpleObjectProperty<>(this, "unknownAuthors", UnknownAuthors.CREATE);
    private final ObservableList<String> header = FXCollections.observableArrayList();
    /** header, read-only, made once: a listener on a wrapper made per call is held only weakly and lost when it is collected. */
    private final ObservableList<String> headerView = FXCollections.unmodifiableObservableList(header);
    private final ObservableList<List<String>> previewRows = FXCollections.observableArrayList();
    /** previewRows, read-only, made once: a listener on a wrapper made per call is held only weakly and lost when it is collected. */
    private final ObservableList<List<String>> previewRowsView = FXCollections.unmodifiableObservableList(previewRows);
    private final ColumnMappings mappings;
    /** For a generic CSV: which field each column is read as, guessed from the header, changeable. */
    private final javafx.collections.ObservableMap<String, String> columnFields = FXCollections.observableMap(new java.util.LinkedHashMap<>());
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(this, "page", Page.SETUP);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyObjectWrapper<ImportReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ObservableList<RowError> rejected = FXCollections.observableArrayList();
    /** rejected, read-only, made once: a listener on a wrapper made per call is held only weakly and lost when it is collected. */
    private final ObservableList<RowError> rejectedView = FXCollections.unmodifiableObservableList(rejected);
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyStringWrapper reportSaved = new ReadOnlyStringWrapper(this, "reportSaved", "");
    private final BooleanBinding canImport;

    /**
     * @param sourceChooser asks for the file to import (a file chooser; tests answer directly)
     * @param reportChooser asks where to save the rejected rows
     * @param changed told after an import was committed (the main window refreshes)
     * @param notice a one-line outcome for the status bar
     */
    public ImportViewModel(Catalog catalog, TaskExecutor executor, Supplier<Optional<Path>> sourceChooser,
            Supplier<Optional<Path>> reportChooser, Runnable changed, Consumer<String> notice) {
        this(catalog, executor, sourceChooser, reportChooser, changed, notice, ColumnMappings.NONE);
    }

    /** The same, remembering a generic CSV's column fields per header in {@code mappings}. */
    public ImportViewModel(Catalog catalog, TaskExecutor executor, Supplier<Optional<Path>> sourceChooser,
            Supplier<Optional<Path>> reportChooser, Runnable changed, Consumer<String> notice, ColumnMappings mappings) {
        this.mappings = mappings;
        this.catalog = catalog;
        this.executor = executor;
        this.sourceChooser = sourceChooser;
        this.reportChooser = reportChooser;
        this.changed = changed;
        this.notice = notice;
        format.addListener((o, was, now) -> {
            if (now == ImportFormat.CSV && problem.get().startsWith("The columns match none")) {
                problem.set(""); // the drop-downs above the preview now say what each column holds
            }
        });
        canImport = Bindings.createBooleanBinding(() -> file.get() != null && format.get() != null && !busy.get()
                && page.get() == Page.SETUP && !header.isEmpty(), file, format, busy, page, header);
    }

    // Properties

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The file's format: guessed from its header, changeable by the user. */
    public ObjectProperty<ImportFormat> formatProperty() {
        return format;
    }

    /** "Built-in mapping", or the name of the mapping file chosen. */
    public javafx.beans.property.ReadOnlyStringProperty genresNameProperty() {
        return genresName.getReadOnlyProperty();
    }

    /**
     * Asks for a genre mapping file (as {@code alcove genre-map} prints it, edited) and reads it in
     * the background; a file that cannot be read says why and the mapping in use stays.
     */
    public void chooseGenres() {
        sourceChooser.get().ifPresent(path -> executor.submit(Work.io(() -> org.alcove.catalog.io.GenreMapping.load(path)), mapping -> {
            genres = mapping;
            genresName.set(String.valueOf(path.getFileName()));
        }, error -> problem.set("The genre mapping " + path.getFileName() + " cannot be used: " + Work.readable(error))));
    }

    /** Goes back to the built-in genre mapping. */
    public void useBuiltInGenres() {
        genres = org.alcove.catalog.io.GenreMapping.builtIn();
        genresName.set("Built-in mapping");
    }

    public ObjectProperty<OnError> onErrorProperty() {
        return onError;
    }

    /** For books: create authors missing from the catalogue, or reject their rows. */
    public ObjectProperty<UnknownAuthors> unknownAuthorsProperty() {
        return unknownAuthors;
    }

    /** The file's column names. */
    public ObservableList<String> header() {
        return headerView;
    }

    /** The file's first rows, as in the file. */
    /** For a generic CSV: column name to the field it is read as ({@code ignore} to leave it out); the dialog's drop-downs edit it. */
    public javafx.collections.ObservableMap<String, String> columnFields() {
        return columnFields;
    }

    public ObservableList<List<String>> previewRows() {
        return previewRowsView;
    }

    /** Why the file cannot be imported as chosen ("" when it can). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** Whether the preview is being read or the import runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The share of the file read, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "12,000 rows read (11,950 new, 3 rejected)". */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** The finished import's report, or null before. */
    public ReadOnlyObjectProperty<ImportReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The rejected rows' problems, in file order. */
    public ObservableList<RowError> rejected() {
        return rejectedView;
    }

    /** What happened, in one sentence: committed, cancelled or stopped at a bad row. */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** "Saved to …" after the rejected rows were saved, or why they were not. */
    public ReadOnlyStringProperty reportSavedProperty() {
        return reportSaved.getReadOnlyProperty();
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }

    // Commands

    /** Asks for a file, then reads its preview. */
    public void chooseFile() {
        sourceChooser.get().ifPresent(this::load);
    }

    /** Reads the header and first rows of {@code source} in the background and guesses its format. */
    public void load(Path source) {
        file.set(source);
        problem.set("");
        header.clear();
        previewRows.clear();
        busy.set(true);
        executor.submit(Work.io(() -> preview(source)), p -> {
            busy.set(false);
            previewRows.setAll(p.rows());
            columnFields.clear();
            columnFields.putAll(org.alcove.catalog.io.BookReadOptions.guessCsvFields(p.header()));
            Optional<java.util.Map<String, String>> saved = mappings.saved(p.header());
            saved.ifPresent(columnFields::putAll); // what the user chose for this header last time
            header.setAll(p.header());
            if (p.format().isEmpty() && saved.isPresent()) {
                format.set(ImportFormat.CSV); // imported as Other CSV before: the same again, with the same fields
                return;
            }
            p.format().ifPresentOrElse(format::set, () -> problem.set("The columns match none of the formats Alcove knows: "
                    + String.join(", ", p.header()) + ". Choose the format if it is one of them, or Other CSV and "
                    + "say above each column what it holds."));
        }, error -> {
            busy.set(false);
            problem.set(Work.readable(error));
        });
    }

    /** Starts the import in the background; the page turns to the progress bar, then to the report. */
    public void start() {
        if (!canImport.get()) {
            return;
        }
        Path source = file.get();
        ImportFormat chosen = format.get();
        ImportOptions base = ImportOptions.defaults().withOnError(onError.get()).withUnknownAuthors(unknownAuthors.get());
        ImportOptions options = base.withRead(new org.alcove.catalog.io.BookReadOptions(
                chosen == ImportFormat.CSV ? new java.util.LinkedHashMap<>(columnFields) : java.util.Map.of(), genres));
        if (chosen == ImportFormat.CSV) {
            mappings.save(List.copyOf(header), new java.util.LinkedHashMap<>(columnFields));
        }
        cancelled.set(false);
        problem.set("");
        progressText.set("Starting\u2026");
        progress.set(-1);
        busy.set(true);
        page.set(Page.RUNNING);
        Task<ImportReport> task = new Task<>() {
            @Override
            protected ImportReport call() throws IOException {
                return new ImportService(catalog).run(source, chosen, options, new ImportListener() {
                    @Override
                    public void progress(ImportProgress p) {
                        updateProgress(p.fraction() < 0 ? -1 : p.fraction(), 1);
                        updateMessage(describe(p));
                    }
                }, cancelled::get);
            }
        };
        progress.bind(task.progressProperty());
        progressText.bind(task.messageProperty());
        task.setOnSucceeded(e -> finished(source, task.getValue()));
        task.setOnFailed(e -> failed(task.getException()));
        executor.submit(task);
    }

    /** Asks the running import to stop; nothing of it is kept. */
    public void cancel() {
        if (page.get() == Page.RUNNING) {
            cancelled.set(true);
        }
    }

    /** Asks where to save the rejected rows, then writes them as CSV (line, field, message, row). */
    public void saveReport() {
        ImportReport r = report.get();
        if (r == null || r.errors().isEmpty()) {
            return;
        }
        reportChooser.get().ifPresent(target -> executor.submit(Work.io(() -> {
            try (RejectedRowsReport out = RejectedRowsReport.open(target)) {
                out.write(r.errors());
            }
            return target;
        }), t -> reportSaved.set("Saved the rejected rows to " + t), error -> reportSaved.set(Work.readable(error))));
    }

    private void finished(Path source, ImportReport r) {
        unbindProgress();
        busy.set(false);
        report.set(r);
        rejected.setAll(r.errors());
        headline.set(headline(r));
        page.set(Page.RESULT);
        if (r.committed()) {
            notice.accept("Imported " + count(r.imported()) + " " + noun(r.format()) + " from " + source.getFileName());
            if (r.imported() > 0 || r.authorsCreated() > 0) {
                changed.run();
            }
        }
    }

    private void failed(Throwable error) {
        unbindProgress();
        busy.set(false);
        page.set(Page.SETUP);
        problem.set(Work.readable(error) + " Nothing was imported.");
    }

    private void unbindProgress() {
        progress.unbind();
        progressText.unbind();
    }

    /** The result page's first sentence. */
    static String headline(ImportReport r) {
        if (r.cancelled()) {
            return "The import was cancelled: nothing was imported, the catalogue is as it was.";
        }
        if (!r.committed()) {
            long line = r.errors().isEmpty() ? 0 : r.errors().get(0).line();
            return "The import stopped at the first bad row" + (line > 0 ? " (line " + line + ")" : "")
                    + ": nothing was imported, the catalogue is as it was.";
        }
        String done = "Imported " + count(r.imported()) + " " + noun(r.format());
        return r.rejected() == 0 ? done + "." : done + "; " + count(r.rejected()) + (r.rejected() == 1 ? " row was" : " rows were")
                + " rejected and left out.";
    }

    static String describe(ImportProgress p) {
        return count(p.rowsRead()) + " rows read (" + count(p.imported()) + " new, " + count(p.matched())
                + " already there, " + count(p.rejected()) + " rejected)";
    }

    private static String noun(ImportFormat f) {
        return f == ImportFormat.AUTHORS ? "authors" : "books";
    }

    static String count(long n) {
        return NumberFormat.getIntegerInstance().format(n);
    }

    private static ImportPreview preview(Path source) throws IOException {
        return ImportService.preview(source, PREVIEW_ROWS);
    }
}
