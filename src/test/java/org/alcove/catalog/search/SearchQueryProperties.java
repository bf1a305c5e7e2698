package org.alcove.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
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

    /** Up to 10,000 terms, nested up to 10,000 deep, terms of up to a megabyte holding NUL or half a surrogate pair. */
    @Provide
    Arbitrary<String> hugeQueries() {
        Arbitrary<String> term = Arbitraries.oneOf(Arbitraries.of("river", "title:sea", "pages:>4", "\u0000", "a\u0000b", "\uD800", "\uDFFF x"),
                Arbitraries.strings().ofMaxLength(8));
        Arbitrary<String> megabyte = Combinators.combine(Arbitraries.of("title:\"" + "w ".repeat(1 << 19) + "\"", "y".repeat(1 << 20),
                "author:" + "z\u0000".repeat(1 << 19)), term).as((big, small) -> small + " " + big);
        Arbitrary<String> many = Arbitraries.integers().between(1, 10_000).flatMap(n -> term.list().ofSize(n).map(parts -> String.join(" ", parts)));
        Arbitrary<String> nested = Combinators.combine(Arbitraries.integers().between(1, 10_000), Arbitraries.of("(", "not ", "-", "( not "), term)
                .as((depth, open, inner) -> open.repeat(depth) + inner + (open.startsWith("(") ? ")".repeat(depth) : ""));
        Arbitrary<String> chained = Combinators.combine(Arbitraries.integers().between(1, 10_000), Arbitraries.of(" and ", " or ", " and not "))
                .as((n, op) -> String.join(op, java.util.Collections.nCopies(n, "river")));
        return Arbitraries.oneOf(many, megabyte, nested, chained);
    }

    @Property(tries = 60)
    void hugeAndDeepQueriesParseOrFailWithSyntaxErrorQuickly(@ForAll("hugeQueries") String text) {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            try {
                SearchQuery.parse(text).toQ();
            } catch (SearchSyntaxException e) {
                assertThat(e.position()).isBetween(0, text.length());
                assertThat(e.getMessage()).doesNotContain("\n").hasSizeLessThan(300);
            }
        });
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
