package org.alcove.orm;

import java.nio.file.Path;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.CatalogFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test on the seed tutorial's catalogue in a fresh file: 4 authors, 6 books. */
abstract class SeededCatalogTest {
    @TempDir
    Path dir;
    Database db;
    QuerySet<Book> books;
    QuerySet<Author> authors;

    @BeforeEach
    void openSeeded() {
        db = CatalogFixture.seeded(dir);
        books = db.objects(Book.class);
        authors = db.objects(Author.class);
    }

    @AfterEach
    void closeSeeded() {
        db.close();
    }
}
