package org.alcove.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.List;

import org.alcove.orm.Database;
import org.alcove.orm.QuerySet;
import org.alcove.orm.migrations.MigrationProgress;
import org.alcove.orm.migrations.Migrator;

/**
 * An open catalogue file: the database with the catalogue's models, and the entry to its books
 * and authors. Every service (import, export, stats, search, backup) works on one of these.
 */
public final class Catalog implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Catalog.class.getName());

    private final Database db;
    private final Optional<Path> migrationBackup;

    private Catalog(Database db, Optional<Path> migrationBackup) {
        this.db = db;
        this.migrationBackup = migrationBackup;
    }

    /**
     * Opens the catalogue at {@code file}, creating it (and its folder) when missing: for the
     * commands that create (imports, the window's New). A new or empty file gets every migration
     * at once; a file with migrations pending is refused with a {@link MigrationRequiredException}
     * naming them (see {@link #open(Path, boolean)}). Reading commands use {@link #openExisting}.
     */
    public static Catalog open(Path file) {
        return open(file, false);
    }

    /**
     * Opens the catalogue at {@code file}; with {@code applyPending}, pending migrations are applied
     * after a backup of the file (when it holds data) instead of refusing to open.
     *
     * @throws NotACatalogueException when the file holds other programs' tables or was made by a newer Alcove
     */
    public static Catalog open(Path file, boolean applyPending) {
        requireWritable(file);
        Database db = openDatabase(file);
        Optional<Path> backup = Optional.empty();
        try {
            CatalogMigrations migrations = new CatalogMigrations(db, false);
            migrations.requireNotNewer();
            List<String> pending = migrations.pending();
            if (!pending.isEmpty()) {
                migrations.requireNoForeignTables();
                boolean fresh = db.tableNames().stream().allMatch(Migrator.HISTORY_TABLE::equals);
                if (!fresh && !applyPending) {
                    throw new MigrationRequiredException(file, pending);
                }
                CatalogMigrations.Result r = migrations.applyAll(MigrationProgress.NONE);
                r.backup().ifPresent(p -> LOG.log(System.Logger.Level.INFO, "Backed up " + file + " to " + p + " before migrating"));
                backup = r.backup();
            }
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return new Catalog(db, backup);
    }

    /**
     * Opens an existing catalogue for commands that only read it (stats, search, export): never
     * creates, migrates or otherwise changes the file. A missing or empty file, one without Alcove's
     * tables (say rolled back by {@code migrate zero}) is refused with a {@link NotACatalogueException};
     * one with migrations pending with a {@link MigrationRequiredException}.
     */
    public static Catalog openExisting(Path file) {
        Database db = openUnmigrated(file);
        try {
            List<String> pending = new CatalogMigrations(db, false).pending();
            if (!pending.isEmpty()) {
                throw new MigrationRequiredException(file, pending);
            }
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return new Catalog(db, Optional.empty());
    }

    /**
     * Opens a catalogue made by a newer Alcove to read it only (the window's browsing): a read-only
     * connection, so nothing this version does can change what the newer one relies on.
     */
    public static Catalog openNewerToRead(Path file) {
        requireNonEmptyFile(file);
        return new Catalog(Database.openReadOnly(file, false, CatalogModels.array()), Optional.empty());
    }

    /**
     * Opens an existing catalogue of any Alcove version, up to date or not, for commands that copy
     * it as it is (backup). Refuses what {@link #openExisting} refuses, except pending migrations.
     */
    public static Catalog openAnyVersion(Path file) {
        return new Catalog(openUnmigrated(file), Optional.empty());
    }

    /**
     * Copies the catalogue at {@code file}, of any Alcove version, to {@code copy} and opens the copy
     * with every pending migration applied, for reading an out-of-date catalogue (export) without
     * changing it. The copy is a throwaway: it gets no backup of its own; the caller deletes it.
     *
     * @throws DamagedCatalogueException when {@code file} fails its structural check
     */
    public static Catalog openMigratedCopy(Path file, Path copy) {
        try (Catalog old = openAnyVersion(file)) {
            old.requireIntact().db().backup(copy);
        }
        Database db = openDatabase(copy);
        try {
            new CatalogMigrations(db, false).applyAllToThrowawayCopy();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return new Catalog(db, Optional.empty());
    }

    private static Database openUnmigrated(Path file) {
        requireNonEmptyFile(file);
        CatalogueAccess access = CatalogueAccess.of(file);
        Database db = access.writable() ? Database.open(file, CatalogModels.array())
                : Database.openReadOnly(file, access == CatalogueAccess.READ_ONLY_IMMUTABLE, CatalogModels.array());
        try {
            CatalogMigrations migrations = new CatalogMigrations(db, false);
            if (!migrations.anyApplied()) {
                throw new NotACatalogueException(file + " holds no Alcove catalogue (no migration is applied); nothing was changed."
                        + " Make it one with 'alcove --db " + file + " migrate' or by importing into it.");
            }
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /** Refuses, in one sentence, to write to a file or into a folder that cannot be written. */
    static void requireWritable(Path file) {
        if (!CatalogueAccess.of(file).writable()) {
            throw new ReadOnlyCatalogueException(file);
        }
    }

    /**
     * Whether the catalogue was opened read-only, its file or folder not being writable (see
     * {@link CatalogueAccess}): reading commands work, every write is refused.
     */
    public boolean isReadOnly() {
        return db.isReadOnly();
    }

    /**
     * This catalogue, if it can be written; for commands about to change a catalogue they opened
     * for reading first.
     *
     * @throws ReadOnlyCatalogueException if it was opened read-only
     */
    public Catalog requireWritable() {
        if (isReadOnly()) {
            throw new ReadOnlyCatalogueException(file());
        }
        return this;
    }

    /** Refuses a missing or zero-byte file before SQLite is let near it (opening one would write a header). */
    static void requireNonEmptyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                throw new NotACatalogueException("No catalogue at " + file + " (check --db, or create it by importing into it).");
            }
            if (Files.size(file) == 0) {
                throw new NotACatalogueException(file + " is empty (0 bytes), not a catalogue; nothing was changed."
                        + " Restore it from a backup, or make it a new catalogue with 'alcove --db " + file + " migrate'.");
            }
        } catch (java.io.IOException e) {
            throw new org.alcove.orm.DatabaseError("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Refuses to go on with a damaged catalogue: runs a quick structural check (all pages read, no
     * row-by-row comparison), for commands about to write to it or copy it out.
     *
     * @throws DamagedCatalogueException naming the first problems and the ways out
     */
    public Catalog requireIntact() {
        List<String> problems = db.integrityProblems();
        if (!problems.isEmpty()) {
            throw new DamagedCatalogueException(file(), problems);
        }
        return this;
    }

    /** The backup written before migrating this file on opening it, if one was (only a file holding data gets one). */
    public Optional<Path> migrationBackup() {
        return migrationBackup;
    }

    /** Opens the file's database without looking at its migrations. */
    static Database openDatabase(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new org.alcove.orm.DatabaseError("Cannot create the folder for " + file + ": " + e.getMessage(), e);
        }
        return Database.open(file, CatalogModels.array());
    }

    /** The migrations of this catalogue (listing, applying, rolling back). */
    public CatalogMigrations migrations() {
        return new CatalogMigrations(db, false);
    }

    public Database db() {
        return db;
    }

    public Path file() {
        return db.file();
    }

    /** All books, in the default order (newest first). */
    public QuerySet<Book> books() {
        return db.objects(Book.class);
    }

    /** All authors, by name. */
    public QuerySet<Author> authors() {
        return db.objects(Author.class);
    }

    @Override
    public void close() {
        db.close();
    }
}
