package org.alcove.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.junit.jupiter.api.Test;

/**
 * Functions, Subquery / OuterRef / Exists, attname lookups, text lookups against expressions,
 * earliest / latest, NULL placement and the date transforms, each with the value Django 3.2 gives
 * on {@link DifferentialFixture}'s rows (the case names are {@code src/test/django/differential.py}'s).
 */
class DjangoExpressionsTest extends CatalogTest {
    @Override
    Database openDatabase(Path folder) {
        return DifferentialFixture.build(folder);
    }

    private static <M extends Model> List<Object> column(QuerySet<M> qs, String name) {
        return qs.valuesList(name).list().stream().map(r -> r.get(0)).toList();
    }

    private static List<String> titles(QuerySet<Book> qs) {
        return qs.valuesListFlat("title", String.class).list();
    }

    @Test // f_istartswith_initial_count, f_startswith_initial
    void textLookupsCompareWithAnExpression() {
        assertThat(books.filter("title__istartswith", Functions.substr("author__name", 1, 1)).count()).isEqualTo(17);
        assertThat(authors.annotate("i", Functions.substr("name", 1, 1)).filter("books__title__startswith", F.of("i"))
                .orderBy("name").distinct().valuesListFlat("name", String.class).list())
                .containsExactly("Ann Archer", "Bo Brandt", "Cy Cole", "Gus Grey", "Hal Hart");
        assertThat(books.filter("title__contains", F.of("title")).count()).isEqualTo(20);
        assertThat(books.filter("title__iendswith", Functions.lower("title")).count()).isEqualTo(20);
    }

    @Test // attname_filter, attname_reverse
    void aForeignKeysAttnameNamesItsColumn() {
        assertThat(titles(books.filter("author_id", 2).orderBy("title"))).containsExactly("Annals", "Arrival", "Ash", "Atlas");
        assertThat(authors.filter("books__author_id", 3).valuesListFlat("name", String.class).list())
                .containsExactly("Bo Brandt", "Bo Brandt", "Bo Brandt");
        assertThat(books.filter("title", "Ash").valuesListFlat("author_id", Long.class).list()).containsExactly(2L);
        assertThat(books.filter("title", "Ash").update("author_id", 3)).isEqualTo(1);
        assertThat(books.get("title", "Ash").getAuthor().getName()).isEqualTo("Bo Brandt");
    }

    @Test // upper_ascii (Alcove folds all of Unicode), length, concat, greatest_least, nullif, lower_unicode
    void databaseFunctions() {
        assertThat(column(authors.annotate("u", Functions.upper("name")).orderBy("name"), "u")).containsExactly(
                "ANN ARCHER", "BO BRANDT", "CY COLE", "DI DORN", "FÉ FOX", "GUS GREY", "HAL HART", "ÉMILE ZOLA");
        assertThat(column(authors.annotate("u", Functions.lower("name")).filter("name__startswith", "É"), "u"))
                .containsExactly("émile zola");
        assertThat(column(authors.annotate("n", Functions.length("name")).orderBy("name"), "n"))
                .containsExactly(10L, 9L, 7L, 7L, 6L, 8L, 8L, 10L);
        assertThat(column(books.filter("pages__lt", 100).annotate("c", Functions.concat("title", Value.of(" by "), "author__name"))
                .orderBy("title"), "c")).containsExactly("Canyon by Cy Cole", "Gale by Gus Grey", "Hollow by Hal Hart");
        assertThat(books.filter("author__name", "Gus Grey").annotate("g", Functions.greatest("pages", 100))
                .annotate("l", Functions.least("pages", 100)).orderBy("title").valuesList("title", "g", "l").list())
                .containsExactly(List.of("Gale", 100, 90), List.of("Glass", 901, 100), List.of("Granite", 640, 100));
        assertThat(column(books.filter("author__name", "Hal Hart").annotate("n", Functions.nullIf("pages", 0)).orderBy("title"), "n"))
                .containsExactly(150, 1190, null);
        assertThat(column(books.filter("title", "Ash").annotate("t", Functions.cast("pages", FieldKind.CHAR)), "t"))
                .containsExactly("120");
        assertThat(column(books.filter("title", "Ash").annotate("h", Functions.wrapper(F.of("pages").div(240.0), Func.Output.NUMBER)), "h"))
                .containsExactly(0.5);
        assertThat(column(books.filter("title", "Ash").annotate("t", Functions.trim(Value.of("  x  "))), "t")).containsExactly("x");
    }

    /** A function of one's own: SQLite's {@code printf}, rendered by a subclass. */
    static final class Padded extends Func {
        Padded(String field) {
            super("printf", Output.TEXT, Value.of("%05d"), F.of(field));
        }
    }

    @Test
    @SqliteOnly("SQLite only: the function added is SQLite's printf")
    void oneMayAddOnesOwnFunction() {
        assertThat(column(books.filter("title", "Ash").annotate("p", new Padded("pages")), "p")).containsExactly("00120");
        assertThat(column(books.filter("title", "Ash").annotate("a", Func.of("ABS", F.of("pages").times(-1))), "a"))
                .containsExactly(120L);
    }

