package org.alcove.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;

import org.alcove.orm.Q;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SearchQueryToQTest {
    /** A genre term: the genre's folded name, or its code as typed in capitals. */
    private static Q genre(String key, String code) {
        return Q.of("genre__nameKey", key).or(Q.of("genre__code", code));
    }


    private static Q free(String text) {
        return Q.of("title__unaccent__icontains", text).or(Q.of("author__name__unaccent__icontains", text));
    }

    static Stream<Arguments> queries() {
        return Stream.of(
                arguments("river", free("river")),
                arguments("River", free("River")),
                arguments("river austen", free("river").and(free("austen"))),
                arguments("river and austen", free("river").and(free("austen"))),
                arguments("\"mirror of\"", free("mirror of")),
                arguments("\"mirror of\" sea", free("mirror of").and(free("sea"))),
                arguments("émile", free("émile")),
                arguments("e\u0301mile", free("\u00e9mile")),
                arguments("title:river", Q.of("title__unaccent__icontains", "river")),
                arguments("TITLE:river", Q.of("title__unaccent__icontains", "river")),
                arguments("title:\"the river\"", Q.of("title__unaccent__icontains", "the river")),
                arguments("author:austen", Q.of("author__name__unaccent__icontains", "austen")),
                arguments("genre:FIC", genre("fic", "FIC")),
                arguments("genre:fic", genre("fic", "FIC")),
                arguments("genre:fiction", genre("fiction", "FICTION")),
                arguments("genre:Non-Fiction", genre("nonfiction", "NON-FICTION")),
                arguments("genre:\"non fiction\"", genre("nonfiction", "NON FICTION")),
                arguments("genre:science", genre("science", "SCIENCE")),
                arguments("genre:HISTORY", genre("history", "HISTORY")),
                arguments("pages:>400", Q.of("pages__gt", 400)),
                arguments("pages:>=400", Q.of("pages__gte", 400)),
                arguments("pages:<100", Q.of("pages__lt", 100)),
                arguments("pages:<=100", Q.of("pages__lte", 100)),
                arguments("pages:400", Q.of("pages", 400)),
                arguments("pages:=400", Q.of("pages", 400)),
                arguments("pages:\"400\"", Q.of("pages", 400)),
                arguments("pages:100..400", Q.of("pages__range", List.of(100, 400))),
                arguments("pages:400..400", Q.of("pages__range", List.of(400, 400))),
                arguments("year:1850", Q.of("firstPublished", 1850).or(Q.of("firstPublished__isnull", true).and(Q.of("publicationDate__year", 1850)))),
                arguments("year:1800..1850", Q.of("firstPublished__range", List.of(1800, 1850)).or(Q.of("firstPublished__isnull", true).and(Q.of("publicationDate__year__range", List.of(1800, 1850))))),
                arguments("year:-800..0", Q.of("firstPublished__range", List.of(-800, 0)).or(Q.of("firstPublished__isnull", true).and(Q.of("publicationDate__year__range", List.of(-800, 0))))),
                arguments("year:>-500", Q.of("firstPublished__gt", -500).or(Q.of("firstPublished__isnull", true).and(Q.of("publicationDate__year__gt", -500)))),
                arguments("status:\"to read\"", Q.of("status", "to-read")),
                arguments("rating:>=4", Q.of("rating__gte", 4)),
                arguments("publisher:penguin", Q.of("publisher__unaccent__icontains", "penguin")),
                arguments("lang:fr", Q.of("language__iexact", "fr")),
                arguments("series:earthsea", Q.of("series__name__unaccent__icontains", "earthsea")),
                arguments("year:>1900", Q.of("firstPublished__gt", 1900).or(Q.of("firstPublished__isnull", true).and(Q.of("publicationDate__year__gt", 1900)))),
                arguments("year:<=1900", Q.of("firstPublished__lte", 1900).or(Q.of("firstPublished__isnull", true).and(Q.of("publicationDate__year__lte", 1900)))),
                arguments("isbn:978", Q.of("isbn__startswith", "978")),
                arguments("isbn:978-0-14", Q.of("isbn__startswith", "978014")),
                arguments("isbn:978-0141439518", Q.of("isbn", "9780141439518")),
                arguments("isbn:9780141439518", Q.of("isbn", "9780141439518")),
                arguments("isbn:0441013597", Q.of("isbn__startswith", "0441013597")),
                arguments("isbn:0-8044-2957-x", Q.of("isbn", "080442957X")),
                arguments("not river", free("river").not()),
                arguments("NOT river", free("river").not()),
                arguments("-river", free("river").not()),
                arguments("--river", free("river").not().not()),
                arguments("-\"mirror of\"", free("mirror of").not()),
                arguments("-genre:SCI", genre("sci", "SCI").not()),
                arguments("river or sea", free("river").or(free("sea"))),
                arguments("river OR sea Or lake", free("river").or(free("sea")).or(free("lake"))),
                arguments("a b or c", free("a").and(free("b")).or(free("c"))),
                arguments("a or b c", free("a").or(free("b").and(free("c")))),
                arguments("a and b or c and d", free("a").and(free("b")).or(free("c").and(free("d")))),
                arguments("not a b", free("a").not().and(free("b"))),
                arguments("not a or b", free("a").not().or(free("b"))),
                arguments("-(a or b) c", free("a").or(free("b")).not().and(free("c"))),
                arguments("(a or b) c", free("a").or(free("b")).and(free("c"))),
                arguments("((a))", free("a")),
                arguments("author:austen (title:pride or title:emma) pages:<500",
                        Q.of("author__name__unaccent__icontains", "austen")
                                .and(Q.of("title__unaccent__icontains", "pride").or(Q.of("title__unaccent__icontains", "emma")))
                                .and(Q.of("pages__lt", 500))),
                arguments("x-men", free("x-men")),
                arguments("title:foo:bar", Q.of("title__unaccent__icontains", "foo:bar")),
                arguments("  river\t\n", free("river")),
                arguments("river(sea)", free("river").and(free("sea"))),
                arguments("andy oracle notes", free("andy").and(free("oracle")).and(free("notes"))),
                arguments("\"and\"", free("and")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void queryCompilesToQ(String query, Q expected) {
        assertThat(SearchQuery.parse(query).toQ()).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t \n", "\u00a0"})
    void blankQueryMatchesEverything(String query) {
        SearchQuery parsed = SearchQuery.parse(query);

        assertThat(parsed.toQ()).isEmpty();
        assertThat(parsed.matchesEverything()).isTrue();
        assertThat(parsed.expression()).isEmpty();
        assertThat(parsed).hasToString("<everything>");
    }

    @Test
    void queryKeepsTheTextAsTyped() {
        assertThat(SearchQuery.parse(" River ").text()).isEqualTo(" River ");
    }
}
