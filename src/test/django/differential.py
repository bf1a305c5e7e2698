"""Django 3.2's answers for DjangoSemanticsTest, on the rows DifferentialFixture writes.

How the expected values of org.alcove.orm.DjangoSemanticsTest were obtained (not run by the build):

    apt-get install python3-django        # Debian 12: Django 3.2
    java -cp target/test-classes:target/classes:$(cat cp.txt) org.alcove.orm.DifferentialFixture /tmp/diff
    /usr/bin/python3 src/test/django/differential.py /tmp/diff/catalog.alcove

Each line printed is a case name and Django's result.
"""
import datetime
import os
import sys
import types

import django
from django.conf import settings

# An app made in place, so that the reverse relations (author.books) are registered.
app = types.ModuleType("lib")
app.__path__ = [os.path.dirname(os.path.abspath(__file__))]
sys.modules["lib"] = app
settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": sys.argv[1]}},
    INSTALLED_APPS=["lib"], USE_TZ=False)
django.setup()

from django.db import models  # noqa: E402
from django.db.models import Count, F, Max, Min, Q  # noqa: E402


class Author(models.Model):
    name = models.CharField(max_length=100)
    birth_date = models.DateField(null=True, blank=True)
    biography = models.TextField(blank=True, default="")

    class Meta:
        app_label = "lib"
        db_table = "author"
        managed = False
        ordering = ["name"]


class Book(models.Model):
    GENRES = [("FIC", "Fiction"), ("NON", "Non-fiction"), ("SCI", "Science"), ("HIS", "History")]
    title = models.CharField(max_length=200)
    author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="books")
    publication_date = models.DateField()
    isbn = models.CharField(max_length=13, unique=True)
    genre = models.CharField(max_length=3, choices=GENRES, default="FIC")
    pages = models.PositiveIntegerField(default=0)

    class Meta:
        app_label = "lib"
        db_table = "book"
        managed = False
        ordering = ["-publication_date"]


def show(name, value):
    print(f"{name}: {value!r}")


A, B = Author.objects, Book.objects

# 1. reverse FK in an OR branch: LEFT OUTER JOIN
show("or_reverse_distinct_count", A.filter(Q(books__pages__gt=1000) | Q(birth_date__isnull=True)).distinct().count())
show("or_reverse_names", sorted(A.filter(Q(books__pages__gt=1000) | Q(birth_date__isnull=True)).values_list("name", flat=True)))
# 2. exclude over a negated reverse condition
show("exclude_negated_reverse_count", A.exclude(~Q(books__genre="SCI")).count())
show("exclude_negated_reverse_names", list(A.exclude(~Q(books__genre="SCI")).values_list("name", flat=True)))
# 3. a filter across a reverse FK: one row per matching child, no DISTINCT
qs = A.filter(books__genre="HIS")
show("reverse_filter_count", qs.count())
show("reverse_filter_names", list(qs.values_list("name", flat=True)))
show("reverse_filter_slice", [a.name for a in qs[1:3]])
show("reverse_filter_exists", qs.exists())
show("reverse_filter_aggregate", qs.aggregate(n=Count("id"), m=Max("birth_date")))
show("reverse_filter_distinct_count", qs.distinct().count())
# 4. exclude(books__pages__isnull=True): no related rows count as null
show("exclude_reverse_isnull_names", list(A.exclude(books__pages__isnull=True).values_list("name", flat=True)))
show("filter_reverse_isnull_names", list(A.filter(books__pages__isnull=True).values_list("name", flat=True)))
# 5. exclude with F() on a nullable column keeps the NULL rows
show("exclude_f_nullable_count", B.exclude(publication_date__lte=F("author__birth_date")).count())
show("filter_f_nullable_count", B.filter(publication_date__lte=F("author__birth_date")).count())
# 6. values().annotate().order_by(field): the field joins the GROUP BY
show("values_annotate_order_by", list(B.values("genre").annotate(c=Count("id")).order_by("pages", "genre").values_list("genre", "c")))
# 7. annotate() then values_list(): one row per object
show("annotate_then_values_count", len(B.annotate(n=Count("author__books")).values_list("genre")))
show("annotate_then_values_rows", sorted(B.annotate(n=Count("author__books")).values_list("genre", "n")))
# 8. flat values with NULL
show("flat_with_null", list(A.values_list("birth_date", flat=True)))
# 9. Meta.ordering not applied to GROUP BY; first()/last() by pk
show("grouped_first", A.annotate(n=Count("books")).first().name)
show("grouped_last", A.annotate(n=Count("books")).last().name)
show("grouped_ordered", A.annotate(n=Count("books")).ordered)
show("values_grouped_first", B.values("genre").annotate(c=Count("id")).first())
# 10. values_list(flat).distinct(): ordering columns join SELECT DISTINCT
show("flat_distinct_with_ordering", list(B.values_list("author", flat=True).distinct()))
show("flat_distinct_unordered", sorted(B.order_by().values_list("author", flat=True).distinct()))
# 11. Min/Max over a relation for an empty group
show("min_over_empty_relation", [(a.name, a.m) for a in A.annotate(m=Min("books__pages")).order_by("name")])
show("min_pk_over_empty_relation", [(a.name, a.m) for a in A.annotate(m=Min("books")).order_by("name")])
show("max_date_over_empty_relation", [(a.name, a.m) for a in A.annotate(m=Max("books__publication_date")).order_by("name")])
# 12. order_by() cleared, then first()/last()
show("cleared_first", A.order_by().first().name)
show("cleared_last", A.order_by().last().name)
# 13. a lookup value on an annotation converted to its output type
show("annotation_lookup_converted", list(A.annotate(n=Count("books")).filter(n__gt="3").values_list("name", flat=True)))
show("annotation_date_lookup", list(A.annotate(m=Max("books__publication_date")).filter(m__gte="1990-01-01").values_list("name", flat=True)))
# 14. regex is Unicode-aware
show("regex_word", list(A.filter(name__regex=r"^\w+ \w+$").values_list("name", flat=True)))
show("iregex_unicode", list(A.filter(name__iregex=r"^émile").values_list("name", flat=True)))

