package org.alcove.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Terms written for a picked value parse back to it; toggling adds a term so that both must match and takes it out again. */
class SearchTermTest {

    @Test
    void aValueIsQuotedOnlyWhenItMustBe() {
        assertThat(SearchTerm.of(SearchField.TAG, "History.Ancient")).contains("tag:History.Ancient");
        assertThat(SearchTerm.of(SearchField.SERIES, "The Expanse")).contains("series:\"The Expanse\"");
        assertThat(SearchTerm.of(SearchField.LOCATION, "Room (2)")).contains("location:\"Room (2)\"");
        assertThat(SearchTerm.of(SearchField.SERIES, "or")).contains("series:or");
    }

    @Test
    void aQuoteCannotBeWrittenSoTheLongestStretchWithoutOneIsSearched() {
        assertThat(SearchTerm.of(SearchField.SERIES, "The \"Long\" Earth saga")).contains("series:\"Earth saga\"");
        assertThat(SearchTerm.of(SearchField.SERIES, "\"\"")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("values")
    void everyTermWrittenParsesBackToItsValue(String value) {
        String term = SearchTerm.of(SearchField.LOCATION, value).orElseThrow();
        SearchExpr.Term parsed = (SearchExpr.Term) SearchParser.parse(term).orElseThrow();
        assertThat(parsed.field()).isEqualTo(SearchField.LOCATION);
        assertThat(((TermValue.Text) parsed.value()).text()).isEqualTo(value);
    }

    static Stream<String> values() {
        return Stream.of("Shelf A", "a and b", "not here", "-minus", "x:y", "(open", "tab\there", "Étage 2");
    }

    static Stream<Arguments> toggles() {
        return Stream.of(
                arguments("", "status:read", "status:read"),
                arguments("  austen ", "status:read", "austen status:read"),
                arguments("emma or persuasion", "status:read", "(emma or persuasion) status:read"),
                arguments("austen status:read", "status:read", "austen"),
                arguments("status:read austen", "status:read", "austen"),
                arguments("a status:read b", "status:read", "a b"),
                arguments("status:read", "status:read", ""),
                arguments("(emma or persuasion) status:read", "status:read", "(emma or persuasion)"),
                arguments("status:reading", "status:read", "status:reading status:read"), // not inside a longer term
                arguments("tag:Fantasy", "tag:fantasy", "")); // the language ignores case, so does the toggle
    }

    @ParameterizedTest
    @MethodSource("toggles")
    void toggledAddsOrTakesOutTheTerm(String search, String term, String expected) {
        assertThat(SearchTerm.toggled(search, term)).isEqualTo(expected);
        assertThat(SearchTerm.contains(expected, term)).isEqualTo(!SearchTerm.contains(search, term));
    }
}
