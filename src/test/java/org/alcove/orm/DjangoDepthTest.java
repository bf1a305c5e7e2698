package org.alcove.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.orm.testmodels.Passport;
import org.alcove.orm.testmodels.Person;
import org.alcove.orm.testmodels.Visit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Date-and-time fields, Trunc / Extract / dates(), union / intersection / difference, alias(),
 * values() with expressions, Prefetch and one-to-one relations, each with the value Django 3.2
 * gives on {@link DifferentialFixture}'s rows (the comments name the cases of
 * {@code src/test/django/differential.py}, whose output these values are).
 */
class DjangoDepthTest extends CatalogTest {
    QuerySet<Person> people;
    QuerySet<Visit> visits;

    @Override
    Database openDatabase(Path folder) {
        return DifferentialFixture.build(folder);
    }

    @BeforeEach
    void models() {
        people = db.objects(Person.class);
        visits = db.objects(Visit.class);
    }

    private static List<String> texts(List<?> values) {
        List<String> out = new ArrayList<>();
        for (Object v : values) {
            out.add(v instanceof LocalDateTime t ? IsoDates.dateTimeText(t) : String.valueOf(v));
        }
        return out;
    }

    private static List<String> sorted(QuerySet<String> qs) {
        return qs.list().stream().sorted().toList();
    }

    // ---- date-and-time fields ------------------------------------------------------------

    @Test // dt_read, dt_year, dt_date, dt_hour, dt_gt_date, dt_lte_text, dt_isnull
    void dateAndTimeFieldsReadAndCompareAsDjangosDo() {
        assertThat(texts(visits.orderBy("pk").valuesListFlat("arrived", LocalDateTime.class).list())).containsExactly(
                "2024-01-01 09:30:00", "2024-01-01 23:59:59.500000", "2024-03-15 14:05:07", "2023-12-31 23:00:00",
                "2024-06-30 08:00:00", "2024-01-08 12:00:00", "2025-02-28 18:45:00.250000");
        assertThat(visits.filter("arrived__year", 2024).count()).isEqualTo(5);
        assertThat(visits.filter("arrived__date", LocalDate.of(2024, 1, 1)).orderBy("pk").valuesListFlat("room", String.class).list())
                .containsExactly("A", "B");
        assertThat(visits.filter("arrived__date", "2024-01-01").count()).isEqualTo(2);
        assertThat(visits.filter("arrived__hour__gte", 18).orderBy("pk").valuesListFlat("id", Long.class).list()).containsExactly(2L, 4L, 7L);
        assertThat(visits.filter("arrived__gt", LocalDate.of(2024, 1, 8)).count()).isEqualTo(4);
        assertThat(visits.filter("arrived__lte", "2024-01-01 23:59:59").count()).isEqualTo(2);
        assertThat(visits.filter("left__isnull", true).count()).isEqualTo(2);
        Visit v = visits.get("pk", 2);
        assertThat(v.arrived).isEqualTo(LocalDateTime.of(2024, 1, 1, 23, 59, 59, 500_000_000));
        assertThat(v.left).isNull();
    }

    @Test
    void aDateAndTimeIsStoredToTheMicrosecondAndBadTextIsRefused() {
        Person di = people.get("name", "Di");
        Visit v = visits.create(new Visit(di, LocalDateTime.of(2026, 12, 7, 10, 0, 0, 123_456_789), null, "Z"));
        assertThat(db.query("SELECT arrived FROM t_visit WHERE id = ?", List.of(v.getId()), rs -> rs.getString(1)))
                .containsExactly("2026-12-07 10:00:00.123456");
        assertThat(visits.get("pk", v.getId()).arrived.getNano()).isEqualTo(123_456_000);
        assertThatThrownBy(() -> visits.filter("arrived__lt", "yesterday").count())
                .isInstanceOf(FieldError.class).hasMessageContaining("'yesterday' is not a valid date and time");
        assertThatThrownBy(() -> books.filter("publicationDate__hour", 3))
                .isInstanceOf(FieldError.class).hasMessageContaining("a date has no time of day");
    }

    @Test
    void nowIsTheLocalClockAsADateAndTime() {
        LocalDateTime before = LocalDateTime.now().minusSeconds(2);
        Object now = people.filter("name", "Ann").annotate("now", Now.of()).valuesListFlat("now", LocalDateTime.class).get();
        assertThat((LocalDateTime) now).isBetween(before, LocalDateTime.now().plusSeconds(2));
        assertThat(visits.filter("arrived__lt", Now.of()).count()).isEqualTo(7);
    }

