package org.alcove.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.alcove.catalog.io.ImportFormat;
import org.alcove.orm.ExecutedQuery;
import org.alcove.orm.internal.schema.IndexDef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large import into a small catalogue builds the plain indexes once, after loading; they are always there afterwards. */
class LargeImportIndexesTest {
    @TempDir
    Path dir;

    private static ImportReport run(Catalog catalog, Path file, java.util.function.BooleanSupplier cancelled) throws IOException {
        return new ImportService(catalog).run(file, ImportFormat.BOOKS, ImportOptions.defaults(), ImportListener.NONE, cancelled);
    }

    @Test
    void aLargeImportRebuildsThePlainIndexesOnceAndKeepsThem() throws IOException {
        Path file = BulkFiles.books(dir.resolve("books.csv"), 20_000, 500);
        try (Catalog catalog = Catalog.open(dir.resolve("c.alcove"))) {
            List<IndexDef> before = catalog.db().schemaEditor().indexes("book");
            ImportReport[] report = new ImportReport[1];
            List<ExecutedQuery> queries = catalog.db().captureQueries(() -> {
                try {
                    report[0] = run(catalog, file, () -> false);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertThat(report[0].imported()).isEqualTo(20_000);
            assertThat(queries).anySatisfy(q -> assertThat(q.sql()).startsWith("DROP INDEX \"book_title_idx\""));
            assertThat(queries).anySatisfy(q -> assertThat(q.sql()).startsWith("CREATE INDEX \"book_title_idx\""));
            assertThat(catalog.db().schemaEditor().indexes("book")).isEqualTo(before);
            assertThat(catalog.books().filter("title__startswith", "Title ").count()).isEqualTo(20_000);
        }
    }

    @Test
    void aLargeImportRebuildsTheSearchIndexOnceAndKeepsItsTriggers() throws IOException {
        Path file = BulkFiles.books(dir.resolve("books.csv"), 20_000, 500);
        try (Catalog catalog = Catalog.open(dir.resolve("c.alcove"))) {
            List<String> triggers = triggers(catalog);
            assertThat(triggers).contains("book_title_search_insert", "book_title_search_update", "book_title_search_delete");
            List<ExecutedQuery> cancelled = catalog.db().captureQueries(() -> {
                try {
                    run(catalog, file, () -> true);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertThat(cancelled).anySatisfy(q -> assertThat(q.sql()).startsWith("DROP TRIGGER"));
            assertThat(triggers(catalog)).isEqualTo(triggers); // rolled back with the import
            List<ExecutedQuery> queries = catalog.db().captureQueries(() -> {
                try {
                    run(catalog, file, () -> false);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertThat(queries).filteredOn(q -> q.sql().contains("'rebuild'")).singleElement()
                    .satisfies(q -> assertThat(q.sql()).contains("book_title_search"));
            assertThat(triggers(catalog)).isEqualTo(triggers);
            catalog.db().execute("INSERT INTO book_title_search (book_title_search, rank) VALUES ('integrity-check', 1)");
            assertThat(new org.alcove.catalog.search.BookSearch(catalog).page("title:\"title 1999\"", 0, 5).total()).isEqualTo(11);
            catalog.books().filter("title", "Title 7").update("title", "Renamed by hand");
            assertThat(new org.alcove.catalog.search.BookSearch(catalog).page("title:\"renamed by\"", 0, 5).total()).isEqualTo(1);
        }
    }

    private static List<String> triggers(Catalog catalog) {
        return catalog.db().query("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name", List.of(), rs -> rs.getString(1));
    }

    @Test
    void aLargeAuthorsImportBuildsTheNameIndexOnceAfterLoading() throws IOException {
        Path file = BulkFiles.authors(dir.resolve("authors.csv"), 20_000);
        try (Catalog catalog = Catalog.open(dir.resolve("c.alcove"))) {
            catalog.authors().create(new Author("Author 7", null)); // matched, not added again
            List<IndexDef> before = catalog.db().schemaEditor().indexes("author");
            assertThat(before).extracting(IndexDef::name).contains("author_name_idx");
            ImportReport[] report = new ImportReport[1];
            List<ExecutedQuery> queries = catalog.db().captureQueries(() -> {
                try {
                    report[0] = new ImportService(catalog).run(file, ImportFormat.AUTHORS, ImportOptions.defaults(),
                            ImportListener.NONE, () -> false);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertThat(report[0].imported()).isEqualTo(19_999);
            assertThat(report[0].matched()).isEqualTo(1);
            assertThat(queries).filteredOn(q -> q.sql().startsWith("DROP INDEX")).extracting(ExecutedQuery::sql)
                    .singleElement().asString().startsWith("DROP INDEX \"author_name_idx\"");
            assertThat(queries).filteredOn(q -> q.sql().startsWith("CREATE INDEX")).extracting(ExecutedQuery::sql)
                    .singleElement().asString().startsWith("CREATE INDEX \"author_name_idx\"");
            assertThat(catalog.db().schemaEditor().indexes("author")).isEqualTo(before);
            assertThat(catalog.authors().filter("name__startswith", "Author 1999").explain()).contains("author_name_idx");
            assertThat(catalog.authors().filter("name__startswith", "Author 1999").count()).isEqualTo(11);
        }
    }

    @Test
    void aLargeImportIntoACatalogueWithBooksKeepsTheAuthorIndexItMatchesThrough() throws IOException {
        Path file = BulkFiles.books(dir.resolve("books.csv"), 20_000, 500);
        try (Catalog catalog = Catalog.open(dir.resolve("c.alcove"))) {
            Author someone = catalog.authors().create(new Author("Someone Else", null));
            catalog.books().create(new Book("Already Here", someone, LocalDate.of(2000, 1, 1), BulkFiles.isbn13(999_999), SeedGenres.non(), 10));
            List<ExecutedQuery> queries = catalog.db().captureQueries(() -> {
                try {
                    assertThat(run(catalog, file, () -> false).imported()).isEqualTo(20_000);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertThat(queries).anySatisfy(q -> assertThat(q.sql()).startsWith("DROP INDEX \"book_publication_date_idx\""));
            assertThat(queries).noneSatisfy(q -> assertThat(q.sql()).startsWith("DROP INDEX \"book_author_id_idx\""));
            assertThat(queries).anySatisfy(q -> assertThat(q.sql()).contains("\"author_id\" IN ("));
            assertThat(catalog.books().count()).isEqualTo(20_001);
        }
    }

    @Test
    void aCancelledLargeImportLeavesIndexesAndRowsAsTheyWere() throws IOException {
        Path file = BulkFiles.books(dir.resolve("books.csv"), 20_000, 500);
        try (Catalog catalog = Catalog.open(dir.resolve("c.alcove"))) {
            List<IndexDef> before = catalog.db().schemaEditor().indexes("book");
            AtomicLong checks = new AtomicLong();
            ImportReport report = run(catalog, file, () -> checks.incrementAndGet() > 3);
            assertThat(report.committed()).isFalse();
            assertThat(report.cancelled()).isTrue();
            assertThat(catalog.books().count()).isZero();
            assertThat(catalog.db().schemaEditor().indexes("book")).isEqualTo(before);
        }
    }
}