# ---- expressions (DjangoExpressionsTest) ----
from django.db.models import Exists, OuterRef, Subquery, Value  # noqa: E402
from django.db.models.functions import (Concat, ExtractIsoYear, Greatest, Least, Length, Lower, NullIf,  # noqa: E402
                                        Substr, Upper)

show("f_text_lookup_icontains", list(B.filter(title__icontains=F("author__name")).values_list("title", flat=True)))
show("f_startswith_initial", sorted(A.annotate(i=Substr("name", 1, 1)).filter(books__title__startswith=F("i")).values_list("name", flat=True).distinct()))
show("attname_filter", list(B.filter(author_id=2).order_by("title").values_list("title", flat=True)))
show("attname_reverse", sorted(A.filter(books__author_id=3).values_list("name", flat=True)))
show("upper_ascii", list(A.annotate(u=Upper("name")).order_by("name").values_list("u", flat=True)))
show("length", list(A.annotate(n=Length("name")).order_by("name").values_list("n", flat=True)))
show("concat", list(B.filter(pages__lt=100).annotate(c=Concat("title", Value(" by "), "author__name")).order_by("title").values_list("c", flat=True)))
show("greatest_least", list(B.filter(author__name="Gus Grey").annotate(g=Greatest("pages", 100), l=Least("pages", 100)).order_by("title").values_list("title", "g", "l")))
show("nullif", list(B.filter(author__name="Hal Hart").annotate(n=NullIf("pages", 0)).order_by("title").values_list("n", flat=True)))
newest = B.filter(author=OuterRef("pk")).order_by("-publication_date", "title").values("title")[:1]
show("subquery_newest", list(A.annotate(t=Subquery(newest)).order_by("name").values_list("name", "t")))
sci = B.filter(author=OuterRef("pk"), genre="SCI")
show("exists_filter", list(A.filter(Exists(sci)).values_list("name", flat=True)))
show("not_exists_filter", list(A.filter(~Exists(sci)).values_list("name", flat=True)))
show("exists_annotate", list(A.annotate(s=Exists(sci)).order_by("name").values_list("s", flat=True)))
longer = B.filter(author=OuterRef("author"), pages__gt=OuterRef("pages"))
show("same_model_exists", list(B.exclude(Exists(longer)).order_by("title").values_list("title", flat=True)))
show("earliest", B.earliest("publication_date", "title").title)
show("latest", B.latest("publication_date", "title").title)
show("nulls_last", list(A.order_by(F("birth_date").asc(nulls_last=True), "name").values_list("name", flat=True)))
show("nulls_first_desc", list(A.order_by(F("birth_date").desc(nulls_first=True), "name").values_list("name", flat=True)))
show("week_day", list(B.filter(publication_date__week_day=1).order_by("title").values_list("title", flat=True)))
show("quarter", list(B.filter(publication_date__quarter=4).order_by("title").values_list("title", flat=True)))
show("week", list(B.filter(publication_date__week=1).order_by("title").values_list("title", flat=True)))
show("iso_year", list(B.filter(publication_date__iso_year=1960).order_by("title").values_list("title", flat=True)))
show("iso_year_annotated", list(B.annotate(y=ExtractIsoYear("publication_date")).filter(y=1960).values_list("title", flat=True)))
show("f_istartswith_initial_count", B.filter(title__istartswith=Substr("author__name", 1, 1)).count())
show("lower_unicode", list(A.annotate(u=Lower("name")).filter(name__startswith="É").values_list("u", flat=True)))
show("iso_year_values", list(B.filter(title__in=["Borders", "Bridges"]).annotate(y=ExtractIsoYear("publication_date")).order_by("title").values_list("title", "y")))

