package org.alcove.catalog.browse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.alcove.catalog.AutoBackups;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.CatalogPaths;
import org.alcove.catalog.ReadOnlyCatalogueException;
import org.alcove.catalog.export.ExportService;
import org.alcove.catalog.io.SafeFiles;
import org.alcove.orm.DatabaseError;
import org.alcove.orm.OrmException;

/**
 * An open catalogue as the window uses it: its browser and editing services, backup and export,
 * with the ORM's failures turned into catalogue exceptions whose messages a user can act on.
 */
public final class CatalogSession implements AutoCloseable {
    private final Catalog catalog;
    private final BookBrowser browser;
    private final BookEditing editing;

    /** Why the catalogue is read-only when it is for another reason than its file or folder (a newer Alcove made it), or null. */
    private String readOnlyBecause;

    private CatalogSession(Catalog catalog) {
        this.catalog = catalog;
        this.browser = new BookBrowser(catalog);
        this.editing = new BookEditing(catalog);
    }

    /**
     * Starts loading the database driver and the catalogue's models on a background thread, so
     * that the first catalogue opens quickly; the window calls it while it builds itself.
     */
    public static void preloadInBackground() {
        Thread t = new Thread(() -> org.alcove.orm.Database.preload(org.alcove.catalog.CatalogModels.array()), "alcove-preload");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Opens (creating when missing) the catalogue at {@code file}.
     *
     * @throws CatalogOpenException when the file is corrupt, locked or not a catalogue
     */
    public static CatalogSession open(Path file) {
        return open(file, false);
    }

    /**
     * Opens the catalogue at {@code file}; with {@code applyPending}, a catalogue older than the app
     * is migrated first (after a backup, when it holds data). Without it, such a catalogue is
     * refused with {@link org.alcove.catalog.MigrationRequiredException}, which the window turns
     * into the question whether to migrate.
     *
     * @throws CatalogOpenException when the file is corrupt, locked or not a catalogue
     */
    public static CatalogSession open(Path file, boolean applyPending) {
        try {
            // a catalogue on read-only media (a CD, a locked share) is opened to read: browse, search, export, print
            boolean readOnly = Files.exists(file) && !org.alcove.catalog.CatalogueAccess.of(file).writable();
            Catalog catalog = readOnly ? Catalog.openExisting(file) : Catalog.open(file, applyPending);
            try {
                catalog.books().exists();
            } catch (RuntimeException e) {
                catalog.close();
                throw e;
            }
            return new CatalogSession(catalog);
        } catch (DatabaseError e) {
            throw new CatalogOpenException(file.getFileName() + " cannot be opened: " + readable(e), e);
        } catch (org.alcove.catalog.NotACatalogueException e) {
            if (madeByNewer(file)) { // read it, change nothing: what the newer Alcove relies on stays as it was
                CatalogSession session = new CatalogSession(org.alcove.catalog.Catalog.openNewerToRead(file));
                session.readOnlyBecause = e.getMessage().replace(" so it will not change it. Open it with that newer Alcove.",
                        " so it is open to read: nothing can be changed here. Open it with that newer Alcove to edit it.");
                return session;
            }
            throw new CatalogOpenException(e.getMessage(), e);
        } catch (ReadOnlyCatalogueException e) {
            throw new CatalogOpenException(e.getMessage(), e);
        }
    }

    /**
     * Opens the shared catalogue in a PostgreSQL database, {@code postgresql://user@host:5432/name}
     * (the password from {@code PGPASSWORD} or {@code ~/.pgpass}, never in the string): an empty
     * database becomes a catalogue; one older than the app is migrated when {@code applyPending}.
     *
     * @throws CatalogOpenException when the server refuses, or the database holds something else
     */
    public static CatalogSession openShared(String url, boolean applyPending) {
        try {
            return new CatalogSession(Catalog.open(url, applyPending));
        } catch (DatabaseError | org.alcove.catalog.NotACatalogueException e) {
            throw new CatalogOpenException(url + " cannot be opened: " + e.getMessage(), e);
        }
    }

    /**
     * Connects to {@code url} and lets go at once, changing nothing: "Connected to …" with what the
     * database holds, or, in one sentence, why not (the server's own words).
     */
    public static String testConnection(String url) {
        try (org.alcove.orm.Database db = org.alcove.orm.Database.connect(url, org.alcove.catalog.CatalogModels.array())) {
            boolean catalogue = db.tableNames().contains("book");
            return "Connected to " + db.location() + (catalogue ? ": it holds an Alcove catalogue." : ": an empty database, which becomes a catalogue when opened.");
        } catch (DatabaseError e) {
            String m = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            return "Cannot connect: " + m + (m.endsWith(".") ? "" : ".");
        }
    }

    /** Whether this is a shared catalogue on a server rather than a file. */
    public boolean isShared() {
        return catalog.file() == null;
    }

    /** The catalogue's name for the title bar and messages: its file's name, or the server's connection string. */
    public String name() {
        return isShared() ? catalog.db().location() : catalog.file().getFileName().toString();
    }

    private static String readable(DatabaseError e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("SQLITE_NOTADB") || m.contains("not a database")) {
            return "it is not an Alcove catalogue, or it is damaged.";
        }
        if (m.contains("SQLITE_BUSY") || m.contains("locked")) {
            return "another program is using it (the file is locked).";
        }
        return m;
    }

    public Path file() {
        return catalog.file();
    }

    public BookBrowser browser() {
        return browser;
    }

    public BookEditing editing() {
        return editing;
    }

    /** The catalogue underneath, for services of other packages (import, stats). */
    public Catalog catalog() {
        return catalog;
    }

