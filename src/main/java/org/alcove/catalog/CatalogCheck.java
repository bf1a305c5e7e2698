package org.alcove.catalog;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.alcove.catalog.covers.Covers;
import org.alcove.orm.Database;

/**
 * Checks a catalogue file through and through: SQLite's own {@code integrity_check} and
 * {@code foreign_key_check}, the migration history against the migrations this version knows,
 * and what only the catalogue can tell (open loans of deleted copies, holds of inactive borrowers,
 * one identifier on two books, cover files no book shows and covers whose file is gone). Reads only; {@link #repair} mends what is safe to mend, after a backup.
 */
public final class CatalogCheck {
    /** How bad a finding is: an error is damage; a warning is a state a user should look at. */
    public enum Severity {
        ERROR, WARNING
    }

    /**
     * One thing found.
     *
     * @param check which check found it ({@code integrity}, {@code foreign-keys}, {@code migrations}, {@code loans},
     *     {@code holds}, {@code identifiers}, {@code covers})
     * @param severity how bad it is
     * @param message what is wrong, in a sentence
     * @param repairable whether {@link #repair} mends it
     */
    public record Finding(String check, Severity severity, String message, boolean repairable) {
    }

    /**
     * What a check found.
     *
     * @param findings what is wrong, errors first; empty for a sound catalogue
     * @param backup the backup written before a repair, if one was
     * @param repaired how many rows or structures a repair mended
     */
    public record Report(List<Finding> findings, Optional<Path> backup, int repaired) {
        public boolean ok() {
            return findings.isEmpty();
        }

        public long errors() {
            return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        }
    }

    private static final int MAX_PER_CHECK = 100;

    private final Catalog catalog;
    private final Database db;

    public CatalogCheck(Catalog catalog) {
        this.catalog = catalog;
        this.db = catalog.db();
    }

    /** Runs every check; changes nothing. */
    public Report run() {
        List<Finding> out = new ArrayList<>();
        integrity(out);
        foreignKeys(out);
        migrations(out);
        if (out.stream().noneMatch(f -> f.check().equals("migrations") && f.severity() == Severity.ERROR)) {
            List<String> tables = db.tableNames(); // an older catalogue may not have them yet
            if (tables.contains("loan") && tables.contains("hold")) {
                lending(out);
            }
            if (tables.contains("identifier")) {
                identifiers(out);
            }
            if (hasCoverColumn()) {
                covers(out);
            }
        }
        out.sort((a, b) -> a.severity().compareTo(b.severity()));
        return new Report(List.copyOf(out), Optional.empty(), 0);
    }

    /**
     * Mends what is safe, after a backup into the {@code backups} folder beside the catalogue: rebuilds the indexes
     * ({@code REINDEX}) and deletes the rows whose parent row is gone (what {@code foreign_key_check}
     * reports), and moves the cover files no book shows into {@code NAME.covers-orphans/}; then checks again. Damage {@code integrity_check} reports beyond indexes is not
     * touched: restore a backup, or {@code sqlite3 FILE ".recover"}.
     */
    public Report repair() throws IOException {
        Report before = run();
        if (before.findings().stream().noneMatch(Finding::repairable)) {
            return before;
        }
        Path backup = new AutoBackups(catalog.db()).write(); // as before a migration
        int[] mended = {0};
        if (hasCoverColumn()) {
            mended[0] += Covers.of(db).moveOrphansAside().size(); // moved aside, never deleted
        }
        db.atomic(() -> {
            db.execute("REINDEX");
            mended[0]++;
            for (String[] orphan : orphans()) {
                db.execute("DELETE FROM " + db.quote(orphan[0]) + " WHERE rowid = ?", Long.parseLong(orphan[1]));
                mended[0]++;
            }
        });
        Report after = run();
        return new Report(after.findings(), Optional.of(backup), mended[0]);
    }

    private void integrity(List<Finding> out) {
        List<String> rows = db.query("PRAGMA integrity_check(" + MAX_PER_CHECK + ")", List.of(), rs -> rs.getString(1));
        if (rows.size() == 1 && rows.get(0).equals("ok")) {
            return;
        }
        for (String r : rows) {
            boolean index = r.contains("index") || r.startsWith("wrong # of entries");
            out.add(new Finding("integrity", Severity.ERROR, "SQLite's integrity check: " + r, index));
        }
    }