    // ---- Extract, Trunc, dates() ---------------------------------------------------------

    @Test // extract_hour, extract_quarter
    void extractGivesAPartAsANumber() {
        assertThat(visits.annotate("h", Extract.of("arrived", "hour")).orderBy("pk").valuesListFlat("h", Long.class).list())
                .containsExactly(9L, 23L, 14L, 23L, 8L, 12L, 18L);
        assertThat(visits.annotate("q", Extract.of("arrived", "quarter")).orderBy("pk").valuesListFlat("q", Long.class).list())
                .containsExactly(1L, 1L, 1L, 4L, 2L, 1L, 1L);
        assertThatThrownBy(() -> Extract.of("arrived", "fortnight")).isInstanceOf(FieldError.class).hasMessageContaining("Parts are");
        assertThatThrownBy(() -> books.annotate("h", Extract.of("publicationDate", "hour")).count())
                .isInstanceOf(FieldError.class).hasMessageContaining("a date has no time of day");
    }

    @Test // trunc_month_count, trunc_date, trunc_week, trunc_hour, trunc_quarter_date, trunc_year_date
    void truncCutsDatesAndTimesDownKeepingTheirType() {
        List<List<Object>> months = visits.annotate("m", Trunc.of("arrived", "month")).orderBy().values("m")
                .annotate("n", Count.of("id")).orderBy("m").valuesList("m", "n").list();
        assertThat(months.stream().map(r -> IsoDates.dateTimeText((LocalDateTime) r.get(0)) + "=" + r.get(1)).toList()).containsExactly(
                "2023-12-01 00:00:00=1", "2024-01-01 00:00:00=3", "2024-03-01 00:00:00=1", "2024-06-01 00:00:00=1", "2025-02-01 00:00:00=1");
        assertThat(texts(visits.annotate("d", Trunc.date("arrived")).orderBy("pk").valuesListFlat("d", LocalDate.class).list()))
                .containsExactly("2024-01-01", "2024-01-01", "2024-03-15", "2023-12-31", "2024-06-30", "2024-01-08", "2025-02-28");
        assertThat(texts(visits.annotate("w", Trunc.of("arrived", "week")).orderBy("pk").valuesListFlat("w", LocalDateTime.class).list()))
                .containsExactly("2024-01-01 00:00:00", "2024-01-01 00:00:00", "2024-03-11 00:00:00", "2023-12-25 00:00:00",
                        "2024-06-24 00:00:00", "2024-01-08 00:00:00", "2025-02-24 00:00:00");
        assertThat(texts(visits.annotate("h", Trunc.of("arrived", "hour")).orderBy("pk").valuesListFlat("h", LocalDateTime.class).list()))
                .containsExactly("2024-01-01 09:00:00", "2024-01-01 23:00:00", "2024-03-15 14:00:00", "2023-12-31 23:00:00",
                        "2024-06-30 08:00:00", "2024-01-08 12:00:00", "2025-02-28 18:00:00");
        assertThat(texts(books.filter("title__in", List.of("Borders", "Bridges", "Blue")).annotate("q", Trunc.of("publicationDate", "quarter"))
                .orderBy("title").valuesListFlat("q", LocalDate.class).list())).containsExactly("1970-10-01", "1961-01-01", "1961-04-01");
        assertThat(texts(books.filter("author__name", "Gus Grey").annotate("y", Trunc.of("publicationDate", "year"))
                .orderBy("title").valuesListFlat("y", LocalDate.class).list())).containsExactly("1929-01-01", "1955-01-01", "1955-01-01");
        assertThatThrownBy(() -> books.annotate("d", Trunc.date("publicationDate")).count())
                .isInstanceOf(FieldError.class).hasMessageContaining("is a date already");
    }

