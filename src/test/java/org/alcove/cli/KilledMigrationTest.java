package org.alcove.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

import org.alcove.catalog.CatalogMigrations;
import org.alcove.catalog.importing.BulkFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * A migration killed at any point leaves the catalogue exactly as one of the migrations in between
 * left it (each runs in a transaction): its schema, its data and its history those of a catalogue
 * migrated that far and no further; {@code check} finds no damage, and migrating again finishes.
 * Forward from 0001 with 5,000 books, and back to 0001 from there.
 */
class KilledMigrationTest {
    private static final String FIRST = "0001_initial";
    private static final int BOOKS = 5_000;
    private static final int KILLS = 2;

    @TempDir
    static Path tmp;

    /** The migrations in order, and the catalogue's state after each, applied one at a time (index 0: at 0001). */
    static List<String> names;
    static final List<CatalogueState> forward = new ArrayList<>();
    /** The state after each rollback from the latest, one at a time (index 0: the latest, the last: at 0001). */
    static final List<CatalogueState> backward = new ArrayList<>();
    static Path atFirst;
    static Path atLatest;

    @RegisterExtension
    final KillPoints kills = new KillPoints();

    @BeforeAll
    static void migrateOneAtATime() throws Exception {
        atFirst = Files.createDirectories(tmp.resolve("first")).resolve("catalog.alcove");
        try (CatalogMigrations m = CatalogMigrations.open(atFirst)) {
            m.migrateTo(FIRST, null);
            names = m.list().stream().map(s -> s.name()).toList();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + atFirst)) {
            c.setAutoCommit(false);
            c.createStatement().execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500) "
                    + "INSERT INTO author (name, birth_date, biography) SELECT 'Author ' || i, '1900-01-01', 'Wrote.' FROM n");
            try (PreparedStatement s = c.prepareStatement("INSERT INTO book (title, author_id, publication_date, isbn, genre, pages) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < BOOKS; i++) {
                    s.setString(1, "Title " + i);
                    s.setInt(2, 1 + i % 500);
                    s.setString(3, (1800 + i % 220) + "-01-01");
                    s.setString(4, BulkFiles.isbn13(i));
                    s.setString(5, i % 3 == 0 ? "SCI" : "FIC");
                    s.setInt(6, i % 900);
                    s.addBatch();
                }
                s.executeBatch();
            }
            c.commit();
        }
        Path stepped = CatalogueState.copy(atFirst, "stepped");
        forward.add(CatalogueState.of(stepped));
        for (String name : names.subList(1, names.size())) {
            try (CatalogMigrations m = CatalogMigrations.open(stepped)) {
                m.migrateTo(name, null);
            }
            forward.add(CatalogueState.of(stepped));
        }
        atLatest = CatalogueState.copy(stepped, "latest");
        backward.add(CatalogueState.of(stepped));
        for (int i = names.size() - 2; i >= 0; i--) {
            try (CatalogMigrations m = CatalogMigrations.open(stepped)) {
                m.migrateTo(names.get(i), null);
            }
            backward.add(CatalogueState.of(stepped));
        }
    }

    @Test
    void aMigrationKilledAnywhereLeavesTheCatalogueAsOneOfTheMigrationsLeftIt() throws Exception {
        int midway = 0;
        Path last = null;
        for (int i = 0; KillPoints.another(i, KILLS, midway); i++) {
            Path db = CatalogueState.copy(atFirst, "forward-" + i);
            String at = names.get(kills.between(1, names.size()));
            try (ChildJvm child = ChildJvm.alcove(tmp, "--db", db.toString(), "migrate")) {
                midway += child.killAfter(() -> child.printed("Applying " + at + "..."), kills.delay(i, KILLS, 0, 60)) ? 1 : 0;
            }
            assertNoDamage(db);
            assertThat(forward).as("the states of a catalogue migrated one at a time from " + FIRST).contains(CatalogueState.of(db));
            last = db;
        }
        assertThat(midway).as("kills while migrating").isPositive();
        CliRun again = CliRun.run("--db", last.toString(), "migrate");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(CatalogueState.assertSound(last)).isEqualTo(forward.get(forward.size() - 1));
    }

    @Test
    void aRollbackKilledAnywhereLeavesTheCatalogueAsOneOfTheRollbacksLeftIt() throws Exception {
        int midway = 0;
        Path last = null;
        for (int i = 0; KillPoints.another(i, KILLS, midway); i++) {
            Path db = CatalogueState.copy(atLatest, "backward-" + i);
            String at = names.get(kills.between(1, names.size()));
            try (ChildJvm child = ChildJvm.alcove(tmp, "--db", db.toString(), "migrate", FIRST)) {
                midway += child.killAfter(() -> child.printed("Unapplying " + at + "..."), kills.delay(i, KILLS, 0, 60)) ? 1 : 0;
            }
            assertNoDamage(db);
            assertThat(backward).as("the states of a catalogue rolled back one at a time to " + FIRST).contains(CatalogueState.of(db));
            last = db;
        }
        assertThat(midway).as("kills while rolling back").isPositive();
        CliRun again = CliRun.run("--db", last.toString(), "migrate", FIRST);
        assertThat(again.code()).as(again.err()).isZero();
        assertNoDamage(last);
        assertThat(CatalogueState.of(last)).isEqualTo(backward.get(backward.size() - 1));
    }

    /** {@code check} finds nothing but the migrations not applied (a warning: the catalogue is sound, only older). */
    private static void assertNoDamage(Path db) {
        CliRun check = CliRun.run("--db", db.toString(), "check", "--json");
        assertThat(check.err()).isEmpty();
        for (JsonElement f : JsonParser.parseString(check.out()).getAsJsonObject().getAsJsonArray("findings")) {
            assertThat(f.getAsJsonObject().get("check").getAsString()).as(check.out()).isEqualTo("migrations");
            assertThat(f.getAsJsonObject().get("severity").getAsString()).as(check.out()).isEqualTo("warning");
        }
    }
}
