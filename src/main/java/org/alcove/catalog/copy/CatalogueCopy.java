package org.alcove.catalog.copy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.CatalogModels;
import org.alcove.catalog.CatalogPaths;
import org.alcove.orm.Database;
import org.alcove.orm.TableData;
import org.alcove.orm.migrations.MigrationProgress;
import org.alcove.orm.migrations.Migrator;

/**
 * Moves a whole catalogue between backends: a file to a shared catalogue on a PostgreSQL server,
 * back, or file to file. The source is only read. The target must be new or empty; it gets the
 * catalogue's migrations, then every table's rows (ids kept) in one transaction, and before that
 * commits, each table's row count and checksum are compared with the source's: a mismatch or any
 * failure rolls the copy back and leaves the target as it was (a new file removed, a database
 * emptied of the tables the copy made).
 */
public final class CatalogueCopy {
    /** Told how far a copy has come. */
    @FunctionalInterface
    public interface Listener {
        /** Says nothing. */
        Listener NONE = (table, copied, total) -> { };

        /** {@code copied} of {@code total} rows of {@code table} are written. */
        void copied(String table, long copied, long total);
    }

    /** One table compared: its rows and checksum on each side. */
    public record TableCheck(String table, long sourceRows, long targetRows, String sourceSha256, String targetSha256) {
        /** Whether the target holds what the source holds. */
        public boolean matches() {
            return sourceRows == targetRows && sourceSha256.equals(targetSha256);
        }
    }

    /**
     * What a copy did: each table checked, and whether the copy was kept (committed: every table
     * matched) or rolled back (a table differed; the target is as it was).
     */
    public record Report(String from, String to, List<TableCheck> tables, boolean committed) {
        public Report {
            tables = List.copyOf(tables);
        }

        /** The rows copied, over every table. */
        public long rows() {
            return tables.stream().mapToLong(TableCheck::targetRows).sum();
        }

        /** The tables whose copy differs from the source. */
        public List<TableCheck> mismatches() {
            return tables.stream().filter(t -> !t.matches()).toList();
        }
    }

    /** Thrown inside the target's transaction to roll it back when the verification fails. */
    private static final class Mismatch extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<TableCheck> checks;

        Mismatch(List<TableCheck> checks) {
            super("the copy differs from the source", null, false, false);
            this.checks = checks;
        }
    }

    private CatalogueCopy() {
    }

    /**
     * Copies the catalogue {@code from} names (a file or a {@code postgresql://} connection string)
     * to {@code to}.
     *
     * @throws TargetNotEmptyException when {@code to} already holds something; nothing is changed
     */
    public static Report copy(String from, String to, Listener listener) {
        try (Catalog source = openSource(from)) {
            Target target = Target.of(to);
            Catalog copy = target.create();
            List<TableCheck> checks;
            boolean committed;
            try {
                checks = copyRows(source.db(), copy.db(), listener);
                committed = true;
            } catch (Mismatch m) {
                checks = m.checks;
                committed = false;
            } catch (RuntimeException | Error e) {
                try {
                    target.undo(copy);
                } catch (RuntimeException u) {
                    e.addSuppressed(u);
                }
                throw e;
            }
            if (!committed) {
                target.undo(copy);
            } else {
                copy.close();
            }
            return new Report(from, target.where, checks, committed);
        }
    }

    private static Catalog openSource(String from) {
        Catalog source = Catalog.openExisting(from);
        try {
            source.migrations().requireNotNewer();
            return source.requireIntact();
        } catch (RuntimeException e) {
            source.close();
            throw e;
        }
    }

    /** Every table's rows, then the comparison, in one transaction on the target; a mismatch rolls it back. */
    private static List<TableCheck> copyRows(Database source, Database target, Listener listener) {
        List<TableData.Table> tables = TableData.tables(source);
        return target.atomic(() -> {
            // the migrations' own rows (the genres they seed) make way for the source's, ids and all
            for (int i = tables.size() - 1; i >= 0; i--) {
                target.execute("DELETE FROM " + target.quote(tables.get(i).name()));
            }
            for (TableData.Table t : tables) {
                TableData.copy(t, source, target, listener::copied);
            }
            List<TableCheck> checks = new ArrayList<>();
            for (TableData.Table t : tables) {
                TableData.Digest s = TableData.digest(t, source);
                TableData.Digest c = TableData.digest(t, target);
                checks.add(new TableCheck(t.name(), s.rows(), c.rows(), s.sha256(), c.sha256()));
            }
            if (checks.stream().anyMatch(c -> !c.matches())) {
                throw new Mismatch(checks);
            }
            return checks;
        });
    }

    /** The place copied to, and how to put it back as it was. */
    private static final class Target {
        final String where;
        final Path file;
        final boolean fileExisted;

        private Target(String where, Path file, boolean fileExisted) {
            this.where = where;
            this.file = file;
            this.fileExisted = fileExisted;
        }

        /** Checks {@code where} is new or empty, refusing it otherwise. */
        static Target of(String where) {
            if (Catalog.isShared(where)) {
                try (Database db = Database.connect(where, CatalogModels.array())) {
                    List<String> tables = db.tableNames();
                    if (!tables.isEmpty()) {
                        throw new TargetNotEmptyException(db.location() + " is not empty (it has " + tables.size() + " tables, among them "
                                + tables.get(0) + "); copy into a new, empty database; nothing was changed.");
                    }
                    return new Target(db.location(), null, false);
                }
            }
            Path file = Path.of(where);
            boolean exists = Files.exists(file);
            try {
                if (exists && (!Files.isRegularFile(file) || Files.size(file) > 0)) {
                    throw new TargetNotEmptyException(file + " already exists and is not empty; copy into a new file"
                            + " (or an empty one); nothing was changed.");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
            return new Target(where, file, exists);
        }

        /** The target with the catalogue's migrations applied, its tables holding only what they seed. */
        Catalog create() {
            if (file == null) {
                return Catalog.open(where, false);
            }
            try {
                return Catalog.open(file);
            } catch (RuntimeException e) {
                removeFile();
                throw e;
            }
        }

        /** Puts the target back as it was: a new file removed, an empty one emptied, a database's tables dropped. */
        void undo(Catalog copy) {
            if (file != null) {
                copy.close();
                removeFile();
                return;
            }
            try {
                copy.migrations().migrateTo("zero", MigrationProgress.NONE);
                copy.db().executeScript("DROP TABLE IF EXISTS " + copy.db().quote(Migrator.HISTORY_TABLE));
            } finally {
                copy.close();
            }
        }

        private void removeFile() {
            try {
                Files.deleteIfExists(file);
                CatalogPaths.deleteLogFiles(file);
                if (fileExisted) {
                    Files.createFile(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("the copy failed and " + file + " could not be removed: " + e.getMessage(), e);
            }
        }
    }
}
