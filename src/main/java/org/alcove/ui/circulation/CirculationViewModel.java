package org.alcove.ui.circulation;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.alcove.catalog.Borrower;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.circulation.BorrowerImport;
import org.alcove.catalog.circulation.Circulation;
import org.alcove.catalog.circulation.CirculationStats;
import org.alcove.catalog.circulation.LoanRow;
import org.alcove.catalog.circulation.ScanDesk;
import org.alcove.catalog.labels.Labels;
import org.alcove.ui.task.TaskExecutor;
import org.alcove.ui.task.Work;

/**
 * The circulation desk: what the scan field typed (a USB scanner types the code and Enter), what
 * the last scan did, whose turn it is, the copies lent and returned in this turn, and the overdue
 * list. Scans run in the background one after another, in the order they came, so a fast scanner
 * loses none; the sheets (labels, cards, notices, shelf list) are written in the background too.
 */
public final class CirculationViewModel {
    /**
     * A line of the desk's log.
     *
     * @param time when it happened
     * @param outcome what kind of step it was
     * @param text what it did
     */
    public record Activity(String time, ScanDesk.Outcome outcome, String text) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Circulation circulation;
    private final ScanDesk desk;
    private final Catalog catalog;
    private final TaskExecutor executor;
    private final Function<String, Optional<Path>> chooseFile;
    private final java.util.function.Supplier<Optional<Path>> chooseBorrowers;
    private final Consumer<String> notice;
    private final StringProperty scanText = new SimpleStringProperty(this, "scanText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "Scan a card to lend, or a copy to return it.");
    private final ReadOnlyObjectWrapper<ScanDesk.Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome", ScanDesk.Outcome.FINISHED);
    private final ReadOnlyStringWrapper borrower = new ReadOnlyStringWrapper(this, "borrower", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObjectProperty<Labels.Kind> sheet = new SimpleObjectProperty<>(this, "sheet", Labels.Kind.OVERDUE);
    private final ObservableList<Activity> activity = FXCollections.observableArrayList();
    private final ObservableList<LoanRow> overdue = FXCollections.observableArrayList();
    private final ObservableList<org.alcove.catalog.circulation.BorrowerRow> borrowers = FXCollections.observableArrayList();
    private final StringProperty borrowerFilter = new SimpleStringProperty(this, "borrowerFilter", "");
    private final org.alcove.ui.task.LatestTask borrowersTask = new org.alcove.ui.task.LatestTask();
    /** How many borrowers the list shows at most (narrow it with the filter). */
    public static final int BORROWERS_SHOWN = 500;
    private final Deque<String> queue = new ArrayDeque<>();

    /**
     * @param chooseFile asks where to save a sheet, given a suggested file name
     * @param chooseBorrowers asks for a borrowers CSV to import
     * @param notice shows a one-line outcome in the main window's status bar
     */
    public CirculationViewModel(Catalog catalog, Circulation circulation, TaskExecutor executor,
            Function<String, Optional<Path>> chooseFile, java.util.function.Supplier<Optional<Path>> chooseBorrowers, Consumer<String> notice) {
        this.catalog = catalog;
        this.circulation = circulation;
        this.desk = new ScanDesk(circulation);
        this.executor = executor;
        this.chooseFile = chooseFile;
        this.chooseBorrowers = chooseBorrowers;
        this.notice = notice;
    }

    public StringProperty scanTextProperty() {
        return scanText;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ScanDesk.Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** "Ada Pupil (Year 7) · card P100" while a borrower's turn lasts, else blank. */
    public ReadOnlyStringProperty borrowerProperty() {
        return borrower.getReadOnlyProperty();
    }

    /** "12 copies out · 2 overdue · 31 loans this month", read again after every loan and return. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The sheet the Save button writes. */
    public ObjectProperty<Labels.Kind> sheetProperty() {
        return sheet;
    }

    /** What the desk did, newest first. */
    public ObservableList<Activity> activity() {
        return activity;
    }

    /** The copies out past their due date, most days late first. */
    public ObservableList<LoanRow> overdue() {
        return overdue;
    }

    /** The borrowers the list shows: those the filter finds, with what they have out. */
    public ObservableList<org.alcove.catalog.circulation.BorrowerRow> borrowers() {
        return borrowers;
    }

    /** Text the borrower list is narrowed by (name, card or group). */
    public StringProperty borrowerFilterProperty() {
        return borrowerFilter;
    }

    /** Reads the borrower list again, for the filter's text. */
    public void refreshBorrowers() {
        String text = borrowerFilter.get();
        borrowersTask.start(() -> executor.submit(() -> circulation.borrowerRows(text, BORROWERS_SHOWN), borrowers::setAll,
                e -> show(ScanDesk.Outcome.REFUSED, "Could not read the borrowers: " + e.getMessage())));
    }

    /** Adds a borrower; the outcome goes to the desk's log, and the list is read again. */
    public void addBorrower(String name, String card, String group) {
        executor.submit(() -> circulation.addBorrower(name, card, group, ""), b -> {
            show(ScanDesk.Outcome.FINISHED, "Added " + b.getName() + " with card " + b.getCard() + ".");
            refreshBorrowers();
            onChanged.run(); // the main window's Undo names it
        }, e -> show(ScanDesk.Outcome.REFUSED, e.getMessage()));
    }

    private java.util.function.BiPredicate<String, String> confirm = (title, message) -> false;
    private Runnable onChanged = () -> { };

    /** How a deletion is confirmed (title, message; true to go ahead); until set, nothing is deleted. */
    public void setConfirm(java.util.function.BiPredicate<String, String> confirm) {
        this.confirm = confirm;
    }

    /** Told after a change the main window shows (a borrower added or deleted: its Undo names it). */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    /**
     * Deletes {@code row}'s borrower into the trash, with their holds, once confirmed; refused in one
     * sentence while they have a copy out. Undoable from the main window's Edit menu.
     */
    public void deleteBorrower(org.alcove.catalog.circulation.BorrowerRow row) {
        if (row == null) {
            return;
        }
        String who = row.name() + " (card " + row.card() + ")";
        if (!confirm.test("Delete borrower", "Delete " + who + "? They go to the trash with their holds; their past loans keep "
                + "the loans without a name until they are restored. Edit \u2192 Undo or Edit \u2192 Trash\u2026 brings them back.")) {
            return;
        }
        executor.submit(() -> {
            circulation.deleteBorrower(row.card());
            return who;
        }, deleted -> {
            String text = "Deleted " + deleted + ": in the trash; Edit \u2192 Undo brings them back.";
            show(ScanDesk.Outcome.FINISHED, text);
            notice.accept(text);
            refreshBorrowers();
            onChanged.run();
        }, e -> show(ScanDesk.Outcome.REFUSED, e.getMessage()));
    }

    /** Takes the scan field's code (Enter pressed), clears the field, and queues the scan. */
    public void scan() {
        String code = scanText.get() == null ? "" : scanText.get().strip();
        scanText.set("");
        if (code.isEmpty()) {
            return;
        }
        queue.add(code);
        next();
    }

    /**
     * Puts the borrower whose turn it is in the queue for the book {@code code} names (one of its
     * copies' barcodes, or its ISBN).
     */
    public void placeHold(String code) {
        Optional<Borrower> who = desk.borrower();
        if (who.isEmpty()) {
            show(ScanDesk.Outcome.REFUSED, "Scan the borrower's card first, then name the book to hold.");
            return;
        }
        String card = who.get().getCard();
        executor.submit(() -> {
            var book = circulation.findBook(code).orElseThrow(() -> new org.alcove.catalog.circulation.CirculationException(
                    "No copy has barcode '" + code.strip() + "' and no book has that ISBN; nothing changed."));
            return circulation.placeHold(card, book);
        }, h -> show(ScanDesk.Outcome.FINISHED, h.borrower() + " waits for '" + h.title() + "', number " + h.position() + " in the queue."),
                e -> show(ScanDesk.Outcome.REFUSED, e.getMessage()));
    }

    /** Ends the borrower's turn. */
    public void finish() {
        queue.add("");
        next();
    }

    /** Reads the overdue list again. */
    public void refresh() {
        executor.submit(() -> new Lists(circulation.overdue(), summaryText()), lists -> {
            overdue.setAll(lists.overdue());
            summary.set(lists.summary());
        }, e -> show(ScanDesk.Outcome.REFUSED, "Could not read the overdue list: " + e.getMessage()));
    }

    private record Lists(List<LoanRow> overdue, String summary) {
    }

    private String summaryText() {
        CirculationStats s = circulation.stats(1, 0);
        long thisMonth = s.loansPerMonth().isEmpty() ? 0 : s.loansPerMonth().get(s.loansPerMonth().size() - 1).count();
        return s.onLoan() + (s.onLoan() == 1 ? " copy" : " copies") + " out \u00b7 " + s.overdue() + " overdue \u00b7 " + thisMonth
                + (thisMonth == 1 ? " loan" : " loans") + " this month";
    }

    private void next() {
        if (busy.get() || queue.isEmpty()) {
            return;
        }
        String code = queue.poll();
        busy.set(true);
        executor.submit(() -> {
            ScanDesk.Result r = code.isEmpty() ? desk.finish() : desk.scan(code);
            boolean changed = r.outcome() == ScanDesk.Outcome.LENT || r.outcome() == ScanDesk.Outcome.RETURNED
                    || r.outcome() == ScanDesk.Outcome.RENEWED;
            return new Step(r, desk.borrower(), changed ? new Lists(circulation.overdue(), summaryText()) : null);
        }, step -> {
            busy.set(false);
            show(step.result().outcome(), step.result().message());
            borrower.set(step.borrower().map(b -> b.getName() + (b.getGroup().isEmpty() ? "" : " (" + b.getGroup() + ")") + " \u00b7 card "
                    + b.getCard()).orElse(""));
            if (step.lists() != null) {
                overdue.setAll(step.lists().overdue());
                summary.set(step.lists().summary());
            }
            next();
        }, e -> {
            busy.set(false);
            show(ScanDesk.Outcome.REFUSED, "The scan could not be handled (" + e.getMessage() + "); nothing changed.");
            next();
        });
    }

    private record Step(ScanDesk.Result result, Optional<Borrower> borrower, Lists lists) {
    }

    private void show(ScanDesk.Outcome o, String text) {
        outcome.set(o);
        message.set(text);
        activity.add(0, new Activity(LocalTime.now().format(TIME), o, text));
        if (activity.size() > 200) {
            activity.remove(200, activity.size());
        }
    }

    /** Asks where, then writes the chosen sheet in the background; the outcome goes to the status bar and the desk's log. */
    public void saveSheet() {
        Labels.Kind kind = sheet.get();
        Optional<Path> file = chooseFile.apply(kind.option() + ".pdf");
        if (file.isEmpty()) {
            return;
        }
        executor.submit(Work.io(() -> new Labels(catalog).write(kind, file.get(), Labels.Selection.all())), n -> {
            String text = "Saved " + kind.description().split(",")[0] + " (" + n + ") to " + file.get().getFileName() + ".";
            notice.accept(text);
            show(ScanDesk.Outcome.FINISHED, text);
        }, e -> show(ScanDesk.Outcome.REFUSED, "Could not save " + file.get().getFileName() + ": " + Work.readable(e)));
    }

    /**
     * Writes the chosen sheet to a temporary PDF in the background, then hands it to {@code print}
     * on the FX thread (which returns what happened, for the log); the file is deleted afterwards.
     */
    public void printSheet(Function<Path, Printed> print) {
        Labels.Kind kind = sheet.get();
        executor.submit(Work.io(() -> {
            Path tmp = java.nio.file.Files.createTempFile("alcove-" + kind.option() + "-", ".pdf");
            new Labels(catalog).write(kind, tmp, Labels.Selection.all());
            return tmp;
        }), pdf -> {
            try {
                Printed outcome = print.apply(pdf);
                show(outcome.sent() ? ScanDesk.Outcome.FINISHED : ScanDesk.Outcome.REFUSED, outcome.message());
            } finally {
                try {
                    java.nio.file.Files.deleteIfExists(pdf);
                } catch (java.io.IOException ignored) {
                    // a temporary file the system cleans up
                }
            }
        }, e -> show(ScanDesk.Outcome.REFUSED, "Could not make the sheet to print: " + Work.readable(e)));
    }

    /**
     * What printing a sheet did.
     *
     * @param sent whether the pages went to a printer
     * @param message what happened, in a sentence
     */
    public record Printed(boolean sent, String message) {
    }

    /** Asks for a borrowers CSV and imports it in the background (bad rows skipped and reported with their lines). */
    public void importBorrowers() {
        Optional<Path> file = chooseBorrowers.get();
        if (file.isEmpty()) {
            return;
        }
        executor.submit(Work.io(() -> BorrowerImport.run(catalog, file.get(), false)), r -> {
            StringBuilder text = new StringBuilder("Borrowers from ").append(file.get().getFileName()).append(": ").append(r.created())
                    .append(" added, ").append(r.updated()).append(" updated, ").append(r.unchanged()).append(" unchanged, ")
                    .append(r.errors().size()).append(" rejected");
            r.errors().stream().limit(3).forEach(e -> text.append("; line ").append(e.line()).append(": ").append(e.message()));
            text.append(r.errors().size() > 3 ? "; \u2026" : ".");
            notice.accept(text.toString());
            refreshBorrowers();
            show(r.errors().isEmpty() ? ScanDesk.Outcome.FINISHED : ScanDesk.Outcome.REFUSED, text.toString());
        }, e -> show(ScanDesk.Outcome.REFUSED, "Could not import " + file.get().getFileName() + ": " + Work.readable(e)));
    }
}
