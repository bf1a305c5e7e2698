package org.alcove.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.alcove.orm.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migration {@code 0009_genres} on a catalogue written by Alcove before genres were data (the code of
 * commit 1adb2f8, migrations 0001-0008): the four codes become four rows and every book points at its
 * own; rolling back gives every book its code again, and the search index keeps following the books.
 */
class GenreMigrationTest {
    private static final List<String> BEFORE = List.of("Emma|FIC", "Persuasion|FIC", "Cosmos|SCI", "Histories|HIS",
            "Homage to Catalonia|NON");
    private static final List<String> SEARCH_OBJECTS = List.of("book_title_idx", "book_title_search_delete", "book_title_search_insert",
            "book_title_search_update", "book_title_unindexed");

    @TempDir
    Path tmp;

    /** Five books by four authors, one of each genre and a second Fiction, one with no date, one with a publisher. */
    private Path catalogueBeforeGenres() throws IOException {
        Path file = tmp.resolve("v08.alcove");
        try (InputStream in = getClass().getResourceAsStream("v0.8-catalogue.alcove")) {
            Files.copy(in, file);
        }
        return file;
    }

    private static List<String> codes(Database db) {
        return db.query("SELECT title, genre FROM book ORDER BY id", List.of(), rs -> rs.getString(1) + "|" + rs.getString(2));
    }

    private static List<String> searchObjects(Database db) {
        return db.query("SELECT name FROM sqlite_master WHERE type IN ('trigger', 'index') AND name LIKE 'book_title%' ORDER BY name",
                List.of(), rs -> rs.getString(1));
    }

    private static long titleMatches(Database db, String trigram) {
        return db.query("SELECT count(*) FROM book_title_search WHERE book_title_search MATCH ?", List.of(trigram), rs -> rs.getLong(1)).get(0);
    }

    @Test
    void everyBookKeepsItsGenreAsARowAndRollingBackGivesItsCodeBack() throws IOException {
        Path file = catalogueBeforeGenres();
        try (Database raw = Database.open(file)) {
            assertThat(codes(raw)).containsExactlyElementsOf(BEFORE);
        }
        assertThatThrownBy(() -> Catalog.open(file)).isInstanceOf(MigrationRequiredException.class).hasMessageContaining("0009_genres");

        try (Catalog catalog = Catalog.open(file, true)) {
            assertThat(catalog.migrationBackup()).isPresent();
            assertThat(catalog.books().orderBy("id").valuesList("title", "genre__name", "genre__code").list()).containsExactly(
                    List.of("Emma", "Fiction", "FIC"), List.of("Persuasion", "Fiction", "FIC"), List.of("Cosmos", "Science", "SCI"),
                    List.of("Histories", "History", "HIS"), List.of("Homage to Catalonia", "Non-Fiction", "NON"));
            assertThat(catalog.genres().withCounts()).extracting(e -> e.genre().getName() + "=" + e.books())
                    .containsExactly("Fiction=2", "History=1", "Non-Fiction=1", "Science=1");
            // the rest of each book came through the table rebuild untouched
            Book cosmos = catalog.books().get("title", "Cosmos");
            assertThat(cosmos.getPublisher()).isEqualTo("Random House");
            assertThat(catalog.books().get("title", "Histories").getFirstPublished()).isEqualTo(-430);
            assertThat(catalog.books().get("title", "Emma").getIsbn()).isEqualTo("9780141439587");
            assertThat(catalog.db().query("PRAGMA foreign_key_check", List.of(), rs -> rs.getString(1))).isEmpty();

            catalog.migrations().migrateTo("0008_search_index", null);
            assertThat(codes(catalog.db())).containsExactlyElementsOf(BEFORE);
            assertThat(catalog.db().tableNames()).doesNotContain("genre");
        }
    }

    @Test
    void theSearchIndexFollowsTheBooksAfterTheMigrationAndAfterRollingItBack() throws IOException {
        Path file = catalogueBeforeGenres();
        try (Catalog catalog = Catalog.open(file, true)) {
            Database db = catalog.db();
            assertThat(searchObjects(db)).containsExactlyElementsOf(SEARCH_OBJECTS);
            assertThat(titleMatches(db, "\"osm\"")).isEqualTo(1);
            Author sagan = catalog.authors().get("name", "Carl Sagan");
            catalog.books().create(new Book("Contact", sagan, null, null, catalog.genres().require("SCI"), 432));
            assertThat(titleMatches(db, "\"ont\"")).isEqualTo(1);
            db.execute("INSERT INTO book_title_search (book_title_search, rank) VALUES ('integrity-check', 1)");

            catalog.migrations().migrateTo("0008_search_index", null);
            assertThat(searchObjects(db)).containsExactlyElementsOf(SEARCH_OBJECTS);
            db.execute("UPDATE book SET title = 'Pale Blue Dot' WHERE title = 'Contact'");
            assertThat(titleMatches(db, "\"ont\"")).isZero();
            assertThat(titleMatches(db, "\"lue\"")).isEqualTo(1);
            db.execute("INSERT INTO book_title_search (book_title_search, rank) VALUES ('integrity-check', 1)");
        }
    }

    @Test
    void aGenreAddedAfterTheMigrationRollsBackToFictionAndABookWithoutOneToo() throws IOException {
        Path file = catalogueBeforeGenres();
        try (Catalog catalog = Catalog.open(file, true)) {
            Genre poetry = catalog.genres().add("Poetry");
            catalog.books().filter("title", "Persuasion").update("genre", poetry);
            catalog.books().filter("title", "Cosmos").update("genre", null);
            catalog.migrations().migrateTo("0008_search_index", null);
            assertThat(codes(catalog.db())).containsExactly("Emma|FIC", "Persuasion|FIC", "Cosmos|FIC", "Histories|HIS",
                    "Homage to Catalonia|NON");
            catalog.migrations().migrateTo(null, null);
            assertThat(catalog.genres().all().valuesListFlat("name", String.class).list())
                    .containsExactly("Fiction", "History", "Non-Fiction", "Science");
        }
    }
}
