package org.alcove.cli;

import static org.alcove.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.alcove.catalog.CatalogFixture;
import org.alcove.orm.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing is written that the user did not ask for: reading commands never create or migrate a
 * catalogue, a newer Alcove's catalogue is not changed, another program's database is not turned
 * into a catalogue, and backups appear under their name only when complete.
 */
class SafeOpeningTest {
    @TempDir
    Path tmp;

    private Path seeded() {
        CatalogFixture.seeded(tmp).close();
        return tmp.resolve("catalog.alcove");
    }

    private static List<String> tables(Path file) {
        try (Database db = Database.open(file)) {
            return db.tableNames();
        }
    }

    @Test
    void readingCommandsRefuseAnEmptyFileAndLeaveItEmpty() throws IOException {
        Path empty = Files.createFile(tmp.resolve("z.alcove"));
        for (String[] command : List.of(new String[] {"stats", "--json"}, new String[] {"search", "austen"},
                new String[] {"export-books", tmp.resolve("out.csv").toString()}, new String[] {"backup", tmp.resolve("b.alcove").toString()})) {
            String[] args = Stream.concat(Stream.of("--db", empty.toString()), Stream.of(command)).toArray(String[]::new);
            CliRun r = run(args);
            assertThat(r.code()).as(command[0]).isEqualTo(2);
            assertThat(r.err()).as(command[0]).startsWith("alcove: ").contains("is empty (0 bytes), not a catalogue; nothing was changed");
            assertThat(r.out()).as(command[0]).doesNotContain("\"books\"");
            assertThat(Files.size(empty)).as(command[0]).isZero();
        }
        assertThat(tmp.resolve("out.csv")).doesNotExist();
        assertThat(tmp.resolve("b.alcove")).doesNotExist();
    }

    @Test
    void statsAfterMigrateZeroDoesNotReapplyTheMigrations() {
        Path file = seeded();
        assertThat(run("--db", file.toString(), "migrate", "zero").code()).isZero();
        List<String> before = tables(file);
        CliRun r = run("--db", file.toString(), "stats");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("holds no Alcove catalogue (no migration is applied); nothing was changed");
        assertThat(tables(file)).isEqualTo(before).doesNotContain("book", "author");
        assertThat(run("--db", file.toString(), "showmigrations").out()).contains("[ ] 0001_initial");
    }

    @Test
    void aCatalogueMadeByANewerAlcoveIsReadButNotChanged() throws IOException {
        Path file = seeded();
        Map<String, Long> before;
        try (Database db = Database.open(file)) {
            before = db.rowCounts();
            db.execute("INSERT INTO alcove_migrations (app, name, applied_at) VALUES ('catalog', '0099_future', '2030-01-01T00:00:00')");
        }
        assertThat(run("--db", file.toString(), "stats", "--json").out()).contains("\"books\":");
        Path books = Files.writeString(tmp.resolve("more.csv"), "title,author,publication_date,isbn,genre,pages\n"
                + "Persuasion,Jane Austen,1817-12-20,9780141439686,FIC,249\n");
        CliRun imported = run("--db", file.toString(), "import-books", books.toString());
        assertThat(imported.code()).isEqualTo(2);
        assertThat(imported.err()).contains("made by a newer Alcove", "0099_future", "will not change it");
        CliRun back = run("--db", file.toString(), "migrate", "zero");
        assertThat(back.code()).isEqualTo(2);
        assertThat(back.err()).contains("0099_future");
        assertThat(tables(file)).contains("book", "author");
        try (Database db = Database.open(file)) {
            Map<String, Long> after = db.rowCounts();
            after.remove("alcove_migrations");
            before.remove("alcove_migrations");
            assertThat(after).isEqualTo(before);
        }
    }

