package org.alcove.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SearchQueryParseTest {

    static Stream<Arguments> trees() {
        return Stream.of(
                arguments("river", "\"river\""),
                arguments("river austen", "(\"river\" AND \"austen\")"),
                arguments("a and b and c", "(\"a\" AND \"b\" AND \"c\")"),
                arguments("a or b and c", "(\"a\" OR (\"b\" AND \"c\"))"),
                arguments("not a and b", "(NOT \"a\" AND \"b\")"),
                arguments("not (a or b)", "NOT (\"a\" OR \"b\")"),
                arguments("-a -b", "(NOT \"a\" AND NOT \"b\")"),
                arguments("title:\"the river\" genre:fiction", "(title:\"the river\" AND genre:fiction)"),
                arguments("pages:>=400 year:1800..1850", "(pages:>=400 AND year:1800..1850)"),
                arguments("pages:=12 isbn:978-0", "(pages:12 AND isbn:9780)"),
                arguments("(a b) (c or d)", "((\"a\" AND \"b\") AND (\"c\" OR \"d\"))"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trees")
    void queryParsesToTree(String query, String tree) {
        assertThat(SearchQuery.parse(query)).hasToString(tree);
    }

    @Test
    void termsRecordFieldValueAndPosition() {
        SearchExpr expr = SearchQuery.parse("river pages:100..400 -title:\"x y\"").expression().orElseThrow();

        assertThat(expr).isEqualTo(new SearchExpr.And(List.of(
                new SearchExpr.Term(null, new TermValue.Text("river"), 0),
                new SearchExpr.Term(SearchField.PAGES, new TermValue.Range(100, 400), 6),
                new SearchExpr.Not(new SearchExpr.Term(SearchField.TITLE, new TermValue.Text("x y"), 22)))));
    }

    @Test
    void freeTextTermHasNoField() {
        SearchExpr.Term term = (SearchExpr.Term) SearchQuery.parse("\"mirror of\"").expression().orElseThrow();

        assertThat(term.isFreeText()).isTrue();
        assertThat(term.field()).isNull();
    }

    @Test
    void printedTreeParsesToTheSameTree() {
        String printed = SearchQuery.parse("a b or -(c or title:\"d e\") pages:<3").toString();

        assertThat(SearchQuery.parse(printed)).hasToString(printed);
    }
}
