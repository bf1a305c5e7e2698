package org.alcove.ui.migrations;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

import org.alcove.catalog.CatalogMigrations;
import org.alcove.catalog.CatalogMigrations.State;
import org.alcove.ui.task.TaskExecutor;

/**
 * The Migrations dialog's state and commands: every migration with its state, Apply (all
 * pending), Roll back to… (after a confirmation naming what is undone), the SQL of a migration
 * either way; the work runs in the background with progress, and the outcome names the backup.
 */
public final class MigrationsViewModel {
    /** The rollback target that undoes every migration. */
    public static final String ZERO = "zero";

    private final CatalogMigrations migrations;
    private final TaskExecutor executor;
    private final Predicate<String> confirm;
    private final Runnable changed;
    private final Consumer<String> notice;

    private final ObservableList<State> states = FXCollections.observableArrayList();
    /** states, read-only, made once: a listener on a wrapper made per call is held only weakly and lost when it is collected. */
    private final ObservableList<State> statesView = FXCollections.unmodifiableObservableList(states);
    private final ObservableList<String> rollbackTargets = FXCollections.observableArrayList();
    /** rollbackTargets, read-only, made once: a listener on a wrapper made per call is held only weakly and lost when it is collected. */
    private final ObservableList<String> rollbackTargetsView = FXCollections.unmodifiableObservableList(rollbackTargets);
    private final ObjectProperty<String> rollbackTarget = new SimpleObjectProperty<>(this, "rollbackTarget");
    private final ObjectProperty<State> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty backwards = new SimpleBooleanProperty(this, "backwards");
    private final ReadOnlyStringWrapper sql = new ReadOnlyStringWrapper(this, "sql", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper hasPending = new ReadOnlyBooleanWrapper(this, "hasPending");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /**
     * @param confirm asks the user a yes/no question (the rollback's confirmation)
     * @param changed told after migrations were applied or rolled back (the main window refreshes)
     * @param notice a one-line outcome for the status bar
     */
    public MigrationsViewModel(CatalogMigrations migrations, TaskExecutor executor, Predicate<String> confirm,
            Runnable changed, Consumer<String> notice) {
        this.migrations = migrations;
        this.executor = executor;
        this.confirm = confirm;
        this.changed = changed;
        this.notice = notice;
        selected.addListener((o, old, s) -> loadSql());
        backwards.addListener((o, old, b) -> loadSql());
    }

    // Properties

    /** Every migration, in order, with whether it is applied. */
    public ObservableList<State> states() {
        return statesView;
    }

    /** What Roll back to… offers: "zero", then every applied migration but the last. */
    public ObservableList<String> rollbackTargets() {
        return rollbackTargetsView;
    }

    public ObjectProperty<String> rollbackTargetProperty() {
        return rollbackTarget;
    }

    /** The migration whose SQL is shown. */
    public ObjectProperty<State> selectedProperty() {
        return selected;
    }

    /** Whether the SQL shown is the rollback's. */
    public BooleanProperty backwardsProperty() {
        return backwards;
    }

    public ReadOnlyStringProperty sqlProperty() {
        return sql.getReadOnlyProperty();
    }

    /** "2 migrations, 1 pending". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPendingProperty() {
        return hasPending.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "Applying 0002_book_indexes (2/2)". */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** What the last Apply or Roll back did, naming the backup. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Why the last command failed ("" when it did not). */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    // Commands

    /** Reads the migrations' states in the background. */
    public void refresh() {
        executor.submit(migrations::states, this::show, e -> error.set(e.getMessage()));
    }

    /** Applies every pending migration. */
    public void applyAll() {
        if (hasPending.get()) {
            migrate(null, null);
        }
    }

    /**
     * Rolls back to the chosen target, after a confirmation naming what will be undone (as the
     * catalogue plans it, in the background); a rollback that cannot be done is refused before
     * anything is asked.
     */
    public void rollBack() {
        String target = rollbackTarget.get();
        if (target == null) {
            return;
        }
        error.set("");
        executor.submit(() -> new Rollback(migrations.plan(target), migrations.holdsData()), r -> {
            List<String> undone = r.plan().migrations();
            if (!r.plan().backwards()) {
                // Another program migrated the file since the list was read: rolling "back" would apply.
                error.set(target + " is no longer applied, so there is nothing to roll back to; the list was read again.");
                refresh();
            } else if (undone.isEmpty()) {
                refresh(); // another program already rolled back to it: show the list as it is now
            } else if (confirm.test(confirmation(target, undone, r.holdsData()))) {
                migrate(target, undone);
            }
        }, e -> error.set(e.getMessage()));
    }

    /** What a rollback would undo, and whether the file holds data (so is backed up first), read together. */
    private record Rollback(CatalogMigrations.Plan plan, boolean holdsData) {
    }

    static String confirmation(String target, List<String> undone, boolean holdsData) {
        String what = undone.size() == 1 ? "migration " + undone.get(0) : undone.size() + " migrations (" + String.join(", ", undone) + ")";
        return "Roll back to " + target + "? This undoes " + what + "."
                + (holdsData ? " A backup of the catalogue is made first." : " The catalogue holds no data, so no backup is needed.");
    }

    /** Applies up to {@code target}, or, given what the user confirmed it undoes, rolls back to it. */
    private void migrate(String target, List<String> confirmedUndone) {
        boolean rollingBack = confirmedUndone != null;
        error.set("");
        outcome.set("");
        busy.set(true);
        progress.set(0);
        String verb = rollingBack ? "Rolling back " : "Applying ";
        Task<CatalogMigrations.Result> task = new Task<>() {
            @Override
            protected CatalogMigrations.Result call() {
                CatalogMigrations.Step step = (name, i, total) -> {
                    updateProgress(i - 1, total);
                    updateMessage(verb + name + " (" + i + "/" + total + ")");
                };
                return rollingBack ? migrations.rollBack(target, confirmedUndone, step) : migrations.migrate(target, step);
            }
        };
        progress.bind(task.progressProperty());
        progressText.bind(task.messageProperty());
        task.setOnSucceeded(e -> done(task.getValue()));
        task.setOnFailed(e -> failed(task.getException()));
        executor.submit(task);
    }

    private void done(CatalogMigrations.Result r) {
        unbind();
        progress.set(1);
        busy.set(false);
        String text = describe(r);
        outcome.set(text);
        notice.accept(text);
        refresh();
        if (!r.migrations().isEmpty()) {
            changed.run();
        }
    }

    static String describe(CatalogMigrations.Result r) {
        if (r.migrations().isEmpty()) {
            return "Nothing to do: the catalogue is already there.";
        }
        String names = String.join(", ", r.migrations());
        String text = (r.backwards() ? "Rolled back " : "Applied ") + names + ".";
        return r.backup().map(p -> text + " A backup was written first: " + p).orElse(text);
    }

    private void failed(Throwable e) {
        unbind();
        progress.set(0);
        progressText.set("");
        busy.set(false);
        error.set(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        refresh();
    }

    private void unbind() {
        progress.unbind();
        progressText.unbind();
    }

    private void show(List<State> loaded) {
        String keep = selected.get() == null ? null : selected.get().name();
        states.setAll(loaded);
        selected.set(loaded.stream().filter(m -> m.name().equals(keep)).findFirst().orElse(null));
        List<String> applied = loaded.stream().filter(State::applied).map(State::name).toList();
        List<String> targets = new ArrayList<>();
        if (!applied.isEmpty()) {
            targets.add(ZERO);
            targets.addAll(applied.subList(0, applied.size() - 1));
        }
        rollbackTargets.setAll(targets);
        rollbackTarget.set(targets.isEmpty() ? null : targets.get(targets.size() - 1));
        long pending = loaded.stream().filter(m -> !m.applied()).count();
        hasPending.set(pending > 0);
        summary.set(loaded.size() + (loaded.size() == 1 ? " migration" : " migrations") + ", "
                + (pending == 0 ? "all applied" : pending + " pending"));
    }

    private void loadSql() {
        State s = selected.get();
        if (s == null) {
            sql.set("");
            return;
        }
        boolean back = backwards.get();
        executor.submit(() -> sqlText(migrations.sql(s.name(), back)), sql::set,
                e -> sql.set("-- " + e.getMessage()));
    }

    private static String sqlText(List<String> statements) {
        if (statements.isEmpty()) {
            return "-- This migration runs no SQL.";
        }
        return String.join("\n\n", statements.stream().map(s -> s.strip().endsWith(";") ? s.strip() : s.strip() + ";").toList());
    }
}