    @Test
    void backupWorksOnACatalogueThatNeedsMigrations() throws IOException {
        Path file = seeded();
        assertThat(run("--db", file.toString(), "migrate", "0002_book_indexes").code()).isZero();
        Path copy = tmp.resolve("copies").resolve("old.alcove");
        CliRun r = run("--db", file.toString(), "backup", copy.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(run("--db", copy.toString(), "showmigrations").out()).contains("[X] 0002_book_indexes", "[ ] 0003_book_genre_index");
        try (Database db = Database.open(copy)) {
            assertThat(db.query("SELECT count(*) FROM book", List.of(), rs -> rs.getLong(1)).get(0)).isPositive();
        }
    }

    @Test
    void exportWorksOnACatalogueThatNeedsMigrationsAndLeavesItAsItWas() throws IOException {
        Path file = seeded();
        assertThat(run("--db", file.toString(), "migrate", "0002_book_indexes").code()).isZero();
        byte[] before = Files.readAllBytes(file);
        List<Path> backups;
        try (Stream<Path> files = Files.list(tmp.resolve("backups"))) {
            backups = files.toList(); // the rollback's own backup
        }
        Path books = tmp.resolve("books.csv");
        CliRun r = run("--db", file.toString(), "export-books", books.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Exported 6 books to ");
        assertThat(Files.readAllLines(books)).hasSize(7).anyMatch(line -> line.startsWith("Emma,Jane Austen,"));
        assertThat(run("--db", file.toString(), "export-authors", tmp.resolve("authors.csv").toString()).out()).startsWith("Exported 4 authors");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(run("--db", file.toString(), "showmigrations").out()).contains("[X] 0002_book_indexes", "[ ] 0003_book_genre_index");
        try (Stream<Path> files = Files.list(tmp.resolve("backups"))) {
            assertThat(files.toList()).isEqualTo(backups);
        }
    }

    @Test
    void aBackupLeavesNoTemporaryFilesAndHoldsEveryRow() throws IOException {
        Path file = seeded();
        Path copy = tmp.resolve("b").resolve("copy.alcove");
        assertThat(run("--db", file.toString(), "backup", copy.toString()).code()).isZero();
        try (Stream<Path> files = Files.list(copy.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("copy.alcove");
        }
        try (Database source = Database.open(file); Database backup = Database.open(copy)) {
            assertThat(backup.rowCounts()).isEqualTo(source.rowCounts());
        }
        CliRun again = run("--db", file.toString(), "backup", copy.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("will not overwrite");
    }

    @Test
    void migrateRefusesAnotherProgramsDatabaseUnlessForced() {
        Path shop = tmp.resolve("shop.db");
        try (Database db = Database.open(shop)) {
            db.executeScript("CREATE TABLE customers (name text)");
            db.executeScript("CREATE TABLE orders (total integer)");
        }
        CliRun r = run("--db", shop.toString(), "migrate");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("is not an Alcove catalogue: it holds other tables (customers, orders); nothing was changed", "--force");
        assertThat(tables(shop)).containsExactly("customers", "orders");
        CliRun forced = run("--db", shop.toString(), "migrate", "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(tables(shop)).contains("customers", "orders", "author", "book", "alcove_migrations");
    }

    @Test
    void aFailedFirstMigrationLeavesNoHistoryTableBehind() {
        Path clash = tmp.resolve("clash.db");
        try (Database db = Database.open(clash)) {
            db.executeScript("CREATE TABLE author (x text)");
        }
        CliRun r = run("--db", clash.toString(), "migrate", "--force");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).as("the first migration ran and failed").contains("already exists");
        assertThat(tables(clash)).containsExactly("author");
    }

    @Test
    void aDamagedCatalogueTakesNoWritesAndIsNotCopiedOut() throws IOException {
        Path file = seeded();
        try (Database db = Database.open(file)) {
            db.executeScript("CREATE TABLE filler (text text)");
            for (int i = 0; i < 400; i++) {
                db.execute("INSERT INTO filler VALUES (?)", "x".repeat(500) + i);
            }
            db.executeScript("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        byte[] bytes = Files.readAllBytes(file);
        int pageSize = 4096;
        java.util.Random random = new java.util.Random(7);
        // four pages of the filler, which takes the last ~50 pages of the file (made after the catalogue's tables)
        for (int page = bytes.length / pageSize - 20; page < bytes.length / pageSize - 16; page++) {
            for (int b = 0; b < pageSize; b++) {
                bytes[page * pageSize + b] = (byte) random.nextInt();
            }
        }
        Files.write(file, bytes);
        Path books = Files.writeString(tmp.resolve("more.csv"), "title,author,publication_date,isbn,genre,pages\n"
                + "Lady Susan,Jane Austen,1871-01-01,9780141439600,FIC,100\n");
        for (String[] command : List.of(new String[] {"import-books", books.toString()}, new String[] {"export-books", tmp.resolve("out.csv").toString()},
                new String[] {"backup", tmp.resolve("b.alcove").toString()}, new String[] {"migrate", "0006_fill_contributions"})) {
            String[] args = Stream.concat(Stream.of("--db", file.toString()), Stream.of(command)).toArray(String[]::new);
            CliRun r = run(args);
            assertThat(r.code()).as(command[0] + r.out()).isEqualTo(2);
            assertThat(r.err()).as(command[0]).startsWith("alcove: The catalogue ").contains("is damaged", "nothing was written", ".recover");
            assertThat(Files.readAllBytes(file)).as(command[0]).isEqualTo(bytes);
        }
        assertThat(tmp.resolve("out.csv")).doesNotExist();
        assertThat(tmp.resolve("b.alcove")).doesNotExist();
    }
}
