package org.alcove.catalog.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.alcove.catalog.SeededCatalogTest;
import org.alcove.catalog.search.SearchSyntaxException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BookBrowserTest extends SeededCatalogTest {
    BookBrowser browser;

    @BeforeEach
    void open() {
        browser = new BookBrowser(catalog);
    }

    @Test
    void countAppliesTheSearch() {
        assertThat(browser.count("")).isEqualTo(6);
        assertThat(browser.count("author:austen")).isEqualTo(3);
    }

    @Test
    void pageIsOneQueryWithTheAuthorsName() {
        var queries = catalog.db().captureQueries(() -> {
            List<BookRow> rows = browser.page("", SortKey.TITLE, false, 0, 2);
            assertThat(rows).containsExactly(
                    new BookRow(4, "1984", "George Orwell", "Fiction", LocalDate.of(1949, 6, 8), 328, "9780451524935"),
                    new BookRow(2, "Emma", "Jane Austen", "Fiction", LocalDate.of(1815, 12, 23), 474, "9780141439587"));
        });
        assertThat(queries).hasSize(1);
    }

    @Test
    void pagesFollowOnInTheChosenOrder() {
        List<String> titles = browser.page("", SortKey.PAGES, true, 2, 3).stream().map(BookRow::title).toList();
        assertThat(titles).containsExactly("1984", "The Hobbit", "Persuasion");
    }

    @Test
    void authorAndGenreFiltersCombineWithTheSearch() {
        long austen = browser.authorsWithCounts("austen", 10).get(0).id();
        assertThat(browser.count(new BookFilter("emma or persuasion or 1984", austen, null))).isEqualTo(2);
        assertThat(browser.count(new BookFilter("", null, SeedGenres.non()))).isEqualTo(1);
    }

    @Test
    void authorsComeMostBooksFirstWithCounts() {
        assertThat(browser.authorsWithCounts("", 3)).extracting(NamedCount::name, NamedCount::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Jane Austen", 3L),
                        org.assertj.core.groups.Tuple.tuple("George Orwell", 2L),
                        org.assertj.core.groups.Tuple.tuple("J.R.R. Tolkien", 1L));
    }

    @Test
    void authorCountsFollowTheSearchAsGenreCountsDo() {
        long austen = browser.authorsWithCounts("austen", 10).get(0).id();
        assertThat(browser.authorsWithCounts("", new BookFilter("emma or persuasion or 1984", null, null), 10))
                .extracting(NamedCount::name, NamedCount::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Jane Austen", 2L),
                        org.assertj.core.groups.Tuple.tuple("George Orwell", 1L));
        // the picked author does not narrow its own list; the name filter and the genre do
        assertThat(browser.authorsWithCounts("orw", new BookFilter("emma or persuasion or 1984", austen, null), 10))
                .extracting(NamedCount::name).containsExactly("George Orwell");
        assertThat(browser.authorsWithCounts("", new BookFilter("", null, SeedGenres.non()), 10)).extracting(NamedCount::count)
                .containsExactly(1L);
        assertThat(browser.authorsWithCounts("", BookFilter.ALL.withAuthor(austen), 3))
                .isEqualTo(browser.authorsWithCounts("", 3));
    }

    @Test
    void genresListEveryGenreWithItsCount() {
        assertThat(browser.genresWithCounts(BookFilter.ALL)).containsExactly(
                new GenreCount(SeedGenres.fic(), 5), new GenreCount(SeedGenres.his(), 0), new GenreCount(SeedGenres.non(), 1), new GenreCount(SeedGenres.sci(), 0));
    }

    @Test
    void badSearchThrowsWithItsPosition() {
        assertThatThrownBy(() -> browser.count("titel:x")).isInstanceOf(SearchSyntaxException.class)
                .hasMessageContaining("at 0");
    }
}
