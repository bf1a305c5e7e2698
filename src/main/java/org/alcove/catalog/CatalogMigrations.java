package org.alcove.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alcove.orm.Database;
import org.alcove.orm.DatabaseError;
import org.alcove.orm.migrations.MigrationProgress;
import org.alcove.orm.migrations.MigrationSource;
import org.alcove.orm.migrations.MigrationStatus;
import org.alcove.orm.migrations.Migrator;

/**
 * The catalogue's migrations as the app's Migrations dialog and the CLI use them: list them with
 * their state, apply them (backing the file up first when it holds data), roll back, show SQL.
 * Every method may be called from a background thread; calls on one instance run one at a time.
 *
 * <pre>{@code
 * try (CatalogMigrations migrations = CatalogMigrations.open(file)) {
 *     Result r = migrations.applyAll((name, i, total) -> progress.update(i, total));
 *     r.backup().ifPresent(p -> status.setText("Backup: " + p));
 * }
 * }</pre>
 */
public final class CatalogMigrations implements AutoCloseable {
    /** The class-path folder the catalogue's migrations ship in. */
    public static final String FOLDER = "org/alcove/catalog/migrations";
    /** The application name the history table records. */
    public static final String APP = "catalog";


    private final Database db;
    private final boolean ownsDatabase;
    private final Migrator migrator;

    /**
     * What a migrate call did.
     *
     * @param migrations the migrations applied or rolled back, in order
     * @param backwards  whether they were rolled back
     * @param backup     the backup written first, if the catalogue held data
     */
    public record Result(List<String> migrations, boolean backwards, Optional<Path> backup) {
        public Result {
            migrations = List.copyOf(migrations);
        }
    }

    /**
     * A migration and whether the catalogue has it, for the app's Migrations dialog.
     *
     * @param name       the migration's name, e.g. {@code 0002_book_indexes}
     * @param applied    whether it is applied
     * @param appliedAt  when it was applied (ISO-8601), or null
     * @param operations a line per operation
     */
    public record State(String name, boolean applied, String appliedAt, List<String> operations) {
        public State {
            operations = List.copyOf(operations);
        }
    }

    /** Told before each migration is applied or rolled back: its name, its place (1-based) and how many in all. */
    @FunctionalInterface
    public interface Step {
        void migrating(String name, int index, int total);
    }

    CatalogMigrations(Database db, boolean ownsDatabase) {
        this.db = db;
        this.ownsDatabase = ownsDatabase;
        this.migrator = new Migrator(db, source());
    }

    /** The catalogue's shipped migrations. */
    public static MigrationSource source() {
        return MigrationSource.classpath(APP, FOLDER);
    }

    /** Opens the catalogue {@code where} names, a file or a shared catalogue on a server ({@code postgresql://...}), for migrating only. */
    public static CatalogMigrations open(String where) {
        return Catalog.isShared(where) ? new CatalogMigrations(Database.connect(where, CatalogModels.array()), true) : open(Path.of(where));
    }

    /**
     * Opens the catalogue file for migrating only (it need not be up to date); close it when done.
     * A file that cannot be written is opened read-only: listing works, {@link #requireWritable} refuses.
     */
    public static CatalogMigrations open(Path file) {
        CatalogueAccess access = CatalogueAccess.of(file);
        if (!access.writable() && Files.exists(file)) {
            return new CatalogMigrations(Database.openReadOnly(file, access == CatalogueAccess.READ_ONLY_IMMUTABLE, CatalogModels.array()), true);
        }
        return new CatalogMigrations(Catalog.openDatabase(file), true);
    }

    /**
     * Refuses, in one sentence, to go on when the file was opened read-only (see {@link CatalogueAccess}).
     *
     * @throws ReadOnlyCatalogueException if it cannot be written
     */
    public CatalogMigrations requireWritable() {
        if (db.isReadOnly()) {
            throw new ReadOnlyCatalogueException(db.file());
        }
        return this;
    }

    /**
     * Refuses a damaged file (SQLite's {@code quick_check} finds problems) before a migration
     * rewrites it: a table rebuild over damaged pages could spread the damage into the copy.
     *
     * @throws DamagedCatalogueException naming the problems and the way out
     */
    public CatalogMigrations requireIntact() {
        List<String> problems = db.integrityProblems();
        if (!problems.isEmpty()) {
            throw new DamagedCatalogueException(db.file(), problems);
        }
        return this;
    }

    /** Every migration with whether it is applied, in order. */
    public synchronized List<MigrationStatus> list() {
        return migrator.status();
    }

    /** {@link #list()} in the catalogue's own terms, for callers that keep clear of the ORM (the window). */
    public List<State> states() {
        return list().stream().map(m -> new State(m.name(), m.applied(), m.appliedAt(), m.operations())).toList();
    }

    /** The migrations not applied yet. */
    public synchronized List<String> pending() {
        return migrator.pending();
    }

    /** Applies every pending migration, backing the file up first when it holds data. */
    public Result applyAll(MigrationProgress progress) {
        return migrateTo(null, progress);
    }

    /**
     * Migrates to {@code target}: a migration's name (applying up to it, or rolling back to it when
     * it is applied), {@code "zero"} (rolling everything back) or null (everything pending). The
     * file is backed up first when it holds data and there is something to do. {@code progress}
     * may be null.
     */
    public synchronized Result migrateTo(String target, MigrationProgress progress) {
        return migrateTo(target, progress, false);
    }

    /**
     * {@link #migrateTo(String, MigrationProgress)}; with {@code force}, also a file that holds
     * other programs' tables and no Alcove catalogue yet gets the catalogue's tables beside them.
     *
     * @throws NotACatalogueException when the file holds other programs' tables (without {@code force})
     *     or was made by a newer Alcove
     */
    public synchronized Result migrateTo(String target, MigrationProgress progress, boolean force) {
        Migrator.Plan plan = migrator.plan(target);
        if (!plan.backwards() && !plan.migrations().isEmpty() && !force) {
            requireNoForeignTables();
        }
        return migrateTo(plan, target, progress);
    }

