package org.alcove.catalog;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.alcove.orm.Database;
import org.alcove.orm.TestBackend;
import org.alcove.orm.migrations.MigrationProgress;
import org.alcove.orm.migrations.Migrator;

/** Opens a catalogue in a temporary folder with its schema migrated, optionally filled with the seed's rows. */
public final class CatalogFixture {
    private CatalogFixture() {
    }

    /**
     * An empty catalogue with the Author and Book tables, made by the shipped migrations: in a file
     * in {@code dir}, or in a fresh database on the test server when the tests run on PostgreSQL
     * ({@link TestBackend}).
     */
    public static Database empty(Path dir) {
        if (TestBackend.postgres()) {
            Database db = TestBackend.open(dir.resolve("catalog.alcove"), CatalogModels.array());
            new Migrator(db, CatalogMigrations.source()).migrate(MigrationProgress.NONE);
            return db;
        }
        return Catalog.open(dir.resolve("catalog.alcove")).db();
    }

    /** The seed tutorial's authors and books. */
    public static Database seeded(Path dir) {
        Database db = empty(dir);
        var authors = db.objects(Author.class);
        var books = db.objects(Book.class);
        Author austen = authors.create(new Author("Jane Austen", LocalDate.of(1775, 12, 16))
                .setBiography("English novelist known for her six major novels."));
        Author orwell = authors.create(new Author("George Orwell", LocalDate.of(1903, 6, 25)));
        Author tolkien = authors.create(new Author("J.R.R. Tolkien", LocalDate.of(1892, 1, 3)));
        authors.create(new Author("Émile Zola", LocalDate.of(1840, 4, 2)));
        books.bulkCreate(List.of(
                new Book("Pride and Prejudice", austen, LocalDate.of(1813, 1, 28), "9780141439518", SeedGenres.fic(), 432),
                new Book("Emma", austen, LocalDate.of(1815, 12, 23), "9780141439587", SeedGenres.fic(), 474),
                new Book("Persuasion", austen, LocalDate.of(1817, 12, 20), "9780141439686", SeedGenres.fic(), 249),
                new Book("1984", orwell, LocalDate.of(1949, 6, 8), "9780451524935", SeedGenres.fic(), 328),
                new Book("Homage to Catalonia", orwell, LocalDate.of(1938, 4, 25), "9780156421171", SeedGenres.non(), 232),
                new Book("The Hobbit", tolkien, LocalDate.of(1937, 9, 21), "9780547928227", SeedGenres.fic(), 310)));
        return db;
    }
}
