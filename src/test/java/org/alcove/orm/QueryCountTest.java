package org.alcove.orm;

import static org.alcove.orm.QueryCounter.assertNumQueries;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How many statements the common paths cost: the N+1 and what removes it. */
class QueryCountTest extends CatalogTest {

    @BeforeEach
    void seed() {
        List<Author> authors = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            authors.add(new Author("Author " + i, null).setBiography("Biography " + i));
        }
        db.objects(Author.class).bulkCreate(authors);
        List<Book> books = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 3; j++) {
                books.add(new Book("Book " + i + "." + j, authors.get(i), LocalDate.of(1900 + i, 1, 1 + j),
                        String.format("978%010d", i * 10 + j), SeedGenres.fic(), 100 + j));
            }
        }
        db.objects(Book.class).bulkCreate(books);
    }

    @Test
    void touchingTheAuthorOfTenBooksCostsElevenQueries() {
        List<String> names = assertNumQueries(db, 11, () -> {
            List<String> out = new ArrayList<>();
            for (Book b : db.objects(Book.class).limit(10)) {
                out.add(b.getAuthor().getName());
            }
            return out;
        });
        assertThat(names).hasSize(10).allMatch(n -> n.startsWith("Author "));
    }

    @Test
    void readingTheAuthorIdNeedsNoQuery() {
        Book b = db.objects(Book.class).first().orElseThrow();
        assertNumQueries(db, 0, () -> assertThat(b.getAuthor().getId()).isNotNull());
    }

    @Test
    void selectRelatedLoadsTenBooksWithTheirAuthorsInOneQuery() {
        List<String> names = assertNumQueries(db, 1, () -> {
            List<String> out = new ArrayList<>();
            for (Book b : db.objects(Book.class).selectRelated("author").limit(10)) {
                out.add(b.getAuthor().getName() + ": " + b.getAuthor().getBiography());
            }
            return out;
        });
        assertThat(names).hasSize(10).allMatch(n -> n.matches("Author \\d: Biography \\d"));
    }

    @Test
    void prefetchRelatedLoadsTenAuthorsWithTheirBooksInTwoQueries() {
        List<Integer> counts = assertNumQueries(db, 2, () -> {
            List<Integer> out = new ArrayList<>();
            for (Author a : db.objects(Author.class).prefetchRelated("books")) {
                out.add(a.books().list().size());
                a.books().list().forEach(b -> assertThat(b.getAuthor()).isSameAs(a));
            }
            return out;
        });
        assertThat(counts).hasSize(10).containsOnly(3);
    }

    @Test
    void nestedPrefetchTakesOneQueryPerLevel() {
        assertNumQueries(db, 3, () -> {
            for (Book b : db.objects(Book.class).prefetchRelated("author__books")) {
                assertThat(b.getAuthor().books().list()).hasSize(3);
            }
        });
    }

    @Test
    void onlyThenReadingADeferredFieldCostsOneMoreQuery() {
        Author a = db.objects(Author.class).only("name").first().orElseThrow();
        assertNumQueries(db, 0, () -> assertThat(a.getName()).isEqualTo("Author 0"));
        assertNumQueries(db, 1, () -> assertThat(a.getBiography()).isEqualTo("Biography 0"));
        assertNumQueries(db, 0, () -> assertThat(a.getBiography()).isEqualTo("Biography 0"));
    }

    @Test
    void deferLeavesOutOnlyTheNamedFields() {
        Author a = db.objects(Author.class).defer("biography").first().orElseThrow();
        assertNumQueries(db, 0, () -> assertThat(a.getName()).isEqualTo("Author 0"));
        assertNumQueries(db, 1, () -> assertThat(a.getBiography()).isEqualTo("Biography 0"));
    }

    @Test
    void bulkCreateOfAThousandRowsTakesTheBatchesTheLimitNeeds() {
        List<Author> authors = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            authors.add(new Author("Bulk " + i, null));
        }
        List<ExecutedQuery> queries = db.captureQueries(() -> db.objects(Author.class).bulkCreate(authors));
        long inserts = queries.stream().filter(q -> q.sql().startsWith("INSERT")).count();
        int perStatement = db.dialect().maxVariables() / 3;
        assertThat(inserts).isEqualTo((1000 + Math.min(perStatement, 2000) - 1) / Math.min(perStatement, 2000));
        assertThat(queries).hasSize((int) inserts + 2);
        assertThat(authors).allMatch(a -> a.getId() != null);
        assertThat(authors.get(999).getId()).isEqualTo(authors.get(0).getId() + 999);
        assertThat(db.objects(Author.class).filter("name__startswith", "Bulk ").count()).isEqualTo(1000);
    }
}