    private Result migrateTo(Migrator.Plan plan, String target, MigrationProgress progress) {
        requireNotNewer();
        if (plan.migrations().isEmpty()) {
            return new Result(List.of(), plan.backwards(), Optional.empty());
        }
        // a catalogue on a server is backed up there (pg_dump); its migrations are transactional DDL
        Optional<Path> backup = db.file() != null && holdsData() ? Optional.of(backup()) : Optional.empty();
        List<String> done = migrator.migrate(target, progress == null ? MigrationProgress.NONE : progress);
        return new Result(done, plan.backwards(), backup);
    }

    /**
     * What migrating to {@code target} would do, without changing anything.
     *
     * @param migrations the migrations it would run, in the order it would run them (last applied
     *     first when rolling back)
     * @param backwards whether it rolls them back rather than applying them
     */
    public record Plan(List<String> migrations, boolean backwards) {
        public Plan {
            migrations = List.copyOf(migrations);
        }
    }

    /**
     * What migrating to {@code target} would do (see {@link #migrateTo}), without changing anything.
     *
     * @throws org.alcove.orm.migrations.MigrationError when that is a rollback past a migration
     *     that cannot be undone
     */
    public synchronized Plan plan(String target) {
        Migrator.Plan plan = migrator.plan(target);
        return new Plan(plan.migrations(), plan.backwards());
    }

    /** Whether migrating to {@code target} rolls migrations back (rather than applying them). */
    public boolean rollsBack(String target) {
        return plan(target).backwards();
    }

    /**
     * Rolls back to {@code target}, undoing exactly {@code confirmed}: the migrations a
     * {@link #plan} named and the user agreed to undo. When the plan is another by now (another
     * program migrated the file since), nothing is done.
     *
     * @throws IllegalStateException when the rollback would now do something else than confirmed
     */
    public synchronized Result rollBack(String target, List<String> confirmed, Step step) {
        Migrator.Plan plan = migrator.plan(target);
        if (!plan.backwards() || !plan.migrations().equals(confirmed)) {
            throw new IllegalStateException("The catalogue's migrations changed since the rollback to " + target
                    + " was confirmed; nothing was done. Look at the list again.");
        }
        return migrateTo(plan, target, step == null ? null : step::migrating);
    }

    /** {@link #migrateTo} with a progress callback of the catalogue's own type (null for none). */
    public Result migrate(String target, Step step) {
        return migrateTo(target, step == null ? null : step::migrating);
    }

    /** The SQL applying (or rolling back) migration {@code name} runs. */
    public synchronized List<String> sql(String name, boolean backwards) {
        return migrator.sql(name, backwards);
    }

    /** Applies every pending migration without writing a backup first: only for a copy that is thrown away afterwards. */
    synchronized List<String> applyAllToThrowawayCopy() {
        requireNotNewer();
        return migrator.migrate(null, MigrationProgress.NONE);
    }

    /** Whether the history records any migration of the catalogue, known to this Alcove or not. */
    public synchronized boolean anyApplied() {
        return list().stream().anyMatch(MigrationStatus::applied) || !migrator.unknownApplied().isEmpty();
    }

    /**
     * Refuses a file made by a newer Alcove: one whose history has migrations this Alcove does not
     * ship. Writing to it could break what the newer version relies on; reading it stays possible.
     *
     * @throws NotACatalogueException naming the unknown migrations
     */
    /** Whether the file was made by a newer Alcove (its history has migrations this one does not ship). */
    public synchronized boolean isNewer() {
        return !migrator.unknownApplied().isEmpty();
    }

    public synchronized void requireNotNewer() {
        List<String> unknown = migrator.unknownApplied();
        if (!unknown.isEmpty()) {
            throw new NotACatalogueException("The catalogue " + db.file() + " was made by a newer Alcove than this one ("
                    + org.alcove.Version.get() + "): it has migration(s) " + String.join(", ", unknown)
                    + " this version does not know, so it will not change it. Open it with that newer Alcove.");
        }
    }

    /**
     * Refuses to turn another program's database into a catalogue: a file where no catalogue
     * migration is applied but which has tables besides the migration history.
     *
     * @throws NotACatalogueException naming the tables
     */
    public synchronized void requireNoForeignTables() {
        if (anyApplied()) {
            return;
        }
        List<String> foreign = db.tableNames().stream().filter(t -> !t.equals(Migrator.HISTORY_TABLE)).toList();
        if (!foreign.isEmpty()) {
            throw new NotACatalogueException(db.file() + " is not an Alcove catalogue: it holds other tables ("
                    + String.join(", ", foreign.subList(0, Math.min(5, foreign.size()))) + (foreign.size() > 5 ? ", ..." : "")
                    + "); nothing was changed. Use 'migrate --force' to add the catalogue's tables beside them anyway.");
        }
    }

    /** Whether any table besides the migration history has rows. */
    public synchronized boolean holdsData() {
        for (Map.Entry<String, Long> e : db.rowCounts().entrySet()) {
            if (!e.getKey().equals(Migrator.HISTORY_TABLE) && e.getValue() > 0) {
                return true;
            }
        }
        return false;
    }

    /** Writes a backup to {@code backups/<name>-YYYYMMDD-HHMMSS.alcove} beside the catalogue (see {@link AutoBackups}); returns its path. */
    public synchronized Path backup() {
        return new AutoBackups(db).write();
    }

    @Override
    public void close() {
        if (ownsDatabase) {
            db.close();
        }
    }
}