    /** {table, rowid, parent} of each row whose foreign key points at nothing. */
    private List<String[]> orphans() {
        return db.query("PRAGMA foreign_key_check", List.of(), rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
    }

    private void foreignKeys(List<Finding> out) {
        List<String[]> orphans = orphans();
        for (String[] o : orphans.subList(0, Math.min(MAX_PER_CHECK, orphans.size()))) {
            out.add(new Finding("foreign-keys", Severity.ERROR, "Row " + o[1] + " of " + o[0] + " refers to a row of " + o[2] + " that is gone.", true));
        }
        if (orphans.size() > MAX_PER_CHECK) {
            out.add(new Finding("foreign-keys", Severity.ERROR, "… and " + (orphans.size() - MAX_PER_CHECK) + " more such rows.", true));
        }
    }

    private void migrations(List<Finding> out) {
        CatalogMigrations m = catalog.migrations();
        try {
            m.requireNotNewer();
        } catch (NotACatalogueException newer) {
            out.add(new Finding("migrations", Severity.WARNING, newer.getMessage(), false));
            return;
        }
        if (!m.anyApplied()) {
            out.add(new Finding("migrations", Severity.ERROR, "No migration is recorded: this is not an Alcove catalogue, or an empty one.", false));
            return;
        }
        List<String> pending = m.pending();
        if (!pending.isEmpty()) {
            out.add(new Finding("migrations", Severity.WARNING, pending.size() + " migration(s) not applied yet: " + String.join(", ", pending)
                    + " (alcove migrate applies them, after a backup).", false));
        }
    }

    private void lending(List<Finding> out) {
        List<String> open = db.query("SELECT barcode FROM loan WHERE returned IS NULL AND copy_id IS NULL ORDER BY id LIMIT " + MAX_PER_CHECK,
                List.of(), rs -> rs.getString(1));
        for (String barcode : open) {
            out.add(new Finding("loans", Severity.WARNING, "An open loan of copy '" + barcode + "' whose copy was deleted: return it (alcove return does not find it; "
                    + "it stays in the history).", false));
        }
        List<String> holds = db.query("SELECT b.name, k.title FROM hold h JOIN borrower b ON b.id = h.borrower_id JOIN book k ON k.id = h.book_id "
                + "WHERE h.closed IS NULL AND NOT b.active ORDER BY h.id LIMIT " + MAX_PER_CHECK, List.of(), rs -> rs.getString(1) + "\u0000" + rs.getString(2));
        for (String h : holds) {
            String[] p = h.split("\u0000", 2);
            out.add(new Finding("holds", Severity.WARNING, p[0] + "'s card is inactive but they still wait for '" + p[1] + "' (alcove hold --cancel).", false));
        }
    }

    private boolean hasCoverColumn() {
        return db.file() != null && !db.query("SELECT 1 FROM pragma_table_info('book') WHERE name = 'cover'", List.of(), rs -> rs.getInt(1)).isEmpty();
    }

    /** Cover files no book (nor one in the trash) shows, and covers books show whose file is gone. */
    private void covers(List<Finding> out) {
        Covers covers = Covers.of(db);
        String folder = covers.folder().getFileName().toString();
        List<String> orphans = covers.orphans();
        for (String name : orphans.subList(0, Math.min(MAX_PER_CHECK, orphans.size()))) {
            out.add(new Finding("covers", Severity.WARNING, "Cover file " + name + " in " + folder + " is shown by no book (a repair moves it to "
                    + folder + "-orphans).", true));
        }
        List<String[]> missing = covers.missing();
        for (String[] m : missing.subList(0, Math.min(MAX_PER_CHECK, missing.size()))) {
            out.add(new Finding("covers", Severity.WARNING, "The cover of \u201c" + m[1] + "\u201d (" + m[0] + ") is missing from " + folder
                    + ": choose it again, or restore the folder from a backup.", false));
        }
    }

    private void identifiers(List<Finding> out) {
        List<String> dup = db.query("SELECT scheme, value, COUNT(DISTINCT book_id) FROM identifier GROUP BY scheme, value "
                + "HAVING COUNT(DISTINCT book_id) > 1 ORDER BY scheme, value LIMIT " + MAX_PER_CHECK, List.of(),
                rs -> rs.getString(1) + " " + rs.getString(2) + " is on " + rs.getLong(3) + " books");
        for (String d : dup) {
            out.add(new Finding("identifiers", Severity.WARNING, "Identifier " + d + " (the same edition catalogued twice?).", false));
        }
    }
}
