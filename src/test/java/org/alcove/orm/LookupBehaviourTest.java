package org.alcove.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lookup semantics, many taken from Django's own test suite, plus where Alcove does better. */
class LookupBehaviourTest extends SeededCatalogTest {
    private Author author(String name) {
        return authors.create(new Author(name, null));
    }

    private List<String> titles(QuerySet<Book> qs) {
        return qs.orderBy("title").valuesListFlat("title", String.class).list();
    }

    @Test
    void percentUnderscoreAndBackslashMatchLiterally() {
        Author a = author("Odd");
        books.create(new Book("100% Pure", a, LocalDate.of(2000, 1, 1), "9780000000101", SeedGenres.fic(), 1));
        books.create(new Book("1000 Pure", a, LocalDate.of(2000, 1, 1), "9780000000102", SeedGenres.fic(), 1));
        books.create(new Book("snake_case", a, LocalDate.of(2000, 1, 1), "9780000000103", SeedGenres.fic(), 1));
        books.create(new Book("snakeXcase", a, LocalDate.of(2000, 1, 1), "9780000000104", SeedGenres.fic(), 1));
        books.create(new Book("back\\slash", a, LocalDate.of(2000, 1, 1), "9780000000105", SeedGenres.fic(), 1));

        assertThat(titles(books.filter("title__contains", "0%"))).containsExactly("100% Pure");
        assertThat(titles(books.filter("title__icontains", "E_C"))).containsExactly("snake_case");
        assertThat(titles(books.filter("title__contains", "\\"))).containsExactly("back\\slash");
        assertThat(titles(books.filter("title__startswith", "100%"))).containsExactly("100% Pure");
    }

    @Test
    void containsIsCaseSensitiveAndIcontainsIsNot() {
        assertThat(titles(books.filter("title__contains", "hobbit"))).isEmpty();
        assertThat(titles(books.filter("title__contains", "Hobbit"))).containsExactly("The Hobbit");
        assertThat(titles(books.filter("title__icontains", "hOBBIT"))).containsExactly("The Hobbit");
        assertThat(titles(books.filter("title__startswith", "the"))).isEmpty();
        assertThat(titles(books.filter("title__istartswith", "the"))).containsExactly("The Hobbit");
        assertThat(titles(books.filter("title__endswith", "EMMA"))).isEmpty();
        assertThat(titles(books.filter("title__iendswith", "EMMA"))).containsExactly("Emma");
    }

    @Test
    void unaccentComparesTextWithoutAccentsBothWays() {
        author("Émile Ajar");
        author("Emile Durkheim");
        author("Jose\u0301 Saramago"); // the accent typed as a mark of its own
        author("Łukasz Orbitowski");
        author("Андрей Белый");
        author("Андреи Ивлев");
        QuerySet<Author> all = authors.filter("name__in", List.of("Émile Ajar", "Emile Durkheim", "Jose\u0301 Saramago",
                "Łukasz Orbitowski", "Андрей Белый", "Андреи Ивлев"));
        java.util.function.BiFunction<String, String, List<String>> names = (lookup, value) ->
                all.filter("name__unaccent__" + lookup, value).orderBy("name").valuesListFlat("name", String.class).list();

        assertThat(names.apply("icontains", "emile")).containsExactly("Emile Durkheim", "Émile Ajar");
        assertThat(names.apply("icontains", "ÉMILE")).containsExactly("Emile Durkheim", "Émile Ajar");
        assertThat(names.apply("icontains", "josé")).containsExactly("Jose\u0301 Saramago");
        assertThat(names.apply("istartswith", "EMI")).containsExactly("Emile Durkheim", "Émile Ajar");
        assertThat(names.apply("iendswith", "AJÁR")).containsExactly("Émile Ajar");
        assertThat(names.apply("iexact", "emile ajar")).containsExactly("Émile Ajar");
        // The exact-case lookups keep case and drop only accents.
        assertThat(names.apply("contains", "Emile")).containsExactly("Emile Durkheim", "Émile Ajar");
        assertThat(names.apply("contains", "emile")).isEmpty();
        assertThat(names.apply("exact", "Emile Ajar")).containsExactly("Émile Ajar");
        assertThat(all.filter("name__unaccent", "Emile Ajar").count()).isEqualTo(1);
        // Letters of their own stay themselves: ł is not l, and Cyrillic й is not и.
        assertThat(names.apply("icontains", "lukasz")).isEmpty();
        assertThat(names.apply("icontains", "андрей")).containsExactly("Андрей Белый");
        // Without the transform, accents count.
        assertThat(all.filter("name__icontains", "emile").count()).isEqualTo(1);
        assertThat(all.exclude("name__unaccent__icontains", "emile").count()).isEqualTo(4);
    }