    @Test // dates_year, dates_month_desc, dates_week, datetimes_day
    void datesAndDatetimesListTheDistinctPeriods() {
        assertThat(texts(books.dates("publicationDate", "year").limit(5).list()))
                .containsExactly("1877-01-01", "1880-01-01", "1885-01-01", "1899-01-01", "1925-01-01");
        assertThat(texts(books.filter("author__name", "Cy Cole").dates("publicationDate", "month", true).list()))
                .containsExactly("1990-09-01", "1975-03-01", "1949-01-01");
        assertThat(texts(books.filter("author__name", "Hal Hart").dates("publicationDate", "week").list()))
                .containsExactly("2001-01-01", "2003-03-03");
        assertThat(texts(visits.datetimes("arrived", "day", false).list())).containsExactly("2023-12-31 00:00:00",
                "2024-01-01 00:00:00", "2024-01-08 00:00:00", "2024-03-15 00:00:00", "2024-06-30 00:00:00", "2025-02-28 00:00:00");
        assertThatThrownBy(() -> books.dates("publicationDate", "hour")).isInstanceOf(FieldError.class);
        assertThatThrownBy(() -> books.dates("title", "year")).isInstanceOf(FieldError.class).hasMessageContaining("isn't a DateField");
    }

    // ---- union, intersection, difference -------------------------------------------------

    @Test // union_titles, union_count, union_all_count, intersection, difference
    void combinedQueriesGiveDjangosRows() {
        QuerySet<Book> science = books.filter("genre__code", "SCI");
        QuerySet<Book> long_ = books.filter("pages__gt", 900);
        assertThat(sorted(science.valuesListFlat("title", String.class).union(long_.valuesListFlat("title", String.class))))
                .containsExactly("Arrival", "Atlas", "Bridges", "Comet", "Crown", "Glass", "Granite", "Heron");
        assertThat(science.union(long_).count()).isEqualTo(8);
        assertThat(science.unionAll(long_).count()).isEqualTo(11);
        assertThat(sorted(science.intersection(long_).valuesListFlat("title", String.class)))
                .containsExactly("Atlas", "Glass", "Heron");
        assertThat(sorted(science.difference(long_).valuesListFlat("title", String.class)))
                .containsExactly("Arrival", "Comet", "Granite");
        assertThat(science.union(long_).list()).allMatch(b -> b instanceof Book && b.getTitle() != null);
    }

    @Test // union_ordered, union_ordered_slice, union_models_first, union_empty, intersection_empty
    void aCombinedQueryIsOrderedAndSlicedAsAWhole() {
        QuerySet<Book> nonFiction = books.filter("genre__code", "NON");
        QuerySet<Book> history = books.filter("genre__code", "HIS");
        assertThat(nonFiction.union(history).orderBy("-pages").list().stream().map(Book::getTitle).toList())
                .containsExactly("Crown", "Bridges", "Annals", "Borders", "Harbor", "Gale", "Canyon");
        assertThat(nonFiction.union(history).orderBy("title").slice(1, 3).list().stream().map(Book::getTitle).toList())
                .containsExactly("Borders", "Bridges");
        assertThat(nonFiction.union(history).orderBy("pages").first().orElseThrow().getTitle()).isEqualTo("Canyon");
        assertThat(nonFiction.union(history).orderBy("pages").reverse().first().orElseThrow().getTitle()).isEqualTo("Crown");
        assertThat(books.none().union(nonFiction).count()).isEqualTo(3);
        assertThat(nonFiction.intersection(books.none()).count()).isZero();
        assertThat(nonFiction.union(history).exists()).isTrue();
        // Alcove allows what Django refuses on SQLite: parts with their own order and slice
        assertThat(books.orderBy("-pages").limit(2).union(books.orderBy("pages").limit(1)).orderBy("pages", "title")
                .list().stream().map(Book::getTitle).toList()).containsExactly("Hollow", "Crown", "Heron");
    }

    @Test
    void onlyReadingOrderingAndSlicingFollowACombination() {
        QuerySet<Book> u = books.filter("genre__code", "NON").union(books.filter("genre__code", "HIS"));
        assertThatThrownBy(() -> u.filter("pages__gt", 100)).isInstanceOf(OrmException.class)
                .hasMessage("Calling QuerySet.filter() after union() is not supported.");
        assertThatThrownBy(() -> books.intersection(books).annotate("n", Count.all())).isInstanceOf(OrmException.class)
                .hasMessage("Calling QuerySet.annotate() after intersection() is not supported.");
        assertThatThrownBy(() -> u.orderBy("shelf").list()).isInstanceOf(FieldError.class)
                .hasMessageContaining("does not match any column");
        assertThatThrownBy(() -> books.valuesList("title", "pages").union(books.valuesList("title")).list())
                .isInstanceOf(OrmException.class).hasMessageContaining("same number of columns");
        assertThat(u.valuesListFlat("title", String.class).list()).hasSize(7);
    }

