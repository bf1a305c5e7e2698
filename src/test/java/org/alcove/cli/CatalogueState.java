package org.alcove.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a catalogue file holds, as one comparable value: its schema (every table, index and
 * trigger as SQLite keeps it) and, per table, the number of rows and a digest of their every value
 * in rowid order (full-text index tables included). The migration history's times are left out:
 * two catalogues migrated alike a second apart hold the same. Two states are equal exactly when
 * the files hold the same; {@link #toString} gives the row counts, to read a difference.
 */
record CatalogueState(List<String> schema, Map<String, Long> rows, Map<String, String> digests) {
    /** The history's column that says when a migration ran. */
    private static final String HISTORY = "alcove_migrations";

    /** Reads the state of the catalogue in {@code file} (opening it as SQLite would after a crash: an unfinished transaction in its log is ignored). */
    static CatalogueState of(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            List<String> schema = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")) {
                while (rs.next()) {
                    schema.add(rs.getString(1) + " " + rs.getString(2) + " on " + rs.getString(3) + ": " + rs.getString(4));
                }
            }
            List<String[]> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'shadow') "
                    + "AND name NOT LIKE 'sqlite_schema' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            Map<String, Long> rows = new TreeMap<>();
            Map<String, String> digests = new TreeMap<>();
            for (String[] t : tables) {
                String order = t[1].equals("1") ? "" : " ORDER BY rowid"; // a WITHOUT ROWID table reads in key order
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                long n = 0;
                try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + t[0].replace("\"", "\"\"") + "\"" + order)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        n++;
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            if (t[0].equals(HISTORY) && meta.getColumnName(i).equals("applied_at")) {
                                continue;
                            }
                            byte[] value = rs.getBytes(i);
                            digest.update(value == null ? new byte[] {0} : ("v" + value.length + ":").getBytes(StandardCharsets.UTF_8));
                            if (value != null) {
                                digest.update(value);
                            }
                        }
                    }
                }
                rows.put(t[0], n);
                digests.put(t[0], HexFormat.of().formatHex(digest.digest(), 0, 8));
            }
            return new CatalogueState(List.copyOf(schema), rows, digests);
        } catch (SQLException | NoSuchAlgorithmException e) {
            throw new AssertionError("cannot read the catalogue " + file + ": " + e.getMessage(), e);
        }
    }

    /** A copy of the closed catalogue {@code file} in a folder of its own named {@code name} beside it, so that its {@code backups/} stay apart. */
    static Path copy(Path file, String name) {
        try {
            Path folder = Files.createDirectories(file.toAbsolutePath().getParent().getParent().resolve(name));
            return Files.copy(file, folder.resolve(file.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What every fault test asserts first after a kill: {@code alcove check} passes (exit 0) on {@code db}; returns the state it holds. */
    static CatalogueState assertSound(Path db) {
        CliRun check = CliRun.run("--db", db.toString(), "check");
        if (check.code() != 0) {
            throw new AssertionError("alcove check on " + db + " exited " + check.code() + ": " + check.out() + check.err());
        }
        return of(db);
    }

    /**
     * {@link #assertSound}, and that {@code db} holds exactly one of the {@code allowed} states.
     *
     * @return the index of the state it holds
     */
    static int assertSoundAndOneOf(Path db, CatalogueState... allowed) {
        CatalogueState now = assertSound(db);
        for (int i = 0; i < allowed.length; i++) {
            if (allowed[i].equals(now)) {
                return i;
            }
        }
        throw new AssertionError(db + " holds none of the states allowed: " + now + "; allowed: " + List.of(allowed));
    }

    @Override
    public String toString() {
        return rows + " (" + schema.size() + " schema entries)";
    }
}
