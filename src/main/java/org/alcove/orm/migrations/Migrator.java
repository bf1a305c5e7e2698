package org.alcove.orm.migrations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alcove.orm.Database;

/**
 * Applies and rolls back an application's migrations on a database (Django's executor and
 * recorder): each migration runs in its own transaction and is recorded in the history table
 * {@value #HISTORY_TABLE}; a migration that fails leaves schema, data and history as they were.
 *
 * <pre>{@code
 * Migrator migrator = new Migrator(db, MigrationSource.classpath("catalog", "org/alcove/catalog/migrations"));
 * migrator.migrate(MigrationProgress.NONE);          // apply everything pending
 * migrator.migrate("0001_initial", MigrationProgress.NONE); // roll back to 0001_initial
 * }</pre>
 */
public final class Migrator {
    /** The history table. */
    public static final String HISTORY_TABLE = Recorder.TABLE;
    /** The target that rolls every migration back. */
    public static final String ZERO = "zero";

    private final Database db;
    private final MigrationSource source;
    private final Recorder recorder;

    /** What {@link #migrate(String, MigrationProgress)} would do: migrations in the order they would run. */
    public record Plan(List<String> migrations, boolean backwards) {
        public Plan {
            migrations = List.copyOf(migrations);
        }
    }

    public Migrator(Database db, MigrationSource source) {
        this.db = db;
        this.source = source;
        this.recorder = new Recorder(db, source.app());
    }

    private MigrationGraph graph() {
        MigrationGraph graph = new MigrationGraph(source.load());
        graph.requireNoConflict();
        return graph;
    }

    /** Every migration with whether it is applied, in order. */
    public List<MigrationStatus> status() {
        Map<String, String> applied = recorder.applied();
        List<MigrationStatus> out = new ArrayList<>();
        for (Migration m : graph().ordered()) {
            out.add(new MigrationStatus(m.name(), applied.containsKey(m.name()), applied.get(m.name()), m.describe()));
        }
        return out;
    }

    /**
     * Migrations the history records as applied that the source does not know, in the order they
     * were applied: the database was migrated by a newer version of the application.
     */
    public List<String> unknownApplied() {
        MigrationGraph graph = graph();
        List<String> unknown = new ArrayList<>();
        for (String name : recorder.applied().keySet()) {
            if (graph.ordered().stream().noneMatch(m -> m.name().equals(name))) {
                unknown.add(name);
            }
        }
        return unknown;
    }

    /** The migrations not applied yet, in the order they would be applied. */
    public List<String> pending() {
        return plan(null).migrations();
    }

    /**
     * The plan to reach {@code target}: null for the latest migration, {@link #ZERO}, or a
     * migration's name. A rollback past an irreversible operation is refused here.
     */
    public Plan plan(String target) {
        return plan(graph(), target);
    }

    private Plan plan(MigrationGraph graph, String target) {
        List<Migration> ordered = graph.ordered();
        Map<String, String> applied = recorder.applied();
        List<String> names = new ArrayList<>();
        if (target == null) {
            ordered.stream().filter(m -> !applied.containsKey(m.name())).forEach(m -> names.add(m.name()));
            return new Plan(names, false);
        }
        int stop = ZERO.equals(target) ? -1 : graph.indexOf(target);
        if (stop >= 0 && !applied.containsKey(target)) {
            ordered.subList(0, stop + 1).stream().filter(m -> !applied.containsKey(m.name())).forEach(m -> names.add(m.name()));
            return new Plan(names, false);
        }
        for (int i = ordered.size() - 1; i > stop; i--) {
            if (applied.containsKey(ordered.get(i).name())) {
                names.add(ordered.get(i).name());
            }
        }
        Plan back = new Plan(names, true);
        requireReversible(back, graph, target); // refused here, before a caller backs up or changes anything
        return back;
    }

    /** Applies every pending migration; returns their names. */
    public List<String> migrate(MigrationProgress progress) {
        return migrate(null, progress);
    }