    /** Whether the catalogue holds no book and no author (a fresh one). */
    public boolean isEmpty() {
        return !catalog.books().exists() && !catalog.authors().exists();
    }

    /** Writes a consistent copy of the catalogue to {@code target}, which must not exist. */
    public void backup(Path target) {
        try {
            SafeFiles.removeLeftovers(target);
            catalog.db().backup(target);
        } catch (OrmException e) {
            throw new CatalogueException("The backup could not be written: " + e.getMessage(), e);
        }
    }

    /**
     * Writes every book with every field as Alcove's full books CSV (round-trips through import); returns the count. The
     * file is replaced only once the export is complete ({@link ExportService}).
     */
    public long exportBooks(Path target) {
        try {
            return new ExportService(catalog).exportBooks(target, Optional.empty());
        } catch (IOException e) {
            throw new CatalogueException("The export could not be written: " + e.getMessage(), e);
        }
    }

    /** Loads the sample catalogue; see {@link SampleCatalogue}. */
    /**
     * Writes the books {@code filter} matches, in the table's order, as a PDF list (File → Save
     * Table as PDF…, and what Print… prints), read a thousand rows at a time; the number of books.
     */
    public int saveTableAsPdf(Path target, String heading, BookFilter filter, SortKey sort, boolean descending) {
        java.util.List<String[]> rows = new java.util.ArrayList<>();
        for (int offset = 0;; offset += 1000) {
            java.util.List<BookRow> page = browser.page(filter, sort, descending, offset, 1000);
            for (BookRow r : page) {
                rows.add(new String[] {r.title(), r.author(), r.genre() == null ? "" : r.genre(),
                    r.published() == null ? "" : r.published().toString(), String.valueOf(r.pages()), r.isbn()});
            }
            if (page.size() < 1000) {
                break;
            }
        }
        try {
            return new org.alcove.catalog.labels.LabelSheets().bookList(target, heading, rows);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    public int loadSample() {
        return SampleCatalogue.load(catalog);
    }

    /**
     * Restores the backup {@code backup} to {@code target} for opening, as {@link org.alcove.catalog.Restore}
     * does: the backup checked first (a damaged one is refused), a catalogue already at {@code target}
     * kept aside, the backup itself left untouched.
     *
     * @return {@code target}
     * @throws CatalogueException if the backup is damaged or cannot be copied
     */
    public static Path restore(Path backup, Path target) {
        try {
            return org.alcove.catalog.Restore.run(backup, target).target();
        } catch (IOException | org.alcove.catalog.NotACatalogueException e) {
            throw new CatalogueException(e instanceof IOException ? "The backup could not be restored to " + target + ": " + e.getMessage()
                    : e.getMessage(), e);
        }
    }

    /** Whether a file exists at {@code file} (so opening it would not create a new catalogue). */
    public static boolean exists(Path file) {
        return Files.exists(file);
    }

    @Override
    public void close() {
        catalog.close();
    }

    /**
     * Whether the catalogue was opened read-only, its file or folder not being writable: the
     * window shows it, and every change (edits, imports, lending, undo) is off.
     */
    public boolean isReadOnly() {
        return catalog.isReadOnly();
    }

    /** Why it is read-only, in one sentence for the window's banner. */
    public String readOnlyReason() {
        if (readOnlyBecause != null) {
            return readOnlyBecause;
        }
        return file().getFileName() + " is read-only: " + (java.nio.file.Files.isWritable(file().toAbsolutePath().getParent())
                ? "the file cannot be written" : "its folder cannot be written") + ". You can browse, search, export and print;"
                + " nothing can be changed here. To edit it, copy it somewhere writable and open the copy.";
    }

    private static boolean madeByNewer(Path file) {
        try (org.alcove.catalog.CatalogMigrations m = org.alcove.catalog.CatalogMigrations.open(file)) {
            return m.isNewer();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * What SQLite's {@code quick_check} finds wrong with the file, as the banner's sentence; empty when
     * it is sound (or when it is read-only, and no write can spread the damage). The window asks in the
     * background after opening, and turns every change off for a damaged catalogue.
     */
    public Optional<String> damage() {
        if (isReadOnly() || isShared()) {
            return Optional.empty();
        }
        List<String> problems = catalog.db().integrityProblems();
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        readOnlyBecause = file().getFileName() + " is damaged (" + problems.get(0) + (problems.size() > 1 ? ", and "
                + (problems.size() - 1) + " more" : "") + "): nothing can be changed here, so the damage does not spread."
                + " Restore a backup (File \u2192 Restore from Backup\u2026), or see alcove check.";
        return Optional.of(readOnlyBecause);
    }

    /**
     * Lets go what the trash has kept longer than it keeps ({@link org.alcove.catalog.trash.Trash#keepDays()});
     * the window does it once the catalogue's check has found it sound. Returns how many things went.
     */
    public int purgeTrash() {
        return isReadOnly() ? 0 : org.alcove.catalog.trash.Trash.of(catalog).purgeExpired();
    }

    /** The folder of the catalogue's automatic backups (it may not exist yet). */
    public Path backupFolder() {
        return isShared() ? null : new AutoBackups(catalog.db()).folder();
    }

    /**
     * The day's automatic backup, unless one was written today or the catalogue holds no books:
     * what the window does when it opens a catalogue.
     */
    public Optional<Path> dailyBackup() {
        if (isShared() || isReadOnly() || !catalog.books().exists()) { // a server's administrator keeps its backups (pg_dump)
            return Optional.empty();
        }
        return new AutoBackups(catalog.db()).daily();
    }
}
