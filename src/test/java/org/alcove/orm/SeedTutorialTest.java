package org.alcove.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.CatalogFixture;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.junit.jupiter.api.Test;

/** The seed tutorial, snippet by snippet, on a real SQLite file. */
class SeedTutorialTest extends CatalogTest {

    private Author austen() {
        return db.objects(Author.class).create(Map.of("name", "Jane Austen", "birthDate", "1775-12-16",
                "biography", "English novelist known for her six major novels."));
    }

    private Book pride(Author austen) {
        return db.objects(Book.class).create(Map.of("title", "Pride and Prejudice", "author", austen,
                "publicationDate", "1813-01-28", "isbn", "9780141439518", "genre", SeedGenres.fic(), "pages", 432));
    }

    @Test
    void createStoresTheObjectAndGivesItAnId() {
        Author austen = austen();
        Book book = pride(austen);

        assertThat(austen.getId()).isNotNull();
        Book read = db.objects(Book.class).get("pk", book.getId());
        assertThat(read.getTitle()).isEqualTo("Pride and Prejudice");
        assertThat(read.getPublicationDate()).isEqualTo(LocalDate.of(1813, 1, 28));
        assertThat(read.getGenre()).isEqualTo(SeedGenres.fic());
        assertThat(read.getPages()).isEqualTo(432);
        assertThat(read.getAuthor().getName()).isEqualTo("Jane Austen");
    }

    @Test
    void newThenSaveIsTheSameAsCreate() {
        Author tolkien = new Author("J.R.R. Tolkien", LocalDate.of(1892, 1, 3));
        db.save(tolkien);

        assertThat(db.objects(Author.class).get("name", "J.R.R. Tolkien").getBirthDate()).isEqualTo(LocalDate.of(1892, 1, 3));
        assertThat(tolkien.getBiography()).isEmpty();
    }

    @Test
    void filterAcrossTheAuthorRelation() {
        Author austen = austen();
        pride(austen);
        Author orwell = db.objects(Author.class).create(new Author("George Orwell", LocalDate.of(1903, 6, 25)));
        db.objects(Book.class).create(new Book("1984", orwell, LocalDate.of(1949, 6, 8), "9780451524935", SeedGenres.fic(), 328));

        assertThat(db.objects(Book.class).filter("author__name", "Jane Austen").list())
                .extracting(Book::getTitle).containsExactly("Pride and Prejudice");
        assertThat(db.objects(Book.class).filter("publicationDate__gt", LocalDate.of(1900, 1, 1)).list())
                .extracting(Book::getTitle).containsExactly("1984");
    }

    @Test
    void orderByBothWaysAndFirst() {
        try (Database seeded = CatalogFixture.seeded(mk("s"))) {
            var books = seeded.objects(Book.class);
            assertThat(books.orderBy("title").list()).extracting(Book::getTitle)
                    .containsExactly("1984", "Emma", "Homage to Catalonia", "Persuasion", "Pride and Prejudice", "The Hobbit");
            assertThat(books.orderBy("-pages").first()).map(Book::getTitle).contains("Emma");
            assertThat(books.list()).extracting(Book::getTitle).first().isEqualTo("1984");
        }
    }

    @Test
    void updateThenRefreshFromDb() {
        Book book = pride(austen());
        book.setPages(480);
        book.save();

        Book other = db.objects(Book.class).get("isbn", "9780141439518");
        assertThat(other.getPages()).isEqualTo(480);
        db.objects(Book.class).filter("pk", book.getId()).update("pages", 500);
        book.refreshFromDb();
        assertThat(book.getPages()).isEqualTo(500);
    }

    @Test
    void querysetUpdateWithAnFExpression() {
        Author austen = austen();
        pride(austen);
        db.objects(Book.class).create(new Book("Emma", austen, LocalDate.of(1815, 12, 23), "9780141439587", SeedGenres.fic(), 474));

        int changed = db.objects(Book.class).filter("author", austen).update("pages", F.of("pages").plus(10));

        assertThat(changed).isEqualTo(2);
        assertThat(db.objects(Book.class).orderBy("pages").valuesListFlat("pages", Long.class).list()).containsExactly(442L, 484L);
    }

    @Test
    void deletingAnAuthorCascadesToTheirBooks() {
        Author austen = austen();
        pride(austen);

        DeleteResult result = austen.delete();

        assertThat(result.perModel()).containsExactlyInAnyOrderEntriesOf(Map.of("Author", 1, "Book", 1));
        assertThat(result.total()).isEqualTo(2);
        assertThat(db.objects(Book.class).count()).isZero();
    }

    @Test
    void qWithOrAndNot() {
        try (Database seeded = CatalogFixture.seeded(mk("q"))) {
            var books = seeded.objects(Book.class);
            assertThat(books.filter(Q.of("genre", SeedGenres.non()).or(Q.of("pages__gt", 450))).orderBy("title").list())
                    .extracting(Book::getTitle).containsExactly("Emma", "Homage to Catalonia");
            assertThat(books.filter(Q.of("author__name", "Jane Austen").and(Q.of("title__startswith", "P").not())).list())
                    .extracting(Book::getTitle).containsExactly("Emma");
        }
    }

    @Test
    void fComparesTwoFieldsAcrossARelation() {
        Author same = db.objects(Author.class).create(new Author("Emma", null));
        db.objects(Book.class).create(new Book("Emma", same, LocalDate.of(2000, 1, 1), "9780000000002", SeedGenres.fic(), 10));
        db.objects(Book.class).create(new Book("Other", same, LocalDate.of(2001, 1, 1), "9780000000019", SeedGenres.fic(), 10));

        assertThat(db.objects(Book.class).filter("title", F.of("author__name")).list())
                .extracting(Book::getTitle).containsExactly("Emma");
    }

    @Test
    void getRaisesDoesNotExistAndMultipleObjectsReturned() {
        try (Database seeded = CatalogFixture.seeded(mk("g"))) {
            var books = seeded.objects(Book.class);
            assertThatThrownBy(() -> books.get("title", "Ulysses")).isInstanceOf(DoesNotExist.class)
                    .hasMessage("Book matching query does not exist.");
            assertThatThrownBy(() -> books.get("author__name", "Jane Austen")).isInstanceOf(MultipleObjectsReturned.class)
                    .hasMessage("get() returned more than one Book -- it returned 3!");
        }
    }

    private Path mk(String name) {
        Path p = dir.resolve(name);
        p.toFile().mkdirs();
        return p;
    }
}