    @Test
    void unaccentIsForTextAndTheTextLookups() {
        assertThatThrownBy(() -> books.filter("pages__unaccent__icontains", "1").count())
                .isInstanceOf(FieldError.class).hasMessageContaining("'unaccent'").hasMessageContaining("not text");
        assertThatThrownBy(() -> books.filter("title__unaccent__gt", "a").count())
                .isInstanceOf(FieldError.class).hasMessageContaining("after 'unaccent'").hasMessageContaining("icontains");
        assertThat(Unaccent.of("Ça, déjà vu: naïve Ångström")).isEqualTo("Ca, deja vu: naive Angstrom");
        assertThat(Unaccent.folded("ÉMILE")).isEqualTo("emile");
    }

    @ParameterizedTest
    @CsvSource({"émile, Émile Zola", "ÉMILE, Émile Zola", "zola, Émile Zola", "garcía, GARCÍA MÁRQUEZ", "márquez, GARCÍA MÁRQUEZ",
            "straße, STRASSE Lit"})
    void icontainsFoldsCaseForAllOfUnicode(String typed, String expected) {
        author("GARCÍA MÁRQUEZ");
        author("STRASSE Lit");
        assertThat(authors.filter("name__icontains", typed).valuesListFlat("name", String.class).list()).containsExactly(expected);
    }

    @Test
    void iexactMatchesWholeValueIgnoringUnicodeCase() {
        assertThat(authors.filter("name__iexact", "émile zola").count()).isEqualTo(1);
        assertThat(authors.filter("name__iexact", "émile").count()).isZero();
    }

    @Test
    void inWithAnEmptyListMatchesNothingAndItsExcludeMatchesEverything() {
        assertThat(books.filter("pk__in", List.of()).count()).isZero();
        assertThat(books.exclude("pk__in", List.of()).count()).isEqualTo(6);
        assertThat(titles(books.filter("isbn__in", List.of("9780547928227", "9780451524935")))).containsExactly("1984", "The Hobbit");
    }

    @Test
    void countRespectsSlices() {
        assertThat(books.slice(1, 4).count()).isEqualTo(3);
        assertThat(books.slice(4, 100).count()).isEqualTo(2);
        assertThat(books.limit(2).list()).hasSize(2);
    }

    @Test
    void rangeIsnullRegexAndDateTransforms() {
        assertThat(titles(books.filter("pages__range", List.of(300, 432)))).containsExactly("1984", "Pride and Prejudice", "The Hobbit");
        assertThat(authors.filter("birthDate__isnull", true).count()).isZero();
        author("Anonymous");
        assertThat(authors.filter("birthDate__isnull", true).valuesListFlat("name", String.class).list()).containsExactly("Anonymous");
        assertThat(titles(books.filter("title__regex", "^[0-9]+$"))).containsExactly("1984");
        assertThat(titles(books.filter("title__iregex", "^the"))).containsExactly("The Hobbit");
        assertThat(titles(books.filter("publicationDate__year", 1815))).containsExactly("Emma");
        assertThat(titles(books.filter("publicationDate__year__lt", 1816))).containsExactly("Emma", "Pride and Prejudice");
        assertThat(titles(books.filter("publicationDate__year__range", List.of(1930, 1940)))).containsExactly("Homage to Catalonia", "The Hobbit");
        assertThat(titles(books.filter("publicationDate__month", 12))).containsExactly("Emma", "Persuasion");
        assertThat(titles(books.filter("publicationDate__day__gte", 25))).containsExactly("Homage to Catalonia", "Pride and Prejudice");
    }

    @Test
    void lookupsChainAcrossForeignKeys() {
        assertThat(titles(books.filter("author__name__istartswith", "jane"))).containsExactly("Emma", "Persuasion", "Pride and Prejudice");
        assertThat(titles(books.filter("author__birthDate__year__gt", 1900))).containsExactly("1984", "Homage to Catalonia");
    }

    @Test
    void excludeNegatesAndNullableFieldsAreNotDropped() {
        author("Anonymous");
        assertThat(authors.exclude("birthDate__year__lt", 1850).valuesListFlat("name", String.class).list())
                .containsExactly("Anonymous", "George Orwell", "J.R.R. Tolkien");
    }

    @Test
    void unknownFieldFailsWhenTheQuerySetIsBuiltNamingTheChoices() {
        assertThatThrownBy(() -> books.filter("titel", "Emma")).isInstanceOf(FieldError.class)
                .hasMessage("Cannot resolve keyword 'titel' into field. Choices are: author, contributions, contributors, copies, cover, datePrecision, description, "
                + "firstPublished, format, genre, holds, id, identifiers, isbn, language, loanTallies, loans, notes, pages, publicationDate, publisher, rating, readings, review, series, "
                + "seriesIndex, status, tags, title, version");
        assertThatThrownBy(() -> books.filter("author__nmae", "x")).isInstanceOf(FieldError.class)
                .hasMessage("Cannot resolve keyword 'nmae' into field. Choices are: biography, birthDate, books, contributedBooks, contributions, id, name, sortName, version");
        assertThatThrownBy(() -> books.orderBy("-pagse")).isInstanceOf(FieldError.class).hasMessageContaining("'pagse'");
    }

