package org.alcove.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SearchQueryProperties {

    private static final String[] FRAGMENTS = {
        "a", "b", "Z", "é", "0", "4", "9", " ", " ", "\t", "\"", "(", ")", ":", "<", ">", "=", ".", "..", "-",
        "and", "OR", "not", " and ", " or ", " not ", "title:", "author:", "genre:", "pages:", "year:", "isbn:",
        "fiction", "FIC", "978", "1850", "titel:",
    };

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> fragments = Arbitraries.of(FRAGMENTS);
        Arbitrary<String> chars = Arbitraries.strings().withChars("abcXYZ0189 \"():<>=.-").ofMaxLength(3);
        return Arbitraries.oneOf(fragments, chars).list().ofMaxSize(25).map(parts -> String.join("", parts));
    }

    @Property(tries = 3000)
    void anyQueryParsesOrFailsWithSyntaxError(@ForAll("queries") String text) {
        try {
            SearchQuery query = SearchQuery.parse(text);
            query.toQ();
            assertThat(query.toString()).isNotEmpty();
        } catch (SearchSyntaxException e) {
            assertThat(e.position()).isBetween(0, text.length());
            assertThat(e.getMessage()).contains(" at " + e.position());
        }
    }

    @Property(tries = 1000)
    void anyStringParsesOrFailsWithSyntaxError(@ForAll String text) {
        try {
            SearchQuery.parse(text).toQ();
        } catch (SearchSyntaxException e) {
            assertThat(e.position()).isBetween(0, text.length());
        }
    }

    @Provide
    Arbitrary<String> validQueries() {
        Arbitrary<String> terms = Arbitraries.of("river", "Austen", "émile", "x-men", "\"mirror of\"", "title:river",
                "title:\"the sea\"", "author:austen", "genre:fiction", "genre:NON", "pages:>400", "pages:<=9",
                "pages:100..400", "year:1850", "year:>=1900", "isbn:978-0", "isbn:9780141439518");
        return Arbitraries.recursive(() -> terms, this::combined, 0, 4);
    }

    private Arbitrary<String> combined(Arbitrary<String> operand) {
        Arbitrary<String> pair = operand.list().ofSize(2).flatMap(ab -> Arbitraries.of(
                ab.get(0) + " " + ab.get(1),
                ab.get(0) + " and " + ab.get(1),
                ab.get(0) + " OR " + ab.get(1)));
        return Arbitraries.oneOf(pair, operand.map(a -> "not " + a), operand.map(a -> "-" + a),
                operand.map(a -> "(" + a + ")"));
    }

    @Property(tries = 1000)
    void printedQueryParsesToTheSameQuery(@ForAll("validQueries") String text) {
        SearchQuery query = SearchQuery.parse(text);

        SearchQuery reparsed = SearchQuery.parse(query.toString());

        assertThat(reparsed).hasToString(query.toString());
        assertThat(reparsed.toQ()).isEqualTo(query.toQ());
    }
}