    // ---- alias, values() with expressions ------------------------------------------------

    @Test // alias_filter, alias_order
    void anAliasFiltersAndOrdersWithoutBeingRead() {
        assertThat(authors.alias("n", Count.of("books")).filter("n__gte", 4).valuesListFlat("name", String.class).list())
                .containsExactly("Ann Archer", "Cy Cole");
        assertThat(authors.alias("n", Count.of("books")).orderBy("-n", "name").valuesListFlat("name", String.class).limit(3).list())
                .containsExactly("Ann Archer", "Cy Cole", "Bo Brandt");
        Author ann = authors.alias("n", Count.of("books")).filter("n__gte", 4).first().orElseThrow();
        assertThatThrownBy(() -> ann.annotation("n")).isInstanceOf(FieldError.class);
        assertThat(authors.alias("n", Count.of("books")).annotate("n", Count.of("books")).get("name", "Cy Cole").number("n")).isEqualTo(4L);
        assertThatThrownBy(() -> authors.alias("n", Count.of("books")).values("name", "n")).isInstanceOf(FieldError.class)
                .hasMessage("Cannot select the 'n' alias. Use annotate() to promote it.");
    }

    @Test // values_expression, values_list_expression, values_aggregate_expression
    void valuesTakeExpressions() {
        Map<String, Expression> initial = new LinkedHashMap<>();
        initial.put("initial", Functions.substr("title", 1, 1));
        assertThat(books.filter("author__name", "Gus Grey").values(initial, "title").orderBy("title").list()).containsExactly(
                Map.of("title", "Gale", "initial", "G"), Map.of("title", "Glass", "initial", "G"), Map.of("title", "Granite", "initial", "G"));
        assertThat(books.filter("author__name", "Gus Grey").orderBy("title").valuesList(F.of("title"), Functions.length("title")).list())
                .containsExactly(List.of("Gale", 4L), List.of("Glass", 5L), List.of("Granite", 7L));
        assertThat(authors.filter("name__startswith", "B").values(Map.of("n", Count.of("books")), "name").list())
                .containsExactly(Map.of("name", "Bo Brandt", "n", 3L));
    }

    // ---- Prefetch ------------------------------------------------------------------------

    @Test // prefetch_queryset
    void aPrefetchReadsThroughItsQuerySetInTwoQueries() {
        List<ExecutedQuery> queries = db.captureQueries(() -> {
            List<Author> list = authors.prefetchRelated(Prefetch.of("books", books.filter("genre__code", "SCI").orderBy("title")))
                    .orderBy("name").list();
            List<String> seen = new ArrayList<>();
            for (Author a : list) {
                seen.add(a.getName() + "=" + a.books().all().list().stream().map(Book::getTitle).toList());
            }
            assertThat(seen).containsExactly("Ann Archer=[Arrival, Atlas]", "Bo Brandt=[]", "Cy Cole=[Comet]", "Di Dorn=[]",
                    "Fé Fox=[]", "Gus Grey=[Glass, Granite]", "Hal Hart=[Heron]", "Émile Zola=[]");
        });
        assertThat(queries).hasSize(2);
    }

    @Test // prefetch_to_attr
    void aPrefetchToAnAttributeLeavesTheRelationAlone() {
        List<Author> list = authors.prefetchRelated(Prefetch.of("books", books.filter("genre__code", "SCI").orderBy("-pages"))
                .toAttr("science")).orderBy("name").list();
        List<String> seen = new ArrayList<>();
        for (Author a : list) {
            seen.add(a.getName() + "=" + a.<Book>prefetched("science").stream().map(Book::getTitle).toList() + "/" + a.books().count());
        }
        assertThat(seen).containsExactly("Ann Archer=[Atlas, Arrival]/4", "Bo Brandt=[]/3", "Cy Cole=[Comet]/4", "Di Dorn=[]/0",
                "Fé Fox=[]/0", "Gus Grey=[Glass, Granite]/3", "Hal Hart=[Heron]/3", "Émile Zola=[]/3");
        assertThatThrownBy(() -> list.get(0).prefetched("fiction")).isInstanceOf(FieldError.class).hasMessageContaining("science");
    }