    @Test
    void unknownLookupFailsNamingTheLookups() {
        assertThatThrownBy(() -> books.filter("title__icontian", "x")).isInstanceOf(FieldError.class)
                .hasMessageStartingWith("Unsupported lookup 'icontian' for field 'title'. Lookups are: contains, endswith, exact");
        assertThatThrownBy(() -> books.filter("title__year", 1)).isInstanceOf(FieldError.class)
                .hasMessageContaining("it is not a date");
    }

    @Test
    void uniqueViolationIsAnIntegrityErrorNamingTheColumn() {
        Author a = author("Copycat");
        assertThatThrownBy(() -> books.create(new Book("Copy", a, LocalDate.of(2000, 1, 1), "9780141439518", SeedGenres.fic(), 1)))
                .isInstanceOf(IntegrityError.class)
                .hasMessage("UNIQUE constraint failed: book.isbn")
                .extracting(e -> ((IntegrityError) e).constraint()).isEqualTo("book.isbn");
    }

    @Test
    void negativePagesBreakTheCheckConstraint() {
        Author a = author("Negative");
        assertThatThrownBy(() -> books.create(new Book("Minus", a, LocalDate.of(2000, 1, 1), "9780000000200", SeedGenres.fic(), -1)))
                .isInstanceOf(IntegrityError.class).hasMessageContaining("CHECK constraint failed");
    }

    @Test
    void firstAndLastFollowTheOrdering() {
        assertThat(books.first()).map(Book::getTitle).contains("1984");
        assertThat(books.last()).map(Book::getTitle).contains("Pride and Prejudice");
        assertThat(books.filter("pages__gt", 10_000).first()).isEmpty();
        assertThat(authors.orderBy("-name").first()).map(Author::getName).contains("Émile Zola");
    }

    @Test
    void valuesGiveMapsAndValuesListGivesRows() {
        assertThat(books.filter("isbn", "9780547928227").values("title", "author__name", "genre", "genre__name").list())
                .containsExactly(java.util.Map.of("title", "The Hobbit", "author__name", "J.R.R. Tolkien", "genre", 1L, "genre__name", "Fiction"));
        assertThat(books.orderBy("pages").valuesList("title", "pages").limit(1).list())
                .containsExactly(List.of("Homage to Catalonia", 232));
    }

    @Test
    void querySetsAreImmutable() {
        QuerySet<Book> all = books.all();
        QuerySet<Book> fiction = all.filter("genre", SeedGenres.fic());
        assertThat(all.count()).isEqualTo(6);
        assertThat(fiction.count()).isEqualTo(5);
        assertThat(fiction.exclude("pages__lt", 400).count()).isEqualTo(2);
        assertThat(fiction.count()).isEqualTo(5);
    }

    @Test
    void existsAndDistinct() {
        assertThat(books.filter("genre", SeedGenres.his()).exists()).isFalse();
        assertThat(books.filter("genre", SeedGenres.non()).exists()).isTrue();
        assertThat(books.orderBy().valuesListFlat("genre__code", String.class).distinct().list()).containsExactlyInAnyOrder("FIC", "NON");
    }

    @Test
    void orderingByARelationUsesItsOrderingAndByItsIdUsesTheColumn() {
        assertThat(books.orderBy("author", "title").valuesListFlat("title", String.class).list())
                .startsWith("1984", "Homage to Catalonia", "The Hobbit", "Emma");
        assertThat(books.orderBy("-author__id", "title").sql()).contains("ORDER BY \"book\".\"author_id\" DESC").doesNotContain("JOIN");
    }

    @Test
    void inTakesAQuerySetAsASubquery() {
        assertThat(titles(books.filter("author__in", authors.filter("name__startswith", "J")))).containsExactly(
                "Emma", "Persuasion", "Pride and Prejudice", "The Hobbit");
        assertThat(titles(books.filter("isbn__in", books.filter("pages__gt", 400).valuesList("isbn")))).containsExactly(
                "Emma", "Pride and Prejudice");
    }

    @Test
    void deletingOrUpdatingNothingTouchesNothing() {
        assertThat(books.filter("pages__gt", 400).none().delete().total()).isZero();
        assertThat(books.none().update("pages", 1)).isZero();
        assertThat(books.count()).isEqualTo(6);
    }

    @Test
    void aSlicedUpdateIsRefusedAsDjangoRefusesIt() {
        assertThatThrownBy(() -> books.orderBy("-pages").limit(2).update("pages", 1))
                .isInstanceOf(OrmException.class).hasMessage("Cannot update a query once a slice has been taken.");
        assertThat(books.filter("pages", 1).count()).isZero();
    }
}
