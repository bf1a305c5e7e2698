package org.alcove.orm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.junit.jupiter.api.Test;

/** {@code QuerySet.explain()}: the database's plan for the query, read without running it. */
@SqliteOnly("SQLite only: the assertions read the text of EXPLAIN QUERY PLAN")
class ExplainTest extends SeededCatalogTest {

    @Test
    void aPlanNamesTheIndexAnOrderingWalksAndTheSortWhereNoneServes() {
        assertThat(books.explain()).contains("book_publication_date_idx").doesNotContain("TEMP B-TREE");
        assertThat(books.orderBy("pages").explain()).contains("SCAN book").contains("USE TEMP B-TREE FOR ORDER BY");
        assertThat(authors.filter("name__startswith", "Jane").explain())
                .contains("SEARCH author USING INDEX author_name_idx (name>? AND name<?)");
    }

    @Test
    void aSubqueryStepIsIndentedUnderTheStepItBelongsTo() {
        String plan = books.filter("author__in", authors.filter("name__icontains", "a")).explain();
        assertThat(plan.lines().filter(l -> l.startsWith("LIST SUBQUERY") || l.startsWith("SEARCH book") || l.startsWith("SCAN book")))
                .as(plan).hasSize(2);
        assertThat(plan.lines().filter(l -> l.startsWith("  SCAN author"))).as(plan).hasSize(1);
        assertThat(plan.lines().filter(l -> l.startsWith("SCAN author"))).as(plan).isEmpty();
    }

    @Test
    void orderingByAJoinedRelationsKeyReadsItFromTheJoinWhichAnIndexOnTheNameCanServe() {
        Author namesake = authors.create(new Author("Jane Austen", null)); // ties on the name: the key decides
        books.create(new Book("Sanditon", namesake, LocalDate.of(1925, 1, 1), "9780140433142", SeedGenres.fic(), 200));
        QuerySet<Book> byAuthor = books.orderBy("author__name", "-author__id", "id");
        assertThat(byAuthor.sql()).contains("ORDER BY \"T1\".\"name\" ASC, \"T1\".\"id\" DESC, \"book\".\"id\" ASC");
        assertThat(books.orderBy("author__pk").sql()).as("nothing joined: the foreign key itself")
                .doesNotContain("JOIN").contains("ORDER BY \"book\".\"author_id\" ASC");
        assertThat(books.orderBy("author__id", "author__name").sql()).as("joined only after the key: the foreign key")
                .contains("ORDER BY \"book\".\"author_id\" ASC, \"T1\".\"name\" ASC");
        List<String> expected = books.list().stream()
                .sorted(Comparator.comparing((Book b) -> b.getAuthor().getName()).thenComparing(b -> -b.getAuthor().getId())
                        .thenComparing(Book::getId))
                .map(Book::getTitle).toList();
        List<String> titles = byAuthor.valuesListFlat("title", String.class).list();
        assertThat(titles).isEqualTo(expected);
        assertThat(titles.indexOf("Sanditon")).as("the later Jane Austen first").isLessThan(titles.indexOf("Emma"));
    }

    @Test
    void explainingAsksThePlanOfTheQueryItselfAndAnEmptyQuerySetHasNone() {
        QuerySet<Book> thick = books.filter("pages__gt", 300);
        var queries = db.captureQueries(thick::explain);
        assertThat(queries).singleElement().satisfies(q -> {
            assertThat(q.sql() + " " + q.params()).isEqualTo("EXPLAIN QUERY PLAN " + thick.sql());
            assertThat(q.params()).singleElement().hasToString("300");
        });
        assertThat(db.captureQueries(() -> assertThat(books.none().explain()).isEmpty())).isEmpty();
    }
}
