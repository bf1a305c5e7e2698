package org.alcove.orm;

import static org.alcove.orm.QueryCounter.assertNumQueries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.alcove.orm.testmodels.Edition;
import org.alcove.orm.testmodels.Printing;
import org.alcove.orm.testmodels.Publisher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkAndInstanceTest extends SeededCatalogTest {
    @Test
    void getOrCreateFindsOrCreatesOnce() {
        QuerySet.Created<Author> first = authors.getOrCreate(Map.of("name", "Mary Shelley"), Map.of("birthDate", "1797-08-30"));
        QuerySet.Created<Author> second = authors.getOrCreate(Map.of("name", "Mary Shelley"), Map.of("birthDate", "1800-01-01"));
        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.object().getId()).isEqualTo(first.object().getId());
        assertThat(second.object().getBirthDate()).isEqualTo(LocalDate.of(1797, 8, 30));
    }

    @Test
    void updateOrCreateUpdatesTheMatchOrCreates() {
        QuerySet.Created<Book> updated = books.updateOrCreate(Map.of("isbn", "9780547928227"), Map.of("pages", 320));
        assertThat(updated.created()).isFalse();
        assertThat(books.get("isbn", "9780547928227").getPages()).isEqualTo(320);
        Author tolkien = authors.get("name", "J.R.R. Tolkien");
        QuerySet.Created<Book> made = books.updateOrCreate(Map.of("isbn", "9780261102385"),
                Map.of("title", "The Lord of the Rings", "author", tolkien, "publicationDate", "1954-07-29", "pages", 1178));
        assertThat(made.created()).isTrue();
        assertThat(books.get("isbn", "9780261102385").getAuthor().getName()).isEqualTo("J.R.R. Tolkien");
    }

    @Test
    void inBulkReturnsObjectsKeyedById() {
        List<Long> ids = books.orderBy("title").valuesListFlat("id", Long.class).limit(3).list();
        Map<Long, Book> byId = books.inBulk(ids);
        assertThat(byId).containsOnlyKeys(ids);
        assertThat(byId.get(ids.get(0)).getTitle()).isEqualTo("1984");
    }

    @Test
    void bulkUpdateWritesTheNamedFieldsOnly() {
        List<Book> all = books.list();
        all.forEach(b -> b.setPages(b.getPages() + 1).setTitle("changed"));
        int n = assertNumQueries(db, 3, () -> books.bulkUpdate(all, "pages"));
        assertThat(n).isEqualTo(6);
        assertThat(books.filter("title", "changed").count()).isZero();
        assertThat(books.get("isbn", "9780547928227").getPages()).isEqualTo(311);
    }

    @Test
    void bulkCreateCanIgnoreOrUpdateConflicts() {
        Author austen = authors.get("name", "Jane Austen");
        Book dup = new Book("Pride and Prejudice (again)", austen, LocalDate.of(1813, 1, 28), "9780141439518", SeedGenres.fic(), 999);
        Book fresh = new Book("Sense and Sensibility", austen, LocalDate.of(1811, 10, 30), "9780141439662", SeedGenres.fic(), 409);
        // Even asked for, ids are not read back when conflicts are skipped: a skipped row returns none.
        books.bulkCreate(List.of(dup, fresh), new BulkOptions(0, true, List.of(), List.of(), true));
        assertThat(dup.getId()).isNull();
        assertThat(fresh.getId()).isNull();
        assertThat(books.count()).isEqualTo(7);
        assertThat(books.get("isbn", "9780141439518").getPages()).isEqualTo(432);

        Book upsert = new Book("Pride and Prejudice", austen, LocalDate.of(1813, 1, 28), "9780141439518", SeedGenres.fic(), 500);
        books.bulkCreate(List.of(upsert), BulkOptions.updatingConflicts(List.of("isbn"), List.of("pages")));
        assertThat(books.get("isbn", "9780141439518").getPages()).isEqualTo(500);
        assertThat(books.count()).isEqualTo(7);
    }

    @Test
    void bulkCreateWithoutIdsInsertsWithoutReadingThemBack() {
        Author a = authors.get("name", "George Orwell");
        List<Book> batch = List.of(new Book("Animal Farm", a, LocalDate.of(1945, 8, 17), "9780451526342", SeedGenres.fic(), 112),
                new Book("Burmese Days", a, LocalDate.of(1934, 10, 25), "9780156148504", SeedGenres.fic(), 300));
        List<ExecutedQuery> queries = db.captureQueries(() -> books.bulkCreate(batch, BulkOptions.defaults().withoutIds()));
        assertThat(queries).filteredOn(q -> q.sql().startsWith("INSERT")).singleElement()
                .satisfies(q -> assertThat(q.sql()).doesNotContain("RETURNING"));
        assertThat(batch).allSatisfy(b -> assertThat(b.getId()).isNull());
        assertThat(books.filter("author", a).count()).isEqualTo(4);
    }

    @Test
    void bulkCreateIsAllOrNothing() {
        Author a = authors.create(new Author("Batch", null));
        List<Book> batch = List.of(
                new Book("Fine", a, LocalDate.of(2000, 1, 1), "9780000000901", SeedGenres.fic(), 1),
                new Book("Clash", a, LocalDate.of(2000, 1, 1), "9780141439518", SeedGenres.fic(), 1));
        assertThatThrownBy(() -> books.bulkCreate(batch)).isInstanceOf(IntegrityError.class);
        assertThat(books.filter("title", "Fine").exists()).isFalse();
    }

    @Test
    void savingWithAnUnsavedRelatedObjectIsRefused() {
        Book b = new Book("Orphan", new Author("Nobody", null), LocalDate.of(2000, 1, 1), "9780000000902", SeedGenres.fic(), 1);
        assertThatThrownBy(() -> db.save(b)).isInstanceOf(OrmException.class)
                .hasMessage("save() prohibited to prevent data loss due to unsaved related object 'author'.");
    }

    @Test
    void anUnboundObjectExplainsHowToSaveIt() {
        assertThatThrownBy(() -> new Author("Loose", null).save()).isInstanceOf(OrmException.class)
                .hasMessageContaining("save it with db.save(object)");
    }

    @Test
    void selectRelatedFollowsSeveralLevelsInOneQuery(@TempDir Path other) {
        try (Database d = TestBackend.open(other.resolve("levels.db"), Publisher.class, Edition.class, Printing.class)) {
            d.schemaEditor().createModels(Publisher.class, Edition.class, Printing.class);
            Publisher p = d.save(new Publisher("Penguin"));
            Edition e = d.save(new Edition("First", p));
            d.save(new Printing(1, e));
            d.save(new Printing(2, e));
            List<String> names = assertNumQueries(d, 1, () -> d.objects(Printing.class).selectRelated("edition__cascade")
                    .orderBy("number").list().stream().map(x -> x.number + " " + x.edition.title + " " + x.edition.cascade.name).toList());
            assertThat(names).containsExactly("1 First Penguin", "2 First Penguin");
        }
    }

    @Test
    void streamReadsRowsAsConsumedAndClosesItsCursor() {
        try (var stream = books.orderBy("title").valuesListFlat("title", String.class).stream()) {
            assertThat(stream.limit(2).toList()).containsExactly("1984", "Emma");
        }
        try (var stream = authors.prefetchRelated("books").stream()) {
            assertThat(stream.mapToLong(a -> a.books().list().size()).sum()).isEqualTo(6);
        }
    }

    @Test
    void refreshFromDbDropsPrefetchedRelatedObjects() {
        Author austen = authors.prefetchRelated("books").get("name", "Jane Austen");
        assertThat(austen.books().list()).hasSize(3);
        books.filter("title", "Emma").delete();
        assertThat(austen.books().list()).hasSize(3); // still the prefetched rows
        austen.refreshFromDb();
        assertThat(austen.books().list()).hasSize(2);
    }

    @Test
    void createFromAMapValidatesNamesAndChoices() {
        assertThatThrownBy(() -> authors.create(Map.of("nam", "x"))).isInstanceOf(FieldError.class)
                .hasMessageStartingWith("Author() got an unexpected keyword argument 'nam'");
        Author a = authors.get("name", "Jane Austen");
        assertThatThrownBy(() -> books.create(Map.of("title", "T", "author", a, "publicationDate", "2000-01-01", "isbn", "1", "status", "XYZ")))
                .isInstanceOf(FieldError.class).hasMessageContaining("'XYZ' is not a valid choice for field 'status'");
    }
}
