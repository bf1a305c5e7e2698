package org.alcove.orm;

import java.nio.file.Path;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.CatalogFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test on the catalogue's models in a fresh file, empty unless {@link #openDatabase} fills it. */
abstract class CatalogTest {
    @TempDir
    Path dir;
    Database db;
    QuerySet<Book> books;
    QuerySet<Author> authors;

    /** The database each test starts from. */
    Database openDatabase(Path folder) {
        return CatalogFixture.empty(folder);
    }

    @BeforeEach
    void openCatalog() {
        db = openDatabase(dir);
        books = db.objects(Book.class);
        authors = db.objects(Author.class);
    }

    @AfterEach
    void closeCatalog() {
        db.close();
    }
}