    @Test
    void aLongerLookupKeepsWhatAPrefetchBeforeItChose() {
        List<Person> list = people.prefetchRelated(Prefetch.of("visits", visits.filter("room", "A")), Prefetch.of("visits__person"))
                .list();
        assertThat(list.stream().map(p -> p.name + "=" + p.visits().all().list().size()).toList())
                .containsExactly("Ann=2", "Bo=0", "Cy=1", "Di=0");
        assertThatThrownBy(() -> authors.prefetchRelated(Prefetch.of("books", people.all())))
                .isInstanceOf(FieldError.class).hasMessageContaining("leads to");
        assertThatThrownBy(() -> Prefetch.of("books", books.values("title"))).isInstanceOf(OrmException.class);
    }

    // ---- one-to-one ----------------------------------------------------------------------

    @Test // o2o_reverse_filter, o2o_reverse_exclude, o2o_reverse_isnull, o2o_reverse_values, o2o_count_annotate, o2o_visits_join, o2o_forward
    void aOneToOneRelationIsSingleValuedFromBothSides() {
        assertThat(people.filter("passport__country", "FR").valuesListFlat("name", String.class).list()).containsExactly("Ann");
        assertThat(people.exclude("passport__country", "FR").valuesListFlat("name", String.class).list()).containsExactly("Bo", "Cy", "Di");
        assertThat(people.filter("passport__isnull", true).valuesListFlat("name", String.class).list()).containsExactly("Bo", "Di");
        assertThat(people.valuesList("name", "passport__number").list()).containsExactly(
                List.of("Ann", "P100"), java.util.Arrays.asList("Bo", null), List.of("Cy", "P200"), java.util.Arrays.asList("Di", null));
        assertThat(people.annotate("n", Count.of("passport")).valuesList("name", "n").list()).containsExactly(
                List.of("Ann", 1L), List.of("Bo", 0L), List.of("Cy", 1L), List.of("Di", 0L));
        assertThat(people.filter("passport__number__startswith", "P").filter("visits__room", "A").count()).isEqualTo(3);
        assertThat(db.objects(Passport.class).filter("person__born__year__lt", 1988).valuesListFlat("number", String.class).list())
                .containsExactly("P200");
    }

    @Test
    void theOtherSideOfAOneToOneIsAnOptionalObjectAndOnlyOneMayPointAtIt() {
        Person ann = people.get("name", "Ann");
        Person bo = people.get("name", "Bo");
        assertThat(ann.passport().orElseThrow().number).isEqualTo("P100");
        assertThat(bo.passport()).isEmpty();
        assertThatThrownBy(() -> db.objects(Passport.class).create(new Passport(ann, "P999", "DE")))
                .isInstanceOf(IntegrityError.class);
        List<ExecutedQuery> queries = db.captureQueries(() -> {
            List<Person> list = people.prefetchRelated("passport").list();
            assertThat(list.stream().map(p -> p.passport().map(x -> x.number).orElse("-")).toList())
                    .containsExactly("P100", "-", "P200", "-");
        });
        assertThat(queries).hasSize(2);
        ann.delete();
        assertThat(db.objects(Passport.class).count()).isEqualTo(1);
    }

    // ---- many-to-many Count ---------------------------------------------------------------

    @Test
    void aPlainManyToManyCountIsASubqueryThatDoesNotMultiplyAnotherCount() {
        var tags = db.objects(org.alcove.catalog.Tag.class);
        var a = tags.create(new org.alcove.catalog.Tag("a"));
        var b = tags.create(new org.alcove.catalog.Tag("b"));
        Book atlas = books.get("title", "Atlas");
        atlas.tags().add(a, b);
        books.get("title", "Ash").tags().add(a);
        for (String barcode : List.of("C1", "C2", "C3")) {
            db.objects(org.alcove.catalog.Copy.class).create(new org.alcove.catalog.Copy(atlas, barcode));
        }
        QuerySet<Book> withTags = books.annotate("t", Count.of("tags")).annotate("c", Count.of("copies"))
                .filter("author__name", "Ann Archer").orderBy("title");
        assertThat(withTags.valuesList("title", "t", "c").list()).containsExactly( // joins would give Atlas 6 and 6
                List.of("Annals", 0L, 0L), List.of("Arrival", 0L, 0L), List.of("Ash", 1L, 0L), List.of("Atlas", 2L, 3L));
        assertThat(withTags.sql()).contains("(SELECT COUNT(").doesNotContain("GROUP BY");
    }
}
