package org.alcove.orm;

import static org.alcove.orm.QueryCounter.assertNumQueries;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.junit.jupiter.api.Test;

/** The seed's aggregation and annotation snippets, and Django's semantics around them. */
class AggregationTest extends SeededCatalogTest {
    @Test
    void annotateCountsBooksPerAuthor() {
        List<Author> annotated = authors.annotate("numBooks", Count.of("books")).list();
        assertThat(annotated).extracting(Author::getName, a -> a.number("numBooks").longValue())
                // a grouped query has no default ordering (Django 3.1+)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("George Orwell", 2L),
                        org.assertj.core.groups.Tuple.tuple("J.R.R. Tolkien", 1L),
                        org.assertj.core.groups.Tuple.tuple("Jane Austen", 3L),
                        org.assertj.core.groups.Tuple.tuple("Émile Zola", 0L));
    }

    @Test
    void theMostProlificAuthor() {
        Author top = authors.annotate("numBooks", Count.of("books")).orderBy("-numBooks").first().orElseThrow();
        assertThat(top.getName()).isEqualTo("Jane Austen");
        assertThat(authors.annotate(Count.of("books")).orderBy(Count.of("books").desc()).first().orElseThrow().number("books__count"))
                .isEqualTo(3L);
    }

    @Test
    void aggregateIsKeyedAsDjangoKeysIt() {
        Map<String, Object> avg = books.aggregate(Avg.of("pages"));
        assertThat(avg).containsOnlyKeys("pages__avg");
        assertThat((Double) avg.get("pages__avg")).isCloseTo((432 + 474 + 249 + 328 + 232 + 310) / 6.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(books.aggregate(Map.of("longest", Max.of("pages")))).isEqualTo(Map.of("longest", 474));
        assertThat(books.filter("genre", SeedGenres.his()).aggregate(Sum.of("pages"))).containsEntry("pages__sum", null);
        assertThat(books.aggregate(Min.of("publicationDate"))).containsEntry("publicationDate__min", LocalDate.of(1813, 1, 28));
    }

    @Test
    void sumOfPagesPerAuthorIsNullForAnAuthorWithoutBooks() {
        Map<String, Object> sums = new java.util.HashMap<>();
        for (Author a : authors.annotate("pages", Sum.of("books__pages"))) {
            sums.put(a.getName(), a.annotation("pages"));
        }
        assertThat(sums).containsEntry("Jane Austen", 1155L).containsEntry("George Orwell", 560L).containsEntry("Émile Zola", null);
        Author zola = authors.annotate("pages", Coalesce.of(Sum.of("books__pages"), 0)).get("name", "Émile Zola");
        assertThat(zola.annotation("pages")).isEqualTo(0L);
    }

    @Test
    void valuesThenAnnotateGroupsByTheValues() {
        List<Map<String, Object>> perGenre = books.values("genre__code").annotate("n", Count.of("id")).annotate("totalPages", Sum.of("pages"))
                .orderBy("genre__code").list();
        assertThat(perGenre).containsExactly(
                Map.of("genre__code", "FIC", "n", 5L, "totalPages", 1793L),
                Map.of("genre__code", "NON", "n", 1L, "totalPages", 232L));
    }

    @Test
    void annotationsFilterAsHavingAndOrder() {
        // a GROUP BY query has no default ordering (Django 3.1+): the order is the database's
        assertThat(authors.annotate("n", Count.of("books")).filter("n__gte", 2).valuesListFlat("name", String.class).list())
                .containsExactlyInAnyOrder("George Orwell", "Jane Austen");
        assertThat(authors.annotate("n", Count.of("books")).filter("n", 0).count()).isEqualTo(1);
    }

    @Test
    void aggregateOptionsDistinctAndFilter() {
        Map<String, Object> r = books.aggregate(Map.of(
                "authors", Count.of("author").distinct(),
                "longFiction", Count.of("id").filter(Q.of("genre", SeedGenres.fic()).and(Q.of("pages__gt", 400)))));
        assertThat(r).isEqualTo(Map.of("authors", 3L, "longFiction", 2L));
    }

    @Test
    void caseWhenAndFArithmeticInAnnotations() {
        List<Map<String, Object>> rows = books.annotate("size", Case.of(
                        Case.When.of(Q.of("pages__gt", 400), "long"),
                        Case.When.of(Q.of("pages__lt", 250), "short")).otherwise("medium"))
                .annotate("sheets", F.of("pages").div(2))
                .orderBy("title").values("title", "size", "sheets").list();
        assertThat(rows.get(0)).isEqualTo(Map.of("title", "1984", "size", "medium", "sheets", 164L));
        assertThat(rows).extracting(m -> m.get("size")).containsExactly("medium", "long", "short", "short", "long", "medium");
    }

    @Test
    void reverseRelationsAreQuerySetsAndLookupsFollowThem() {
        Author austen = authors.get("name", "Jane Austen");
        assertThat(austen.books().orderBy("publicationDate").valuesListFlat("title", String.class).list())
                .containsExactly("Pride and Prejudice", "Emma", "Persuasion");
        assertThat(austen.books().filter("pages__gt", 400).count()).isEqualTo(2);
        // one row per matching book, as Django: Austen has two books over 400 pages
        assertThat(authors.filter("books__pages__gt", 400).list()).extracting(Author::getName).containsExactly("Jane Austen", "Jane Austen");
        assertThat(authors.filter("books__pages__gt", 400).count()).isEqualTo(2);
        assertThat(authors.filter("books__pages__gt", 400).distinct().count()).isEqualTo(1);
        assertThat(authors.exclude("books__pages__gt", 300).list()).extracting(Author::getName).containsExactly("Émile Zola");
        assertThat(authors.filter("books__isnull", true).list()).extracting(Author::getName).containsExactly("Émile Zola");
    }

    @Test
    void conditionsInOneFilterCallMeetOnTheSameRow() {
        // Austen has a book over 400 pages and a book from 1817, but none that is both.
        assertThat(authors.filter(Q.of("books__pages__gt", 400).and(Q.of("books__publicationDate__year", 1817))).count()).isZero();
        // two filter() calls join twice: (Pride and Prejudice or Emma) with Persuasion, two rows
        assertThat(authors.filter("books__pages__gt", 400).filter("books__publicationDate__year", 1817).count()).isEqualTo(2);
        assertThat(authors.filter("books__pages__gt", 400).filter("books__publicationDate__year", 1817).distinct().count()).isEqualTo(1);
    }

    @Test
    void anAggregateOverOneRelationIsASubqueryPerRowWithTheJoinsFigures() {
        List<ExecutedQuery> run = db.captureQueries(() -> authors.annotate("n", Count.of("books")).orderBy("-n").list());
        assertThat(run.get(0).sql()).contains("(SELECT COUNT(").doesNotContain("JOIN").doesNotContain("GROUP BY");

        Map<String, Long> longBooks = new java.util.HashMap<>();
        for (Author a : authors.annotate("long", Count.of("books").filter(Q.of("books__pages__gt", 400)))) {
            longBooks.put(a.getName(), a.number("long").longValue());
        }
        assertThat(longBooks).containsEntry("Jane Austen", 2L).containsEntry("George Orwell", 0L)
                .containsEntry("Émile Zola", 0L).hasSize(4);
        assertThat(authors.annotate("n", Count.of("books").distinct()).get("name", "Jane Austen").number("n")).isEqualTo(3L);
        assertThat(authors.annotate("longest", Max.of("books__pages")).get("name", "Jane Austen").annotation("longest"))
                .isEqualTo(474);

        // After a filter() through the relation, Django counts the rows that filter kept: the join stays.
        List<ExecutedQuery> filtered = db.captureQueries(() ->
                assertThat(authors.filter("books__pages__gt", 400).annotate("n", Count.of("books")).get().number("n")).isEqualTo(2L));
        assertThat(filtered.get(0).sql()).contains("JOIN").contains("GROUP BY");
        // A condition naming the author's own fields cannot move into the subquery.
        List<ExecutedQuery> outer = db.captureQueries(() -> assertThat(authors
                .annotate("n", Count.of("books").filter(Q.of("name__startswith", "Jane"))).get("name", "Jane Austen").number("n"))
                .isEqualTo(3L));
        assertThat(outer.get(0).sql()).contains("JOIN");
    }

    @Test
    void aggregateOverAnnotationsUsesASubquery() {
        Map<String, Object> r = authors.annotate("n", Count.of("books")).aggregate(Map.of("avg", Avg.of("n"), "max", Max.of("n")));
        assertThat((Double) r.get("avg")).isEqualTo(1.5);
        assertThat(r.get("max")).isEqualTo(3L);
    }

    @Test
    void eachStatisticIsOneQuery() {
        assertNumQueries(db, 1, () -> books.values("genre").annotate("n", Count.of("id")).list());
        assertNumQueries(db, 1, () -> books.aggregate(Avg.of("pages"), Sum.of("pages"), Count.of("id")));
    }

    @Test
    void dateTransformsWorkInExpressions() {
        List<Map<String, Object>> decades = books.annotate("decade", F.of("publicationDate__year").div(10).times(10))
                .values("decade").annotate("n", Count.all()).orderBy("decade").list();
        assertThat(decades).containsExactly(Map.of("decade", 1810L, "n", 3L), Map.of("decade", 1930L, "n", 2L),
                Map.of("decade", 1940L, "n", 1L));
    }

    @Test
    @SqliteOnly("SQLite only: PostgreSQL refuses"
            + " a DISTINCT query ordered by a column (the default ordering's date) that only an expression of the select list holds")
    void aDistinctDatePartIsReadOnce() {
        assertThat(books.filter("publicationDate__month", 12).annotate("m", F.of("publicationDate__month"))
                .valuesListFlat("m", Long.class).distinct().list()).containsExactly(12L);
    }

    @Test
    void aggregatesBesideRowLevelAnnotationsGiveOneRowPerObject() {
        authors.create(new Author("Anonymous", null));
        List<String> rows = authors.annotate("n", Count.of("books"))
                .annotate("born", Case.of(Case.When.of(Q.of("birthDate__isnull", true), "unknown")).otherwise("known"))
                .orderBy("name").list().stream().map(a -> a.getName() + " " + a.annotation("n") + " " + a.annotation("born")).toList();
        assertThat(rows).containsExactly("Anonymous 0 unknown", "George Orwell 2 known", "J.R.R. Tolkien 1 known",
                "Jane Austen 3 known", "Émile Zola 0 known");
        // The same beside a join (a filter across the relation keeps the count on it): grouped, one row per author.
        List<ExecutedQuery> run = db.captureQueries(() -> assertThat(authors.filter("books__pages__gt", 0).annotate("n", Count.of("books"))
                .annotate("born", Case.of(Case.When.of(Q.of("birthDate__isnull", true), "unknown")).otherwise("known"))
                .orderBy("name").list().stream().map(a -> a.getName() + " " + a.annotation("n") + " " + a.annotation("born")))
                .containsExactly("George Orwell 2 known", "J.R.R. Tolkien 1 known", "Jane Austen 3 known"));
        assertThat(run).singleElement().satisfies(q -> assertThat(q.sql()).contains("JOIN").contains("GROUP BY"));
    }
}
