package org.alcove.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SearchSyntaxErrorTest {

    static Stream<Arguments> badQueries() {
        return Stream.of(
                arguments("titel:river", 0, "Unknown field 'titel' at 0; fields are author, barcode, borrower, genre, has, in, isbn, lang, loaned, location, overdue, pages, publisher, rating, role, series, status, tag, title, year"),
                arguments("status:finished", 7, "Unknown status 'finished' at 7; statuses are to-read, reading, read, abandoned"),
                arguments("pages:-3", 6, "'pages' needs a number, got '-3' at 6"),
                arguments("river Wars: hope", 6, "Unknown field 'Wars' at 6"),
                arguments(":river", 0, "Missing field name before ':' at 0; fields are"),
                arguments("title:", 6, "'title' needs a value at 6"),
                arguments("title: river", 6, "'title' needs a value at 6; write it right after the colon"),
                arguments("title:\"\"", 7, "'title' needs a value at 7"),
                arguments("title:(a or b)", 6, "'title' needs a value at 6"),
                arguments("pages:many", 6, "'pages' needs a number, got 'many' at 6"),
                arguments("pages:>many", 7, "'pages' needs a number, got 'many' at 7"),
                arguments("pages:>=", 8, "'pages' needs a number at 8"),
                arguments("pages:-5", 6, "'pages' needs a number, got '-5' at 6"),
                arguments("pages:4.5", 6, "'pages' needs a number, got '4.5' at 6"),
                arguments("pages:100..", 11, "'pages' needs a number at 11; for example pages:400, pages:>400 or pages:100..400"),
                arguments("pages:..400", 6, "'pages' needs a number at 6"),
                arguments("pages:1..2..3", 9, "'pages' needs a number, got '2..3' at 9"),
                arguments("year:1850..1800", 5, "'year' range 1850..1800 is backwards at 5; write the smaller number first, like 1800..1850"),
                arguments("year:12345678901", 5, "'year' number 12345678901 is too large at 5"),
                arguments("pages:" + "9".repeat(40), 6, "'pages' number " + "9".repeat(30) + "… is too large at 6"),
                arguments("x".repeat(40) + ":a", 0, "Unknown field '" + "x".repeat(30) + "…' at 0"),
                arguments("pages:\u0664\u0660\u0660", 6, "'pages' needs a number"),
                arguments("genre:-_", 6, "Missing genre after 'genre:' at 6; write a genre's name or code, as in genre:fiction or genre:FIC"),
                arguments("isbn:97a", 5, "'isbn' takes digits and hyphens, got '97a' at 5"),
                arguments("isbn:---", 5, "'isbn' takes digits and hyphens"),
                arguments("isbn:97801414395181", 5, "'isbn' has at most 13 digits, got 14 at 5"),
                arguments("river \"mirror of", 6, "Unclosed quote at 6"),
                arguments("title:\"the river", 6, "Unclosed quote at 6"),
                arguments("\"  \"", 0, "Empty phrase at 0"),
                arguments("(river or sea", 13, "Missing ')' at 13; the '(' at 0 is not closed"),
                arguments("river)", 5, "Unmatched ')' at 5"),
                arguments("()", 0, "Empty parentheses at 0"),
                arguments("river and", 9, "Expected a search term after 'and' at 9"),
                arguments("river or", 8, "Expected a search term after 'or' at 8"),
                arguments("river not", 9, "Expected a search term after 'not' at 9"),
                arguments("or river", 0, "Expected a search term before 'or' at 0"),
                arguments("and", 0, "Expected a search term before 'and' at 0"),
                arguments("river and or sea", 10, "Expected a search term between 'and' and 'or' at 10"),
                arguments("(river or)", 9, "Expected a search term between 'or' and ')' at 9"),
                arguments("river - sea", 6, "Nothing to exclude after '-' at 6"),
                arguments("river -", 6, "Nothing to exclude after '-' at 6"),
                arguments("-(", 2, "Expected a search term after '(' at 2"),
                arguments("(".repeat(51) + "a" + ")".repeat(51), 50, "Too deeply nested at 50"),
                arguments("not ".repeat(51) + "a", 200, "Too deeply nested at 200"),
                arguments("a ".repeat(257), 512, "Too many search terms at 512; use at most 256"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badQueries")
    void badQueryIsReportedWithPositionAndMessage(String query, int position, String message) {
        SearchSyntaxException e = catchThrowableOfType(SearchSyntaxException.class, () -> SearchQuery.parse(query));

        assertThat(e).isNotNull();
        assertThat(e.position()).isEqualTo(position);
        assertThat(e.getMessage()).contains(message);
    }

    @Test
    void aTermLongerThanAThousandCharactersIsRefusedWhereItStarts() {
        Map<String, Integer> queries = Map.of("river " + "a".repeat(1_001), 6, "river \"" + "a b ".repeat(300) + "\"", 6,
                "river title:" + "a".repeat(5_000), 12, "river title:\"" + "a".repeat(100_000) + "\"", 13);
        queries.forEach((query, position) -> {
            SearchSyntaxException e = catchThrowableOfType(SearchSyntaxException.class, () -> SearchQuery.parse(query));
            assertThat(e).as(query.substring(0, 20)).isNotNull();
            assertThat(e.position()).isEqualTo(position);
            assertThat(e.getMessage()).matches("Search term of [\\d,]+ characters \\('.{30}…'\\) at " + position + "; a term may have at most 1,000");
        });
        assertThat(SearchQuery.parse("a".repeat(1_000))).isNotNull();
    }

    @Test
    void deepButAllowedNestingParses() {
        String query = "(".repeat(50) + "a" + ")".repeat(50);

        assertThat(SearchQuery.parse(query)).hasToString("\"a\"");
    }
}