    @Test // subquery_newest
    void aSubqueryReadsAValuePerOuterRow() {
        QuerySet<String> newest = books.filter("author", OuterRef.of("pk")).orderBy("-publicationDate", "title")
                .valuesListFlat("title", String.class).limit(1);
        assertThat(authors.annotate("t", Subquery.of(newest)).orderBy("name").valuesList("name", "t").list()).containsExactly(
                List.of("Ann Archer", "Ash"), List.of("Bo Brandt", "Blue"), List.of("Cy Cole", "Cinder"),
                java.util.Arrays.asList("Di Dorn", null), java.util.Arrays.asList("Fé Fox", null), List.of("Gus Grey", "Glass"),
                List.of("Hal Hart", "Heron"), List.of("Émile Zola", "Germinal"));
        assertThat(authors.filter("name", Subquery.of(books.filter("title", "Crown").valuesListFlat("author__name", String.class)))
                .valuesListFlat("name", String.class).list()).containsExactly("Cy Cole");
    }

    @Test // exists_filter, not_exists_filter, exists_annotate
    void existsFiltersAndAnnotates() {
        QuerySet<Book> science = books.filter("author", OuterRef.of("pk")).filter("genre__code", "SCI");
        assertThat(authors.filter(Exists.of(science)).valuesListFlat("name", String.class).list())
                .containsExactly("Ann Archer", "Cy Cole", "Gus Grey", "Hal Hart");
        assertThat(authors.filter(Exists.of(science).not()).valuesListFlat("name", String.class).list())
                .containsExactly("Bo Brandt", "Di Dorn", "Fé Fox", "Émile Zola");
        assertThat(authors.exclude(Exists.of(science)).count()).isEqualTo(4);
        assertThat(column(authors.annotate("s", Exists.of(science)).orderBy("name"), "s"))
                .containsExactly(true, false, true, false, false, true, true, false);
    }

    @Test // same_model_exists
    void aSubqueryOverTheOuterModelKeepsItsOwnAliases() {
        QuerySet<Book> longer = books.filter("author", OuterRef.of("author")).filter("pages__gt", OuterRef.of("pages"));
        assertThat(titles(books.exclude(Exists.of(longer)).orderBy("title")))
                .containsExactly("Atlas", "Bridges", "Crown", "Germinal", "Glass", "Heron");
        QuerySet<Book> longerWithIn = longer.filter("pk__in", books.filter("genre__code", "SCI"));
        assertThat(titles(books.filter("genre__code", "SCI").exclude(Exists.of(longerWithIn)).orderBy("title")))
                .containsExactly("Atlas", "Comet", "Glass", "Heron");
    }

    @Test
    void anOuterRefOutsideASubqueryIsAClearError() {
        assertThatThrownBy(() -> books.filter("author", OuterRef.of("pk")).list()).isInstanceOf(OrmException.class)
                .hasMessageContaining("OuterRef(pk)").hasMessageContaining("Subquery or Exists");
    }

    @Test // earliest, latest
    void earliestAndLatest() {
        assertThat(books.earliest("publicationDate", "title").getTitle()).isEqualTo("L'Assommoir");
        assertThat(books.latest("publicationDate", "title").getTitle()).isEqualTo("Hollow");
        assertThatThrownBy(() -> books.filter("pages__gt", 5000).latest("pages")).isInstanceOf(DoesNotExist.class);
    }

    @Test // nulls_last, nulls_first_desc
    void nullsFirstAndLast() {
        assertThat(authors.orderBy(F.of("birthDate").asc().nullsLast(), F.of("name").asc()).valuesListFlat("name", String.class).list())
                .containsExactly("Émile Zola", "Ann Archer", "Gus Grey", "Cy Cole", "Fé Fox", "Bo Brandt", "Di Dorn", "Hal Hart");
        assertThat(authors.orderBy(F.of("birthDate").desc().nullsFirst(), F.of("name").asc()).valuesListFlat("name", String.class).list())
                .containsExactly("Bo Brandt", "Di Dorn", "Hal Hart", "Fé Fox", "Cy Cole", "Gus Grey", "Ann Archer", "Émile Zola");
    }

    @Test // week_day, quarter, week, iso_year_values (the iso_year lookup: ISO, where Django 3.2 used calendar bounds)
    void dateTransforms() {
        assertThat(titles(books.filter("publicationDate__week_day", 1).orderBy("title")))
                .containsExactly("Annals", "Ash", "Borders", "Gale", "Germinal");
        assertThat(titles(books.filter("publicationDate__quarter", 4).orderBy("title"))).containsExactly("Annals", "Blue", "Gale");
        assertThat(titles(books.filter("publicationDate__week", 1).orderBy("title"))).containsExactly("Harbor", "L'Assommoir", "Nana");
        assertThat(books.filter("title__in", List.of("Borders", "Bridges")).annotate("y", F.of("publicationDate__iso_year"))
                .orderBy("title").valuesList("title", "y").list()).containsExactly(List.of("Borders", 1960L), List.of("Bridges", 1961L));
        assertThat(titles(books.filter("publicationDate__iso_year", 1960))).containsExactly("Borders");
    }
}