    /**
     * Migrates to {@code target}: null applies everything pending; a migration not yet applied is
     * applied with those before it; an applied one rolls back everything after it; {@link #ZERO}
     * rolls everything back. Refuses, before changing anything, to roll back past an irreversible
     * operation. Returns the names applied or rolled back, in order.
     */
    public List<String> migrate(String target, MigrationProgress progress) {
        if (db.inTransaction()) {
            throw new MigrationError("Migrations cannot run inside a transaction: each one opens its own");
        }
        MigrationGraph graph = graph();
        Plan plan = plan(graph, target);
        int i = 0;
        for (String name : plan.migrations()) {
            progress.migrating(name, ++i, plan.migrations().size());
            if (plan.backwards()) {
                unapply(graph, name);
            } else {
                apply(graph, name);
            }
        }
        return plan.migrations();
    }

    private static void requireReversible(Plan plan, MigrationGraph graph, String target) {
        for (String name : plan.migrations()) {
            for (Operation op : graph.get(name).operations()) {
                if (!op.reversible()) {
                    throw new MigrationError("Cannot roll back to " + target + ": migration " + name
                            + " has an irreversible operation (" + op.describe() + "); nothing was changed");
                }
            }
        }
    }

    /** The SQL that applying (or rolling back) the migration {@code name} runs, as {@code sqlmigrate} prints it. */
    public List<String> sql(String name, boolean backwards) {
        MigrationGraph graph = graph();
        Migration m = graph.get(name);
        if (backwards) {
            requireReversible(new Plan(List.of(name), true), graph, "before " + name);
        }
        SchemaContext ctx = SchemaContext.collecting(db);
        run(ctx, graph, m, backwards);
        return ctx.collected();
    }

    private void apply(MigrationGraph graph, String name) {
        Migration m = graph.get(name);
        inTransaction(name, () -> {
            recorder.ensureTable(); // inside the transaction: a failed first migration leaves no history table behind
            run(SchemaContext.applying(db), graph, m, false);
            recorder.record(name);
        });
    }

    private void unapply(MigrationGraph graph, String name) {
        Migration m = graph.get(name);
        inTransaction(name, () -> {
            run(SchemaContext.applying(db), graph, m, true);
            recorder.unrecord(name);
        });
    }

    private static void run(SchemaContext ctx, MigrationGraph graph, Migration m, boolean backwards) {
        List<ProjectState> states = new ArrayList<>();
        ProjectState state = graph.stateBefore(graph.indexOf(m.name()));
        states.add(state);
        for (Operation op : m.operations()) {
            state = state.copy();
            op.stateForwards(state);
            states.add(state);
        }
        List<Operation> ops = m.operations();
        if (backwards) {
            for (int k = ops.size() - 1; k >= 0; k--) {
                ops.get(k).backwards(ctx, states.get(k + 1), states.get(k));
            }
        } else {
            for (int k = 0; k < ops.size(); k++) {
                ops.get(k).forwards(ctx, states.get(k), states.get(k + 1));
            }
        }
    }

    /**
     * Runs one migration in a transaction with foreign-key enforcement off (SQLite can only switch
     * it outside a transaction; a table rebuild needs it off), checking every reference before commit.
     */
    private void inTransaction(String name, Runnable work) {
        String off = db.dialect().foreignKeysSql(false);
        if (off != null) {
            db.executeScript(off);
        }
        try {
            db.atomic(() -> {
                work.run();
                checkForeignKeys(name);
            });
        } catch (RuntimeException e) {
            throw new MigrationError("Migration " + name + " failed and was rolled back (schema, data and history "
                    + "are unchanged): " + e.getMessage(), e);
        } finally {
            String on = db.dialect().foreignKeysSql(true);
            if (on != null) {
                db.executeScript(on);
            }
        }
    }

    private void checkForeignKeys(String name) {
        String now = db.dialect().checkConstraintsNowSql();
        if (now != null) {
            try {
                db.executeScript(now);
            } catch (org.alcove.orm.IntegrityError e) {
                throw new MigrationError(name + " leaves broken foreign key reference(s): " + e.getMessage(), e);
            }
        }
        String check = db.dialect().foreignKeyCheckSql();
        if (check == null) {
            return;
        }
        List<String> broken = db.query(check, List.of(), rs -> rs.getString(1) + " row " + rs.getLong(2) + " -> " + rs.getString(3));
        if (!broken.isEmpty()) {
            throw new MigrationError(name + " leaves " + broken.size() + " broken foreign key reference(s), e.g. "
                    + broken.get(0));
        }
    }
}
