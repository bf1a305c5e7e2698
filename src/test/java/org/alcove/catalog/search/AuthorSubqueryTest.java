package org.alcove.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.alcove.catalog.SeededCatalogTest;
import org.alcove.catalog.browse.BookBrowser;
import org.alcove.orm.ExecutedQuery;
import org.alcove.orm.Q;
import org.alcove.orm.TestBackend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Author names matched by a subquery ({@code toQ(catalog, false)}) find exactly the books the join finds. */
class AuthorSubqueryTest extends SeededCatalogTest {

    @BeforeEach
    void open() {
        Author zola = catalog.authors().get("name", "Émile Zola");
        catalog.books().create(new Book("Germinal", zola, LocalDate.of(1885, 3, 1), "9780140447422", SeedGenres.fic(), 592));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "austen | 3", "AUSTEN | 3", "emma | 1", "orwell catalonia | 1", "austen or tolkien | 4",
            "-austen | 4", "not author:orwell | 5", "zola | 1", "émile | 1",
            "author:\"jane austen\" pages:>300 | 2", "r | 6", "(austen or hobbit) -genre:NON | 4",
            "title:the or author:r | 3", "austen or orwell or zola or hobbit | 7", "author:orwell or emma or genre:NON | 3",
            "not (austen or author:zola) | 3", "(austen or emma) (tolkien or hobbit or persuasion) | 1"})
    void theSubqueryFindsTheBooksTheJoinFinds(String text, int expected) {
        SearchQuery query = SearchQuery.parse(text);
        List<Long> joined = ids(query.toQ());
        assertThat(joined).hasSize(expected);
        assertThat(ids(query.toQ(catalog, false))).isEqualTo(joined);
    }

    @Test
    void aSearchOverTitleOrAuthorCountsBooksWithoutJoiningEachToItsAuthor() {
        BookBrowser browser = new BookBrowser(catalog);
        List<ExecutedQuery> queries = catalog.db().captureQueries(() -> assertThat(browser.count("austen")).isEqualTo(3));
        // before the count, one look at the trigram index per term and column (TextIndex.narrows)
        assertThat(queries.subList(0, queries.size() - 1)).allSatisfy(q -> assertThat(q.sql()).contains("MATCH ? LIMIT"));
        assertThat(queries.get(queries.size() - 1)).satisfies(q -> {
            assertThat(q.sql()).contains("\"author_id\" IN (SELECT");
            assertThat(q.sql()).doesNotContain("JOIN");
        });
    }

    @Test
    void theWordsOfAnOrShareOneSubqueryOnTheAuthors() {
        String words = String.join(" or ", java.util.stream.IntStream.range(0, 128).mapToObj(i -> "word" + i).toList());
        SearchQuery query = SearchQuery.parse(words + " or austen or author:orwell");
        List<ExecutedQuery> queries = catalog.db().captureQueries(() -> assertThat(ids(query.toQ(catalog, false))).hasSize(5));
        // besides the search index's look-ups (one per word and column, a fraction of a millisecond each),
        // one query, with one subquery on the authors, and each word through the index where it narrows
        List<ExecutedQuery> reading = queries.stream().filter(q -> !q.sql().startsWith("SELECT count(*) FROM (SELECT 1 FROM ")).toList();
        assertThat(reading).singleElement().satisfies(q -> assertThat(q.sql().split("FROM \"author\"", -1)).hasSize(2))
                .satisfies(q -> {
                    if (TestBackend.postgres()) {
                        // no index tables to name; the words are matched without accents (translate), which the
                        // server's trigram indexes on UPPER(name) and UPPER(title) do not serve (docs/orm.md)
                        assertThat(q.sql()).doesNotContain("_search").contains("UPPER(CAST(translate(CAST(\"author\".\"name\" AS text)");
                    } else {
                        assertThat(q.sql()).contains("author_name_search").contains("book_title_search");
                    }
                });
        assertThat(ids(query.toQ(catalog, false))).isEqualTo(ids(query.toQ()));
    }

    private List<Long> ids(Optional<Q> condition) {
        return condition.map(catalog.books()::filter).orElseGet(catalog::books).orderBy("id").valuesListFlat("id", Long.class).list();
    }
}