# ---- ORM depth 2: date-and-time fields, Trunc/Extract, combinators, alias, dates, Prefetch, one-to-one

from django.db.models import Prefetch  # noqa: E402
from django.db.models.functions import Extract, ExtractHour, Trunc, TruncDate, TruncMonth  # noqa: E402


class Person(models.Model):
    name = models.CharField(max_length=20)
    born = models.DateField(null=True, blank=True)

    class Meta:
        app_label = "lib"
        db_table = "t_person"
        managed = False
        ordering = ["name"]


class Passport(models.Model):
    person = models.OneToOneField(Person, on_delete=models.CASCADE, related_name="passport")
    number = models.CharField(max_length=10)
    country = models.CharField(max_length=2, blank=True)

    class Meta:
        app_label = "lib"
        db_table = "t_passport"
        managed = False
        ordering = ["number"]


class Visit(models.Model):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="visits")
    arrived = models.DateTimeField()
    left = models.DateTimeField(null=True, blank=True)
    room = models.CharField(max_length=20, blank=True)

    class Meta:
        app_label = "lib"
        db_table = "t_visit"
        managed = False
        ordering = ["arrived"]


P = Person.objects
V = Visit.objects
show("dt_read", [str(v) for v in V.order_by("pk").values_list("arrived", flat=True)])
show("dt_year", V.filter(arrived__year=2024).count())
show("dt_date", list(V.filter(arrived__date=datetime.date(2024, 1, 1)).order_by("pk").values_list("room", flat=True)))
show("dt_hour", list(V.filter(arrived__hour__gte=18).order_by("pk").values_list("pk", flat=True)))
show("dt_gt_date", V.filter(arrived__gt=datetime.date(2024, 1, 8)).count())
show("dt_lte_text", V.filter(arrived__lte="2024-01-01 23:59:59").count())
show("dt_isnull", V.filter(left__isnull=True).count())
show("extract_hour", list(V.annotate(h=ExtractHour("arrived")).order_by("pk").values_list("h", flat=True)))
show("extract_quarter", list(V.annotate(q=Extract("arrived", "quarter")).order_by("pk").values_list("q", flat=True)))
show("trunc_month_count", [(str(m), n) for m, n in V.annotate(m=TruncMonth("arrived")).order_by().values("m").annotate(n=Count("id")).order_by("m").values_list("m", "n")])
show("trunc_date", [str(d) for d in V.annotate(d=TruncDate("arrived")).order_by("pk").values_list("d", flat=True)])
show("trunc_week", [str(d) for d in V.annotate(w=Trunc("arrived", "week")).order_by("pk").values_list("w", flat=True)])
show("trunc_hour", [str(d) for d in V.annotate(w=Trunc("arrived", "hour")).order_by("pk").values_list("w", flat=True)])
show("trunc_quarter_date", [str(d) for d in B.filter(title__in=["Borders", "Bridges", "Blue"]).annotate(q=Trunc("publication_date", "quarter")).order_by("title").values_list("q", flat=True)])
show("trunc_year_date", [str(d) for d in B.filter(author__name="Gus Grey").annotate(q=Trunc("publication_date", "year")).order_by("title").values_list("q", flat=True)])
show("dates_year", [str(d) for d in B.dates("publication_date", "year")][:5])
show("dates_month_desc", [str(d) for d in B.filter(author__name="Cy Cole").dates("publication_date", "month", order="DESC")])
show("dates_week", [str(d) for d in B.filter(author__name="Hal Hart").dates("publication_date", "week")])
show("datetimes_day", [str(d) for d in V.datetimes("arrived", "day")])
# Django refuses a part ordered by Meta.ordering on SQLite ("ORDER BY not allowed in subqueries of
# compound statements"): its parts are unordered with order_by(); Alcove drops that default by itself.
show("union_titles", sorted(B.filter(genre="SCI").order_by().values_list("title", flat=True).union(B.filter(pages__gt=900).order_by().values_list("title", flat=True))))
show("union_count", B.filter(genre="SCI").order_by().union(B.filter(pages__gt=900).order_by()).count())
show("union_all_count", B.filter(genre="SCI").order_by().union(B.filter(pages__gt=900).order_by(), all=True).count())
show("intersection", sorted(B.filter(genre="SCI").order_by().intersection(B.filter(pages__gt=900).order_by()).values_list("title", flat=True)))
show("difference", sorted(B.filter(genre="SCI").order_by().difference(B.filter(pages__gt=900).order_by()).values_list("title", flat=True)))
show("union_ordered", list(B.filter(genre="NON").order_by().union(B.filter(genre="HIS").order_by()).order_by("-pages").values_list("title", flat=True)))
show("union_ordered_slice", [b.title for b in B.filter(genre="NON").order_by().union(B.filter(genre="HIS").order_by()).order_by("title")[1:3]])
show("union_models_first", B.filter(genre="NON").order_by().union(B.filter(genre="HIS").order_by()).order_by("pages").first().title)
show("union_empty", B.none().order_by().union(B.filter(genre="NON").order_by()).count())
show("intersection_empty", B.filter(genre="NON").order_by().intersection(B.none().order_by()).count())
show("alias_filter", list(A.alias(n=Count("books")).filter(n__gte=4).values_list("name", flat=True)))
show("alias_order", list(A.alias(n=Count("books")).order_by("-n", "name").values_list("name", flat=True)[:3]))
show("values_expression", list(B.filter(author__name="Gus Grey").values("title", initial=Substr("title", 1, 1)).order_by("title")))
show("values_list_expression", list(B.filter(author__name="Gus Grey").order_by("title").values_list("title", Length("title"))))
show("values_aggregate_expression", list(A.filter(name__startswith="B").values("name", n=Count("books"))))
sci = Prefetch("books", queryset=B.filter(genre="SCI").order_by("title"))
show("prefetch_queryset", [(a.name, [b.title for b in a.books.all()]) for a in A.prefetch_related(sci).order_by("name")])
sci_attr = Prefetch("books", queryset=B.filter(genre="SCI").order_by("-pages"), to_attr="science")
show("prefetch_to_attr", [(a.name, [b.title for b in a.science], a.books.count()) for a in A.prefetch_related(sci_attr).order_by("name")])
show("o2o_reverse_filter", list(P.filter(passport__country="FR").values_list("name", flat=True)))
show("o2o_reverse_exclude", list(P.exclude(passport__country="FR").values_list("name", flat=True)))
show("o2o_reverse_isnull", list(P.filter(passport__isnull=True).values_list("name", flat=True)))
show("o2o_reverse_values", list(P.values_list("name", "passport__number")))
show("o2o_count_annotate", list(P.annotate(n=Count("passport")).values_list("name", "n")))
show("o2o_visits_join", P.filter(passport__number__startswith="P").filter(visits__room="A").count())
show("o2o_forward", list(Passport.objects.filter(person__born__year__lt=1988).values_list("number", flat=True)))
