package org.alcove.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.alcove.orm.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migration {@code 0008_search_index}: filled for the books already there, kept in step, rolled back cleanly. */
class TextIndexMigrationTest {
    private static final List<String> OBJECTS = List.of("author_name_search", "author_name_search_delete",
            "author_name_search_insert", "author_name_search_update", "author_name_unindexed", "book_title_search",
            "book_title_search_delete", "book_title_search_insert", "book_title_search_update", "book_title_unindexed");

    @TempDir
    Path dir;

    @Test
    void migratingIndexesTheBooksAlreadyThereAndRollingBackDropsEverything() {
        try (Catalog catalog = Catalog.open(dir.resolve("c.alcove"))) {
            catalog.migrations().migrateTo("0007_circulation", null);
            assertThat(TextIndex.of(catalog.db())).isEmpty();
            // the models of today have columns 0007 lacks (the genre's foreign key, the versions): rows as 0007 holds them
            catalog.db().execute("INSERT INTO author (name, sort_name, biography) VALUES ('Émile Zola', '', '')");
            long zolaId = catalog.db().query("SELECT id FROM author", List.of(), rs -> rs.getLong(1)).get(0);
            catalog.db().execute("INSERT INTO book (title, author_id, publication_date, genre, pages) VALUES ('Germinal', ?, '1885-03-01', 'FIC', 592)",
                    zolaId);
            catalog.migrations().migrateTo(null, null);
            assertThat(objects(catalog.db())).containsExactlyElementsOf(OBJECTS);
            assertThat(matches(catalog.db(), "book_title_search", "\"rmi\"")).isEqualTo(1);
            assertThat(matches(catalog.db(), "author_name_search", "\"zol\"")).isEqualTo(1);
            assertThat(catalog.db().query("SELECT count(*) FROM book WHERE " + TextIndex.unindexedCondition("title"), List.of(),
                    rs -> rs.getLong(1))).containsExactly(0L);

            catalog.migrations().migrateTo("0007_circulation", null);
            assertThat(objects(catalog.db())).isEmpty();
            assertThat(catalog.db().tableNames()).noneMatch(t -> t.contains("_search"));
            assertThat(catalog.books().count()).isEqualTo(1);
            catalog.db().execute("INSERT INTO book (title, author_id, publication_date, genre, pages) VALUES ('Nana', ?, '1880-01-01', 'FIC', 400)",
                    zolaId); // no trigger left
        }
    }

    @Test
    void triggersFollowInsertsRenamesAndDeletes() {
        try (Catalog catalog = Catalog.open(dir.resolve("c.alcove"))) {
            Database db = catalog.db();
            Author a = catalog.authors().create(new Author("Jane Austen", null));
            Book b = catalog.books().create(new Book("Emma", a, LocalDate.of(1815, 12, 1), null, SeedGenres.fic(), 400));
            assertThat(matches(db, "book_title_search", "\"emm\"")).isEqualTo(1);
            b.setTitle("Persuasion");
            db.save(b);
            assertThat(matches(db, "book_title_search", "\"emm\"")).isZero();
            assertThat(matches(db, "book_title_search", "\"sua\"")).isEqualTo(1);
            catalog.authors().filter("id", a.getId()).update("name", "J. Austen");
            assertThat(matches(db, "author_name_search", "\"jan\"")).isZero();
            assertThat(matches(db, "author_name_search", "\"j. \"")).isEqualTo(1);
            catalog.authors().filter("id", a.getId()).delete(); // the book goes with its author
            assertThat(matches(db, "book_title_search", "\"sua\"")).isZero();
            assertThat(matches(db, "author_name_search", "\"aus\"")).isZero();
            // FTS5 compares the index with the book table and fails if they differ
            db.execute("INSERT INTO book_title_search (book_title_search, rank) VALUES ('integrity-check', 1)");
            db.execute("INSERT INTO author_name_search (author_name_search, rank) VALUES ('integrity-check', 1)");
        }
    }

    @Test
    void thePartialIndexesHoldTheConditionTheSearchUsesAndServeIt() {
        try (Catalog catalog = Catalog.open(dir.resolve("c.alcove"))) {
            Database db = catalog.db();
            assertThat(indexSql(db, "book_title_unindexed")).endsWith("WHERE " + TextIndex.unindexedCondition("title"));
            assertThat(indexSql(db, "author_name_unindexed")).endsWith("WHERE " + TextIndex.unindexedCondition("name"));
            String plan = db.query("EXPLAIN QUERY PLAN " + TextIndex.Column.TITLE.candidates("mirror").sql(),
                    List.of("\"mir\" \"ror\""), rs -> rs.getString("detail")).toString();
            assertThat(plan).contains("book_title_unindexed");
        }
    }

    private static List<String> objects(Database db) {
        return db.query("SELECT name FROM sqlite_master WHERE name LIKE '%_search' OR name LIKE '%_search_%' OR name LIKE '%_unindexed'"
                + " ORDER BY name", List.of(), rs -> rs.getString(1)).stream().filter(n -> !n.matches(".*_search_(data|idx|config|docsize|content)")).toList();
    }

    private static String indexSql(Database db, String name) {
        return db.query("SELECT sql FROM sqlite_master WHERE name = ?", List.of(name), rs -> rs.getString(1)).get(0);
    }

    private static long matches(Database db, String table, String match) {
        return db.query("SELECT count(*) FROM " + table + " WHERE " + table + " MATCH ?", List.of(match), rs -> rs.getLong(1)).get(0);
    }
}
